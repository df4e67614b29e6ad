import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { asRecord, asString, isRecord } from '../../lint/plain-data.js';
import { CANARY_PATH, canaryStrategy } from '../../lint/rollout-steps.js';
import { trafficRouters } from '../../lint/traffic-routers.js';

const PING_PONG = [...CANARY_PATH, 'pingPong'];

/**
 * What the controller refuses about ping-pong (the canary and stable roles swap between two Services each
 * release): it needs both Services, two different ones, a router that can swap them (ALB, Istio, a plugin) and,
 * with ALB, the root Service the Ingress points at.
 */
export const pingPongInvalid = defineLintRule({
  meta: {
    id: 'ping-pong-invalid',
    category: 'configuration',
    severity: 'error',
    description: 'pingPong without pingService or pongService, with one Service for both, with a router other than ALB, Istio or a plugin, or with ALB but no rootService.',
    summary: 'pingPong missing a Service, one Service twice, an unsupported router, or ALB without rootService',
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    const canary = canaryStrategy(manifest);
    if (!canary || !isRecord(canary.pingPong)) return [];
    const routers = trafficRouters(canary);
    const ping = asString(canary.pingPong.pingService) ?? '';
    const pong = asString(canary.pingPong.pongService) ?? '';
    const reports: LintReport[] = [];
    if (routers.routed && !routers.has('alb') && !routers.has('istio') && !routers.plugins) {
      reports.push({ path: [...CANARY_PATH, 'trafficRouting'], message: 'spec.strategy.canary.pingPong only works with the ALB or Istio traffic router or a plugin; this trafficRouting has none of them.', suggestion: 'Use canaryService and stableService instead of pingPong with this router.' });
    }
    for (const [key, value] of [['pingService', ping], ['pongService', pong]] as const) {
      if (value === '') reports.push({ path: [...PING_PONG, key], message: `spec.strategy.canary.pingPong.${key} is not set; ping-pong needs two Services.`, suggestion: `Set pingPong.${key} to a Service selecting the Rollout's pods.` });
    }
    if (ping !== '' && ping === pong) {
      reports.push({ path: [...PING_PONG, 'pingService'], message: `spec.strategy.canary.pingPong.pingService and pongService are both '${ping}'; ping-pong needs two different Services.`, suggestion: 'Point pingService and pongService at two Services.' });
    }
    if (routers.has('alb') && (asString(asRecord(routers.routing.alb).rootService) ?? '') === '') {
      reports.push({ path: [...CANARY_PATH, 'trafficRouting', 'alb'], message: 'spec.strategy.canary.trafficRouting.alb has no rootService; ALB ping-pong needs the Service its Ingress names.', suggestion: 'Set trafficRouting.alb.rootService to the Service named in the Ingress.' });
    }
    return reports;
  },
});
