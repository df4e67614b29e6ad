import { Ajv, type ErrorObject } from 'ajv';
import { ANALYZER_REGISTRY } from './analyzers.js';
import { ANALYZERS, CATEGORIES, SEVERITIES } from './finding.js';
import { FAIL_ON_VALUES } from './report.js';

/**
 * How much a saved report may hold. A report is data from a pull request's run (a fork's, in the fork-safe pair),
 * so every string and list the renderers read is bounded: generous for any real run, far too small to exhaust the
 * publishing job's memory or GitHub's limits.
 */
export const REPORT_LIMITS = {
  /** Bytes of the whole file, checked before it is parsed. */
  fileBytes: 64 * 1024 * 1024,
  findings: 100_000,
  runs: 32,
  /** A message, suggestion or run note. */
  text: 32_768,
  /** A path, a rule id, a fingerprint. */
  name: 4096,
} as const;

const text = { type: 'string', maxLength: REPORT_LIMITS.text };
const name = { type: 'string', maxLength: REPORT_LIMITS.name };
const line = { type: 'integer', minimum: 1, maximum: 100_000_000 };
const counts = { type: 'object', required: [...SEVERITIES], properties: Object.fromEntries(SEVERITIES.map((severity) => [severity, { type: 'integer', minimum: 0 }])) };

const FINDING = {
  type: 'object',
  required: ['analyzer', 'rule', 'category', 'severity', 'message', 'fingerprint'],
  properties: {
    analyzer: { enum: [...ANALYZERS] },
    rule: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 128 },
    category: { enum: [...CATEGORIES] },
    severity: { enum: [...SEVERITIES] },
    message: text,
    file: name,
    line,
    column: line,
    endLine: line,
    endColumn: line,
    suggestion: text,
    fingerprint: name,
    data: { type: 'object' },
  },
};

/** A run: a completed one's stats as its analyzer's meta.ts declares them, a failed one's as the core writes them. */
const RUN = {
  type: 'object',
  required: ['analyzer', 'status', 'stats'],
  properties: { analyzer: { enum: [...ANALYZERS] }, status: { enum: ['ok', 'skipped', 'failed'] }, error: text, stats: { type: 'object' } },
  allOf: ANALYZERS.map((analyzer) => ({
    if: { properties: { analyzer: { const: analyzer }, status: { const: 'ok' } } },
    then: { properties: { stats: ANALYZER_REGISTRY[analyzer].meta.statsSchema } },
  })),
};

/**
 * The JSON Schema of what `--format json` prints and the action's `report-file` holds, built from the same
 * constants the types are (analyzers, categories, severities) and each analyzer's stats schema; shipped as
 * schema/predator-guard-report.schema.json.
 */
export function reportSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/predator-guard/predator-guard/schema/predator-guard-report.schema.json',
    title: 'predator-guard report',
    type: 'object',
    required: ['tool', 'findings', 'runs', 'gate'],
    properties: {
      tool: { type: 'object', required: ['name', 'version'], properties: { name: { const: 'predator-guard' }, version: { type: 'string', maxLength: 64 } } },
      findings: { type: 'array', items: FINDING, maxItems: REPORT_LIMITS.findings },
      runs: { type: 'array', items: RUN, maxItems: REPORT_LIMITS.runs },
      gate: {
        type: 'object',
        required: ['failOn', 'passed', 'counts'],
        properties: { failOn: { enum: [...FAIL_ON_VALUES] }, passed: { type: 'boolean' }, counts, reason: text },
      },
    },
  };
}

let validator: ReturnType<Ajv['compile']> | undefined;

/**
 * What makes `value` not a report, as `runs[0].stats.rollouts[2].phase: must be string`; undefined for a report.
 * A saved report comes from a pull request's run, so everything the outputs read is checked before they read it.
 */
export function reportProblem(value: unknown): string | undefined {
  validator ??= new Ajv({ allErrors: false, strict: false }).compile(reportSchema());
  if (validator(value)) return undefined;
  const [error] = (validator.errors ?? []).filter((candidate) => candidate.keyword !== 'if');
  return error === undefined ? 'not a report' : describe(error);
}

function describe(error: ErrorObject): string {
  const where = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('')
    .replace(/^\./, '');
  return `${where === '' ? 'the report' : where}: ${error.message ?? 'is not what a report holds'}`;
}
