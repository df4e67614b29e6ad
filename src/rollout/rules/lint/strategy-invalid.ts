import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { asRecord, asString, asWholeNumber, isRecord } from '../../lint/plain-data.js';

const DEFAULT_REVISION_HISTORY_LIMIT = 10;

/**
 * What the controller's strategy validation refuses, beyond the canary's own rules: no strategy or both, a
 * blue-green without two different Services, a scale-down revision limit above the revision history kept, and an
 * anti-affinity that is not exactly one kind (with a preferred weight of 1 to 100).
 */
export const strategyInvalid = defineLintRule({
  meta: {
    id: 'strategy-invalid',
    category: 'configuration',
    severity: 'error',
    description:
      'A Rollout with neither or both of canary and blueGreen, a blueGreen whose activeService equals previewService (or is missing), scaleDownDelayRevisionLimit above revisionHistoryLimit, or an antiAffinity without exactly one kind or with a preferred weight outside 1–100.',
    summary: 'no strategy or two, blue-green Services missing or equal, scale-down limit above history, bad antiAffinity',
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    const spec = asRecord(manifest.object.spec);
    const strategy = asRecord(spec.strategy);
    const canary = isRecord(strategy.canary);
    const blueGreen = isRecord(strategy.blueGreen);
    const reports: LintReport[] = [];
    if (!canary && !blueGreen) {
      // A spec with neither template nor workloadRef is taken for a patch of a Rollout defined elsewhere.
      if (spec.template !== undefined || spec.workloadRef !== undefined) {
        reports.push({ path: ['spec', 'strategy'], message: `Rollout '${manifest.name}' sets neither spec.strategy.canary nor spec.strategy.blueGreen; the controller needs one.`, suggestion: 'Add spec.strategy.canary (with steps) or spec.strategy.blueGreen (with activeService).' });
      }
      return reports;
    }
    if (canary && blueGreen) {
      return [{ path: ['spec', 'strategy'], message: 'spec.strategy sets both canary and blueGreen; a Rollout has one strategy.', suggestion: 'Keep one of spec.strategy.canary and spec.strategy.blueGreen.' }];
    }
    const kind = canary ? 'canary' : 'blueGreen';
    const block = asRecord(strategy[kind]);
    if (blueGreen) {
      const active = asString(block.activeService) ?? '';
      const preview = asString(block.previewService) ?? '';
      if (active === preview) {
        reports.push({
          path: active === '' ? ['spec', 'strategy', 'blueGreen'] : ['spec', 'strategy', 'blueGreen', 'activeService'],
          message: active === '' ? 'spec.strategy.blueGreen has no activeService; blue-green needs the Service that serves production traffic.' : `spec.strategy.blueGreen.activeService and previewService are both '${active}'; they must be two Services.`,
          suggestion: 'Set activeService (and previewService, if any) to two different Services.',
        });
      }
      const limit = asWholeNumber(block.scaleDownDelayRevisionLimit);
      const history = asWholeNumber(spec.revisionHistoryLimit) ?? DEFAULT_REVISION_HISTORY_LIMIT;
      if (limit !== undefined && history < limit) {
        reports.push({ path: ['spec', 'strategy', 'blueGreen', 'scaleDownDelayRevisionLimit'], message: `spec.strategy.blueGreen.scaleDownDelayRevisionLimit is ${limit}, above the ${history} revisions spec.revisionHistoryLimit keeps${spec.revisionHistoryLimit === undefined ? ' (the default)' : ''}.`, suggestion: `Lower scaleDownDelayRevisionLimit to ${history} or less, or raise revisionHistoryLimit.` });
      }
    }
    const antiAffinity = block.antiAffinity;
    if (isRecord(antiAffinity)) {
      const path = ['spec', 'strategy', kind, 'antiAffinity'];
      const preferred = antiAffinity.preferredDuringSchedulingIgnoredDuringExecution;
      const required = antiAffinity.requiredDuringSchedulingIgnoredDuringExecution;
      if ((preferred === undefined) === (required === undefined)) {
        reports.push({ path, message: `spec.strategy.${kind}.antiAffinity sets ${preferred === undefined ? 'neither' : 'both'} of preferredDuringSchedulingIgnoredDuringExecution and requiredDuringSchedulingIgnoredDuringExecution; it takes exactly one.`, suggestion: 'Keep one of the two.' });
      }
      const weight = asWholeNumber(asRecord(preferred).weight);
      if (isRecord(preferred) && (weight === undefined || weight < 1 || weight > 100)) {
        reports.push({ path: [...path, 'preferredDuringSchedulingIgnoredDuringExecution', 'weight'], message: `spec.strategy.${kind}.antiAffinity.preferredDuringSchedulingIgnoredDuringExecution.weight is ${String(asRecord(preferred).weight ?? 'unset')}; it must be 1 to 100.`, suggestion: 'Set a weight from 1 to 100.' });
      }
    }
    return reports;
  },
});
