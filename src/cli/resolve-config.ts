import path from 'node:path';
import { defaultConfig, findConfigFile, loadConfig, mergeLayers, type Config } from '../core/config/config.js';
import { changesFromGit } from '../core/diff/git-changes.js';
import type { CliRequest } from './args.js';

/** defaults < config file (named with --config, else found at the root) < flags; then the diff, when asked for. */
export async function resolveCliConfig(request: CliRequest, cwd: string): Promise<Config> {
  const root = path.resolve(cwd);
  const configFile = request.configFile ? path.resolve(cwd, request.configFile) : findConfigFile(root);
  const fileLayer = configFile ? loadConfig(configFile) : {};
  const config = mergeLayers(defaultConfig(root), fileLayer, request.layer);
  if (config.diffBase === undefined) return config;
  return { ...config, changes: await changesFromGit(root, config.diffBase) };
}
