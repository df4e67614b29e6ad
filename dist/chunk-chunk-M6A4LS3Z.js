import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  ANALYZERS,
  ANALYZER_REGISTRY,
  CATEGORIES,
  FAIL_ON_VALUES,
  SEVERITIES,
  require_ajv
} from "./chunk-chunk-XEKWYLA5.js";
import {
  __toESM
} from "./chunk-chunk-SZAZ6YND.js";

// src/core/report-schema.ts
var import_ajv = __toESM(require_ajv(), 1);
var REPORT_LIMITS = {
  /** Bytes of the whole file, checked before it is parsed. */
  fileBytes: 64 * 1024 * 1024,
  findings: 1e5,
  runs: 32,
  /** A message, suggestion or run note. */
  text: 32768,
  /** A path, a rule id, a fingerprint. */
  name: 4096
};
var text = { type: "string", maxLength: REPORT_LIMITS.text };
var name = { type: "string", maxLength: REPORT_LIMITS.name };
var line = { type: "integer", minimum: 1, maximum: 1e8 };
var counts = { type: "object", required: [...SEVERITIES], properties: Object.fromEntries(SEVERITIES.map((severity) => [severity, { type: "integer", minimum: 0 }])) };
var FINDING = {
  type: "object",
  required: ["analyzer", "rule", "category", "severity", "message", "fingerprint"],
  properties: {
    analyzer: { enum: [...ANALYZERS] },
    rule: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$", maxLength: 128 },
    category: { enum: [...CATEGORIES] },
    severity: { enum: [...SEVERITIES] },
    message: text,
    file: name,
    line,
    column: line,
    endLine: line,
    endColumn: line,
    suggestion: text,
    fingerprint: name,
    data: { type: "object" }
  }
};
var RUN = {
  type: "object",
  required: ["analyzer", "status", "stats"],
  properties: { analyzer: { enum: [...ANALYZERS] }, status: { enum: ["ok", "skipped", "failed"] }, error: text, stats: { type: "object" } },
  allOf: ANALYZERS.map((analyzer) => ({
    if: { properties: { analyzer: { const: analyzer }, status: { const: "ok" } } },
    then: { properties: { stats: ANALYZER_REGISTRY[analyzer].meta.statsSchema } }
  }))
};
function reportSchema() {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://github.com/predator-guard/predator-guard/schema/predator-guard-report.schema.json",
    title: "predator-guard report",
    type: "object",
    required: ["tool", "findings", "runs", "gate"],
    properties: {
      tool: { type: "object", required: ["name", "version"], properties: { name: { const: "predator-guard" }, version: { type: "string", maxLength: 64 } } },
      findings: { type: "array", items: FINDING, maxItems: REPORT_LIMITS.findings },
      runs: { type: "array", items: RUN, maxItems: REPORT_LIMITS.runs },
      gate: {
        type: "object",
        required: ["failOn", "passed", "counts"],
        properties: { failOn: { enum: [...FAIL_ON_VALUES] }, passed: { type: "boolean" }, counts, reason: text }
      }
    }
  };
}
var validator;
function reportProblem(value) {
  validator ??= new import_ajv.Ajv({ allErrors: false, strict: false }).compile(reportSchema());
  if (validator(value)) return void 0;
  const [error] = (validator.errors ?? []).filter((candidate) => candidate.keyword !== "if");
  return error === void 0 ? "not a report" : describe(error);
}
function describe(error) {
  const where = error.instancePath.split("/").slice(1).map((segment) => /^\d+$/.test(segment) ? `[${segment}]` : `.${segment.replace(/~1/g, "/").replace(/~0/g, "~")}`).join("").replace(/^\./, "");
  return `${where === "" ? "the report" : where}: ${error.message ?? "is not what a report holds"}`;
}

export {
  REPORT_LIMITS,
  reportSchema,
  reportProblem
};
