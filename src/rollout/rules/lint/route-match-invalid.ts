import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { fieldPathText, type FieldPath } from '../../lint/manifest.js';
import { asList, asRecord, isRecord } from '../../lint/plain-data.js';
import { canarySteps, canaryStrategy } from '../../lint/rollout-steps.js';

const KINDS = ['exact', 'regex', 'prefix'] as const;

/**
 * What the controller refuses in the match conditions of setHeaderRoute and setMirrorRoute steps: a header match
 * without a value, a string match that sets more than one of exact, regex and prefix, and, with ALB, a header match
 * other than exact (ALB matches header values exactly).
 */
export const routeMatchInvalid = defineLintRule({
  meta: {
    id: 'route-match-invalid',
    category: 'configuration',
    severity: 'error',
    description: 'A setHeaderRoute match without headerValue, a header, method or path match with more than one of exact, regex and prefix, or an ALB header match that is not exact.',
    summary: 'a header or mirror route match with no value, two kinds of value, or (ALB) not exact',
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    const alb = isRecord(asRecord(canaryStrategy(manifest)?.trafficRouting).alb);
    const reports: LintReport[] = [];
    for (const { step, path } of canarySteps(manifest)) {
      asList(asRecord(step.setHeaderRoute).match).forEach((match, index) => {
        const matchPath = [...path, 'setHeaderRoute', 'match', index];
        const value = asRecord(match).headerValue;
        if (!isRecord(value)) {
          reports.push({ path: matchPath, message: `${fieldPathText(matchPath)} has no headerValue; give it exactly one of ${KINDS.join(', ')}.`, suggestion: 'Add headerValue: {exact: …}.' });
          return;
        }
        const set = KINDS.filter((kind) => typeof value[kind] === 'string' && value[kind] !== '');
        if (alb && (set.length !== 1 || set[0] !== 'exact')) {
          reports.push({ path: [...matchPath, 'headerValue'], message: `${fieldPathText([...matchPath, 'headerValue'])} sets ${set.join(' and ') || 'no value'}; with ALB a header match must be exact only.`, suggestion: 'Use headerValue: {exact: …}.' });
        } else reports.push(...several(set, [...matchPath, 'headerValue']));
      });
      asList(asRecord(step.setMirrorRoute).match).forEach((match, index) => {
        for (const key of ['method', 'path'] as const) {
          const value = asRecord(match)[key];
          if (!isRecord(value)) continue;
          reports.push(...several(KINDS.filter((kind) => typeof value[kind] === 'string' && value[kind] !== ''), [...path, 'setMirrorRoute', 'match', index, key]));
        }
      });
    }
    return reports;
  },
});

function several(set: readonly string[], path: FieldPath): LintReport[] {
  if (set.length <= 1) return [];
  return [{ path, message: `${fieldPathText(path)} sets ${set.join(' and ')}; a string match takes exactly one of ${KINDS.join(', ')}.`, suggestion: `Keep one of ${set.join(' and ')}.` }];
}
