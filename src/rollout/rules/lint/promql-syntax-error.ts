import { defineLintRule } from '../../lint/lint-rule.js';
import { parser } from '@prometheus-io/lezer-promql';
import type { LintReport } from '../../lint/lint-rule.js';
import { fieldPathText, isAnalysisTemplate } from '../../lint/manifest.js';
import { asRecord, asString, isRecord } from '../../lint/plain-data.js';
import { templateMetrics } from '../../lint/template-metrics.js';

/** Argo's `{{args.name}}` (and any other `{{…}}`) placeholders, resolved by the controller before the query runs. */
const PLACEHOLDER = /\{\{[^{}]*\}\}/g;

const MAX_TOKEN_LENGTH = 40;

interface PromqlSyntaxError {
  offset: number;
  line: number;
  column: number;
  /** The token the parser stopped at, or undefined at the end of the query. */
  token?: string;
}

/**
 * R18: a query that does not parse fails every measurement at run time (Prometheus answers 400, the measurements
 * turn Error and the AnalysisRun ends in Error, aborting the rollout). Checked with Prometheus' own Lezer grammar,
 * which accepts a little more than the server (no type checks), so what it rejects is certainly wrong.
 */
export const promqlSyntaxError = defineLintRule({
  meta: {
    id: 'promql-syntax-error',
    category: 'configuration',
    severity: 'error',
    description: 'The PromQL query of a Prometheus metric does not parse (with {{args.x}} placeholders filled in).',
    summary: "a Prometheus `query` that does not parse (Prometheus' Lezer grammar, `{{args.x}}` filled in), with line, column and token (R18)",
  },
  check(manifest) {
    if (!isAnalysisTemplate(manifest)) return [];
    return templateMetrics(manifest).flatMap(({ metric, name, path }): LintReport[] => {
      const prometheus = asRecord(metric.provider).prometheus;
      const query = isRecord(prometheus) ? asString(prometheus.query) : undefined;
      // An absent or blank query is prometheus-metric-misuse's finding, not a syntax error.
      if (query === undefined || query.trim() === '') return [];
      const error = firstSyntaxError(withNeutralPlaceholders(query), query);
      if (error === undefined) return [];
      const queryPath = [...path, 'provider', 'prometheus', 'query'];
      const where = `line ${error.line}, column ${error.column} of the query (offset ${error.offset})`;
      const what = error.token === undefined ? 'the query ends too early' : `unexpected '${error.token}'`;
      return [
        {
          path: queryPath,
          message: `${fieldPathText(queryPath)} of metric '${name}' is not valid PromQL: ${what} at ${where}; every measurement would error.`,
          suggestion: 'Fix the query (check brackets, quotes and by/without clauses), and try it in the Prometheus UI with the args filled in.',
        },
      ];
    });
  },
});

/**
 * Replaces each placeholder with a value of the same length that fits where it stands, so offsets stay those of
 * the original text: a duration inside `[…]` or after `offset`, a number after `@`, otherwise a name (which also
 * reads as a metric, a label or a vector in a number's place, and is harmless inside a quoted string).
 */
export function withNeutralPlaceholders(query: string): string {
  return query.replace(PLACEHOLDER, (placeholder: string, offset: number) => {
    const before = query.slice(0, offset);
    const following = query.charAt(offset + placeholder.length);
    const length = placeholder.length;
    if (!insideString(before) && (insideBrackets(before) || /\boffset\s*$/i.test(before))) {
      // `[{{args.minutes}}m]` supplies its own unit; `[{{args.window}}]` needs one.
      return /[a-z]/i.test(following) ? '1'.padStart(length, '0') : `${'1'.padStart(length - 1, '0')}m`;
    }
    if (!insideString(before) && /@\s*$/.test(before)) return '1'.padStart(length, '0');
    return 'x'.padEnd(length, '_');
  });
}

function insideString(before: string): boolean {
  let quote: string | undefined;
  for (let index = 0; index < before.length; index += 1) {
    const char = before[index];
    if (quote !== undefined && char === '\\') index += 1;
    else if (quote !== undefined && char === quote) quote = undefined;
    else if (quote === undefined && (char === '"' || char === "'" || char === '`')) quote = char;
  }
  return quote !== undefined;
}

function insideBrackets(before: string): boolean {
  const withoutStrings = before.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '');
  return withoutStrings.lastIndexOf('[') > withoutStrings.lastIndexOf(']');
}

/**
 * The first error node of the Lezer parse of `parsed`, located in the query's own lines (1-based line and column).
 * The token is quoted from `shown`, the text as written, which has the same offsets (placeholders keep their length).
 */
export function firstSyntaxError(parsed: string, shown = parsed): PromqlSyntaxError | undefined {
  let offset: number | undefined;
  let end = 0;
  parser.parse(parsed).iterate({
    enter(node) {
      if (offset !== undefined) return false;
      if (!node.type.isError) return undefined;
      offset = node.from;
      end = node.to;
      return false;
    },
  });
  if (offset === undefined) return undefined;
  const lines = shown.slice(0, offset).split('\n');
  return { offset, line: lines.length, column: lines[lines.length - 1].length + 1, token: offendingToken(shown, offset, end) };
}

/** An error node covers the skipped text, or is empty where something was missing: then name what comes next. */
function offendingToken(query: string, from: number, to: number): string | undefined {
  const skipped = query.slice(from, to).trim();
  const token = skipped !== '' ? skipped : /^\s*(\S+)/.exec(query.slice(from))?.[1];
  return token !== undefined && token.length > MAX_TOKEN_LENGTH ? `${token.slice(0, MAX_TOKEN_LENGTH)}…` : token;
}
