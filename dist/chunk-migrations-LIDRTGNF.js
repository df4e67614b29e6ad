import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  orderMigrations,
  readSchemaFile
} from "./chunk-chunk-KN2ONEWZ.js";
import {
  resolveInputFiles
} from "./chunk-chunk-MDTANTNL.js";
import {
  pgParser
} from "./chunk-chunk-6JRTPVOI.js";
import {
  STATIC_MIGRATION_RULES,
  alterCommands,
  alteredTable,
  lockedTable,
  nameParts,
  tableKey,
  toList
} from "./chunk-chunk-C2DLMMM4.js";
import "./chunk-chunk-363DOGTH.js";
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
  OccurrenceCounter,
  fingerprintOf,
  unusedSuppression,
  unusedSuppressionFindings
} from "./chunk-chunk-REL43UP4.js";
import {
  DIRECTIVE_MARKER,
  applySuppressions,
  parseDirective
} from "./chunk-chunk-J5UH2CDK.js";
import {
  rulesOf
} from "./chunk-chunk-AE2HRXUO.js";
import "./chunk-chunk-SZAZ6YND.js";

// src/migrations/schema-state.ts
var SchemaState = class {
  newTables = /* @__PURE__ */ new Set();
  newIndexes = /* @__PURE__ */ new Set();
  notNullChecks = /* @__PURE__ */ new Map();
  validatedNotNull = /* @__PURE__ */ new Set();
  transactionDepth = 0;
  lockTimeout = false;
  locks = 0;
  /** Called before each file: `carriesOver` when it and the file before it are both added by the change. */
  startFile(carriesOver) {
    if (!carriesOver) {
      this.newTables.clear();
      this.newIndexes.clear();
    }
    this.transactionDepth = 0;
    this.lockTimeout = false;
    this.locks = 0;
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
function checkMigrations(files, rules, config) {
  const settingsFor = ruleSettingsResolver(config);
  const state = new SchemaState();
  const findings = [];
  let previousAdded = false;
  for (const { file, statements, directives } of files) {
    const added = config.changes?.files.get(file)?.status === "added";
    state.startFile(added && previousAdded);
    previousAdded = added;
    const settings = settingsFor(file);
    const occurrences = new OccurrenceCounter();
    const fileFindings = [];
    for (const statement of statements) {
      for (const rule of rules) {
        const configured = settings[rule.meta.id]?.severity;
        if (configured === "off") continue;
        for (const report of rule.check(statement, state)) {
          const code = statement.sql.replace(/\s+/g, " ").trim();
          fileFindings.push({
            analyzer: "migrations",
            rule: rule.meta.id,
            category: rule.meta.category,
            severity: severityFor(rule.meta, configured),
            message: report.message,
            ...statementPlace(statement),
            ...report.suggestion ? { suggestion: report.suggestion } : {},
            fingerprint: fingerprintOf(rule.meta.id, file, code, occurrences.next(`${rule.meta.id}\0${code}`)),
            data: { statement: statement.kind, ...report.tables ? { tables: report.tables } : {}, measured: false }
          });
        }
      }
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
function statementPlace(statement) {
  const lastLine = statement.sql.split("\n").at(-1) ?? "";
  return { file: statement.file, line: statement.startLine, column: 1, endLine: statement.endLine, endColumn: lastLine.length + 1 };
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
  return { file, statements, directives: sqlDirectives(parser, text) };
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
    const files = readMigrations(await pgParser(), config, deps.log);
    const findings = checkMigrations(files, rulesOf(STATIC_MIGRATION_RULES), config);
    return {
      findings,
      stats: {
        files: files.map(({ file }) => file),
        statements: files.reduce((sum, { statements }) => sum + statements.length, 0),
        mode: "static",
        durationMs: Math.round(performance.now() - started)
      }
    };
  }
};
export {
  migrationsAnalyzer
};
