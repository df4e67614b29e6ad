import type { Deps } from './analyzer.js';
import { type Config } from './config/config.js';
import { type Report } from './report.js';
/**
 * Runs every analyzer the config enables and builds the one report. An analyzer that throws becomes a failed run
 * carrying its message (which fails the gate), never a crash that loses the other analyzers' findings. Only a
 * client an analyzer cannot be given from the settings (a kubeconfig that does not load) throws, before anything
 * runs, as a door's own usage errors do.
 */
export declare function analyze(config: Config, deps?: Deps): Promise<Report>;
/** The configured baseline file, or the default one when it exists; `false` turns baselines off. */
export declare function baselinePath(config: Config): string | undefined;
