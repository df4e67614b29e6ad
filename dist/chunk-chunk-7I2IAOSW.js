import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  shortened
} from "./chunk-chunk-IYKB54XW.js";
import {
  DatabaseError,
  quoted
} from "./chunk-chunk-P3IEJWAB.js";
import {
  SourcePositions
} from "./chunk-chunk-VKEPVHKR.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";

// src/postgres/schema/schema-load-error.ts
function schemaLoadError(setting, targetName, statement, error) {
  const line = error.position === void 0 ? statement.startLine : statement.startLine + new SourcePositions(statement.sql).lineAndColumn(error.position - 1).line - 1;
  const sqlstate = error.code ? ` (SQLSTATE ${error.code})` : "";
  return new UsageError(
    `${setting}: ${statement.file}:${line}: ${targetName} refused ${JSON.stringify(shortened(statement.sql))}: ${error.message}${sqlstate}. ${fixFor(setting, error.code)}`
  );
}
var MISSING_OBJECT = /* @__PURE__ */ new Set(["42P01", "42704", "42883", "42703", "3F000"]);
function fixFor(setting, code) {
  if (setting === "seed") return "Fix the statement; seed files run after every schema file, in name order.";
  if (code !== void 0 && MISSING_OBJECT.has(code)) {
    return "Fix the statement, or the order of the files (schema files run in name order, numbers compared as numbers: 2_ before 10_), and run again.";
  }
  return "Fix the statement and run again.";
}

// src/postgres/schema/load-schema.ts
async function loadSchema(target, files, options) {
  const loaded = { statements: 0, copiedBlocks: 0, createdRoles: [] };
  for (const { file, steps } of files) {
    options.log?.(`queries: applying the ${options.setting} file ${file}`);
    for (const step of steps) {
      await runStep(target, step, options, loaded);
      loaded.statements += 1;
      if (step.kind === "copy") loaded.copiedBlocks += 1;
    }
    await endSession(target);
  }
  return loaded;
}
var MISSING_ROLE = /^role "((?:[^"]|"")+)" does not exist$/;
var MAX_ROLES_PER_STATEMENT = 16;
async function runStep(target, step, options, loaded) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      if (step.kind === "copy") await copyRows(target, step, options.setting);
      else await target.run(step.statement.sql);
      return;
    } catch (error) {
      if (!(error instanceof DatabaseError)) throw error;
      const role = error.code === "42704" ? MISSING_ROLE.exec(error.message)?.[1] : void 0;
      if (role === void 0 || attempt >= MAX_ROLES_PER_STATEMENT) throw schemaLoadError(options.setting, target.name, step.statement, error);
      await createRole(target, role, step.statement, options, loaded);
    }
  }
}
async function copyRows(target, step, setting) {
  if (!target.copyRows) throw copyUnsupported(setting, target.name, step.statement);
  await target.copyRows(step.readingFile, step.data.text);
}
async function createRole(target, role, statement, options, loaded) {
  try {
    await target.run(`CREATE ROLE "${role}" NOLOGIN`);
  } catch (error) {
    if (error instanceof DatabaseError) throw schemaLoadError(options.setting, target.name, statement, error);
    throw error;
  }
  loaded.createdRoles.push(role.replace(/""/g, '"'));
  options.log?.(`queries: created the role ${role} (NOLOGIN) that ${statement.file}:${statement.startLine} names`);
}
var RESTORE_SETTINGS = [
  "search_path",
  "statement_timeout",
  "lock_timeout",
  "idle_in_transaction_session_timeout",
  "transaction_timeout",
  "client_encoding",
  "standard_conforming_strings",
  "check_function_bodies",
  "xmloption",
  "client_min_messages",
  "row_security",
  "default_tablespace",
  "default_table_access_method"
];
async function endSession(target) {
  const names = RESTORE_SETTINGS.map((name) => `'${name}'`).join(", ");
  await target.run(`SELECT pg_catalog.set_config(name, reset_val, false) FROM pg_catalog.pg_settings WHERE name IN (${names}) AND setting IS DISTINCT FROM reset_val`);
  await target.run("RESET ROLE");
  await target.run("SET SESSION AUTHORIZATION DEFAULT");
}
function copyUnsupported(setting, name, statement) {
  return new UsageError(
    `${setting}: ${statement.file}:${statement.startLine}: ${name} cannot take the rows of ${JSON.stringify(statement.sql.replace(/\s+/g, " ").slice(0, 80))}. Load the data in the embedded database, or as INSERT statements (pg_dump --inserts).`
  );
}

// src/postgres/schema/schema-extensions.ts
function schemaExtensions(files, available, setting) {
  const names = /* @__PURE__ */ new Set();
  for (const { steps } of files) {
    for (const step of steps) {
      if (step.kind !== "extension") continue;
      if (!available.has(step.extension)) {
        const { file, startLine, sql } = step.statement;
        throw new UsageError(
          `${setting}: ${file}:${startLine}: the embedded database (PGlite) has no extension ${step.extension} (${JSON.stringify(shortened(sql))}). Audit against a PostgreSQL server that has ${step.extension} installed: set database-url (--database-url) to it. PGlite loads these: ${[...available].sort().join(", ")}.`
        );
      }
      names.add(step.extension);
    }
  }
  return [...names];
}

// src/postgres/embedded/fill-order.ts
function fillOrder(tables) {
  const pending = new Map(tables.map((table) => [table.oid, table]));
  const ordered = [];
  const waitsFor = (table) => table.foreignKeys.some((key) => key.parentOid !== table.oid && pending.has(key.parentOid));
  while (pending.size > 0) {
    const candidates = [...pending.values()].sort((a, b) => a.name.localeCompare(b.name));
    const next = candidates.find((table) => !waitsFor(table)) ?? candidates[0];
    ordered.push(next);
    pending.delete(next.oid);
  }
  return ordered;
}

// src/postgres/embedded/table-catalog.ts
var TABLES_SQL = `
  SELECT c.oid::int AS oid, n.nspname AS schema_name, c.relname AS table_name,
         format('%I.%I', n.nspname, c.relname) AS sql_name
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
     AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
   ORDER BY n.nspname, c.relname`;
var COLUMNS_SQL = `
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
         -- The columns a generated column reads: its expression (pg_attrdef) depends on them, or on PostgreSQL 12\u201316
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
var KEY_NAMES = (relation, keys) => `
  ARRAY(SELECT a.attname::text FROM unnest(${keys}) WITH ORDINALITY k(num, ord)
          JOIN pg_catalog.pg_attribute a ON a.attrelid = ${relation} AND a.attnum = k.num ORDER BY k.ord)`;
var UNIQUE_SQL = `
  SELECT i.indrelid::int AS table_oid, ${KEY_NAMES("i.indrelid", "i.indkey::int2[]")} AS columns,
         pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate,
         ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a
                WHERE i.indpred IS NOT NULL AND a.attrelid = i.indrelid AND a.attnum > 0 AND NOT a.attisdropped
                  AND pg_catalog.pg_get_expr(i.indpred, i.indrelid) ~ ('\\m' || a.attname || '\\M')) AS predicate_columns
    FROM pg_catalog.pg_index i
   WHERE i.indrelid = ANY($1::oid[]) AND i.indisunique AND NOT (0 = ANY(i.indkey::int2[]))`;
var CONSTRAINTS_SQL = `
  SELECT c.conrelid::int AS table_oid, c.contype AS kind, ${KEY_NAMES("c.conrelid", "c.conkey")} AS columns,
         c.confrelid::int AS parent_oid, ${KEY_NAMES("c.confrelid", "c.confkey")} AS parent_columns,
         pg_catalog.pg_get_expr(c.conbin, c.conrelid) AS expression
    FROM pg_catalog.pg_constraint c
   WHERE c.conrelid = ANY($1::oid[]) AND c.contype IN ('f', 'c')
   ORDER BY c.conrelid, c.conname`;
var PARTITIONS_SQL = `
  SELECT i.inhparent::int AS table_oid,
         string_agg('(' || pg_catalog.pg_get_partition_constraintdef(i.inhrelid) || ')', ' OR ') AS expression,
         ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a
                WHERE a.attrelid = i.inhparent AND a.attnum > 0 AND NOT a.attisdropped
                  AND string_agg(pg_catalog.pg_get_partition_constraintdef(i.inhrelid), ' ') ~ ('\\m' || a.attname || '\\M')) AS columns
    FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
   WHERE i.inhparent = ANY($1::oid[]) AND c.relispartition
   GROUP BY i.inhparent`;
async function readTableCatalog(database) {
  const tables = (await database.query(TABLES_SQL)).map((row) => ({
    oid: Number(row.oid),
    name: row.schema_name === "public" ? String(row.table_name) : `${String(row.schema_name)}.${String(row.table_name)}`,
    sqlName: String(row.sql_name),
    columns: [],
    uniqueKeys: [],
    partialUniqueKeys: [],
    foreignKeys: [],
    checks: [],
    partitions: void 0
  }));
  if (tables.length === 0) return [];
  const byOid = new Map(tables.map((table) => [table.oid, table]));
  const oids = [tables.map((table) => table.oid)];
  for (const row of await database.query(COLUMNS_SQL, oids)) {
    const table = byOid.get(Number(row.table_oid));
    table?.columns.push(catalogColumn(row));
    for (const check of row.domain_checks) {
      table?.checks.push({ columns: [String(row.name)], expression: check.replace(/\bVALUE\b/g, quoted(String(row.name))) });
    }
  }
  for (const row of await database.query(UNIQUE_SQL, oids)) {
    const table = byOid.get(Number(row.table_oid));
    const columns = row.columns;
    if (row.predicate === null) table?.uniqueKeys.push(columns);
    else table?.partialUniqueKeys.push({ columns, predicate: String(row.predicate), predicateColumns: row.predicate_columns });
  }
  for (const row of await database.query(CONSTRAINTS_SQL, oids)) {
    const table = byOid.get(Number(row.table_oid));
    const columns = row.columns;
    if (row.kind === "f") table?.foreignKeys.push({ columns, parentOid: Number(row.parent_oid), parentColumns: row.parent_columns });
    else table?.checks.push({ columns, expression: String(row.expression) });
  }
  for (const row of await database.query(PARTITIONS_SQL, oids)) {
    const table = byOid.get(Number(row.table_oid));
    if (table && row.expression !== null) table.partitions = { columns: row.columns, expression: String(row.expression) };
  }
  return tables;
}
function catalogColumn(row) {
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
    enumLabels: row.enum_labels,
    isArray: row.is_array === true,
    generatedInputs: row.generated_inputs
  };
}
function typmodLimits(baseType, typmod) {
  if (typmod < 0) return {};
  if (baseType === "vector" || baseType === "halfvec") return { dimensions: typmod };
  if (baseType === "varchar" || baseType === "bpchar") return { maxLength: typmod - 4 };
  if (baseType === "numeric") return { precision: typmod - 4 >> 16 & 65535, scale: typmod - 4 & 65535 };
  return {};
}
function columnNamed(table, name) {
  const column = table.columns.find((candidate) => candidate.name === name);
  if (!column) throw new Error(`The catalog lists a key column ${table.name}.${name} that the table does not have.`);
  return column;
}

// src/postgres/embedded/check-bounds.ts
function checkBounds(parser, checks) {
  const bounds = /* @__PURE__ */ new Map();
  for (const check of checks) {
    let where;
    try {
      where = field(parser.parse(`SELECT 1 WHERE ${check.expression}`).stmts?.[0]?.stmt, "SelectStmt");
    } catch {
      continue;
    }
    collect(field(where, "whereClause"), bounds);
  }
  return bounds;
}
function collect(node, bounds) {
  const and = field(node, "BoolExpr");
  if (and && field(and, "boolop") === "AND_EXPR") {
    for (const argument of field(and, "args") ?? []) collect(argument, bounds);
    return;
  }
  const expression = field(node, "A_Expr");
  if (!expression) return;
  const operator = field(field(field(expression, "name")?.[0], "String"), "sval");
  const kind = field(expression, "kind");
  const column = columnName(field(expression, "lexpr"));
  if (kind === "AEXPR_OP_ANY" && operator === "=" && column) {
    const values = arrayConstants(field(expression, "rexpr"));
    if (values) boundsOf(bounds, column).values = values;
    return;
  }
  if (kind !== "AEXPR_OP") return;
  const constant = constantText(field(expression, "rexpr"));
  if (column && constant !== void 0 && typeof operator === "string") addComparison(boundsOf(bounds, column), operator, constant);
}
function addComparison(bounds, operator, constant) {
  const value = Number(constant);
  if (operator === "=") {
    bounds.values = [constant];
    return;
  }
  const date = /^(\d{4}-\d{2}-\d{2})(?:[ T]00:00(?::00)?)?$/.exec(constant)?.[1];
  if (date && (operator === ">=" || operator === "<")) {
    bounds.dates = { ...bounds.dates, [operator === ">=" ? "from" : "to"]: date };
    return;
  }
  if (!Number.isFinite(value)) return;
  if (operator === ">" || operator === ">=") bounds.min = { value, inclusive: operator === ">=" };
  if (operator === "<" || operator === "<=") bounds.max = { value, inclusive: operator === "<=" };
}
function boundsOf(bounds, column) {
  const existing = bounds.get(column) ?? {};
  bounds.set(column, existing);
  return existing;
}
function columnName(node) {
  const inner = unwrapCast(node);
  const fields = field(field(inner, "ColumnRef"), "fields");
  if (!fields || fields.length !== 1) return void 0;
  return field(field(fields[0], "String"), "sval");
}
function arrayConstants(node) {
  const elements = field(field(unwrapCast(node), "A_ArrayExpr"), "elements");
  if (!elements) return void 0;
  const values = elements.map(constantText);
  return values.every((value) => value !== void 0) ? values : void 0;
}
function constantText(node) {
  const constant = field(unwrapCast(node), "A_Const");
  if (!constant) return void 0;
  if (has(constant, "ival")) return String(field(field(constant, "ival"), "ival") ?? 0);
  if (has(constant, "fval")) return String(field(field(constant, "fval"), "fval"));
  if (has(constant, "sval")) return String(field(field(constant, "sval"), "sval"));
  return void 0;
}
function unwrapCast(node) {
  const cast = field(node, "TypeCast");
  return cast ? unwrapCast(field(cast, "arg")) : node;
}
function field(node, key) {
  if (!has(node, key)) return void 0;
  return node[key];
}
function has(node, key) {
  return typeof node === "object" && node !== null && key in node;
}

// src/postgres/embedded/column-values.ts
var NULL_SHARE = 0.1;
var CATEGORY_VALUES = 5;
var CATEGORY_NAME = /(^|_)(status|state|type|kind|category|role|level|tier|priority|plan|gender|country|country_code|currency|locale|lang|language|source|channel|stage|region)$/;
var NUMBER_RANGE = 1e3;
var DATE_SPAN_DAYS = 1095;
function uniform(salt) {
  return `((pg_catalog.hashint8(g.i::int8 * 7919 + ${salt}) + 2147483648)::float8 / 4294967296)`;
}
function skewedRank(n, salt) {
  return `floor(${n} * power(${uniform(salt)}, 2))::bigint`;
}
function columnSalt(table, column) {
  let hash = 17;
  for (const char of `${table}.${column}`) hash = (hash * 31 + char.charCodeAt(0)) % 1000003;
  return hash * 2;
}
function columnValueSql(plan) {
  const value = plainValueSql(plan);
  if (value === void 0) return void 0;
  const typed = `(${value})::${plan.column.valueType}`;
  if (plan.column.notNull) return typed;
  return `CASE WHEN ${uniform(plan.salt + 1)} < ${NULL_SHARE} THEN NULL ELSE ${typed} END`;
}
function plainValueSql(plan) {
  const { column, bounds } = plan;
  if (column.isArray) return "'{}'";
  if (bounds?.values && bounds.values.length > 0) return pickSql(bounds.values, plan);
  if (column.typeKind === "e") return column.enumLabels.length === 0 ? void 0 : pickSql(column.enumLabels, plan);
  switch (column.baseType) {
    case "int2":
    case "int4":
    case "int8":
      return integerSql(plan);
    case "numeric":
    case "float4":
    case "float8":
      return decimalSql(plan);
    case "text":
    case "varchar":
    case "bpchar":
    case "citext":
      return textSql(plan);
    case "bool":
      return plan.distinct ? "g.i % 2 = 0" : `${uniform(plan.salt)} < 0.2`;
    case "date":
      if (bounds?.dates) return boundedDateSql(plan, bounds.dates);
      return plan.distinct ? `date '2000-01-01' + g.i::int` : `current_date - ${skewedRank(DATE_SPAN_DAYS, plan.salt)}::int`;
    case "timestamp":
    case "timestamptz":
      if (bounds?.dates) return `(${boundedDateSql(plan, bounds.dates)}) + ${uniform(plan.salt + 2)} * interval '86399 seconds'`;
      return plan.distinct ? `timestamp '2000-01-01' + g.i * interval '1 minute'` : `date_trunc('second', now()) - power(${uniform(plan.salt)}, 2) * interval '${DATE_SPAN_DAYS} days'`;
    case "time":
    case "timetz":
      return `time '00:00' + ${uniform(plan.salt)} * interval '86399 seconds'`;
    case "interval":
      return `${uniform(plan.salt)} * interval '30 days'`;
    case "uuid":
      return `md5('${plan.salt}:' || g.i)::uuid`;
    case "json":
    case "jsonb":
      return plan.distinct ? `jsonb_build_object('id', g.i)` : `jsonb_build_object('${sqlText(column.name)}', ${skewedRank(100, plan.salt)})`;
    case "bytea":
      return `decode(md5('${plan.salt}:' || g.i), 'hex')`;
    case "tsvector":
      return `pg_catalog.to_tsvector('simple', 'common ' || '${sqlText(column.name)}' || ${numberSql(plan)})`;
    case "int4range":
    case "int8range":
    case "numrange": {
      const bound = { int4range: "int4", int8range: "int8", numrange: "numeric" }[column.baseType];
      return `${column.baseType}((${numberSql(plan)})::${bound}, (${numberSql(plan)} + 10)::${bound})`;
    }
    case "daterange":
      return `daterange(date '2000-01-01' + ${numberSql(plan)}::int, date '2000-01-01' + ${numberSql(plan)}::int + 7)`;
    case "tsrange":
    case "tstzrange":
      return `${column.baseType}(timestamp '2000-01-01' + ${numberSql(plan)} * interval '1 hour', timestamp '2000-01-01' + (${numberSql(plan)} + 1) * interval '1 hour')`;
    case "inet":
    case "cidr":
      return `('10.' || (${numberSql(plan)} / 65536 % 256) || '.' || (${numberSql(plan)} / 256 % 256) || '.' || (${numberSql(plan)} % 256))`;
    case "macaddr":
    case "macaddr8":
      return `lpad(to_hex(${numberSql(plan)}), ${column.baseType === "macaddr" ? 12 : 16}, '0')`;
    case "bit":
      return `(${numberSql(plan)})::int8::${column.valueType}`;
    case "varbit":
      return `(${numberSql(plan)})::int4::bit(32)::text`;
    case "name":
      return textSql(plan);
    case "oid":
    case "xid":
    case "xid8":
    case "cid":
      return `((${numberSql(plan)}) % 4294967296)::text`;
    case "tid":
      return `'(' || (${numberSql(plan)}) / 100 || ',' || (${numberSql(plan)}) % 100 + 1 || ')'`;
    case "money":
      return `(${decimalSql(plan)})::numeric`;
    case "hstore":
      return `'"${sqlText(column.name).replaceAll('"', "")}"=>"' || ${numberSql(plan)} || '"'`;
    case "vector":
    case "halfvec":
      return vectorSql(plan, column.dimensions ?? UNDECLARED_DIMENSIONS);
    default:
      return void 0;
  }
}
function boundedDateSql(plan, dates) {
  const day = 864e5;
  const from = dates.from ?? new Date(Date.parse(`${dates.to}T00:00:00Z`) - DATE_SPAN_DAYS * day).toISOString().slice(0, 10);
  const span = dates.to ? Math.max(1, Math.round((Date.parse(`${dates.to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / day)) : DATE_SPAN_DAYS;
  const offset = plan.distinct ? `((g.i - 1) % ${span})` : `floor(${span} * ${uniform(plan.salt)})`;
  return `date '${from}' + ${offset}::int`;
}
var UNDECLARED_DIMENSIONS = 3;
function vectorSql(plan, dimensions) {
  const component = `((pg_catalog.hashint8(g.i::int8 * 7919 + ${plan.salt} + d.k::int8 * 1000003) + 2147483648)::float8 / 4294967296)`;
  return `(SELECT '[' || string_agg(${component}::text, ',') || ']' FROM pg_catalog.generate_series(1, ${dimensions}) AS d(k))`;
}
function numberSql(plan) {
  return plan.distinct ? `(${plan.startAfter} + g.i)::bigint` : `floor(${plan.rows} * ${uniform(plan.salt)})::bigint`;
}
function pickSql(values, plan) {
  const array = `ARRAY[${values.map((value) => `'${sqlText(value)}'`).join(", ")}]::text[]`;
  const index = plan.distinct ? `(g.i - 1) % ${values.length}` : skewedRank(values.length, plan.salt);
  return `(${array})[1 + ${index}]`;
}
function integerSql(plan) {
  const { min, max } = integerRange(plan);
  if (plan.distinct) return `${Math.max(plan.startAfter, min - 1)} + g.i`;
  if (isCategory(plan.column)) return `${min} + ${skewedRank(Math.min(CATEGORY_VALUES, max - min + 1), plan.salt)}`;
  return `${min} + floor(${max - min + 1} * ${uniform(plan.salt)})::bigint`;
}
function integerRange({ bounds }) {
  const low = bounds?.min ? Math.floor(bounds.min.value) + (bounds.min.inclusive && Number.isInteger(bounds.min.value) ? 0 : 1) : void 0;
  const high = bounds?.max ? Math.ceil(bounds.max.value) - (bounds.max.inclusive && Number.isInteger(bounds.max.value) ? 0 : 1) : void 0;
  const min = low ?? (high === void 0 ? 1 : high - NUMBER_RANGE + 1);
  return { min, max: high ?? min + NUMBER_RANGE - 1 };
}
function decimalSql(plan) {
  const { column, bounds } = plan;
  const scale = column.scale ?? 2;
  const step = 10 ** -scale;
  const ceiling = column.precision === void 0 ? Number.POSITIVE_INFINITY : 10 ** (column.precision - scale) - step;
  if (plan.distinct) return `${Math.max(plan.startAfter, bounds?.min?.value ?? 0)} + g.i`;
  const min = bounds?.min ? bounds.min.value + (bounds.min.inclusive ? 0 : step) : 0;
  const max = Math.min(ceiling, bounds?.max ? bounds.max.value - (bounds.max.inclusive ? 0 : step) : min + NUMBER_RANGE);
  return `round((${min} + ${max - min} * ${uniform(plan.salt)})::numeric, ${scale})`;
}
function textSql(plan) {
  const { column } = plan;
  const limit = column.maxLength;
  const name = column.name.toLowerCase();
  const label = sqlText(column.name);
  if (plan.distinct) {
    const number = `(${plan.startAfter} + g.i)`;
    if (limit !== void 0 && limit < 24) return `${number}::text`;
    return name.includes("email") ? `'user' || ${number} || '@example.com'` : `'${label}-' || ${number}`;
  }
  const text = isCategory(column) ? `'${label}_' || ${skewedRank(CATEGORY_VALUES, plan.salt)}` : name.includes("email") ? `'user' || floor(${plan.rows} * ${uniform(plan.salt)})::bigint || '@example.com'` : `'${label} ' || floor(${plan.rows} * ${uniform(plan.salt)})::bigint`;
  return limit === void 0 ? text : `left(${text}, ${limit})`;
}
function isCategory(column) {
  return CATEGORY_NAME.test(column.name.toLowerCase());
}
function sqlText(value) {
  return value.replaceAll("'", "''");
}

// src/postgres/embedded/parent-keys.ts
async function drawParentKeys(database, table, catalog) {
  const filled = new Set(table.columns.filter((column) => !column.filledByServer).map((column) => column.name));
  const taken = /* @__PURE__ */ new Set();
  const draws = [];
  for (const key of table.foreignKeys) {
    const parent = catalog.get(key.parentOid);
    if (!parent || !key.columns.every((name) => filled.has(name)) || key.columns.some((name) => taken.has(name))) continue;
    key.columns.forEach((name) => taken.add(name));
    const alias = `predator_guard_keys_${draws.length}`;
    const parentColumns = key.parentColumns.map(quoted).join(", ");
    const notNull = key.parentColumns.map((name) => `${quoted(name)} IS NOT NULL`).join(" AND ");
    await database.run(`DROP TABLE IF EXISTS pg_temp.${alias}`);
    await database.run(
      `CREATE TEMP TABLE ${alias} AS SELECT row_number() OVER (ORDER BY ${parentColumns}) AS rank, ${parentColumns} FROM ${parent.sqlName} WHERE ${notNull}`
    );
    await database.run(`ALTER TABLE pg_temp.${alias} ADD PRIMARY KEY (rank)`);
    await database.run(`ANALYZE pg_temp.${alias}`);
    const [{ rows }] = await database.query(`SELECT count(*)::int AS rows FROM pg_temp.${alias}`);
    const nullable = key.columns.every((name) => !columnNamed(table, name).notNull);
    if (Number(rows) === 0 && !nullable) {
      for (const made of [...draws.map((draw) => draw.alias), alias]) await database.run(`DROP TABLE pg_temp.${made}`);
      throw emptyParent(table, key, parent);
    }
    draws.push({ key, parent, parentRows: Number(rows), alias, inTurn: false, nullable, salt: columnSalt(table.name, key.columns.join(",")) });
  }
  return draws;
}
function emptyParent(table, key, parent) {
  const fix = parent.oid === table.oid ? `make (${key.columns.join(", ")}) nullable, or seed ${table.name} with the first rows it can point at` : `give ${parent.name} rows too (table-rows: { ${parent.name}: N }) or seed it`;
  return new UsageError(
    `table-rows: cannot fill ${table.name}: its NOT NULL foreign key (${key.columns.join(", ")}) references ${parent.name}, which has no rows to point at. To fix it, ${fix}.`
  );
}

// src/postgres/embedded/generate-rows.ts
var MAX_ROUNDS = 40;
var NUMERIC_TYPES = /* @__PURE__ */ new Set(["int2", "int4", "int8", "numeric", "float4", "float8"]);
async function generateRows(database, parser, table, targetRows, catalog) {
  const existing = await existingRows(database, table);
  const wanted = targetRows - existing.rowCount;
  if (wanted <= 0) return 0;
  await advanceSequences(database, table);
  const draws = await drawParentKeys(database, table, catalog);
  try {
    const insert = plannedInsert(parser, table, targetRows, existing, draws);
    await database.run("SET session_replication_role = replica");
    try {
      return await insertRounds(database, table, wanted, insert);
    } catch (error) {
      if (error instanceof DatabaseError) throw await failingColumn(database, table, insert, wanted) ?? error;
      throw error;
    }
  } catch (error) {
    if (error instanceof DatabaseError) throw generationFailure(table, wanted, error);
    throw error;
  } finally {
    await database.run("RESET session_replication_role");
    for (const draw of draws) await database.run(`DROP TABLE IF EXISTS pg_temp.${draw.alias}`);
  }
}
async function existingRows(database, table) {
  const numeric = table.columns.filter((column) => !column.filledByServer && NUMERIC_TYPES.has(column.baseType));
  const maxima = numeric.map((column, index) => `, max(${quoted(column.name)})::float8 AS m${index}`).join("");
  const [row] = await database.query(`SELECT count(*)::int AS row_count${maxima} FROM ${table.sqlName}`);
  const largest = new Map(numeric.map((column, index) => [column.name, Number(row[`m${index}`] ?? 0)]));
  return { rowCount: Number(row.row_count), largest };
}
async function advanceSequences(database, table) {
  for (const column of table.columns.filter((candidate) => candidate.sequenceBacked)) {
    try {
      await database.query(
        `SELECT pg_catalog.setval(sequence, largest::bigint) FROM (SELECT pg_catalog.pg_get_serial_sequence($1, $2) AS sequence, (SELECT max(${quoted(column.name)}) FROM ${table.sqlName}) AS largest) AS current WHERE sequence IS NOT NULL AND largest IS NOT NULL`,
        [table.sqlName, column.name]
      );
    } catch (error) {
      if (error instanceof DatabaseError) throw columnFailure(table, column, "moving its sequence past the existing rows", error);
      throw error;
    }
  }
}
function plannedInsert(parser, table, targetRows, existing, draws) {
  const drawnColumns = new Set(draws.flatMap((draw) => draw.key.columns));
  const distinct = distinctColumns(table, drawnColumns, draws);
  const bounds = checkBounds(parser, table.partitions ? [...table.checks, table.partitions] : table.checks);
  const feedsNotNull = new Set(table.columns.filter((column) => column.notNull).flatMap((column) => column.generatedInputs));
  const selected = [];
  const expressions = [];
  for (const column of table.columns) {
    if (column.filledByServer || drawnColumns.has(column.name)) continue;
    const plan = {
      column: feedsNotNull.has(column.name) ? { ...column, notNull: true } : column,
      distinct: distinct.has(column.name),
      startAfter: NUMERIC_TYPES.has(column.baseType) ? existing.largest.get(column.name) ?? 0 : existing.rowCount,
      bounds: bounds.get(column.name),
      rows: targetRows,
      salt: columnSalt(table.name, column.name)
    };
    const sql = columnValueSql(plan);
    if (sql !== void 0) {
      selected.push({ name: column.name, sql });
      expressions.push({ column, sql });
    } else if (column.notNull && !column.hasDefault) throw unsupportedColumn(table, column);
  }
  let divisor = 1;
  const joins = [];
  for (const draw of draws.filter((candidate) => candidate.parentRows > 0)) {
    const rank = draw.inTurn ? `((g.i - 1) / ${divisor}) % ${draw.parentRows}` : skewedRank(draw.parentRows, draw.salt);
    if (draw.inTurn) divisor *= draw.parentRows;
    joins.push(`JOIN pg_temp.${draw.alias} ON ${draw.alias}.rank = 1 + ${rank}`);
    draw.key.columns.forEach((name, index) => {
      const parentValue = `${draw.alias}.${quoted(draw.key.parentColumns[index])}`;
      const sql = draw.nullable && !draw.inTurn ? `CASE WHEN ${uniform(draw.salt + 1)} < ${NULL_SHARE} THEN NULL ELSE ${parentValue} END` : parentValue;
      selected.push({ name, sql });
    });
  }
  const columns = selected.map((column) => column.name);
  const names = new Set(columns);
  const filters = table.checks.filter((check) => check.columns.every((name) => names.has(name))).map((check) => `(${check.expression}) IS NOT FALSE`);
  const partitions = table.partitions;
  if (partitions && partitions.columns.every((name) => names.has(name))) filters.push(`(${partitions.expression}) IS TRUE`);
  for (const key of table.partialUniqueKeys.filter((candidate) => !distinctPossible(table, candidate.columns, drawnColumns))) {
    if (key.predicateColumns.every((name) => names.has(name))) filters.push(`(${key.predicate}) IS NOT TRUE`);
  }
  const columnList = columns.map(quoted).join(", ");
  const candidates = selected.map((column) => `${column.sql} AS ${quoted(column.name)}`).join(", ");
  return {
    columns,
    expressions,
    filtered: filters.length > 0,
    sql: (first, last, limit) => `WITH inserted AS (INSERT INTO ${table.sqlName} (${columnList}) SELECT ${columnList} FROM (SELECT ${candidates} FROM generate_series(${first}, ${last}) AS g(i) ${joins.join(" ")} OFFSET 0) AS candidate${filters.length > 0 ? ` WHERE ${filters.join(" AND ")}` : ""} LIMIT ${limit} RETURNING 1) SELECT count(*)::int AS inserted FROM inserted`
  };
}
function distinctColumns(table, drawnColumns, draws) {
  const distinct = /* @__PURE__ */ new Set();
  const partial = table.partialUniqueKeys.map((key) => key.columns).filter((key) => distinctPossible(table, key, drawnColumns));
  for (const key of [...table.uniqueKeys, ...partial]) {
    const inputs = key.flatMap((name) => columnNamed(table, name).generatedInputs).filter((name) => !drawnColumns.has(name));
    const columns = [...key.filter((name) => columnNamed(table, name).generatedInputs.length === 0), ...inputs].map((name) => columnNamed(table, name));
    if (columns.some((column) => column.filledByServer) || columns.some((column) => distinct.has(column.name))) continue;
    const own = columns.filter((column) => !drawnColumns.has(column.name)).sort((a, b) => distinctCapacity(b) - distinctCapacity(a))[0];
    if (own !== void 0) {
      distinct.add(own.name);
      continue;
    }
    for (const draw of draws) if (draw.key.columns.some((name) => key.includes(name))) draw.inTurn = true;
  }
  return distinct;
}
function distinctPossible(table, key, drawnColumns) {
  return key.some((name) => !drawnColumns.has(name) && distinctCapacity(columnNamed(table, name)) > 1);
}
function distinctCapacity(column) {
  if (column.baseType === "bool") return 0;
  if (column.typeKind === "e") return 1;
  if (column.baseType === "int2") return 4;
  return column.maxLength ?? 100;
}
async function insertRounds(database, table, wanted, insert) {
  if (insert.columns.length === 0) {
    await database.run(`INSERT INTO ${table.sqlName} SELECT FROM generate_series(1, ${wanted})`);
    return wanted;
  }
  let inserted = 0;
  let next = 1;
  for (let round = 0; round < MAX_ROUNDS && inserted < wanted; round += 1) {
    const missing = wanted - inserted;
    const candidates = insert.filtered ? missing * 2 + 100 : missing;
    const [row] = await database.run(insert.sql(next, next + candidates - 1, missing));
    next += candidates;
    const kept = Number(row.inserted);
    inserted += kept;
    if (kept === 0) break;
  }
  if (inserted < wanted) throw checksRejected(table, wanted, inserted);
  return inserted;
}
var PROBE_ROWS = 1e3;
async function failingColumn(database, table, insert, wanted) {
  for (const { column, sql } of insert.expressions) {
    try {
      await database.run(`SELECT max(length(((${sql})::${column.sqlType})::text)) FROM generate_series(1, ${Math.min(wanted, PROBE_ROWS)}) AS g(i)`);
    } catch (error) {
      if (error instanceof DatabaseError) return columnFailure(table, column, `generating ${wanted} values`, error);
      throw error;
    }
  }
  return void 0;
}
function unsupportedColumn(table, column) {
  return new UsageError(
    `table-rows: cannot generate values for ${table.name}.${column.name} (type ${column.sqlType}, NOT NULL, no default). Give the column a default, or fill ${table.name} with a seed file instead of table-rows.`
  );
}
function checksRejected(table, wanted, inserted) {
  const conditions = table.checks.map((check) => `CHECK ${check.expression}`);
  if (table.partitions) conditions.push(`its partitions' bounds ${table.partitions.expression}`);
  const checks = conditions.join(", ");
  return new UsageError(
    `table-rows: generated ${inserted} of ${wanted} rows for ${table.name}; the others kept failing ${checks}. Fill ${table.name} with a seed file instead, or lower its table-rows.`
  );
}
function columnFailure(table, column, doing, error) {
  const sqlstate = error.code ? ` (SQLSTATE ${error.code})` : "";
  return new UsageError(
    `table-rows: ${table.name}.${column.name} (type ${column.sqlType}): ${doing} failed: ${error.message}${sqlstate}. Give the column a default, or fill ${table.name} with a seed file instead of table-rows.`
  );
}
function generationFailure(table, wanted, error) {
  const sqlstate = error.code ? ` (SQLSTATE ${error.code})` : "";
  return new UsageError(
    `table-rows: generating ${wanted} rows for ${table.name} failed: ${error.message}${sqlstate}. Lower its table-rows, relax the constraint, or fill ${table.name} with a seed file instead.`
  );
}

// src/postgres/embedded/pglite-database.ts
var PgliteDatabase = class _PgliteDatabase {
  constructor(db, identity) {
    this.db = db;
    this.identity = identity;
  }
  db;
  identity;
  /** PGlite is single-process (no parallel workers) and sets its own search_path; none of it is the application's. */
  engineSettings = ["max_parallel_workers", "max_parallel_workers_per_gather", "search_path"];
  static async over(db) {
    const result = await db.query(
      "SELECT version() AS version, current_setting('server_version_num') AS version_num"
    );
    const { version, version_num: versionNum } = result.rows[0];
    return new _PgliteDatabase(db, { kind: "embedded", version: shortVersion(version), versionNum: Number(versionNum), location: "PGlite (in-process)" });
  }
  async run(sql) {
    refuseCopyFromStdin(sql);
    const results = await withDatabaseErrors(() => this.db.exec(sql));
    return results.at(-1)?.rows ?? [];
  }
  /** Who refused a statement, in the schema loader's messages. */
  name = "the embedded database";
  /** PGlite reads COPY rows from a Blob that the COPY names as the file `/dev/blob`. */
  async copyRows(readingFile, rows) {
    await withDatabaseErrors(() => this.db.query(readingFile("/dev/blob"), [], { blob: new Blob([rows]) }));
  }
  async query(sql, params = []) {
    refuseCopyFromStdin(sql);
    const result = await withDatabaseErrors(() => this.db.query(sql, [...params]));
    return result.rows;
  }
  async close() {
    if (!this.db.closed) await this.db.close();
  }
};
var COPY_FROM_STDIN = /\bcopy\b[^;]*\bfrom\s+stdin\b/i;
function refuseCopyFromStdin(sql) {
  if (COPY_FROM_STDIN.test(sql)) {
    throw new DatabaseError("COPY \u2026 FROM stdin cannot run here: the embedded database has no stdin to read the rows from", "0A000", void 0);
  }
}
function shortVersion(version) {
  const onPlatform = version.indexOf(" on ");
  return onPlatform === -1 ? version : version.slice(0, onPlatform);
}
async function withDatabaseErrors(send) {
  try {
    return await send();
  } catch (error) {
    throw toDatabaseError(error);
  }
}
function toDatabaseError(error) {
  if (!(error instanceof Error) || !("code" in error)) return error;
  const code = typeof error.code === "string" ? error.code : void 0;
  const position = "position" in error && typeof error.position === "string" ? Number(error.position) : void 0;
  return new DatabaseError(error.message, code, Number.isInteger(position) ? position : void 0);
}

// src/postgres/embedded/pglite-extensions.ts
import path from "node:path";
import { pathToFileURL } from "node:url";
var BUNDLES = {
  amcheck: "amcheck",
  auto_explain: "auto_explain",
  bloom: "bloom",
  btree_gin: "btree_gin",
  btree_gist: "btree_gist",
  citext: "citext",
  cube: "cube",
  dict_int: "dict_int",
  dict_xsyn: "dict_xsyn",
  earthdistance: "earthdistance",
  file_fdw: "file_fdw",
  fuzzystrmatch: "fuzzystrmatch",
  hstore: "hstore",
  intarray: "intarray",
  isn: "isn",
  lo: "lo",
  ltree: "ltree",
  moddatetime: "spi",
  pageinspect: "pageinspect",
  pg_buffercache: "pg_buffercache",
  pg_freespacemap: "pg_freespacemap",
  pg_stat_statements: "pg_stat_statements",
  pg_surgery: "pg_surgery",
  pg_trgm: "pg_trgm",
  pg_visibility: "pg_visibility",
  pg_walinspect: "pg_walinspect",
  pgcrypto: "pgcrypto",
  seg: "seg",
  tablefunc: "tablefunc",
  tcn: "tcn",
  tsm_system_rows: "tsm_system_rows",
  tsm_system_time: "tsm_system_time",
  unaccent: "unaccent",
  "uuid-ossp": "uuid-ossp",
  vector: "vector"
};
var SEPARATE_BUNDLES = { vector: "@electric-sql/pglite-pgvector" };
var BUILT_IN = /* @__PURE__ */ new Set(["plpgsql"]);
var PGLITE_EXTENSIONS = /* @__PURE__ */ new Set([...BUILT_IN, ...Object.keys(BUNDLES)]);
function pgliteExtensions(names, directoryOf) {
  const extensions = {};
  for (const name of names) {
    const bundle = BUNDLES[name];
    if (bundle === void 0) continue;
    const bundlePath = pathToFileURL(path.join(directoryOf(bundle), `${bundle}.tar.gz`));
    extensions[name.replace(/\W/g, "_")] = { name, setup: async () => ({ bundlePath }) };
  }
  return extensions;
}
var PGLITE_EXTENSION_BUNDLES = [...new Set(Object.values(BUNDLES))].map((bundle) => `${bundle}.tar.gz`);

// src/postgres/embedded/shared-buffers.ts
var SMALL_POOL = "16MB";
var SMALL_DATA_ROWS = 2e4;
function sharedBuffersFor(tableRows) {
  let rows = 0;
  for (const count of tableRows.values()) rows += count;
  return rows <= SMALL_DATA_ROWS ? SMALL_POOL : void 0;
}

// src/postgres/embedded/start-pglite.ts
import { mkdirSync as mkdirSync2, readFileSync as readFileSync2, renameSync, statSync as statSync2, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import path3 from "node:path";
import { fileURLToPath } from "node:url";

// src/postgres/embedded/snapshot-lock.ts
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import path2 from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
var STALE_AFTER_MS = 12e4;
var POLL_MS = 100;
function claimSnapshot(snapshot) {
  const lock = lockOf(snapshot);
  try {
    mkdirSync(path2.dirname(snapshot), { recursive: true });
  } catch {
    return () => {
    };
  }
  for (let attempt = 0; attempt < 2; attempt += 1) {
    let fd;
    try {
      fd = openSync(lock, "wx");
    } catch (error) {
      if (error.code !== "EEXIST") return () => {
      };
      if (!isStale(lock)) return void 0;
      removeQuietly(lock);
      continue;
    }
    try {
      writeSync(fd, `${hostname()} ${process.pid}
`);
    } catch {
    } finally {
      closeSync(fd);
    }
    return () => removeQuietly(lock);
  }
  return void 0;
}
function removeQuietly(lock) {
  try {
    rmSync(lock, { force: true });
  } catch {
  }
}
async function awaitSnapshot(snapshot, read) {
  const lock = lockOf(snapshot);
  while (existsSync(lock) && !isStale(lock)) await sleep(POLL_MS);
  return read(snapshot);
}
function lockOf(snapshot) {
  return `${snapshot}.lock`;
}
function isStale(lock) {
  try {
    if (Date.now() - statSync(lock).mtimeMs > STALE_AFTER_MS) return true;
    const [host, pid] = readFileSync(lock, "utf8").trim().split(" ");
    return host === hostname() && Number(pid) > 0 && !isAlive(Number(pid));
  } catch {
    return false;
  }
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// src/postgres/embedded/start-pglite.ts
async function startPglite(log, extensionNames = [], sharedBuffers) {
  const { PGlite } = await import("./chunk-dist-QCDBPCN2.js");
  const extensions = pgliteExtensions(extensionNames, bundleDirectory);
  const startParams = sharedBuffers === void 0 ? void 0 : [...PGlite.defaultStartParams, "-c", `shared_buffers=${sharedBuffers}`];
  const snapshot = snapshotFile();
  let saved = snapshot ? readSnapshot(snapshot) : void 0;
  let release;
  if (snapshot && !saved) {
    release = claimSnapshot(snapshot);
    if (!release) saved = await awaitSnapshot(snapshot, readSnapshot);
  }
  try {
    if (saved) {
      try {
        return await PGlite.create({ loadDataDir: new Blob([new Uint8Array(saved)]), extensions, startParams });
      } catch (error) {
        log?.(`the cached PGlite data directory ${snapshot} did not load (${error instanceof Error ? error.message : String(error)}); starting fresh`);
      }
    }
    const db = await PGlite.create({ extensions, startParams });
    if (snapshot) await saveSnapshot(db, snapshot, log);
    return db;
  } finally {
    release?.();
  }
}
function cacheDirectory() {
  const configured = process.env.PREDATOR_GUARD_CACHE_DIR;
  if (configured === "off") return void 0;
  if (configured) return configured;
  return path3.join(process.env.XDG_CACHE_HOME || path3.join(homedir(), ".cache"), "predator-guard");
}
function snapshotFile() {
  const directory = cacheDirectory();
  if (!directory) return void 0;
  try {
    const runtime = runtimeDirectory();
    const sizes = ["pglite.wasm", "pglite.data"].map((file) => statSync2(path3.join(runtime, file)).size);
    return path3.join(directory, `pglite-datadir-${sizes.join("-")}.tgz`);
  } catch {
    return void 0;
  }
}
function runtimeDirectory() {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".ts")) return path3.dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite/pglite.wasm"));
  return path3.dirname(here);
}
function bundleDirectory(bundle) {
  const separate = SEPARATE_BUNDLES[bundle];
  if (separate === void 0 || !fileURLToPath(import.meta.url).endsWith(".ts")) return runtimeDirectory();
  return path3.dirname(createRequire(import.meta.url).resolve(separate));
}
function readSnapshot(file) {
  try {
    return readFileSync2(file);
  } catch {
    return void 0;
  }
}
async function saveSnapshot(db, file, log) {
  try {
    const dump = Buffer.from(await (await db.dumpDataDir("gzip")).arrayBuffer());
    mkdirSync2(path3.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, dump);
    renameSync(partial, file);
    log?.(`cached the fresh PGlite data directory in ${file}; later runs start faster`);
  } catch (error) {
    log?.(`could not cache the PGlite data directory in ${file} (${error instanceof Error ? error.message : String(error)}); every run starts fresh`);
  }
}

export {
  loadSchema,
  schemaExtensions,
  fillOrder,
  readTableCatalog,
  generateRows,
  PgliteDatabase,
  PGLITE_EXTENSIONS,
  sharedBuffersFor,
  startPglite
};
