import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  REPORT_FORMATS,
  renderReport,
  renderText
} from "./chunk-chunk-HQUFK5DF.js";
import {
  pgParser,
  splitSqlFile
} from "./chunk-chunk-PQHKCEZZ.js";
import {
  VERSION,
  analyze,
  renderJson,
  renderMarkdown,
  renderSarif
} from "./chunk-chunk-PGKXW65L.js";
import {
  ANALYZERS,
  CATEGORIES,
  CATEGORY_ICONS,
  RULE_CATALOG,
  SEVERITIES,
  applyBaseline,
  baselineFrom,
  buildReport,
  configSchema,
  defaultConfig,
  describeRules,
  findConfigFile,
  gate,
  loadConfig,
  mergeConfig,
  pruneBaseline,
  readBaseline,
  writeBaseline
} from "./chunk-chunk-22CDBMWX.js";
import "./chunk-chunk-L7VARWSF.js";
import "./chunk-chunk-A7GI3UHH.js";
import {
  UsageError
} from "./chunk-chunk-YJM7H7OX.js";
import {
  RULES_BY_ID
} from "./chunk-chunk-JEHNNRWY.js";
import "./chunk-chunk-SZAZ6YND.js";

// src/review/rule-descriptors.ts
function describeReviewRules() {
  return describeRules().filter((rule) => rule.analyzer === "review" && RULES_BY_ID.has(rule.id));
}
export {
  ANALYZERS,
  CATEGORIES,
  CATEGORY_ICONS,
  REPORT_FORMATS,
  RULE_CATALOG,
  SEVERITIES,
  UsageError,
  VERSION,
  analyze,
  applyBaseline,
  baselineFrom,
  buildReport,
  configSchema,
  defaultConfig,
  describeReviewRules,
  describeRules,
  findConfigFile,
  gate,
  loadConfig,
  mergeConfig,
  pgParser,
  pruneBaseline,
  readBaseline,
  renderJson,
  renderMarkdown,
  renderReport,
  renderSarif,
  renderText,
  splitSqlFile,
  writeBaseline
};
