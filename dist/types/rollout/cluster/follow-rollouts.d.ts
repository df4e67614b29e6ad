import type { AnalyzerOutput, Deps } from '../../core/analyzer.js';
import type { Config } from '../../core/config.js';
/** Follows each named Rollout to its verdict, one after the other, and turns each verdict into at most one finding. */
export declare function followRollouts(names: readonly string[], config: Config, deps: Deps): Promise<AnalyzerOutput>;
