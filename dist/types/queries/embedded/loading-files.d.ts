import type { Config } from '../../core/config/config.js';
import { type PlanFile } from '../plan/plan-files.js';
import type { LoadingSetting } from './apply-sql-files.js';
/**
 * The files of `schema` or `seed`, in the order they run: by path, numbers compared as numbers, so migrations named
 * `2_…` and `10_…` run in that order as well as zero-padded ones do. Missing files and empty globs are UsageErrors.
 */
export declare function loadingFiles(config: Config, setting: LoadingSetting): PlanFile[];
