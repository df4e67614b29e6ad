import type { PlanDatabase } from '../db/plan-database.js';
import { quoted } from './quote-identifier.js';

/** What the row generator must know of a column to produce values the table accepts. */
export interface CatalogColumn {
  name: string;
  notNull: boolean;
  /** Serial, identity and generated columns: the server fills them, so the generator leaves them out. */
  filledByServer: boolean;
  /** Serial and identity columns: a sequence fills them, which must start past the rows already there. */
  sequenceBacked: boolean;
  /** Whether an INSERT that leaves the column out still succeeds (a default, or nullable). */
  hasDefault: boolean;
  /** The base type's name (`int4`, `varchar`, `numeric`, the enum's own name), through domains. */
  baseType: string;
  /** `e` for an enum, `b` for a base type, …: `pg_type.typtype` of the base type. */
  typeKind: string;
  /** The column's declared type as SQL (`character varying(40)`, `order_status`, a domain's name), for messages. */
  sqlType: string;
  /** The type generated values are cast to: the declared one, or a domain's base type, so its CHECKs can filter them first. */
  valueType: string;
  /** varchar(n) / char(n) length, numeric(p, s) precision and scale, when declared. */
  maxLength?: number;
  precision?: number;
  scale?: number;
  /** pgvector's vector(n) / halfvec(n) dimensions, when declared. */
  dimensions?: number;
  enumLabels: string[];
  isArray: boolean;
  /** A generated column's inputs (`id … GENERATED ALWAYS AS (md5(txt))`: txt); empty for any other column. */
  generatedInputs: string[];
}

export interface ForeignKey {
  columns: string[];
  parentOid: number;
  parentColumns: string[];
}

export interface PartialUniqueKey {
  columns: string[];
  /** As PostgreSQL prints it back (`(is_default = true)`). */
  predicate: string;
  /** The columns the predicate names (matched by name in its text). */
  predicateColumns: string[];
}

export interface CheckConstraint {
  columns: string[];
  /** As PostgreSQL prints it back (`(price > (0)::numeric)`), so it can be re-used as a filter. */
  expression: string;
}

export interface CatalogTable {
  oid: number;
  /** `orders`, or `billing.invoices` outside the public schema: how users name it in `table-rows`. */
  name: string;
  /** Quoted for SQL: `"public"."orders"`. */
  sqlName: string;
  columns: CatalogColumn[];
  /** Column sets that must be distinct: primary keys, unique constraints and unique indexes on plain columns. */
  uniqueKeys: string[][];
  /** Unique indexes with a WHERE: distinct only among the rows the predicate holds for. */
  partialUniqueKeys: PartialUniqueKey[];
  foreignKeys: ForeignKey[];
  checks: CheckConstraint[];
  /**
   * A partitioned table's partitions as one condition a row must meet to land in one of them (their partition
   * constraints joined by OR), with the columns it names; absent for other tables.
   */
  partitions?: CheckConstraint;
}

// Partitions are left out: rows go in through their parent, and counting both would count them twice.
const TABLES_SQL = `
  SELECT c.oid::int AS oid, n.nspname AS schema_name, c.relname AS table_name,
         format('%I.%I', n.nspname, c.relname) AS sql_name
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
     AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
   ORDER BY n.nspname, c.relname`;

const COLUMNS_SQL = `
  SELECT a.attrelid::int AS table_oid, a.attname AS name, a.attnotnull AS not_null,
         (a.attidentity <> '' OR a.attgenerated <> '' OR coalesce(pg_catalog.pg_get_expr(d.adbin, d.adrelid), '') LIKE 'nextval(%') AS filled_by_server,
         (a.attidentity <> '' OR (a.attgenerated = '' AND coalesce(pg_catalog.pg_get_expr(d.adbin, d.adrelid), '') LIKE 'nextval(%')) AS sequence_backed,
         (d.adbin IS NOT NULL OR a.attidentity <> '' OR a.attgenerated <> '') AS has_default,
         base.typname AS base_type, base.typtype AS type_kind, base.typcategory = 'A' AS is_array,
         pg_catalog.format_type(a.atttypid, a.atttypmod) AS sql_type,
         CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) ELSE pg_catalog.format_type(a.atttypid, a.atttypmod) END AS value_type,
         (a.attnotnull OR t.typnotnull) AS not_null_anywhere,
         ARRAY(SELECT pg_catalog.pg_get_expr(dc.conbin, 0) FROM pg_catalog.pg_constraint dc
                WHERE t.typtype = 'd' AND dc.contypid = t.oid AND dc.contype = 'c' ORDER BY dc.conname) AS domain_checks,
         CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END AS typmod,
         ARRAY(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = base.oid ORDER BY e.enumsortorder) AS enum_labels,
         -- The columns a generated column reads: its expression (pg_attrdef) depends on them, or on PostgreSQL 12–16
         -- the column itself does (pg_class and its attnum); the dependency on its own column is left out.
         ARRAY(SELECT input.attname::text FROM pg_catalog.pg_depend dep
                 JOIN pg_catalog.pg_attribute input ON input.attrelid = dep.refobjid AND input.attnum = dep.refobjsubid
                WHERE a.attgenerated <> '' AND dep.refobjid = a.attrelid AND dep.refobjsubid > 0 AND dep.refobjsubid <> a.attnum
                  AND ((dep.classid = 'pg_catalog.pg_attrdef'::regclass AND dep.objid = d.oid)
                    OR (dep.classid = 'pg_catalog.pg_class'::regclass AND dep.objid = a.attrelid AND dep.objsubid = a.attnum))
                ORDER BY input.attnum) AS generated_inputs
    FROM pg_catalog.pg_attribute a
    JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
    JOIN pg_catalog.pg_type base ON base.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
    LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
   ORDER BY a.attrelid, a.attnum`;

/** Column names of an attnum array, in key order. */
const KEY_NAMES = (relation: string, keys: string) => `
  ARRAY(SELECT a.attname::text FROM unnest(${keys}) WITH ORDINALITY k(num, ord)
          JOIN pg_catalog.pg_attribute a ON a.attrelid = ${relation} AND a.attnum = k.num ORDER BY k.ord)`;

// Unique indexes cover primary keys and unique constraints too; expression indexes (indkey 0) are left out.
const UNIQUE_SQL = `
  SELECT i.indrelid::int AS table_oid, ${KEY_NAMES('i.indrelid', 'i.indkey::int2[]')} AS columns,
         pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate,
         ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a
                WHERE i.indpred IS NOT NULL AND a.attrelid = i.indrelid AND a.attnum > 0 AND NOT a.attisdropped
                  AND pg_catalog.pg_get_expr(i.indpred, i.indrelid) ~ ('\\m' || a.attname || '\\M')) AS predicate_columns
    FROM pg_catalog.pg_index i
   WHERE i.indrelid = ANY($1::oid[]) AND i.indisunique AND NOT (0 = ANY(i.indkey::int2[]))`;

const CONSTRAINTS_SQL = `
  SELECT c.conrelid::int AS table_oid, c.contype AS kind, ${KEY_NAMES('c.conrelid', 'c.conkey')} AS columns,
         c.confrelid::int AS parent_oid, ${KEY_NAMES('c.confrelid', 'c.confkey')} AS parent_columns,
         pg_catalog.pg_get_expr(c.conbin, c.conrelid) AS expression
    FROM pg_catalog.pg_constraint c
   WHERE c.conrelid = ANY($1::oid[]) AND c.contype IN ('f', 'c')
   ORDER BY c.conrelid, c.conname`;

// Each partition's constraint over the parent's columns: a row lands in some partition when one of them holds.
const PARTITIONS_SQL = `
  SELECT i.inhparent::int AS table_oid,
         string_agg('(' || pg_catalog.pg_get_partition_constraintdef(i.inhrelid) || ')', ' OR ') AS expression,
         ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a
                WHERE a.attrelid = i.inhparent AND a.attnum > 0 AND NOT a.attisdropped
                  AND string_agg(pg_catalog.pg_get_partition_constraintdef(i.inhrelid), ' ') ~ ('\\m' || a.attname || '\\M')) AS columns
    FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
   WHERE i.inhparent = ANY($1::oid[]) AND c.relispartition
   GROUP BY i.inhparent`;

/** Reads every user table with what generating rows for it needs, in five catalog queries whatever the table count. */
export async function readTableCatalog(database: PlanDatabase): Promise<CatalogTable[]> {
  const tables = (await database.query(TABLES_SQL)).map((row) => ({
    oid: Number(row.oid),
    name: row.schema_name === 'public' ? String(row.table_name) : `${String(row.schema_name)}.${String(row.table_name)}`,
    sqlName: String(row.sql_name),
    columns: [] as CatalogColumn[],
    uniqueKeys: [] as string[][],
    partialUniqueKeys: [] as PartialUniqueKey[],
    foreignKeys: [] as ForeignKey[],
    checks: [] as CheckConstraint[],
    partitions: undefined as CheckConstraint | undefined,
  }));
  if (tables.length === 0) return [];
  const byOid = new Map(tables.map((table) => [table.oid, table]));
  const oids = [tables.map((table) => table.oid)];
  for (const row of await database.query(COLUMNS_SQL, oids)) {
    const table = byOid.get(Number(row.table_oid));
    table?.columns.push(catalogColumn(row));
    // A domain's CHECK is the column's CHECK with VALUE standing for the column: read as such, it bounds and filters.
    for (const check of row.domain_checks as string[]) {
      table?.checks.push({ columns: [String(row.name)], expression: check.replace(/\bVALUE\b/g, quoted(String(row.name))) });
    }
  }
  for (const row of await database.query(UNIQUE_SQL, oids)) {
    const table = byOid.get(Number(row.table_oid));
    const columns = row.columns as string[];
    if (row.predicate === null) table?.uniqueKeys.push(columns);
    else table?.partialUniqueKeys.push({ columns, predicate: String(row.predicate), predicateColumns: row.predicate_columns as string[] });
  }
  for (const row of await database.query(CONSTRAINTS_SQL, oids)) {
    const table = byOid.get(Number(row.table_oid));
    const columns = row.columns as string[];
    if (row.kind === 'f') table?.foreignKeys.push({ columns, parentOid: Number(row.parent_oid), parentColumns: row.parent_columns as string[] });
    else table?.checks.push({ columns, expression: String(row.expression) });
  }
  for (const row of await database.query(PARTITIONS_SQL, oids)) {
    const table = byOid.get(Number(row.table_oid));
    if (table && row.expression !== null) table.partitions = { columns: row.columns as string[], expression: String(row.expression) };
  }
  return tables;
}

function catalogColumn(row: Record<string, unknown>): CatalogColumn {
  const baseType = String(row.base_type);
  return {
    name: String(row.name),
    // A domain declared NOT NULL refuses NULLs as the column's own NOT NULL does.
    notNull: row.not_null_anywhere === true,
    filledByServer: row.filled_by_server === true,
    sequenceBacked: row.sequence_backed === true,
    hasDefault: row.has_default === true,
    baseType,
    typeKind: String(row.type_kind),
    sqlType: String(row.sql_type),
    valueType: String(row.value_type),
    ...typmodLimits(baseType, Number(row.typmod)),
    enumLabels: row.enum_labels as string[],
    isArray: row.is_array === true,
    generatedInputs: row.generated_inputs as string[],
  };
}

/** `atttypmod` packs varchar/char lengths (+4 header bytes) and numeric precision/scale ((p << 16 | s) + 4); pgvector's dimensions as is. */
function typmodLimits(baseType: string, typmod: number): Pick<CatalogColumn, 'maxLength' | 'precision' | 'scale' | 'dimensions'> {
  if (typmod < 0) return {};
  // pgvector keeps the dimensions as the typmod itself.
  if (baseType === 'vector' || baseType === 'halfvec') return { dimensions: typmod };
  if (baseType === 'varchar' || baseType === 'bpchar') return { maxLength: typmod - 4 };
  if (baseType === 'numeric') return { precision: ((typmod - 4) >> 16) & 0xffff, scale: (typmod - 4) & 0xffff };
  return {};
}

/** A column the catalog listed in one of the table's keys. */
export function columnNamed(table: CatalogTable, name: string): CatalogColumn {
  const column = table.columns.find((candidate) => candidate.name === name);
  if (!column) throw new Error(`The catalog lists a key column ${table.name}.${name} that the table does not have.`);
  return column;
}
