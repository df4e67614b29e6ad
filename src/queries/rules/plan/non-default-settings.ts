import { definePlanRule } from '../../plan-rule.js';

export const nonDefaultSettings = definePlanRule({
  meta: {
    id: 'non-default-settings',
    category: 'performance',
    severity: 'notice',
    description: 'Planner settings that differ from the defaults, listed beside the findings they may explain.',
    summary: "the plan's non-default `Settings`; spills and joins forced by them say so in their own findings",
  },
  needs: [],
  defaultOptions: {},
  check({ plan, report }) {
    const names = Object.keys(plan.settings).sort();
    if (names.length === 0) return;
    const listed = names.map((name) => `${name} = ${plan.settings[name]}`).join(', ');
    report({
      message: `The plan ran with non-default settings: ${listed}.`,
      suggestion: 'Findings about spills, join methods or scan choices may come from these settings rather than from the query.',
      data: { settings: { ...plan.settings } },
    });
  },
});
