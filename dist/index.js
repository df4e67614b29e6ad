import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  REPORT_FORMATS,
  renderReport,
  renderText
} from "./chunk-chunk-OEVIGIHA.js";
import {
  pgParser,
  splitSqlFile
} from "./chunk-chunk-AUURNSLP.js";
import {
  reportSchema
} from "./chunk-chunk-XP3QERCO.js";
import {
  VERSION,
  analyze,
  applyBaseline,
  baselineFrom,
  pruneBaseline,
  readBaseline,
  renderJson,
  renderMarkdown,
  renderSarif,
  writeBaseline
} from "./chunk-chunk-D4QN3I6X.js";
import {
  ANALYZERS,
  CATEGORIES,
  CATEGORY_ICONS,
  RULE_CATALOG,
  SEVERITIES,
  buildReport,
  completedRuns,
  configSchema,
  defaultConfig,
  describeRules,
  findConfigFile,
  gate,
  loadConfig,
  mergeConfig
} from "./chunk-chunk-B24XCIV6.js";
import "./chunk-chunk-5W52K3RV.js";
import "./chunk-chunk-A7GI3UHH.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";
import "./chunk-chunk-3IJVTHPE.js";
import "./chunk-chunk-FOPU5UDH.js";
import "./chunk-chunk-JOJYIFKR.js";
import "./chunk-chunk-SZAZ6YND.js";
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
  completedRuns,
  configSchema,
  defaultConfig,
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
  reportSchema,
  splitSqlFile,
  writeBaseline
};
