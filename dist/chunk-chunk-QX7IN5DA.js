import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  SourcePositions
} from "./chunk-chunk-VKEPVHKR.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";

// src/postgres/sql/pg-parser.ts
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
var parserPromise;
async function loadParser() {
  const imported = await import("./chunk-wasm-C5N2AAVJ.js");
  const pgQuery = typeof imported.loadModule === "function" ? imported : imported.default;
  if (!pgQuery) throw new Error("The 'libpg-query' package exports no loadModule(); expected libpg-query 18.x. Reinstall the dependencies.");
  try {
    await pgQuery.loadModule();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Cannot load the PostgreSQL parser (${reason}); expected libpg-query.wasm in ${wasmDirectory()}. Rebuild with 'node scripts/build.mjs', which copies it there.`
    );
  }
  return { parse: (sql) => pgQuery.parseSync(sql), scan: (sql) => pgQuery.scanSync(sql) };
}
function wasmDirectory() {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".ts")) return path.dirname(createRequire(import.meta.url).resolve("libpg-query/wasm/libpg-query.wasm"));
  return path.dirname(here);
}
function pgParser() {
  parserPromise ??= loadParser();
  return parserPromise;
}

// src/postgres/sql/sql-parse-error.ts
function sqlParseError(file, text, error, lineOffset = 0) {
  const { reason, position } = parseFailure(text, error, lineOffset);
  const where = position ? `:${position.line}:${position.column}` : "";
  return new UsageError(`${file}${where}: the SQL does not parse: ${reason}. Fix the statement so PostgreSQL accepts it and run again.`);
}
function parseFailure(text, error, lineOffset = 0) {
  const reason = error instanceof Error ? error.message : String(error);
  const cursor = cursorPosition(error);
  if (cursor === void 0 || cursor < 0) return { reason };
  const { line, column } = new SourcePositions(text).lineAndColumn(cursor);
  return { reason, position: { line: line + lineOffset, column } };
}
function cursorPosition(error) {
  if (typeof error !== "object" || error === null || !("sqlDetails" in error)) return void 0;
  const details = error.sqlDetails;
  if (typeof details !== "object" || details === null || !("cursorPosition" in details)) return void 0;
  return typeof details.cursorPosition === "number" ? details.cursorPosition : void 0;
}

// src/postgres/sql/split-sql-file.ts
var NOT_STATEMENT_TOKENS = /* @__PURE__ */ new Set(["SQL_COMMENT", "C_COMMENT", "ASCII_59"]);
function splitSqlFile(parser, file, text) {
  if (text.trim() === "") return [];
  let rawStatements;
  try {
    rawStatements = parser.parse(text).stmts ?? [];
  } catch (error) {
    throw sqlParseError(file, text, error);
  }
  if (rawStatements.length === 0) return [];
  const scanned = parser.scan(text).tokens ?? [];
  const tokens = scanned.filter((token) => !NOT_STATEMENT_TOKENS.has(token.tokenName));
  const comments = scanned.filter((token) => token.tokenName === "SQL_COMMENT");
  const positions = new SourcePositions(text);
  const statements = [];
  let next = 0;
  let previousEnd = 0;
  for (const raw of rawStatements) {
    const startByte = raw.stmt_location ?? 0;
    const endByte = raw.stmt_len ? startByte + raw.stmt_len : Number.POSITIVE_INFINITY;
    while (next < tokens.length && tokens[next].start < startByte) next += 1;
    const first = next;
    while (next < tokens.length && tokens[next].end <= endByte) next += 1;
    if (next === first) continue;
    const startChar = positions.charIndex(tokens[first].start);
    const endChar = positions.charIndex(tokens[next - 1].end);
    const named = statementName(comments, previousEnd, tokens[first].start, positions);
    previousEnd = tokens[next - 1].end;
    statements.push({
      file,
      sql: positions.slice(startChar, endChar),
      startLine: positions.lineAndColumn(startChar).line,
      endLine: positions.lineAndColumn(endChar - 1).line,
      ...named ? { name: named.name, ...named.sqlcKind ? { sqlcKind: named.sqlcKind } : {} } : {}
    });
  }
  return statements;
}
var NAME_COMMENT = /^--\s*name:\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*(?::([a-z]+)\b.*)?$/;
function statementName(comments, fromByte, toByte, positions) {
  let named;
  for (const comment of comments) {
    if (comment.start < fromByte || comment.end > toByte) continue;
    const commentText = positions.slice(positions.charIndex(comment.start), positions.charIndex(comment.end)).trimEnd();
    const match = NAME_COMMENT.exec(commentText);
    if (match) named = { name: match[1], ...match[2] ? { sqlcKind: match[2] } : {} };
  }
  return named;
}

export {
  pgParser,
  sqlParseError,
  parseFailure,
  splitSqlFile
};
