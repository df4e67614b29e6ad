import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";

// src/postgres/embedded/table-rows-setting.ts
var EXAMPLE = "table-rows: { orders: 100000, customers: 5000 }";
function tableRowsSetting(value) {
  if (value === void 0) return /* @__PURE__ */ new Map();
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new UsageError(`table-rows: got ${JSON.stringify(value)}; expected a map of table names to row counts, e.g. ${EXAMPLE}.`);
  }
  const rows = /* @__PURE__ */ new Map();
  for (const [table, count] of Object.entries(value)) {
    if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0) {
      throw new UsageError(`table-rows: ${table}: got ${JSON.stringify(count)}; expected a whole number of rows (0 or more), e.g. ${EXAMPLE}.`);
    }
    rows.set(table, count);
  }
  return rows;
}
function tablesToFill(rows, catalog) {
  const byName = new Map(catalog.map((table) => [table.name, table]));
  const targets = /* @__PURE__ */ new Map();
  for (const [name, count] of rows) {
    const table = [name, name.toLowerCase()].map((written) => byName.get(written) ?? byName.get(written.replace(/^public\./, ""))).find(Boolean);
    if (!table) throw unknownTable(name, catalog);
    targets.set(table, count);
  }
  return targets;
}
function unknownTable(name, catalog) {
  const known = catalog.length === 0 ? "none: the schema files created no table" : catalog.map((table) => table.name).join(", ");
  return new UsageError(
    `table-rows: there is no table '${name}' once the schema and seed files have run. Known tables: ${known}. Use one of these names (schema-qualified outside public, e.g. billing.invoices), or add the table to the schema files.`
  );
}

export {
  tableRowsSetting,
  tablesToFill
};
