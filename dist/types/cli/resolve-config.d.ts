import { type Config } from '../core/config/config.js';
import type { CliRequest } from './args.js';
/** defaults < config file (named with --config, else found at the root) < flags; then the diff, when asked for. */
export declare function resolveCliConfig(request: CliRequest, cwd: string): Promise<Config>;
