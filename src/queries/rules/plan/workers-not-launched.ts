import { definePlanRule } from '../../plan-rule.js';
import { executedNodes, numberField } from '../../plan/plan-node.js';

export const workersNotLaunched = definePlanRule({
  meta: {
    id: 'workers-not-launched',
    category: 'performance',
    severity: 'warning',
    description: 'A parallel plan that got fewer worker processes than it was planned for.',
    summary: 'fewer parallel workers launched than planned',
  },
  needs: ['analyze'],
  defaultOptions: {},
  check({ plan, report }) {
    for (const node of executedNodes(plan.root)) {
      const planned = numberField(node.fields, 'Workers Planned');
      const launched = numberField(node.fields, 'Workers Launched');
      if (planned === undefined || launched === undefined || launched >= planned) continue;
      report({
        node,
        message: `${node.path} launched ${launched} of ${planned} planned workers, so ${launched + 1} processes (the leader included) did the work planned for ${planned + 1}.`,
        suggestion: 'Other queries held the worker pool: raise max_parallel_workers (and max_worker_processes), or run fewer parallel queries at once.',
        data: { workersPlanned: planned, workersLaunched: launched },
      });
    }
  },
});
