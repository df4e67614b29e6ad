import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  orderMigrations,
  readSchemaFile
} from "./chunk-chunk-3NDJ74QQ.js";
import {
  tableRowsSetting
} from "./chunk-chunk-7VJORE26.js";
import {
  openServerDatabase,
  passedInServerDatabase
} from "./chunk-chunk-5W76VBFA.js";
import {
  resolveInputFiles
} from "./chunk-chunk-MDTANTNL.js";
import {
  DatabaseError,
  quoted
} from "./chunk-chunk-P3IEJWAB.js";
import {
  pgParser
} from "./chunk-chunk-QX7IN5DA.js";
import "./chunk-chunk-VKEPVHKR.js";
import "./chunk-chunk-V4K7GZ5P.js";
import {
  MEASURED_MIGRATION_RULES,
  STATIC_MIGRATION_RULES,
  alterCommands,
  alteredTable,
  hasOption,
  lockedTable,
  nameParts,
  tableKey,
  tableName,
  toList
} from "./chunk-chunk-XEKWYLA5.js";
import "./chunk-chunk-45LV6IBN.js";
import {
  LOCK_MODES,
  blockedStatements,
  lockModeOf,
  measuredMessage,
  strongestMode
} from "./chunk-chunk-SJWJCOKZ.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";
import {
  SourceText
} from "./chunk-chunk-ADCLMAM6.js";
import {
  ruleSettingsResolver,
  severityFor
} from "./chunk-chunk-UM3XXW2D.js";
import {
  DIRECTIVE_MARKER,
  OccurrenceCounter,
  applySuppressions,
  fingerprintOf,
  parseDirective,
  unusedSuppression,
  unusedSuppressionFindings
} from "./chunk-chunk-ZEOJJT5H.js";
import {
  rulesOf
} from "./chunk-chunk-AE2HRXUO.js";
import "./chunk-chunk-SZAZ6YND.js";

// src/migrations/measure/join-measurement.ts
var LOCK_RULES = /* @__PURE__ */ new Set([
  "column-type-change",
  "constraint-without-not-valid",
  "generated-column-rewrite",
  "non-concurrent-detach-partition",
  "non-concurrent-drop-index",
  "non-concurrent-index",
  "non-concurrent-reindex",
  "set-not-null-scan",
  "unique-constraint-without-index",
  "vacuum-full",
  "volatile-column-default"
]);
function isLockRule(rule) {
  return LOCK_RULES.has(rule);
}
function measurementData(measurement, measuredOn) {
  if (!measurement.measured) {
    const documented = measurement.documented ? { documentedLock: { ...measurement.documented, blocks: blockedStatements(measurement.documented.mode) } } : {};
    return { measured: false, notMeasured: measurement.reason, ...documented };
  }
  const { locks, heldBefore, rewritten, tables, durationMs, emptied } = measurement;
  const withBlocks = locks.map((lock) => ({ ...lock, blocks: blockedStatements(lock.mode) }));
  return { measured: { on: measuredOn, locks: withBlocks, heldBefore, rewritten, tables, durationMs, ...emptied ? { emptied } : {} } };
}
function joinMeasurement(findings, sql, measurement, measuredOn) {
  for (const finding of findings) {
    const named = finding.data?.tables ?? [];
    const message = measurement.measured && LOCK_RULES.has(finding.rule) ? measuredMessage(sql, measurement, measuredOn, named) : void 0;
    finding.data = { ...finding.data, ...measurementData(measurement, measuredOn) };
    if (message !== void 0) finding.message = message;
  }
}

// src/migrations/measure/outside-transaction.ts
var NOT_IN_TRANSACTION = "cannot run inside a transaction block, so it was not measured";
function outsideTransaction(statement) {
  const node = statement.node;
  const documented = (tables) => ({ mode: "SHARE UPDATE EXCLUSIVE", tables });
  switch (statement.kind) {
    case "IndexStmt":
      if (node.concurrent !== true) return void 0;
      return {
        reason: `CREATE INDEX CONCURRENTLY ${NOT_IN_TRANSACTION}; the lock is PostgreSQL's documented one`,
        documented: documented([tableName(node.relation)]),
        sameChangeSql: withoutConcurrently(statement.sql, /^(CREATE\s+(?:UNIQUE\s+)?INDEX\s+)CONCURRENTLY\s+/i)
      };
    case "DropStmt": {
      if (node.concurrent !== true || node.removeType !== "OBJECT_INDEX") return void 0;
      const [first] = node.objects ?? [];
      const index = nameParts(first?.List?.items).join(".");
      return {
        reason: `DROP INDEX CONCURRENTLY ${NOT_IN_TRANSACTION}; the lock is PostgreSQL's documented one`,
        documented: documented([]),
        sameChangeSql: withoutConcurrently(statement.sql, /^(DROP\s+INDEX\s+)CONCURRENTLY\s+/i),
        indexName: index
      };
    }
    case "ReindexStmt":
      return hasOption(node.params, "concurrently") ? { reason: `REINDEX CONCURRENTLY ${NOT_IN_TRANSACTION}; the lock is PostgreSQL's documented one`, documented: documented([]) } : void 0;
    case "AlterTableStmt": {
      const detach = alterCommands(statement).some((command) => command.def?.PartitionCmd?.concurrent === true);
      if (!detach) return void 0;
      return {
        reason: `DETACH PARTITION \u2026 CONCURRENTLY ${NOT_IN_TRANSACTION}; the lock is PostgreSQL's documented one`,
        documented: documented([tableName(node.relation)]),
        sameChangeSql: withoutConcurrently(statement.sql, /\s+CONCURRENTLY\s*$/i, "")
      };
    }
    case "VacuumStmt":
      return node.is_vacuumcmd === true ? { reason: `VACUUM ${NOT_IN_TRANSACTION}` } : void 0;
    case "CreatedbStmt":
    case "DropdbStmt":
    case "AlterSystemStmt":
    case "CreateTableSpaceStmt":
    case "DropTableSpaceStmt":
      return { reason: `${statement.kind.replace(/Stmt$/, "")} ${NOT_IN_TRANSACTION}` };
    default:
      return void 0;
  }
}
function withoutConcurrently(sql, pattern, replacement = "$1") {
  return pattern.test(sql) ? sql.replace(pattern, replacement) : void 0;
}

// src/migrations/schema-state.ts
var SchemaState = class {
  newTables = /* @__PURE__ */ new Set();
  newIndexes = /* @__PURE__ */ new Set();
  notNullChecks = /* @__PURE__ */ new Map();
  validatedNotNull = /* @__PURE__ */ new Set();
  transactionDepth = 0;
  lockTimeout = false;
  statementTimeout = false;
  locks = 0;
  statementIndex = 0;
  statementCount = 0;
  change;
  outsideTransaction;
  /**
   * Called before each file: `carriesOver` when it and the file before it are both added by the change; `file` gives
   * its statements and what the change did to it (none without a diff).
   */
  startFile(carriesOver, file = { statements: [] }) {
    if (!carriesOver) {
      this.newTables.clear();
      this.newIndexes.clear();
    }
    this.transactionDepth = 0;
    this.lockTimeout = false;
    this.statementTimeout = false;
    this.locks = 0;
    this.statementIndex = 0;
    this.statementCount = file.statements.length;
    this.change = file.change;
    this.outsideTransaction = file.statements.find((statement) => outsideTransaction(statement) !== void 0);
  }
  /**
   * The file's first statement that cannot run in a transaction block (CREATE INDEX CONCURRENTLY, VACUUM, …): a
   * file holding one is run statement by statement, so a failure leaves the statements before it applied.
   */
  get runsOutsideTransaction() {
    return this.outsideTransaction;
  }
  /** What the change did to the current file: undefined without a diff, or when the change left the file alone. */
  get fileChange() {
    return this.change;
  }
  /** The statements of the file before this one. */
  get statementsBeforeInFile() {
    return this.statementIndex;
  }
  /** Whether this is the file's last statement: nothing after it can fail and leave it applied. */
  get isLastInFile() {
    return this.statementIndex === this.statementCount - 1;
  }
  get statementTimeoutSet() {
    return this.statementTimeout;
  }
  /** Whether the table (a RangeVar) was created in the change being checked. */
  isNewTable(relation) {
    return this.newTables.has(tableKey(relation));
  }
  /** Whether the index (a qualified name list) was created in the change being checked, on any table. */
  isNewIndex(names) {
    const parts = nameParts(names);
    return this.newIndexes.has(parts.length > 1 ? parts.join(".") : `public.${parts[0]}`);
  }
  get inTransaction() {
    return this.transactionDepth > 0;
  }
  get lockTimeoutSet() {
    return this.lockTimeout;
  }
  /** Statements earlier in the file that locked a table holding data. */
  get locksBeforeInFile() {
    return this.locks;
  }
  /** Whether a validated CHECK (column IS NOT NULL) on the table lets SET NOT NULL skip scanning it (PostgreSQL 12+). */
  hasValidatedNotNullCheck(relation, column) {
    return this.validatedNotNull.has(`${tableKey(relation)}.${column}`);
  }
  /** Records what a statement did, after the rules have judged it. */
  apply(statement) {
    if (lockedTable(statement, this) !== void 0) this.locks += 1;
    this.statementIndex += 1;
    const node = statement.node;
    switch (statement.kind) {
      case "CreateStmt":
      case "CreateTableAsStmt":
        this.newTables.add(tableKey(statement.kind === "CreateStmt" ? node.relation : node.into?.rel));
        break;
      case "IndexStmt":
        if (this.isNewTable(node.relation) && typeof node.idxname === "string") {
          this.newIndexes.add(`${node.relation.schemaname ?? "public"}.${node.idxname}`);
        }
        break;
      case "TransactionStmt":
        this.applyTransaction(String(node.kind));
        break;
      case "VariableSetStmt":
        if (node.name === "lock_timeout") this.lockTimeout = node.kind !== "VAR_RESET" && !isZero(node.args);
        if (node.name === "statement_timeout") this.statementTimeout = node.kind !== "VAR_RESET" && !isZero(node.args);
        break;
      case "AlterTableStmt":
        this.applyAlterTable(statement);
        break;
      default:
    }
  }
  applyTransaction(kind) {
    if (kind === "TRANS_STMT_BEGIN" || kind === "TRANS_STMT_START") this.transactionDepth += 1;
    else if (kind === "TRANS_STMT_COMMIT" || kind === "TRANS_STMT_ROLLBACK") this.transactionDepth = 0;
  }
  applyAlterTable(statement) {
    const relation = alteredTable(statement);
    if (relation === void 0) return;
    for (const command of alterCommands(statement)) {
      const constraint = command.def?.Constraint;
      if (command.subtype === "AT_AddConstraint" && constraint?.contype === "CONSTR_CHECK") {
        const column = notNullColumn(constraint.raw_expr);
        if (column === void 0) continue;
        if (constraint.initially_valid) this.validatedNotNull.add(`${tableKey(relation)}.${column}`);
        else if (constraint.conname) this.notNullChecks.set(`${tableKey(relation)}.${constraint.conname}`, column);
      }
      if (command.subtype === "AT_ValidateConstraint" && command.name) {
        const column = this.notNullChecks.get(`${tableKey(relation)}.${command.name}`);
        if (column !== void 0) this.validatedNotNull.add(`${tableKey(relation)}.${column}`);
      }
    }
  }
};
function notNullColumn(expression) {
  const test = expression?.NullTest;
  if (test?.nulltesttype !== "IS_NOT_NULL") return void 0;
  const parts = nameParts(test.arg?.ColumnRef?.fields);
  return parts.length === 1 ? parts[0] : void 0;
}
function isZero(args) {
  const value = Array.isArray(args) ? args[0]?.A_Const : void 0;
  if (!value) return false;
  if (value.ival !== void 0) return (value.ival.ival ?? 0) === 0;
  return value.sval?.sval !== void 0 && /^0+\s*(ms|s|min)?$/i.test(value.sval.sval.trim());
}

// src/migrations/check-migrations.ts
function checkMigrations(files, rules, config, measured) {
  const settingsFor = ruleSettingsResolver(config);
  const state = new SchemaState();
  const findings = [];
  let previousAdded = false;
  for (const { file, statements, directives } of files) {
    const lineText = (line) => directives.source.lineText(line);
    const change = config.changes?.files.get(file);
    const added = change?.status === "added";
    state.startFile(added && previousAdded, { statements, change });
    previousAdded = added;
    const settings = settingsFor(file);
    const occurrences = new OccurrenceCounter();
    const fileFindings = [];
    for (const statement of statements) {
      const code = statement.sql.replace(/\s+/g, " ").trim();
      const findingOf = (rule, configured, report) => ({
        analyzer: "migrations",
        rule: rule.meta.id,
        category: rule.meta.category,
        severity: severityFor(rule.meta, configured) ?? rule.meta.severity,
        message: report.message,
        ...report.line === void 0 ? statementPlace(statement) : { file: statement.file, line: report.line, column: 1 },
        ...report.suggestion ? { suggestion: report.suggestion } : {},
        fingerprint: fingerprintOf(rule.meta.id, file, code, occurrences.next(`${rule.meta.id}\0${code}`)),
        data: { statement: statement.kind, ...report.tables ? { tables: report.tables } : {}, measured: false, ...fixData(report.fix, statement, lineText) }
      });
      const statementFindings = [];
      for (const rule of rules) {
        const configured = settings[rule.meta.id]?.severity;
        if (configured === "off") continue;
        for (const report of rule.check(statement, state)) statementFindings.push(findingOf(rule, configured, report));
      }
      const measurement = measured?.measurements.byStatement.get(statement);
      if (measured && measurement) {
        const { measuredOn } = measured.measurements;
        joinMeasurement(statementFindings, statement.sql, measurement, measuredOn);
        for (const [rule, report] of measuredReports(statement, statementFindings, measurement, measuredOn, measured.rules, settings)) {
          const finding = findingOf(rule, settings[rule.meta.id]?.severity, report);
          finding.data = { ...finding.data, ...measurementData(measurement, measuredOn) };
          statementFindings.push(finding);
        }
      }
      fileFindings.push(...statementFindings);
      state.apply(statement);
    }
    if (directives.directives.length === 0) {
      findings.push(...fileFindings);
      continue;
    }
    const { kept, unused } = applySuppressions(fileFindings, directives.directives);
    findings.push(...kept);
    const severity = severityFor(unusedSuppression.meta, settings[unusedSuppression.meta.id]?.severity);
    if (!severity) continue;
    const known = /* @__PURE__ */ new Set([...rules.map((rule) => rule.meta.id), unusedSuppression.meta.id]);
    findings.push(...unusedSuppressionFindings({ analyzer: "migrations", file, source: directives.source, unused, severity, isKnownRule: (rule) => known.has(rule) }));
  }
  return findings;
}
function measuredReports(statement, findings, measurement, measuredOn, rules, settings) {
  if (!measurement.measured) return [];
  const reportedTables = new Set(findings.filter((finding) => isLockRule(finding.rule)).flatMap((finding) => finding.data?.tables ?? []));
  return rules.filter((rule) => settings[rule.meta.id]?.severity !== "off").flatMap((rule) => rule.check(statement, { measurement, measuredOn, reportedTables }).map((report) => [rule, report]));
}
function fixData(fix, statement, lineText) {
  if (fix === void 0) return {};
  const line = lineText(statement.startLine);
  const indent = /^\s*/.exec(line)?.[0] ?? "";
  const firstSqlLine = statement.sql.split("\n")[0];
  if (line.slice(indent.length, indent.length + firstSqlLine.length) !== firstSqlLine) return {};
  const rewritten = fix.firstLine === void 0 ? line : fix.firstLine(line);
  if (rewritten === void 0) return {};
  const lines = [...(fix.linesBefore ?? []).map((before) => `${indent}${before}`), rewritten];
  return { fix: { startLine: statement.startLine, endLine: statement.startLine, lines, ...fix.note === void 0 ? {} : { note: fix.note } } };
}
function statementPlace(statement) {
  const lastLine = statement.sql.split("\n").at(-1) ?? "";
  return { file: statement.file, line: statement.startLine, column: 1, endLine: statement.endLine, endColumn: lastLine.length + 1 };
}

// src/migrations/measure/relation-snapshot.ts
var KINDS = { r: "table", p: "table", m: "table", i: "index", I: "index" };
var RELATIONS_SQL = `SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name, c.relkind::text AS relkind, c.relfilenode::bigint AS relfilenode,
  c.reltuples::float8 AS rows, c.relpages::bigint * pg_catalog.current_setting('block_size')::bigint AS bytes
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
  AND c.relkind IN ('r', 'p', 'm', 'i', 'I')`;
async function relationStates(database) {
  const rows = await database.query(RELATIONS_SQL);
  return new Map(
    rows.map((row) => {
      const schema = String(row.schema);
      const state = {
        oid: Number(row.oid),
        name: schema === "public" ? String(row.name) : `${schema}.${String(row.name)}`,
        kind: KINDS[String(row.relkind)] ?? "other",
        relfilenode: Number(row.relfilenode),
        rows: Number(row.rows),
        bytes: Number(row.bytes)
      };
      return [state.oid, state];
    })
  );
}
var LOCKS_SQL = `SELECT l.relation::int AS oid, l.mode FROM pg_catalog.pg_locks l
WHERE l.pid = pg_catalog.pg_backend_pid() AND l.locktype = 'relation' AND l.granted
  AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())`;
async function heldLocks(database) {
  const held = /* @__PURE__ */ new Map();
  for (const row of await database.query(LOCKS_SQL)) {
    const mode = lockModeOf(String(row.mode));
    if (mode !== void 0) held.set(`${Number(row.oid)} ${mode}`, { oid: Number(row.oid), mode });
  }
  return held;
}

// src/migrations/measure/measure-statement.ts
async function measureStatement(database, run, heldNoData) {
  const before = await relationStates(database);
  const locksBefore = await heldLocks(database);
  const started = performance.now();
  await run();
  const durationMs = Math.round((performance.now() - started) * 10) / 10;
  const locksAfter = await heldLocks(database);
  const after = await relationStates(database);
  const holdsData = (oid) => {
    const relation = before.get(oid);
    return relation !== void 0 && !heldNoData(relation.name) ? relation : void 0;
  };
  const locks = [];
  for (const [key, { oid, mode }] of locksAfter) {
    const relation = locksBefore.has(key) ? void 0 : holdsData(oid);
    if (relation) locks.push({ relation: relation.name, kind: relation.kind, mode });
  }
  locks.sort((a, b) => a.relation.localeCompare(b.relation) || LOCK_MODES.indexOf(b.mode) - LOCK_MODES.indexOf(a.mode));
  const strongestBefore = /* @__PURE__ */ new Map();
  for (const { oid, mode } of locksBefore.values()) {
    const relation = holdsData(oid);
    if (relation?.kind !== "table") continue;
    const held = strongestBefore.get(relation.name);
    strongestBefore.set(relation.name, held === void 0 ? mode : strongestMode([held, mode]) ?? mode);
  }
  const heldBefore = [...strongestBefore].map(([relation, mode]) => ({ relation, kind: "table", mode })).sort((a, b) => a.relation.localeCompare(b.relation));
  const rewritten = [...before.values()].filter((relation) => holdsData(relation.oid) && relation.relfilenode !== 0 && after.has(relation.oid) && after.get(relation.oid)?.relfilenode !== relation.relfilenode).map((relation) => relation.name).sort();
  const touched = /* @__PURE__ */ new Set([...locks.map((lock) => lock.relation), ...heldBefore.map((lock) => lock.relation), ...rewritten]);
  const tables = [...before.values()].filter((relation) => relation.kind === "table" && touched.has(relation.name)).map(({ name, rows, bytes }) => ({ name, rows: Math.max(0, Math.round(rows)), bytes })).sort((a, b) => a.name.localeCompare(b.name));
  const created = [...after.values()].filter((relation) => !before.has(relation.oid)).map((relation) => relation.name);
  return { measurement: { measured: true, locks, heldBefore, rewritten, tables, durationMs }, created };
}

// src/migrations/measure/measure-migrations.ts
var SAVEPOINT = "predator_guard_statement";
var SERVER_LOCK_TIMEOUT = "30s";
async function measureMigrations(target, files, isChecked, carriesOver, log) {
  const result = { byStatement: /* @__PURE__ */ new Map(), measuredOn: target.measuredOn, measured: 0, notMeasured: 0 };
  const { database } = target;
  const lastChecked = files.findLastIndex(({ file }) => isChecked(file));
  const created = /* @__PURE__ */ new Set();
  const oneTransaction = target.applyForGood === void 0;
  if (oneTransaction) {
    await database.run("BEGIN");
    await database.run(`SET LOCAL lock_timeout = '${SERVER_LOCK_TIMEOUT}'`);
  }
  try {
    for (const [index, file] of files.entries()) {
      if (index > lastChecked) break;
      if (!carriesOver(file.file)) created.clear();
      if (isChecked(file.file)) {
        if (!oneTransaction) await database.run("BEGIN");
        try {
          await measureFile(database, file, created, result, !oneTransaction);
        } finally {
          if (!oneTransaction) await database.run("ROLLBACK");
        }
      }
      if (target.applyForGood && index < lastChecked) {
        try {
          await target.applyForGood(file);
        } catch (error) {
          result.stopped = `${file.file} did not load (${error instanceof Error ? error.message : String(error)}); the migrations after it were not measured`;
          log?.(`migrations: ${result.stopped}`);
          break;
        }
      }
    }
  } finally {
    if (oneTransaction) await database.run("ROLLBACK");
  }
  return result;
}
async function measureFile(database, file, created, result, generatedRows) {
  for (const [index, statement] of file.statements.entries()) {
    if (statement.kind === "TransactionStmt") continue;
    const step = file.schema.steps[index];
    const outside = outsideTransaction(statement);
    let measurement;
    if (outside) measurement = await notInTransaction(database, outside);
    else if (step === void 0 || step.kind === "copy" && !database.copyRows) measurement = { measured: false, reason: "its COPY rows cannot be sent to a server" };
    else measurement = await measureInSavepoint(database, step, created, generatedRows);
    result.byStatement.set(statement, measurement);
    if (measurement.measured) result.measured += 1;
    else result.notMeasured += 1;
  }
}
async function measureInSavepoint(database, step, created, generatedRows) {
  const first = await attempt(database, step, created);
  if (!(first instanceof DatabaseError)) return first;
  const table = brokenTable(first, generatedRows);
  if (table !== void 0) {
    const again = await attempt(database, step, created, table);
    if (!(again instanceof DatabaseError)) return again;
  }
  return { measured: false, reason: `${database.name ?? "the server"} refused it: ${first.message}` };
}
async function attempt(database, step, created, emptying) {
  await database.run(`SAVEPOINT ${SAVEPOINT}`);
  try {
    if (emptying !== void 0) {
      await database.run("SET LOCAL session_replication_role = replica");
      await database.run(`DELETE FROM ${quoted(emptying)}`);
      await database.run("SET LOCAL session_replication_role = origin");
    }
    const { measurement, created: made } = await measureStatement(database, () => runStep(database, step), (relation) => created.has(relation));
    await database.run(`RELEASE SAVEPOINT ${SAVEPOINT}`);
    for (const relation of made) created.add(relation);
    if (emptying === void 0) return measurement;
    const tables = measurement.tables.map((table) => table.name === emptying ? { ...table, rows: 0, bytes: 0 } : table);
    return { ...measurement, tables, emptied: [emptying] };
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    await database.run(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
    return error;
  }
}
var BROKEN_TABLE = /\b(?:table|relation) "((?:[^"]|"")+)"/;
function brokenTable(error, generatedRows) {
  if (!generatedRows || !error.code?.startsWith("23")) return void 0;
  return BROKEN_TABLE.exec(error.message)?.[1];
}
async function notInTransaction(database, outside) {
  let tables = outside.documented?.tables ?? [];
  await database.run(`SAVEPOINT ${SAVEPOINT}`);
  try {
    if (outside.indexName) {
      const [row] = await database.query("SELECT i.indrelid::regclass::text AS table FROM pg_catalog.pg_index i WHERE i.indexrelid = pg_catalog.to_regclass($1)", [outside.indexName]);
      if (row) tables = [String(row.table)];
    }
    if (outside.sameChangeSql) await database.run(outside.sameChangeSql);
    await database.run(`RELEASE SAVEPOINT ${SAVEPOINT}`);
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    await database.run(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
  }
  return { measured: false, reason: outside.reason, ...outside.documented ? { documented: { mode: outside.documented.mode, tables } } : {} };
}
function runStep(database, step) {
  if (step.kind === "copy" && database.copyRows) return database.copyRows(step.readingFile, step.data.text);
  return database.run(step.statement.sql);
}

// src/migrations/measure/open-measuring-database.ts
async function openMeasuringDatabase(config, deps, parser, files) {
  if (deps.pgClient) {
    const database = await passedInServerDatabase(deps.pgClient);
    return { database, measuredOn: `the server ${database.identity.location}` };
  }
  const url = config.settings["database-url"];
  if (url !== void 0) {
    if (typeof url !== "string" || url.trim() === "") {
      throw new UsageError("database-url: expected a URL such as postgres://USER:PASSWORD@HOST:5432/DATABASE (a throwaway database); got an empty or non-text value.");
    }
    const database = await openServerDatabase(url.trim());
    return { database, measuredOn: `the server ${database.identity.location}` };
  }
  const { openEmbeddedMeasuring } = await import("./chunk-embedded-measuring-ZJ22FIIP.js");
  return openEmbeddedMeasuring(config, deps, parser, files);
}

// src/migrations/measure/measure-checked.ts
async function measureCheckedMigrations(config, deps, parser, files) {
  const changes = config.changes;
  const isChecked = (file) => changes === void 0 || changes.files.has(file);
  if (!files.some(({ file }) => isChecked(file))) return { note: "the change adds no migration, so none was applied" };
  if (config.settings["measure-migrations"] === false) return { note: "measure-migrations is off" };
  const onServer = deps.pgClient !== void 0 || config.settings["database-url"] !== void 0;
  if (!onServer) tableRowsSetting(config.settings["table-rows"]);
  const added = (file) => file !== void 0 && changes?.files.get(file)?.status === "added";
  const previous = new Map(files.map(({ file }, index) => [file, files[index - 1]?.file]));
  const carriesOver = (file) => added(file) && added(previous.get(file));
  let target;
  try {
    target = await openMeasuringDatabase(config, deps, parser, files);
  } catch (error) {
    if (onServer) throw error;
    const note = `the embedded database could not start (${error instanceof Error ? error.message : String(error)})`;
    deps.log?.(`migrations: not measured: ${note}`);
    return { note };
  }
  try {
    const measurements = await measureMigrations(target, files, isChecked, carriesOver, deps.log);
    const unfilled = target.unfilledTables?.() ?? [];
    if (unfilled.length > 0) deps.log?.(`migrations: table-rows names ${unfilled.join(", ")}, which no migration before the last checked one creates; nothing was generated for ${unfilled.length === 1 ? "it" : "them"}`);
    return { measurements, ...measurements.stopped ? { note: `measuring stopped: ${measurements.stopped}` } : {} };
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    const note = `${target.database.name ?? "the server"} refused the measurement (${error.message})`;
    deps.log?.(`migrations: not measured: ${note}`);
    return { note };
  } finally {
    await target.database.close();
  }
}

// src/migrations/read-migrations.ts
import { readFileSync } from "node:fs";

// src/migrations/sql-directives.ts
function sqlDirectives(parser, text) {
  const source = new SourceText(text);
  if (!text.includes(DIRECTIVE_MARKER)) return { source, directives: [] };
  const bytes = Buffer.from(text, "utf8");
  const offset = (byte) => bytes.subarray(0, byte).toString("utf8").length;
  const directives = [];
  for (const token of parser.scan(text).tokens ?? []) {
    if (token.tokenName !== "SQL_COMMENT" && token.tokenName !== "C_COMMENT") continue;
    const start = offset(token.start);
    const end = offset(token.end);
    const directive = parseDirective(text.slice(start, end), start, end, source);
    if (directive) directives.push(directive);
  }
  return { source, directives };
}

// src/migrations/read-migrations.ts
var MIGRATION_FILES = {
  setting: "migrations",
  what: "SQL migration files",
  one: "a SQL migration file",
  noun: "migration files",
  extension: "sql",
  example: "predator-guard migrations 'db/migrations/*.sql' or migrations: ['db/migrations/*.sql']"
};
function readMigrations(parser, config, log) {
  const value = config.settings.migrations;
  if (value === void 0 || Array.isArray(value) && value.length === 0) {
    throw new UsageError(`migrations: nothing to check. Pass SQL migration files or globs, e.g. ${MIGRATION_FILES.example}.`);
  }
  if (typeof value !== "string" && !(Array.isArray(value) && value.every((item) => typeof item === "string"))) {
    throw new UsageError(`migrations: got ${JSON.stringify(value)}; expected a file, a glob, or a list of them, e.g. ${MIGRATION_FILES.example}.`);
  }
  const ordered = orderMigrations(resolveInputFiles(config.root, toList(value), MIGRATION_FILES), "migrations");
  for (const { folder, tool, left } of ordered.folders) {
    if (tool !== "name order") log?.(`migrations: files in ${folder} run in ${tool}'s order${left.length > 0 ? `, leaving out ${left.length} it never applies` : ""}`);
  }
  return ordered.files.map(({ absolute, file }) => readMigrationText(parser, file, readText(absolute, file)));
}
function readMigrationText(parser, file, text) {
  const schemaFile = readSchemaFile(parser, "migrations", file, text);
  const statements = schemaFile.steps.map(({ statement }) => {
    const stmt = parser.parse(statement.sql).stmts?.[0]?.stmt ?? {};
    const [kind = "Unknown"] = Object.keys(stmt);
    return { ...statement, kind, node: stmt[kind] ?? {} };
  });
  return { file, statements, directives: sqlDirectives(parser, text), schema: schemaFile };
}
function readText(absolute, file) {
  try {
    return readFileSync(absolute, "utf8");
  } catch (error) {
    throw new UsageError(`migrations: cannot read ${file}: ${error.code ?? String(error)}. Check the file's permissions.`);
  }
}

// src/migrations/index.ts
var migrationsAnalyzer = {
  name: "migrations",
  async run(config, deps) {
    const started = performance.now();
    const parser = await pgParser();
    const files = readMigrations(parser, config, deps.log);
    const measuring = await measureCheckedMigrations(config, deps, parser, files);
    const findings = checkMigrations(files, rulesOf(STATIC_MIGRATION_RULES), config, measuring.measurements ? { measurements: measuring.measurements, rules: rulesOf(MEASURED_MIGRATION_RULES) } : void 0);
    const { measurements, note } = measuring;
    return {
      findings,
      stats: {
        files: files.map(({ file }) => file),
        statements: files.reduce((sum, { statements }) => sum + statements.length, 0),
        mode: measurements ? "measured" : "static",
        ...measurements ? { measuredOn: measurements.measuredOn, measuredStatements: measurements.measured, notMeasured: measurements.notMeasured } : {},
        ...note ? { note } : {},
        durationMs: Math.round(performance.now() - started)
      }
    };
  }
};
export {
  migrationsAnalyzer
};
