import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);

// src/migrations/lock-modes.ts
var LOCK_MODES = [
  "ACCESS SHARE",
  "ROW SHARE",
  "ROW EXCLUSIVE",
  "SHARE UPDATE EXCLUSIVE",
  "SHARE",
  "SHARE ROW EXCLUSIVE",
  "EXCLUSIVE",
  "ACCESS EXCLUSIVE"
];
var CONFLICTS = {
  "ACCESS SHARE": ["ACCESS EXCLUSIVE"],
  "ROW SHARE": ["EXCLUSIVE", "ACCESS EXCLUSIVE"],
  "ROW EXCLUSIVE": ["SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE"],
  "SHARE UPDATE EXCLUSIVE": ["SHARE UPDATE EXCLUSIVE", "SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE"],
  SHARE: ["ROW EXCLUSIVE", "SHARE UPDATE EXCLUSIVE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE"],
  "SHARE ROW EXCLUSIVE": ["ROW EXCLUSIVE", "SHARE UPDATE EXCLUSIVE", "SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE"],
  EXCLUSIVE: ["ROW SHARE", "ROW EXCLUSIVE", "SHARE UPDATE EXCLUSIVE", "SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE"],
  "ACCESS EXCLUSIVE": [...LOCK_MODES]
};
function conflicts(held, wanted) {
  return CONFLICTS[held].includes(wanted);
}
var EVERYDAY_STATEMENTS = [
  { statement: "SELECT", mode: "ACCESS SHARE" },
  { statement: "SELECT \u2026 FOR UPDATE/SHARE", mode: "ROW SHARE" },
  { statement: "INSERT/UPDATE/DELETE", mode: "ROW EXCLUSIVE" },
  { statement: "VACUUM, ANALYZE, CREATE INDEX CONCURRENTLY", mode: "SHARE UPDATE EXCLUSIVE" },
  { statement: "CREATE INDEX", mode: "SHARE" },
  { statement: "ALTER TABLE, DROP, TRUNCATE", mode: "ACCESS EXCLUSIVE" }
];
function blockedStatements(mode) {
  return EVERYDAY_STATEMENTS.filter((everyday) => conflicts(mode, everyday.mode)).map((everyday) => everyday.statement);
}
function strongestMode(modes) {
  let strongest;
  for (const mode of modes) if (strongest === void 0 || LOCK_MODES.indexOf(mode) > LOCK_MODES.indexOf(strongest)) strongest = mode;
  return strongest;
}
function lockModeOf(pgLocksMode) {
  const words = pgLocksMode.replace(/Lock$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase();
  return LOCK_MODES.includes(words) ? words : void 0;
}
function whoWaits(mode) {
  const reads = conflicts(mode, "ACCESS SHARE");
  const writes = conflicts(mode, "ROW EXCLUSIVE");
  if (reads) return "reads and writes wait";
  if (writes) return conflicts(mode, "ROW SHARE") ? "writes and SELECT \u2026 FOR UPDATE wait, reads go on" : "writes wait, reads go on";
  if (conflicts(mode, "SHARE UPDATE EXCLUSIVE")) return "reads and writes go on, other DDL and VACUUM wait";
  if (conflicts(mode, "SHARE")) return "reads and writes go on, CREATE INDEX and stronger DDL wait";
  return "reads and writes go on";
}
function lockText(mode, table) {
  return `${mode} on ${table}; ${whoWaits(mode)}`;
}
var LOCK_TIMEOUT_ADVICE = "Set lock_timeout first (SET lock_timeout = '2s') so that a lock stuck behind a long query fails the migration instead of queueing every query behind it.";

// src/migrations/measure/measured-message.ts
var SHOWN_STATEMENT = 160;
var EMBEDDED_MEASURED_ON = "generated rows in the embedded database";
var EMPTY_EMBEDDED_TABLES = "empty tables in the embedded database (table-rows fills them)";
function statementHead(sql) {
  const folded = sql.replace(/\s+/g, " ").trim();
  return folded.length > SHOWN_STATEMENT ? `${folded.slice(0, SHOWN_STATEMENT - 1)}\u2026` : folded;
}
function lockedTables(measurement, named = []) {
  const locked = /* @__PURE__ */ new Map();
  for (const lock of measurement.locks) {
    if (lock.kind !== "table") continue;
    const held = locked.get(lock.relation)?.mode;
    locked.set(lock.relation, { mode: held === void 0 ? lock.mode : strongestMode([held, lock.mode]) ?? lock.mode, earlier: false });
  }
  const concerned = /* @__PURE__ */ new Set([...named, ...measurement.rewritten]);
  for (const lock of measurement.heldBefore) {
    const taken = locked.get(lock.relation);
    if (!concerned.has(lock.relation) || taken && strongestMode([taken.mode, lock.mode]) === taken.mode) continue;
    locked.set(lock.relation, { mode: lock.mode, earlier: true });
  }
  return locked;
}
function measuredMessage(sql, measurement, measuredOn, named = []) {
  const locked = lockedTables(measurement, named);
  if (locked.size === 0) return void 0;
  const groups = /* @__PURE__ */ new Map();
  for (const [table, lock] of locked) {
    const key = `${lock.mode} ${lock.earlier}`;
    groups.set(key, { lock, tables: [...groups.get(key)?.tables ?? [], table] });
  }
  const locks = [...groups.values()].map(({ lock, tables }) => `${lock.mode} on ${andList(tables)}${lock.earlier ? " (held since an earlier statement)" : ""}`).join(", ");
  const rewrittenTables = measurement.rewritten.filter((relation) => locked.has(relation));
  const rebuilt = measurement.rewritten.filter((relation) => !locked.has(relation) && !measurement.tables.some((table) => table.name === relation));
  let rewrite = "";
  if (rewrittenTables.length > 0) rewrite = locked.size === 1 ? ", rewrites the table" : `, rewrites ${andList(rewrittenTables)}`;
  else if (rebuilt.length > 0) rewrite = `, rebuilds ${andList(rebuilt)}`;
  const mode = strongestMode([...locked.values()].map((lock) => lock.mode));
  const sizes = measurement.tables.filter((table) => table.rows > 0).map((table) => `${table.name} ${table.rows.toLocaleString("en-US")} rows`);
  const emptied = measurement.emptied?.length ? ` after emptying ${andList(measurement.emptied)}, whose generated rows break the new constraint` : "";
  const on = sizes.length === 0 && measuredOn === EMBEDDED_MEASURED_ON ? EMPTY_EMBEDDED_TABLES : measuredOn;
  const figures = `measured on ${on}${emptied}: ${sizes.length > 0 ? `${sizes.join(", ")}, ` : ""}${formatMs(measurement.durationMs)}`;
  return `${statementHead(sql)}: ${locks}${rewrite}; ${whoWaits(mode)} (${figures}).`;
}
function andList(items) {
  return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
function formatMs(ms) {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

export {
  LOCK_MODES,
  blockedStatements,
  strongestMode,
  lockModeOf,
  whoWaits,
  lockText,
  LOCK_TIMEOUT_ADVICE,
  EMBEDDED_MEASURED_ON,
  measuredMessage
};
