import { definePlanRule } from '../../plan-rule.js';
import { formatMs, formatShare } from '../../plan/plan-numbers.js';

interface Options {
  'min-jit-ms': number;
  'min-time-share': number;
}

export const jitOverhead = definePlanRule({
  meta: {
    id: 'jit-overhead',
    category: 'performance',
    severity: 'warning',
    description: 'JIT compilation that took a large share of the execution time.',
    summary: 'JIT time ≥ 10 ms and ≥ 10% of the execution time',
    options: {
      'min-jit-ms': { type: 'number', minimum: 0, description: 'Shortest JIT time reported, in ms (default 10).' },
      'min-time-share': { type: 'number', minimum: 0, maximum: 1, description: 'Share of the execution time JIT must take (default 0.1).' },
    },
  },
  needs: ['analyze'],
  defaultOptions: { 'min-jit-ms': 10, 'min-time-share': 0.1 } satisfies Options,
  check({ plan, options, report }) {
    const jit = plan.jitTimeMs;
    const execution = plan.executionTimeMs;
    if (jit === undefined || !execution || jit < options['min-jit-ms'] || jit / execution < options['min-time-share']) return;
    const functions = plan.jitFunctions === undefined ? '' : ` for ${plan.jitFunctions} functions`;
    report({
      message: `JIT took ${formatMs(jit)}${functions}, ${formatShare(jit / execution)} of the ${formatMs(execution)} execution time.`,
      suggestion: 'Raise jit_above_cost (and jit_inline_above_cost, jit_optimize_above_cost), or SET jit = off for this query: its cost estimate overstates the work.',
      data: { jitMs: jit, executionMs: execution },
    });
  },
});
