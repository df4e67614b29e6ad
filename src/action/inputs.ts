import * as core from '@actions/core';
import path from 'node:path';
import { defaultConfig, findConfigFile, loadConfig, mergeConfig, parseChecks, toList, type Config, type ConfigLayer } from '../core/config.js';
import { UsageError } from '../core/config-error.js';
import { FAIL_ON_VALUES, type FailOn } from '../core/report.js';

/**
 * The only reader of action inputs. Inputs given explicitly win over the config file, which wins over defaults;
 * an invalid input names the input, the value and what is allowed.
 */
export function configFromInputs(workspace: string): Config {
  const root = path.resolve(workspace);
  const configInput = core.getInput('config');
  const configFile = configInput ? path.resolve(root, configInput) : findConfigFile(root);
  const fileLayer = configFile ? loadConfig(configFile) : {};
  const layer: ConfigLayer = {};
  const checks = core.getInput('checks');
  if (checks) layer.checks = parseChecks(checks, "input 'checks'");
  const paths = core.getInput('paths');
  if (paths) layer.paths = toList(paths);
  const failOn = core.getInput('fail-on');
  if (failOn) {
    if (!(FAIL_ON_VALUES as readonly string[]).includes(failOn)) {
      throw new UsageError(`input 'fail-on': got '${failOn}'; expected one of ${FAIL_ON_VALUES.join(', ')}.`);
    }
    layer.failOn = failOn as FailOn;
  }
  const baseline = core.getInput('baseline');
  if (baseline) layer.baseline = baseline;
  return mergeConfig(defaultConfig(root), fileLayer, layer);
}
