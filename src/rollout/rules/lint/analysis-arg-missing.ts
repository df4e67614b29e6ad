import { defineLintRule } from '../../lint/lint-rule.js';
import { analysisReferences } from '../../lint/analysis-references.js';
import { fieldPathText } from '../../lint/manifest.js';
import { asList, asRecord, asString } from '../../lint/plain-data.js';

/** R9: an arg with no value and no valueFrom must come from the Rollout, or the AnalysisRun fails to start. */
export const analysisArgMissing = defineLintRule({
  meta: {
    id: 'analysis-arg-missing',
    category: 'configuration',
    severity: 'error',
    description: 'A template arg without value or valueFrom that the Rollout analysis does not pass.',
    summary: 'a template arg with no value or valueFrom that the Rollout does not pass (R9)',
  },
  check(manifest, { templates }) {
    if (manifest.kind !== 'Rollout') return [];
    return analysisReferences(manifest).flatMap((analysis) =>
      analysis.templates.flatMap((reference) => {
        const template = templates.find(reference, manifest);
        if (!template) return [];
        const missing = requiredArgs(template.object).filter((name) => !analysis.argNames.includes(name));
        return missing.map((name) => ({
          path: reference.path,
          message: `${template.kind} '${template.name}' needs arg '${name}' (it has no value or valueFrom), but ${fieldPathText([...analysis.path, 'args'])} does not pass it.`,
          suggestion: `Add {name: ${name}, value: …} (or valueFrom) to ${fieldPathText([...analysis.path, 'args'])}, or give the arg a default value in the template.`,
        }));
      }),
    );
  },
});

function requiredArgs(template: Record<string, unknown>): string[] {
  return asList(asRecord(template.spec).args).flatMap((arg) => {
    const { name, value, valueFrom } = asRecord(arg);
    const argName = asString(name);
    return argName !== undefined && value === undefined && valueFrom === undefined ? [argName] : [];
  });
}
