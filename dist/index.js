import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  REPORT_FORMATS,
  renderReport,
  renderText
} from "./chunk-chunk-GJUPEJMJ.js";
import {
  ANALYZERS,
  CATEGORIES,
  CATEGORY_ICONS,
  SEVERITIES,
  VERSION,
  analyze,
  applyBaseline,
  baselineFrom,
  buildReport,
  configSchema,
  defaultConfig,
  describeReviewRules,
  findConfigFile,
  gate,
  loadConfig,
  mergeConfig,
  pruneBaseline,
  readBaseline,
  renderJson,
  renderMarkdown,
  renderSarif,
  writeBaseline
} from "./chunk-chunk-MIUDBPDI.js";
import {
  UsageError
} from "./chunk-chunk-I523HUEY.js";
import "./chunk-chunk-G5D3ZKCX.js";
import "./chunk-chunk-SZAZ6YND.js";
export {
  ANALYZERS,
  CATEGORIES,
  CATEGORY_ICONS,
  REPORT_FORMATS,
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
  findConfigFile,
  gate,
  loadConfig,
  mergeConfig,
  pruneBaseline,
  readBaseline,
  renderJson,
  renderMarkdown,
  renderReport,
  renderSarif,
  renderText,
  writeBaseline
};
