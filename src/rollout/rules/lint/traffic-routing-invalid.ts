import { defineLintRule } from '../../lint/lint-rule.js';
import { fieldPathText } from '../../lint/manifest.js';
import type { LintReport } from '../../lint/lint-rule.js';
import { asString, isRecord } from '../../lint/plain-data.js';
import { CANARY_PATH, canarySteps, canaryStrategy } from '../../lint/rollout-steps.js';

const ROUTING_STEP_KINDS = ['setCanaryScale', 'setHeaderRoute', 'setMirrorRoute'] as const;

/** R20: what the controller's validation refuses about services and traffic routing (the Rollout goes InvalidSpec). */
export const trafficRoutingInvalid = defineLintRule({
  meta: {
    id: 'traffic-routing-invalid',
    category: 'configuration',
    severity: 'error',
    description: 'canaryService equal to stableService, trafficRouting without both services, or steps and options that need trafficRouting without it.',
    summary: 'equal canary/stable Services, trafficRouting without both, routing steps without trafficRouting (R20)',
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    const canary = canaryStrategy(manifest);
    if (!canary) return [];
    const reports: LintReport[] = [];
    const canaryService = asString(canary.canaryService);
    const stableService = asString(canary.stableService);
    if (canaryService && canaryService === stableService) {
      reports.push({
        path: [...CANARY_PATH, 'stableService'],
        message: `spec.strategy.canary.stableService and canaryService are both '${canaryService}'; they must name different Services.`,
        suggestion: 'Point canaryService and stableService at two Services with the same selector.',
      });
    }
    const routed = isRecord(canary.trafficRouting);
    if (routed && (!canaryService || !stableService)) {
      const missing = [canaryService ? undefined : 'canaryService', stableService ? undefined : 'stableService'].filter(Boolean).join(' and ');
      reports.push({
        path: [...CANARY_PATH, 'trafficRouting'],
        message: `spec.strategy.canary.trafficRouting is set but ${missing} is not; traffic routing needs both Services.`,
        suggestion: 'Set spec.strategy.canary.canaryService and stableService.',
      });
    }
    if (routed) return reports;
    if (canary.dynamicStableScale === true) {
      reports.push({
        path: [...CANARY_PATH, 'dynamicStableScale'],
        message: 'spec.strategy.canary.dynamicStableScale is true without trafficRouting; it only works with traffic routing.',
        suggestion: 'Configure spec.strategy.canary.trafficRouting, or remove dynamicStableScale.',
      });
    }
    for (const { step, path } of canarySteps(manifest)) {
      for (const kind of ROUTING_STEP_KINDS.filter((candidate) => step[candidate] !== undefined)) {
        const kindPath = [...path, kind];
        reports.push({
          path: kindPath,
          message: `${fieldPathText(kindPath)} needs spec.strategy.canary.trafficRouting, which is not set.`,
          suggestion: `Configure trafficRouting, or remove the ${kind} step.`,
        });
      }
    }
    return reports;
  },
});
