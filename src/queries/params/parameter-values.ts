import type { Node } from 'libpg-query';
import type { PlanDatabase } from '../../postgres/db/plan-database.js';
import { quoted } from '../../postgres/embedded/quote-identifier.js';
import { parameterUses, statementTables, type ParameterUse, type StatementTable } from './parameter-uses.js';

/** One set of values for every `$n` of a statement, and what each value is, for the findings it shows. */
export interface ParameterCase {
  /** `common`, `rare`, or `pinned` (every value from the config's `query-params`). */
  name: 'common' | 'rare' | 'pinned';
  /** Index 0 is `$1`; each a literal's text, cast by PostgreSQL to the parameter's type. */
  values: string[];
  /** `$1 = 'running' (common in jobs.state), $2 = 20 (LIMIT)`. */
  description: string;
}

/** Values a column's data offers: ANALYZE's most common values and histogram bounds, else two sampled rows. */
interface ColumnValues {
  source: string;
  common: string[];
  histogram: string[];
}

/** The LIMIT an application typically pages with; OFFSET 0 is the first page. */
const LIMIT_VALUE = '20';

const STATS_SQL = `SELECT pg_catalog.array_to_json(most_common_vals::text::text[])::text AS common,
  pg_catalog.array_to_json(histogram_bounds::text::text[])::text AS histogram
FROM pg_catalog.pg_stats WHERE tablename = $1 AND attname = $2 AND (schemaname = $3 OR ($3 IS NULL AND schemaname = ANY (pg_catalog.current_schemas(false))))
ORDER BY inherited LIMIT 1`;

/**
 * Values to explain a parameterised statement with, so the actual-rows rules can run: a common and a rare value of
 * each column a parameter is compared with (pg_stats, or sampled rows when the table was never analysed), pinned
 * values from the config first. Undefined, with the reason, when some parameter has neither.
 */
export async function parameterCases(
  database: PlanDatabase,
  statement: Node,
  parameterCount: number,
  pinned: Readonly<Record<number, string>>,
): Promise<{ cases: ParameterCase[] } | { missing: string }> {
  const uses = parameterUses(statement);
  const tables = statementTables(statement);
  const common: string[] = [];
  const rare: string[] = [];
  const commonText: string[] = [];
  const rareText: string[] = [];
  for (let number = 1; number <= parameterCount; number += 1) {
    const pin = pinned[number];
    if (pin !== undefined) {
      common.push(pin);
      rare.push(pin);
      commonText.push(`$${number} = ${literal(pin)} (query-params)`);
      rareText.push(`$${number} = ${literal(pin)} (query-params)`);
      continue;
    }
    const use = uses.get(number);
    if (!use) return { missing: `$${number} is not compared with or written to a column, nor a LIMIT or OFFSET; pin a value in query-params` };
    if (use.kind === 'limit' || use.kind === 'offset') {
      const value = use.kind === 'limit' ? LIMIT_VALUE : '0';
      common.push(value);
      rare.push(value);
      commonText.push(`$${number} = ${value} (${use.kind.toUpperCase()})`);
      rareText.push(`$${number} = ${value} (${use.kind.toUpperCase()})`);
      continue;
    }
    const values = await columnValues(database, tables, use);
    if (!values) return { missing: `no value of ${use.column?.name} was found for $${number} (no statistics, no rows); pin a value in query-params` };
    const [often, seldom] = pick(use, values);
    common.push(often);
    rare.push(seldom);
    commonText.push(`$${number} = ${literal(often)} (${isRange(use) ? 'wide range' : 'common'} in ${values.source})`);
    rareText.push(`$${number} = ${literal(seldom)} (${isRange(use) ? 'narrow range' : 'rare'} in ${values.source})`);
  }
  if (Object.keys(pinned).length > 0 && Object.keys(pinned).length >= parameterCount) {
    return { cases: [{ name: 'pinned', values: common, description: commonText.join(', ') }] };
  }
  const cases: ParameterCase[] = [{ name: 'common', values: common, description: commonText.join(', ') }];
  // A rare value equal to the common one (a column with one value) would only repeat the same plan.
  if (rare.some((value, index) => value !== common[index])) cases.push({ name: 'rare', values: rare, description: rareText.join(', ') });
  return { cases };
}

/**
 * The common and the rare value for one use. Equality: the most common value and a histogram value (not among the
 * common ones, so rarely present). A range: the bound that keeps most rows and the one that keeps fewest. LIKE: the
 * value itself as a prefix. `= ANY`: a one-element array.
 */
function pick(use: ParameterUse, values: ColumnValues): [string, string] {
  const { common, histogram } = values;
  const anyValue = common[0] ?? histogram[0];
  if (use.kind === 'lower') return [histogram[0] ?? anyValue, histogram.at(-2) ?? histogram.at(-1) ?? anyValue];
  if (use.kind === 'upper') return [histogram.at(-1) ?? anyValue, histogram[1] ?? histogram[0] ?? anyValue];
  // BETWEEN's upper bound stays at the top: with the lower bound's last-but-one value it makes the narrow range.
  if (use.kind === 'between-upper') return [histogram.at(-1) ?? anyValue, histogram.at(-1) ?? anyValue];
  const often = common[0] ?? histogram[Math.floor(histogram.length / 2)];
  const seldom = histogram.find((value) => !common.includes(value) && value !== often) ?? common.at(-1) ?? often;
  if (use.kind === 'prefix') return [`${often}%`, `${seldom}%`];
  if (use.kind === 'any') return [arrayLiteral(often), arrayLiteral(seldom)];
  return [often, seldom];
}

async function columnValues(database: PlanDatabase, tables: readonly StatementTable[], use: ParameterUse): Promise<ColumnValues | undefined> {
  const column = use.column;
  if (!column) return undefined;
  // A qualified column names its table by alias or name; an unqualified one is tried on each table in turn.
  const candidates = column.qualifier ? tables.filter((table) => table.alias === column.qualifier || (!table.alias && table.name === column.qualifier)) : tables;
  for (const table of candidates) {
    const source = `${table.name}.${column.name}`;
    const [stats] = await database.query(STATS_SQL, [table.name, column.name, table.schema ?? null]).catch(() => []);
    const common = jsonList(stats?.common);
    const histogram = jsonList(stats?.histogram);
    if (common.length > 0 || histogram.length > 0) return { source, common, histogram };
    const sampled = await sample(database, table, column.name);
    if (sampled.length > 0) return { source, common: [], histogram: sampled };
  }
  return undefined;
}

/** A few rows' values when the table has no statistics yet; a missing table or column is no value, not an error. */
async function sample(database: PlanDatabase, table: StatementTable, column: string): Promise<string[]> {
  const relation = table.schema ? `${quoted(table.schema)}.${quoted(table.name)}` : quoted(table.name);
  const rows = await database
    .query(`SELECT ${quoted(column)}::text AS value FROM ${relation} WHERE ${quoted(column)} IS NOT NULL ORDER BY ${quoted(column)} LIMIT 3`)
    .catch(() => []);
  return rows.map((row) => String(row.value));
}

function jsonList(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  const parsed = JSON.parse(value) as unknown;
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

/** `{"a b"}`: an array literal of one element, quoted so commas, braces and quotes stay inside it. */
function arrayLiteral(value: string): string {
  return `{"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"}`;
}

/** How a value reads in a finding: quoted as SQL would, cut short when long. */
export function literal(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
  return `'${shown.replaceAll("'", "''")}'`;
}

function isRange(use: ParameterUse): boolean {
  return use.kind === 'lower' || use.kind === 'upper' || use.kind === 'between-upper';
}
