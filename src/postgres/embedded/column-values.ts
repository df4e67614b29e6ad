import type { ColumnBounds } from './check-bounds.js';
import type { CatalogColumn } from './table-catalog.js';

/** How one column's values are made, beside its type: what the table's keys and CHECKs ask of it. */
export interface ColumnPlan {
  column: CatalogColumn;
  /** A unique key needs this column to differ on every row. */
  distinct: boolean;
  /** Distinct numbers start after this (the largest value the seed rows already hold). */
  startAfter: number;
  bounds?: ColumnBounds;
  /** Rows the table is filled to: sets the spread of high-cardinality values. */
  rows: number;
  /** Decorrelates this column's pseudo-random stream from every other column's. */
  salt: number;
}

/** Share of NULLs in a nullable column: enough for `IS NULL` to have a selectivity, few enough not to dominate. */
export const NULL_SHARE = 0.1;
/** Values of a column whose name says it is a category (`status`, `kind`, `country_code`, …). */
const CATEGORY_VALUES = 5;
const CATEGORY_NAME = /(^|_)(status|state|type|kind|category|role|level|tier|priority|plan|gender|country|country_code|currency|locale|lang|language|source|channel|stage|region)$/;
/** The default spread of plain numbers: `= 42` picks 0.1% of the rows, a realistic equality selectivity. */
const NUMBER_RANGE = 1000;
const DATE_SPAN_DAYS = 1095;

/**
 * A deterministic pseudo-random number in [0, 1) per row and salt: the same schema gives the same data and so the
 * same plans on every run, which `random()` would not. `hashint8` is PostgreSQL's own integer hash; float8
 * arithmetic, because numeric's `power()` made 100k rows take seconds.
 */
export function uniform(salt: number): string {
  // g.i is an int4: widened before the multiplication, which would overflow past 271,000 rows.
  return `((pg_catalog.hashint8(g.i::int8 * 7919 + ${salt}) + 2147483648)::float8 / 4294967296)`;
}

/**
 * A skewed rank in [0, n): the low ranks are common (u² puts a third of the rows in the first tenth), as real
 * categories, customers and products are, so the planner's most-common-value statistics have something to see.
 */
export function skewedRank(n: number, salt: number): string {
  return `floor(${n} * power(${uniform(salt)}, 2))::bigint`;
}

/**
 * A stable number per table and column, so runs repeat and columns do not share a pseudo-random stream. Even, so
 * `salt + 1` (the column's NULL stream) is never another column's salt.
 */
export function columnSalt(table: string, column: string): number {
  let hash = 17;
  for (const char of `${table}.${column}`) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
  return hash * 2;
}

/**
 * The SQL expression (over `g.i`, the row number) that generates a column, cast to the column's type; undefined
 * for a type this generator does not know (the column is then left to its default or NULL).
 */
export function columnValueSql(plan: ColumnPlan): string | undefined {
  const value = plainValueSql(plan);
  if (value === undefined) return undefined;
  const typed = `(${value})::${plan.column.valueType}`;
  if (plan.column.notNull) return typed;
  return `CASE WHEN ${uniform(plan.salt + 1)} < ${NULL_SHARE} THEN NULL ELSE ${typed} END`;
}

function plainValueSql(plan: ColumnPlan): string | undefined {
  const { column, bounds } = plan;
  if (column.isArray) return "'{}'";
  if (bounds?.values && bounds.values.length > 0) return pickSql(bounds.values, plan);
  if (column.typeKind === 'e') return column.enumLabels.length === 0 ? undefined : pickSql(column.enumLabels, plan);
  switch (column.baseType) {
    case 'int2':
    case 'int4':
    case 'int8':
      return integerSql(plan);
    case 'numeric':
    case 'float4':
    case 'float8':
      return decimalSql(plan);
    case 'text':
    case 'varchar':
    case 'bpchar':
    case 'citext':
      return textSql(plan);
    case 'bool':
      return plan.distinct ? 'g.i % 2 = 0' : `${uniform(plan.salt)} < 0.2`;
    case 'date':
      if (bounds?.dates) return boundedDateSql(plan, bounds.dates);
      return plan.distinct ? `date '2000-01-01' + g.i::int` : `current_date - ${skewedRank(DATE_SPAN_DAYS, plan.salt)}::int`;
    case 'timestamp':
    case 'timestamptz':
      if (bounds?.dates) return `(${boundedDateSql(plan, bounds.dates)}) + ${uniform(plan.salt + 2)} * interval '86399 seconds'`;
      return plan.distinct
        ? `timestamp '2000-01-01' + g.i * interval '1 minute'`
        : `date_trunc('second', now()) - power(${uniform(plan.salt)}, 2) * interval '${DATE_SPAN_DAYS} days'`;
    case 'time':
    case 'timetz':
      return `time '00:00' + ${uniform(plan.salt)} * interval '86399 seconds'`;
    case 'interval':
      return `${uniform(plan.salt)} * interval '30 days'`;
    case 'uuid':
      return `md5('${plan.salt}:' || g.i)::uuid`;
    case 'json':
    case 'jsonb':
      return plan.distinct ? `jsonb_build_object('id', g.i)` : `jsonb_build_object('${sqlText(column.name)}', ${skewedRank(100, plan.salt)})`;
    case 'bytea':
      return `decode(md5('${plan.salt}:' || g.i), 'hex')`;
    case 'tsvector':
      // A word shared by many rows and one by few, so `@@` has both common and rare terms to estimate.
      return `pg_catalog.to_tsvector('simple', 'common ' || '${sqlText(column.name)}' || ${numberSql(plan)})`;
    case 'int4range':
    case 'int8range':
    case 'numrange': {
      const bound = { int4range: 'int4', int8range: 'int8', numrange: 'numeric' }[column.baseType];
      return `${column.baseType}((${numberSql(plan)})::${bound}, (${numberSql(plan)} + 10)::${bound})`;
    }
    case 'daterange':
      return `daterange(date '2000-01-01' + ${numberSql(plan)}::int, date '2000-01-01' + ${numberSql(plan)}::int + 7)`;
    case 'tsrange':
    case 'tstzrange':
      return `${column.baseType}(timestamp '2000-01-01' + ${numberSql(plan)} * interval '1 hour', timestamp '2000-01-01' + (${numberSql(plan)} + 1) * interval '1 hour')`;
    case 'inet':
    case 'cidr':
      return `('10.' || (${numberSql(plan)} / 65536 % 256) || '.' || (${numberSql(plan)} / 256 % 256) || '.' || (${numberSql(plan)} % 256))`;
    case 'macaddr':
    case 'macaddr8':
      // Hex digits as macaddr reads them ('08002b010203'), from the row number when distinct.
      return `lpad(to_hex(${numberSql(plan)}), ${column.baseType === 'macaddr' ? 12 : 16}, '0')`;
    case 'bit':
      // The row number's lowest bits, as an integer cast to bit(n) keeps them (bit(3) cycles through 8 values).
      return `(${numberSql(plan)})::int8::${column.valueType}`;
    case 'varbit':
      return `(${numberSql(plan)})::int4::bit(32)::text`;
    case 'name':
      return textSql(plan);
    case 'oid':
    case 'xid':
    case 'xid8':
    case 'cid':
      // System counters: whole numbers, read through their text form (no cast from bigint exists for cid and xid).
      return `((${numberSql(plan)}) % 4294967296)::text`;
    case 'tid':
      return `'(' || (${numberSql(plan)}) / 100 || ',' || (${numberSql(plan)}) % 100 + 1 || ')'`;
    case 'money':
      return `(${decimalSql(plan)})::numeric`;
    case 'hstore':
      return `'"${sqlText(column.name).replaceAll('"', '')}"=>"' || ${numberSql(plan)} || '"'`;
    case 'vector':
    case 'halfvec':
      return vectorSql(plan, column.dimensions ?? UNDECLARED_DIMENSIONS);
    default:
      return undefined;
  }
}

/**
 * A day inside a date range a CHECK or a range partition sets (`>= '2006-02-01' AND < '2006-03-01'`), where the
 * usual last three years would all be rejected; one side alone spans three years from it.
 */
function boundedDateSql(plan: ColumnPlan, dates: { from?: string; to?: string }): string {
  const day = 86_400_000;
  const from = dates.from ?? new Date(Date.parse(`${dates.to}T00:00:00Z`) - DATE_SPAN_DAYS * day).toISOString().slice(0, 10);
  const span = dates.to ? Math.max(1, Math.round((Date.parse(`${dates.to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / day)) : DATE_SPAN_DAYS;
  const offset = plan.distinct ? `((g.i - 1) % ${span})` : `floor(${span} * ${uniform(plan.salt)})`;
  return `date '${from}' + ${offset}::int`;
}

/** A vector column declared without dimensions takes any; a few keep the rows small. */
const UNDECLARED_DIMENSIONS = 3;

/**
 * pgvector's `[x1,x2,…]` of the column's dimensions, each a pseudo-random number in [0, 1) of its own stream, so
 * the distance operators and hnsw/ivfflat indexes have points spread to plan against.
 */
function vectorSql(plan: ColumnPlan, dimensions: number): string {
  const component = `((pg_catalog.hashint8(g.i::int8 * 7919 + ${plan.salt} + d.k::int8 * 1000003) + 2147483648)::float8 / 4294967296)`;
  return `(SELECT '[' || string_agg(${component}::text, ',') || ']' FROM pg_catalog.generate_series(1, ${dimensions}) AS d(k))`;
}

/**
 * A whole number per row: the row number when the column must be distinct (ranges then never overlap), else one of
 * about as many values as rows.
 */
function numberSql(plan: ColumnPlan): string {
  return plan.distinct ? `(${plan.startAfter} + g.i)::bigint` : `floor(${plan.rows} * ${uniform(plan.salt)})::bigint`;
}

/** One of the allowed values (an enum's labels, a CHECK's list), skewed; cycling through them when distinct. */
function pickSql(values: readonly string[], plan: ColumnPlan): string {
  const array = `ARRAY[${values.map((value) => `'${sqlText(value)}'`).join(', ')}]::text[]`;
  const index = plan.distinct ? `(g.i - 1) % ${values.length}` : skewedRank(values.length, plan.salt);
  return `(${array})[1 + ${index}]`;
}

function integerSql(plan: ColumnPlan): string {
  const { min, max } = integerRange(plan);
  if (plan.distinct) return `${Math.max(plan.startAfter, min - 1)} + g.i`;
  if (isCategory(plan.column)) return `${min} + ${skewedRank(Math.min(CATEGORY_VALUES, max - min + 1), plan.salt)}`;
  return `${min} + floor(${max - min + 1} * ${uniform(plan.salt)})::bigint`;
}

/** The CHECK bounds, else 1..1000; an open side is 1000 wide from the bound that is given. */
function integerRange({ bounds }: ColumnPlan): { min: number; max: number } {
  const low = bounds?.min ? Math.floor(bounds.min.value) + (bounds.min.inclusive && Number.isInteger(bounds.min.value) ? 0 : 1) : undefined;
  const high = bounds?.max ? Math.ceil(bounds.max.value) - (bounds.max.inclusive && Number.isInteger(bounds.max.value) ? 0 : 1) : undefined;
  const min = low ?? (high === undefined ? 1 : high - NUMBER_RANGE + 1);
  return { min, max: high ?? min + NUMBER_RANGE - 1 };
}

function decimalSql(plan: ColumnPlan): string {
  const { column, bounds } = plan;
  const scale = column.scale ?? 2;
  const step = 10 ** -scale;
  // numeric(5, 2) holds at most 999.99: keep generated values inside the declared precision.
  const ceiling = column.precision === undefined ? Number.POSITIVE_INFINITY : 10 ** (column.precision - scale) - step;
  if (plan.distinct) return `${Math.max(plan.startAfter, bounds?.min?.value ?? 0)} + g.i`;
  const min = bounds?.min ? bounds.min.value + (bounds.min.inclusive ? 0 : step) : 0;
  const max = Math.min(ceiling, bounds?.max ? bounds.max.value - (bounds.max.inclusive ? 0 : step) : min + NUMBER_RANGE);
  return `round((${min} + ${max - min} * ${uniform(plan.salt)})::numeric, ${scale})`;
}

/**
 * Text by what the column's name says: categories get a handful of values, emails look like emails, anything else
 * gets about as many values as rows. Distinct text ends in the row number, so a length limit trims the prefix only.
 */
function textSql(plan: ColumnPlan): string {
  const { column } = plan;
  const limit = column.maxLength;
  const name = column.name.toLowerCase();
  const label = sqlText(column.name);
  if (plan.distinct) {
    const number = `(${plan.startAfter} + g.i)`;
    if (limit !== undefined && limit < 24) return `${number}::text`;
    return name.includes('email') ? `'user' || ${number} || '@example.com'` : `'${label}-' || ${number}`;
  }
  const text = isCategory(column)
    ? `'${label}_' || ${skewedRank(CATEGORY_VALUES, plan.salt)}`
    : name.includes('email')
      ? `'user' || floor(${plan.rows} * ${uniform(plan.salt)})::bigint || '@example.com'`
      : `'${label} ' || floor(${plan.rows} * ${uniform(plan.salt)})::bigint`;
  return limit === undefined ? text : `left(${text}, ${limit})`;
}

function isCategory(column: CatalogColumn): boolean {
  return CATEGORY_NAME.test(column.name.toLowerCase());
}

/** A value inside a single-quoted SQL literal. */
function sqlText(value: string): string {
  return value.replaceAll("'", "''");
}
