import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  REPORT_FORMATS,
  renderReport,
  renderText
} from "./chunk-chunk-RHTCCL7V.js";
import {
  analyze,
  renderJson,
  renderMarkdown,
  renderSarif
} from "./chunk-chunk-JHMDVSIT.js";
import {
  VERSION
} from "./chunk-chunk-FPLYFWLU.js";
import "./chunk-chunk-A7GI3UHH.js";
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
} from "./chunk-chunk-3PRXQ3XZ.js";
import {
  UsageError
} from "./chunk-chunk-YJM7H7OX.js";
import {
  RULES
} from "./chunk-chunk-G5D3ZKCX.js";
import "./chunk-chunk-SZAZ6YND.js";

// src/review/rule-descriptors.ts
function describeReviewRules() {
  return RULES.map(({ meta }) => ({
    analyzer: "review",
    id: meta.id,
    category: meta.category,
    severity: meta.severity,
    description: meta.description
  }));
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
  pruneBaseline,
  readBaseline,
  renderJson,
  renderMarkdown,
  renderReport,
  renderSarif,
  renderText,
  writeBaseline
};
