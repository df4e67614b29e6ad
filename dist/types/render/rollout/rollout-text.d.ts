import type { Palette } from '../text-palette.js';
import type { FollowedRollout } from './followed-rollouts.js';
/**
 * The followed objects for the terminal, the same facts as the comment in a few lines each: a Healthy one is one
 * line; any other adds its reason, the steps as a chain with the one it stopped at marked, and its analysis.
 */
export declare function rolloutTextSections(rollouts: readonly FollowedRollout[], palette: Palette): string[];
