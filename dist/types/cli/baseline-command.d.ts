import { type Config } from '../core/config/config.js';
import type { Report } from '../core/report.js';
/**
 * `--write-baseline` records every current finding; `--prune-baseline` drops entries whose findings are gone.
 * Both then report as a normal run would with the new baseline in place.
 */
export declare function runBaselineCommand(action: 'write' | 'prune', config: Config, log: (line: string) => void): Promise<Report>;
