import type { Config } from '../../core/config/config.js';
import type { Finding } from '../../core/finding.js';
export interface LintOutcome {
    findings: Finding[];
    stats: {
        files: number;
        manifests: {
            Rollout: number;
            AnalysisTemplate: number;
            ClusterAnalysisTemplate: number;
        };
    };
}
/** Reads every manifest under `config.paths` (so references resolve across the whole tree) and lints them all. */
export declare function lintPaths(config: Config): LintOutcome;
