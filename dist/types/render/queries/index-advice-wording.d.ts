import type { IndexAdviceStats } from '../../queries/meta.js';
/** `index advice: 3 candidates, 1 kept, 2 skipped, 3 planner calls`: what the advice cost and what came of it. */
export declare function indexAdviceWording(advice: IndexAdviceStats): string;
