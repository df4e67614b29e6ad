import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  ANALYZERS,
  ANALYZER_REGISTRY,
  CATEGORIES,
  FAIL_ON_VALUES,
  SEVERITIES,
  require_ajv
} from "./chunk-chunk-B24XCIV6.js";
import {
  __toESM
} from "./chunk-chunk-SZAZ6YND.js";

// src/core/report-schema.ts
var import_ajv = __toESM(require_ajv(), 1);
var line = { type: "integer", minimum: 1 };
var counts = { type: "object", required: [...SEVERITIES], properties: Object.fromEntries(SEVERITIES.map((severity) => [severity, { type: "integer" }])) };
var FINDING = {
  type: "object",
  required: ["analyzer", "rule", "category", "severity", "message", "fingerprint"],
  properties: {
    analyzer: { enum: [...ANALYZERS] },
    rule: { type: "string" },
    category: { enum: [...CATEGORIES] },
    severity: { enum: [...SEVERITIES] },
    message: { type: "string" },
    file: { type: "string" },
    line,
    column: line,
    endLine: line,
    endColumn: line,
    suggestion: { type: "string" },
    fingerprint: { type: "string" },
    data: { type: "object" }
  }
};
var RUN = {
  type: "object",
  required: ["analyzer", "status", "stats"],
  properties: { analyzer: { enum: [...ANALYZERS] }, status: { enum: ["ok", "skipped", "failed"] }, error: { type: "string" }, stats: { type: "object" } },
  allOf: ANALYZERS.map((analyzer) => ({
    if: { properties: { analyzer: { const: analyzer }, status: { const: "ok" } } },
    then: { properties: { stats: ANALYZER_REGISTRY[analyzer].meta.statsSchema } }
  }))
};
function reportSchema() {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    type: "object",
    required: ["tool", "findings", "runs", "gate"],
    properties: {
      tool: { type: "object", required: ["name", "version"], properties: { name: { const: "predator-guard" }, version: { type: "string" } } },
      findings: { type: "array", items: FINDING },
      runs: { type: "array", items: RUN },
      gate: {
        type: "object",
        required: ["failOn", "passed", "counts"],
        properties: { failOn: { enum: [...FAIL_ON_VALUES] }, passed: { type: "boolean" }, counts, reason: { type: "string" } }
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
  reportSchema,
  reportProblem
};
