import { Ajv, type ErrorObject } from 'ajv';
import { ANALYZER_REGISTRY } from './analyzers.js';
import { ANALYZERS, CATEGORIES, SEVERITIES } from './finding.js';
import { FAIL_ON_VALUES } from './report.js';

const line = { type: 'integer', minimum: 1 };
const counts = { type: 'object', required: [...SEVERITIES], properties: Object.fromEntries(SEVERITIES.map((severity) => [severity, { type: 'integer' }])) };

const FINDING = {
  type: 'object',
  required: ['analyzer', 'rule', 'category', 'severity', 'message', 'fingerprint'],
  properties: {
    analyzer: { enum: [...ANALYZERS] },
    rule: { type: 'string' },
    category: { enum: [...CATEGORIES] },
    severity: { enum: [...SEVERITIES] },
    message: { type: 'string' },
    file: { type: 'string' },
    line,
    column: line,
    endLine: line,
    endColumn: line,
    suggestion: { type: 'string' },
    fingerprint: { type: 'string' },
    data: { type: 'object' },
  },
};

/** A run: a completed one's stats as its analyzer's meta.ts declares them, a failed one's as the core writes them. */
const RUN = {
  type: 'object',
  required: ['analyzer', 'status', 'stats'],
  properties: { analyzer: { enum: [...ANALYZERS] }, status: { enum: ['ok', 'skipped', 'failed'] }, error: { type: 'string' }, stats: { type: 'object' } },
  allOf: ANALYZERS.map((analyzer) => ({
    if: { properties: { analyzer: { const: analyzer }, status: { const: 'ok' } } },
    then: { properties: { stats: ANALYZER_REGISTRY[analyzer].meta.statsSchema } },
  })),
};

/** The JSON Schema of what `--format json` prints and the action's `report-file` holds. */
export function reportSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    required: ['tool', 'findings', 'runs', 'gate'],
    properties: {
      tool: { type: 'object', required: ['name', 'version'], properties: { name: { const: 'predator-guard' }, version: { type: 'string' } } },
      findings: { type: 'array', items: FINDING },
      runs: { type: 'array', items: RUN },
      gate: {
        type: 'object',
        required: ['failOn', 'passed', 'counts'],
        properties: { failOn: { enum: [...FAIL_ON_VALUES] }, passed: { type: 'boolean' }, counts, reason: { type: 'string' } },
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
