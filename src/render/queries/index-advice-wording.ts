import type { IndexAdviceStats } from '../../queries/meta.js';
import { counted } from './count-wording.js';

/** `index advice: 3 candidates, 1 kept, 2 skipped, 3 planner calls`: what the advice cost and what came of it. */
export function indexAdviceWording(advice: IndexAdviceStats): string {
  if (advice.candidates === 0) return 'index advice: no candidates';
  return `index advice: ${counted(advice.candidates, 'candidate')}, ${advice.kept} kept, ${advice.skipped} skipped, ${counted(advice.plannerCalls, 'planner call')}`;
}
