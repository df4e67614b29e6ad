import { UsageError } from '../core/config/usage-error.js';
import { toList, type ConfigLayer } from '../core/config/config.js';

/** The flags of `predator-guard queries`, declared for node:util parseArgs. */
export const QUERIES_OPTIONS = {
  plan: { type: 'string', multiple: true },
  'database-url': { type: 'string' },
  schema: { type: 'string', multiple: true },
  seed: { type: 'string', multiple: true },
  analyze: { type: 'boolean' },
  // node:util parseArgs has no negation before Node 22; the embedded database analyzes unless told not to.
  'no-analyze': { type: 'boolean' },
  'statement-timeout': { type: 'string' },
  'lock-timeout': { type: 'string' },
  'verify-indexes': { type: 'string' },
  'params-style': { type: 'string' },
  'allow-functions': { type: 'string', multiple: true },
} as const;

/**
 * Maps the queries flags and positionals (SQL files or globs) onto the config layer, under the same kebab-case
 * keys as the config file, so the analyzer reads one shape whichever door the setting came through. Repeatable
 * flags also take comma lists, as action inputs do.
 */
export function queriesLayer(values: Record<string, unknown>, positionals: readonly string[]): ConfigLayer {
  const settings: Record<string, unknown> = {};
  const lists = { plan: values.plan, schema: values.schema, seed: values.seed, 'allow-functions': values['allow-functions'] };
  for (const [key, value] of Object.entries(lists)) {
    if (Array.isArray(value)) settings[key] = value.flatMap((item: string) => toList(item));
  }
  // `--plan a.json b.json` (or a shell-expanded `--plan plans/*.json`): after --plan, the positionals that are not
  // SQL files are plans too. A .sql file (or a glob ending in .sql) is still a query file to explain.
  const asPlans = Array.isArray(values.plan) ? positionals.filter((entry) => !/\.sql$/i.test(entry)) : [];
  const queries = positionals.filter((entry) => !asPlans.includes(entry));
  if (asPlans.length > 0) settings.plan = [...(settings.plan as string[]), ...asPlans];
  if (queries.length > 0) settings.queries = queries;
  if (typeof values['database-url'] === 'string') settings['database-url'] = values['database-url'];
  if (values.analyze === true && values['no-analyze'] === true) throw new UsageError('--analyze and --no-analyze: pass one of them, not both.');
  if (values.analyze === true) settings.analyze = true;
  if (values['no-analyze'] === true) settings.analyze = false;
  // Durations and verify-indexes are checked where they are used, with the same message whichever door they came through.
  for (const key of ['statement-timeout', 'lock-timeout', 'verify-indexes', 'params-style']) {
    if (typeof values[key] === 'string') settings[key] = values[key];
  }
  return Object.keys(settings).length > 0 ? { settings } : {};
}
