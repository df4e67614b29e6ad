import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { fieldPathText } from '../../lint/manifest.js';
import { asList, asRecord, asString } from '../../lint/plain-data.js';
import { canaryStrategy } from '../../lint/rollout-steps.js';
import { namedRoutingObjects } from '../../lint/rollout-references.js';

/**
 * The controller clones the NGINX stable Ingress into a canary Ingress, and weights the ALB Ingress's actions, by the
 * rules whose backend is the stable Service (for ALB, the rootService when set); an Ingress, among the linted files,
 * with no such rule is refused. Both networking.k8s.io/v1 (`backend.service.name`) and the older
 * `backend.serviceName` are read.
 */
export const ingressBackendMissing = defineLintRule({
  meta: {
    id: 'ingress-backend-missing',
    category: 'configuration',
    severity: 'error',
    description: "An NGINX or ALB Ingress the Rollout names, among the linted files, with no rule whose backend is the stable Service (ALB: the rootService when set).",
    summary: 'an NGINX or ALB Ingress the Rollout names with no rule using the stable (or ALB root) Service',
  },
  check(manifest, { objects }) {
    if (manifest.kind !== 'Rollout') return [];
    const canary = asRecord(canaryStrategy(manifest));
    const routing = asRecord(canary.trafficRouting);
    const stable = asString(canary.stableService);
    const reports: LintReport[] = [];
    for (const named of namedRoutingObjects(manifest)) {
      if (named.kind !== 'Ingress') continue;
      const router = named.path[4];
      const service = router === 'alb' ? (asString(asRecord(routing.alb).rootService) || stable) : stable;
      if (!service) continue;
      const ingress = objects.find('Ingress', named.name, manifest);
      if (!ingress || backendServices(ingress.object).includes(service)) continue;
      reports.push({
        path: named.path,
        message: `${fieldPathText(named.path)} names Ingress '${named.name}' (${ingress.file}), which has no rule with a backend on Service '${service}'; the controller needs one to route the canary.`,
        suggestion: `Point a rule's backend of Ingress '${named.name}' at Service '${service}'.`,
      });
    }
    return reports;
  },
});

function backendServices(ingress: Record<string, unknown>): string[] {
  return asList(asRecord(ingress.spec).rules).flatMap((rule) =>
    asList(asRecord(asRecord(rule).http).paths).flatMap((path) => {
      const backend = asRecord(asRecord(path).backend);
      return [asString(asRecord(backend.service).name), asString(backend.serviceName)].filter((name): name is string => name !== undefined);
    }),
  );
}
