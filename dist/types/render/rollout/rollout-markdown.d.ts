import type { FollowedRollout } from './followed-rollouts.js';
/**
 * The followed objects of a rollout run, for the comment section and the job summary: a verdict table when there
 * are several, then per object its summary line, the reason it is not Healthy, the step diagram and its
 * AnalysisRuns. A Healthy object folds its details away, so a passing rollout reads as one line.
 */
export declare function rolloutMarkdownBlocks(rollouts: readonly FollowedRollout[]): string[];
