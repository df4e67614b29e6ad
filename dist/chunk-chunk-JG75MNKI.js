import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";
import {
  require_picomatch
} from "./chunk-chunk-AE2HRXUO.js";
import {
  __toESM
} from "./chunk-chunk-SZAZ6YND.js";

// src/queries/plan/plan-files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
var GLOB_CHARS = /[*?[\]{}]/;
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var PLAN_FILE_KIND = {
  setting: "plan",
  what: "EXPLAIN (FORMAT JSON) files",
  one: "a saved EXPLAIN (FORMAT JSON) file",
  noun: "plan files",
  extension: "json",
  example: "--plan plans/slow-query.json or plan: ['plans/*.json']"
};
function resolvePlanFiles(root, entries) {
  return resolveInputFiles(root, entries, PLAN_FILE_KIND);
}
function resolveInputFiles(root, entries, kind) {
  const found = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const matches = GLOB_CHARS.test(entry) ? expandGlob(root, entry) : [existingFile(root, entry, kind)];
    if (matches.length === 0) {
      throw new UsageError(`${kind.setting}: the glob '${entry}' matches no file under ${root}. Give ${kind.what}, e.g. ${kind.example}.`);
    }
    for (const absolute of matches) found.set(absolute, { absolute, file: path.relative(root, absolute).split(path.sep).join("/") });
  }
  return [...found.values()].sort((a, b) => a.file.localeCompare(b.file));
}
function existingFile(root, entry, kind) {
  const absolute = path.resolve(root, entry);
  if (!existsSync(absolute)) throw new UsageError(`${kind.setting}: '${entry}' does not exist (looked for ${absolute}). Give the path of ${kind.one}, relative to the repository root.`);
  if (!statSync(absolute).isFile()) throw new UsageError(`${kind.setting}: '${entry}' is a directory; give ${kind.noun} or a glob such as '${entry.replace(/\/$/, "")}/*.${kind.extension}'.`);
  return absolute;
}
function expandGlob(root, pattern) {
  const matches = (0, import_picomatch.default)(pattern.replace(/^\.\//, ""), { dot: false });
  const files = [];
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const absolute = path.join(directory, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) walk(absolute);
      else if (entry.isFile() && matches(path.relative(root, absolute).split(path.sep).join("/"))) files.push(absolute);
    }
  };
  walk(root);
  return files;
}

// src/queries/db/plan-database.ts
var DatabaseError = class extends Error {
  constructor(message, code, position) {
    super(message);
    this.code = code;
    this.position = position;
    this.name = "DatabaseError";
  }
  code;
  position;
};

// src/queries/sql/sql-statement.ts
function statementLocation(statement) {
  return `${statement.file}:${statement.startLine}`;
}

// src/queries/db/statement-error.ts
var SHOWN_STATEMENT_LENGTH = 80;
function statementError(statement, error, limits) {
  const sqlstate = error.code ? ` (SQLSTATE ${error.code})` : "";
  const fix = fixFor(error.code, limits);
  return new StatementRefusedError(
    `${statementLocation(statement)}: the server refused ${JSON.stringify(shortened(statement.sql))}: ${error.message}${sqlstate}. ${fix}`,
    error,
    fix
  );
}
var StatementRefusedError = class extends UsageError {
  constructor(message, serverError, fix) {
    super(message);
    this.serverError = serverError;
    this.fix = fix;
  }
  serverError;
  fix;
};
function fixFor(code, limits) {
  switch (code) {
    case "57014":
      return `It ran longer than statement-timeout (${limits.statementTimeoutMs}ms): raise statement-timeout, or audit without analyze so the statement is planned, not run.`;
    case "55P03":
      return `It waited longer than lock-timeout (${limits.lockTimeoutMs}ms) for a lock another session holds: audit when no migration or long transaction holds the table, or raise lock-timeout.`;
    case "25006":
      return "It writes (through a function) although it reads as a query, and queries run READ ONLY: audit it without analyze, or write it as the INSERT/UPDATE/DELETE it performs.";
    case "42P01":
    case "42703":
    case "42883":
    case "3F000":
      return "The audited database lacks what the statement uses: apply the migrations (the schema files) to it first, or fix the name.";
    case void 0:
      return "The connection failed before the server answered: check that the server is up and reachable (its log says why), then run again.";
    default:
      return "Fix the statement, or the database it runs against, so the server accepts it.";
  }
}
function shortened(sql) {
  const oneLine = sql.replace(/\s+/g, " ").trim();
  return oneLine.length <= SHOWN_STATEMENT_LENGTH ? oneLine : `${oneLine.slice(0, SHOWN_STATEMENT_LENGTH - 1)}\u2026`;
}

export {
  resolvePlanFiles,
  resolveInputFiles,
  DatabaseError,
  statementLocation,
  statementError,
  StatementRefusedError,
  shortened
};
