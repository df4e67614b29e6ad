import { conditionsText, defineMetricRule } from '../../metrics/metric-rule.js';

/**
 * A template metric the check could not decide: its conditions fall outside the expression subset it evaluates, the
 * query returned no data the condition can handle, an arg has no value, the template could not be read, or the
 * conditions leave it Inconclusive. A notice, never a guess: the controller's own AnalysisRun still rules.
 */
export const canaryMetricUndecided = defineMetricRule({
  meta: {
    id: 'canary-metric-undecided',
    category: 'release',
    severity: 'notice',
    description: "A Prometheus metric of the canary's AnalysisTemplates that the check could not decide: not evaluated, no data, or Inconclusive.",
    summary: 'a template metric the check could not decide: not evaluated, no data, or Inconclusive',
  },
  check(evaluation) {
    const where = `Metric '${evaluation.metric}' of template '${evaluation.template}' (${evaluation.analysis} analysis of ${evaluation.rollout})`;
    if (evaluation.notEvaluated !== undefined) {
      return {
        message: `${where} was not evaluated: ${evaluation.notEvaluated}${evaluation.query ? `; query: ${evaluation.query}` : ''}`,
        suggestion: 'Guard the condition against empty results (len(result) == 0 || …), give every arg a value, or keep to the documented condition forms; the AnalysisRun in the cluster still decides.',
      };
    }
    if (evaluation.phase !== 'Inconclusive') return undefined;
    return {
      message: `${where} is Inconclusive: ${evaluation.value} against ${conditionsText(evaluation)}; query: ${evaluation.query}`,
      suggestion: 'An Inconclusive measurement pauses the rollout for a person to decide; tighten the conditions so every value passes or fails.',
    };
  },
});
