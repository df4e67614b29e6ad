import { definePlanRule } from '../../plan-rule.js';
import { formatMs } from '../../plan/plan-numbers.js';

interface Options {
  'min-planning-ms': number;
}

export const planningOverExecution = definePlanRule({
  meta: {
    id: 'planning-over-execution',
    category: 'performance',
    severity: 'notice',
    description: 'A statement that took longer to plan than to run.',
    summary: 'planning ≥ 10 ms and longer than execution',
    options: { 'min-planning-ms': { type: 'number', minimum: 0, description: 'Shortest planning time reported, in ms (default 10).' } },
  },
  needs: ['analyze'],
  defaultOptions: { 'min-planning-ms': 10 } satisfies Options,
  check({ plan, options, report }) {
    const planning = plan.planningTimeMs;
    const execution = plan.executionTimeMs;
    if (planning === undefined || execution === undefined || planning < options['min-planning-ms'] || planning <= execution) return;
    report({
      message: `Planning took ${formatMs(planning)}, longer than the ${formatMs(execution)} execution.`,
      suggestion: 'Use a prepared statement so the plan is reused; fewer partitions, joins or IN-list items also plan faster.',
      data: { planningMs: planning, executionMs: execution },
    });
  },
});
