import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  REPORT_FORMATS,
  renderReport,
  renderText
} from "./chunk-chunk-UV43UDKU.js";
import {
  pgParser,
  splitSqlFile
} from "./chunk-chunk-QX7IN5DA.js";
import "./chunk-chunk-VKEPVHKR.js";
import {
  reportSchema
} from "./chunk-chunk-M6A4LS3Z.js";
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
} from "./chunk-chunk-ZA2X7EGN.js";
import "./chunk-chunk-V4K7GZ5P.js";
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
} from "./chunk-chunk-XEKWYLA5.js";
import "./chunk-chunk-45LV6IBN.js";
import "./chunk-chunk-SJWJCOKZ.js";
import "./chunk-chunk-7GR3GRYH.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";
import "./chunk-chunk-UM3XXW2D.js";
import "./chunk-chunk-ZEOJJT5H.js";
import "./chunk-chunk-AE2HRXUO.js";
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
