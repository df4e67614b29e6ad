import { ANALYZER_METAS } from '../analyzers.js';
import { FAIL_ON_VALUES } from '../report.js';
import { RULE_CATALOG } from '../rules/catalog.js';
import { FILTER_MODES, RULE_SEVERITIES } from './choices.js';
import { stringList } from './schema-fragments.js';

/** One rule's settings: a severity and the rule's own options, every other key refused. */
function ruleSettingsSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of RULE_CATALOG) {
    properties[rule.id] = {
      description: rule.description,
      type: 'object',
      additionalProperties: false,
      properties: {
        severity: { enum: [...RULE_SEVERITIES], description: 'error, warning, notice, or off' },
        ...rule.options,
      },
    };
  }
  return { type: 'object', additionalProperties: false, properties };
}

/**
 * The JSON Schema of `.predator-guard.yml`. It is built from the rules' own metadata so that a rule's options are
 * validated where they are declared; `npm run build` writes it to schema/predator-guard.schema.json for editors.
 */
export function configSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/predator-guard/predator-guard/schema/predator-guard.schema.json',
    title: 'predator-guard configuration (.predator-guard.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      checks: stringList('Analyzers to run: a list (or comma list) of review, queries, rollout, migrations.'),
      paths: stringList('Files, directories or globs to review.'),
      include: stringList('Globs a reviewed file must match.'),
      exclude: stringList('Globs of files never reviewed.'),
      'fail-on': { enum: [...FAIL_ON_VALUES], description: 'error, warning, notice, or never' },
      'filter-mode': { enum: [...FILTER_MODES], description: 'added, diff-context, file, or nofilter' },
      baseline: { type: 'string', description: 'Path of the baseline file.' },
      'max-file-size': {
        description: 'a byte count or a size such as 512KB or 2MB',
        anyOf: [{ type: 'integer', minimum: 1 }, { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG][iI]?[bB]|[bB])?\\s*$' }],
      },
      workers: { description: 'a whole number of worker threads ≥ 1, or auto', anyOf: [{ type: 'integer', minimum: 1 }, { const: 'auto' }] },
      'peer-suppressions': {
        type: 'boolean',
        description: "Honour peer linters' suppression comments (# noqa, # pylint: disable=, // eslint-disable-line, …); default true.",
      },
      rules: ruleSettingsSchema(),
      overrides: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: { files: stringList('Globs the override applies to.'), rules: ruleSettingsSchema() },
        },
      },
      // The pull-request channel.
      comment: { type: 'boolean' },
      'comment-tag': { type: 'string' },
      section: {
        type: 'string',
        pattern: '^[A-Za-z0-9._-]{1,64}$',
        description: "a name for this run's comment sections (each becomes analyzer:name), so matrix jobs running one analyzer keep separate sections: 1 to 64 letters, digits, '.', '_' or '-'",
      },
      'review-comments': { type: 'boolean', description: 'also post findings on changed lines as one pull-request review with inline comments (default false)' },
      annotations: { type: 'boolean' },
      'check-run': { type: 'boolean' },
      'sarif-file': { type: 'string' },
      // Each analyzer's own settings, as its meta.ts declares them.
      ...Object.assign({}, ...ANALYZER_METAS.map((meta) => meta.settings)),
    },
  };
}
