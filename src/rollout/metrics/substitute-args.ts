export type Substituted = { ok: true; text: string } | { ok: false; reason: string };

const PLACEHOLDER = /\{\{\s*args\.([A-Za-z0-9_.-]+?)\s*\}\}/g;

/**
 * Replaces `{{args.NAME}}` with the arg's value, as the controller does before it sends a query (the result is the
 * `ResolvedPrometheusQuery` an AnalysisRun records). A placeholder without a value leaves the query unsent: a query
 * with `{{args.x}}` in it is not the one Argo runs.
 */
export function substituteArgs(template: string, values: Readonly<Record<string, string>>): Substituted {
  const missing = [...template.matchAll(PLACEHOLDER)].map((match) => match[1]).filter((name) => !(name in values));
  if (missing.length > 0) return { ok: false, reason: `the query uses {{args.${missing[0]}}}, which no arg declares` };
  return { ok: true, text: template.replace(PLACEHOLDER, (_, name: string) => values[name]) };
}
