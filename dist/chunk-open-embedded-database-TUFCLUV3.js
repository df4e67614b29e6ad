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
  orderMigrations,
  readSchemaFile
} from "./chunk-chunk-3NDJ74QQ.js";
import {
  tableRowsSetting,
  tablesToFill
} from "./chunk-chunk-7VJORE26.js";
import "./chunk-chunk-IYKB54XW.js";
import {
  resolveInputFiles
} from "./chunk-chunk-MDTANTNL.js";
import "./chunk-chunk-P3IEJWAB.js";
import {
  pgParser
} from "./chunk-chunk-QX7IN5DA.js";
import "./chunk-chunk-VKEPVHKR.js";
import {
  toList
} from "./chunk-chunk-XEKWYLA5.js";
import "./chunk-chunk-45LV6IBN.js";
import "./chunk-chunk-SJWJCOKZ.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";
import "./chunk-chunk-ZEOJJT5H.js";
import "./chunk-chunk-AE2HRXUO.js";
import "./chunk-chunk-SZAZ6YND.js";

// src/queries/embedded/apply-sql-files.ts
import { readFileSync } from "node:fs";
function readSqlFiles(parser, setting, files) {
  return files.map(({ absolute, file }) => readSchemaFile(parser, setting, file, readSqlText(setting, absolute, file)));
}
function asTarget(database) {
  return { name: database.name ?? "the server", run: (sql) => database.run(sql), copyRows: database.copyRows?.bind(database) };
}
function readSqlText(setting, absolute, file) {
  try {
    return readFileSync(absolute, "utf8");
  } catch (error) {
    throw new UsageError(`${setting}: cannot read ${file}: ${error.code ?? String(error)}. Check the file's permissions.`);
  }
}

// src/postgres/embedded/count-rows.ts
async function countRows(database, tables) {
  if (tables.length === 0) return {};
  const counts = tables.map((table, index) => `SELECT ${index} AS table_index, count(*)::int AS row_count FROM ${table.sqlName}`).join(" UNION ALL ");
  const rowCounts = {};
  for (const row of await database.query(counts)) rowCounts[tables[Number(row.table_index)].name] = Number(row.row_count);
  return rowCounts;
}

// src/queries/embedded/loading-files.ts
var KINDS = {
  schema: {
    setting: "schema",
    what: "SQL schema files (migrations)",
    one: "a SQL schema (migration) file",
    noun: "schema files",
    extension: "sql",
    example: "--schema db/schema.sql or schema: ['db/migrations/*.sql']"
  },
  seed: {
    setting: "seed",
    what: "SQL seed files",
    one: "a SQL seed file",
    noun: "seed files",
    extension: "sql",
    example: "--seed db/seed.sql or seed: ['db/seeds/*.sql']"
  }
};
function loadingFiles(config, setting, log) {
  let value = config.settings[setting];
  if (value === void 0 && setting === "schema" && config.settings.migrations !== void 0) {
    value = config.settings.migrations;
    log?.("queries: schema is unset, so the migrations files are loaded as the schema");
  }
  if (value === void 0) return [];
  if (typeof value !== "string" && !(Array.isArray(value) && value.every((item) => typeof item === "string"))) {
    throw new UsageError(`${setting}: got ${JSON.stringify(value)}; expected a file, a glob, or a list of them, e.g. ${KINDS[setting].example}.`);
  }
  const ordered = orderMigrations(resolveInputFiles(config.root, toList(value), KINDS[setting]), setting);
  for (const { folder, tool, left } of ordered.folders) {
    if (tool === "name order") continue;
    const without = left.length > 0 ? `, leaving out ${left.length} file${left.length === 1 ? "" : "s"} it never applies (${left.slice(0, 3).join(", ")}${left.length > 3 ? ", \u2026" : ""})` : "";
    log?.(`queries: ${setting} files in ${folder} run in ${tool}'s order${without}`);
  }
  return ordered.files;
}

// src/queries/embedded/open-embedded-database.ts
async function openEmbeddedDatabase(config, deps) {
  const tableRows = tableRowsSetting(config.settings["table-rows"]);
  const parser = await pgParser();
  const schema = readSqlFiles(parser, "schema", loadingFiles(config, "schema", deps.log));
  const seed = readSqlFiles(parser, "seed", loadingFiles(config, "seed", deps.log));
  const extensions = [...schemaExtensions(schema, PGLITE_EXTENSIONS, "schema"), ...schemaExtensions(seed, PGLITE_EXTENSIONS, "seed")];
  deps.log?.(`queries: starting the embedded PostgreSQL (PGlite, in-process)${extensions.length > 0 ? ` with ${extensions.join(", ")}` : ""}`);
  const database = await PgliteDatabase.over(await startPglite((line) => deps.log?.(`queries: ${line}`), extensions, sharedBuffersFor(tableRows)));
  try {
    await loadSchema(asTarget(database), schema, { setting: "schema", log: deps.log });
    await loadSchema(asTarget(database), seed, { setting: "seed", log: deps.log });
    const catalog = await readTableCatalog(database);
    const targets = tablesToFill(tableRows, catalog);
    const byOid = new Map(catalog.map((table) => [table.oid, table]));
    for (const table of fillOrder([...targets.keys()])) {
      const started = performance.now();
      const inserted = await generateRows(database, parser, table, targets.get(table) ?? 0, byOid);
      deps.log?.(`queries: generated ${inserted} rows for ${table.name} in ${Math.round(performance.now() - started)}ms`);
    }
    const rowCounts = await countRows(database, catalog);
    await analyzeEveryRow(database, Math.max(0, ...Object.values(rowCounts)));
    return { database, rowCounts };
  } catch (error) {
    await database.close();
    throw error;
  }
}
var ROWS_PER_TARGET = 300;
var MAX_STATISTICS_TARGET = 1e4;
var DEFAULT_STATISTICS_TARGET = 100;
async function analyzeEveryRow(database, largestTable) {
  const target = Math.min(MAX_STATISTICS_TARGET, Math.max(DEFAULT_STATISTICS_TARGET, Math.ceil(largestTable / ROWS_PER_TARGET)));
  await database.run(`SET default_statistics_target = ${target}`);
  await database.run("ANALYZE");
  await database.run("RESET default_statistics_target");
}
export {
  openEmbeddedDatabase
};
