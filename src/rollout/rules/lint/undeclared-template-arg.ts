import { defineLintRule } from '../../lint/lint-rule.js';
import { fieldPathText, type FieldPath, isAnalysisTemplate } from '../../lint/manifest.js';
import { asList, asRecord, asString, isRecord } from '../../lint/plain-data.js';
import { templateMetrics } from '../../lint/template-metrics.js';

const ARG_PLACEHOLDER = /\{\{\s*args\.([A-Za-z0-9_.-]+?)\s*\}\}/g;

/** R17: the controller resolves `{{args.x}}` from the template's args; an undeclared one fails the AnalysisRun. */
export const undeclaredTemplateArg = defineLintRule({
  meta: {
    id: 'undeclared-template-arg',
    category: 'configuration',
    severity: 'error',
    description: 'A {{args.x}} placeholder in a metric whose arg the template does not declare in spec.args.',
    summary: '`{{args.x}}` in a metric that `spec.args` does not declare (R17)',
  },
  check(manifest) {
    if (!isAnalysisTemplate(manifest)) return [];
    const declared = asList(asRecord(manifest.object.spec).args).flatMap((arg) => asString(asRecord(arg).name) ?? []);
    const declaredText = declared.length > 0 ? `declared: ${declared.join(', ')}` : 'it declares none';
    return templateMetrics(manifest).flatMap(({ metric, path }) =>
      stringsIn(metric, path).flatMap(({ text, path: textPath }) =>
        [...text.matchAll(ARG_PLACEHOLDER)]
          .map((match) => match[1])
          .filter((arg) => !declared.includes(arg))
          .map((arg) => ({
            path: textPath,
            message: `${fieldPathText(textPath)} uses {{args.${arg}}}, which spec.args of ${manifest.kind} '${manifest.name}' does not declare (${declaredText}).`,
            suggestion: `Declare it: spec.args: [{name: ${arg}}], or correct the placeholder.`,
          })),
      ),
    );
  },
});

function stringsIn(value: unknown, path: FieldPath): { text: string; path: FieldPath }[] {
  if (typeof value === 'string') return [{ text: value, path }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, [...path, index]));
  if (isRecord(value)) return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
  return [];
}
