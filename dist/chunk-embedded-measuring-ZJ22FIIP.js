import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  PGLITE_EXTENSIONS,
  PgliteDatabase,
  fillOrder,
  generateRows,
  loadSchema,
  readTableCatalog,
  schemaExtensions,
  sharedBuffersFor,
  startPglite
} from "./chunk-chunk-7I2IAOSW.js";
import {
  tableRowsSetting
} from "./chunk-chunk-7VJORE26.js";
import "./chunk-chunk-IYKB54XW.js";
import "./chunk-chunk-P3IEJWAB.js";
import "./chunk-chunk-VKEPVHKR.js";
import {
  EMBEDDED_MEASURED_ON
} from "./chunk-chunk-SJWJCOKZ.js";
import "./chunk-chunk-PZ2C37NP.js";
import "./chunk-chunk-SZAZ6YND.js";

// src/migrations/measure/embedded-measuring.ts
async function openEmbeddedMeasuring(config, deps, parser, files) {
  const tableRows = tableRowsSetting(config.settings["table-rows"]);
  const extensions = schemaExtensions(
    files.map(({ schema }) => schema),
    PGLITE_EXTENSIONS,
    "migrations"
  );
  deps.log?.(`migrations: starting the embedded PostgreSQL (PGlite, in-process) to measure the migrations${extensions.length > 0 ? ` with ${extensions.join(", ")}` : ""}`);
  const database = await PgliteDatabase.over(await startPglite((line) => deps.log?.(`migrations: ${line}`), extensions, sharedBuffersFor(tableRows)));
  const filled = /* @__PURE__ */ new Set();
  const target = { name: database.name, run: (sql) => database.run(sql), copyRows: database.copyRows.bind(database) };
  return {
    database,
    measuredOn: EMBEDDED_MEASURED_ON,
    async applyForGood(file) {
      await loadSchema(target, [file.schema], { setting: "migrations" });
      const catalog = await readTableCatalog(database);
      const ready = catalog.filter((table) => !filled.has(table.name) && rowsWanted(tableRows, table) !== void 0);
      if (ready.length === 0) return;
      const byOid = new Map(catalog.map((table) => [table.oid, table]));
      for (const table of fillOrder(ready)) {
        filled.add(table.name);
        const started = performance.now();
        const inserted = await generateRows(database, parser, table, rowsWanted(tableRows, table) ?? 0, byOid);
        await database.run(`ANALYZE ${table.sqlName}`);
        deps.log?.(`migrations: generated ${inserted} rows for ${table.name} in ${Math.round(performance.now() - started)}ms`);
      }
    },
    unfilledTables() {
      return [...tableRows.keys()].filter((name) => !filled.has(name) && !filled.has(name.replace(/^public\./, "")));
    }
  };
}
function rowsWanted(tableRows, table) {
  return tableRows.get(table.name) ?? (table.name.includes(".") ? void 0 : tableRows.get(`public.${table.name}`));
}
export {
  openEmbeddedMeasuring
};
