import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { fieldPathText, type FieldPath } from '../../lint/manifest.js';
import { metadataFieldPathProblem } from '../../lint/metadata-field-path.js';
import { asList, asRecord, asString, isRecord } from '../../lint/plain-data.js';
import { canarySteps } from '../../lint/rollout-steps.js';

/**
 * The controller's canary validation reads every `valueFrom.fieldRef.fieldPath` starting with `metadata` in a
 * step's analysis args and experiment analyses' args from the Rollout itself, as the downward API would; a path
 * it cannot read makes the Rollout InvalidSpec. Other field paths (`spec.…`, `status.…`) are read from the Rollout
 * only when the AnalysisRun starts, and are not judged here.
 */
export const analysisArgFieldRefInvalid = defineLintRule({
  meta: {
    id: 'analysis-arg-field-ref-invalid',
    category: 'configuration',
    severity: 'error',
    description: "A step analysis or experiment analysis arg whose valueFrom.fieldRef.fieldPath starts with 'metadata' but is not a metadata field the downward API can read.",
    summary: 'a step or experiment analysis arg `valueFrom.fieldRef` naming a metadata path the downward API cannot read',
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    const reports: LintReport[] = [];
    for (const { step, path } of canarySteps(manifest)) {
      const argLists: { args: unknown; path: FieldPath }[] = [{ args: asRecord(step.analysis).args, path: [...path, 'analysis', 'args'] }];
      asList(asRecord(step.experiment).analyses).forEach((analysis, index) => argLists.push({ args: asRecord(analysis).args, path: [...path, 'experiment', 'analyses', index, 'args'] }));
      for (const list of argLists) {
        asList(list.args).forEach((arg, index) => {
          if (!isRecord(arg)) return;
          const fieldPath = asString(asRecord(asRecord(arg.valueFrom).fieldRef).fieldPath);
          if (fieldPath === undefined || !fieldPath.startsWith('metadata')) return;
          const problem = metadataFieldPathProblem(fieldPath);
          if (problem === undefined) return;
          const at: FieldPath = [...list.path, index, 'valueFrom', 'fieldRef', 'fieldPath'];
          reports.push({
            path: at,
            message: `${fieldPathText(at)} is '${fieldPath}', which the controller cannot read from the Rollout: ${problem}. The Rollout is refused as InvalidSpec.`,
            suggestion: "Use metadata.name, metadata.namespace, metadata.uid, metadata.labels['key'] or metadata.annotations['key'].",
          });
        });
      }
    }
    return reports;
  },
});
