import path from 'node:path';
import { defaultConfig, findConfigFile, loadConfig, mergeConfig, type Config } from '../core/config.js';
import type { CliRequest } from './args.js';

/** defaults < config file (named with --config, else found at the root) < flags. */
export function resolveCliConfig(request: CliRequest, cwd: string): Config {
  const root = path.resolve(cwd);
  const configFile = request.configFile ? path.resolve(cwd, request.configFile) : findConfigFile(root);
  const fileLayer = configFile ? loadConfig(configFile) : {};
  return mergeConfig(defaultConfig(root), fileLayer, request.layer);
}
