import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  REPORT_FORMATS,
  renderReport,
  renderText
} from "./chunk-chunk-HQD6MG7B.js";
import {
  ANALYZERS,
  CATEGORIES,
  CATEGORY_ICONS,
  RULE_CATALOG,
  SEVERITIES,
  VERSION,
  analyze,
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
  renderJson,
  renderMarkdown,
  renderSarif,
  writeBaseline
} from "./chunk-chunk-N4R2HOM2.js";
import {
  UsageError
} from "./chunk-chunk-I523HUEY.js";
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
