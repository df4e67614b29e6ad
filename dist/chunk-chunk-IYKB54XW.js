import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";

// src/postgres/sql/sql-statement.ts
function statementLocation(statement) {
  return `${statement.file}:${statement.startLine}`;
}

// src/postgres/db/statement-error.ts
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
  statementLocation,
  statementError,
  StatementRefusedError,
  shortened
};
