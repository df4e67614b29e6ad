import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  PLAN_RULES,
  numberField,
  stringField,
  toList
} from "./chunk-chunk-PNQQP5FU.js";
import "./chunk-chunk-IH5JV4JD.js";
import {
  UsageError
} from "./chunk-chunk-YJM7H7OX.js";
import {
  require_picomatch,
  ruleSettingsResolver
} from "./chunk-chunk-32E5U4QI.js";
import "./chunk-chunk-JEHNNRWY.js";
import {
  __toESM
} from "./chunk-chunk-SZAZ6YND.js";

// src/queries/index.ts
import { readFileSync } from "node:fs";

// src/queries/audit-plan-file.ts
import { createHash } from "node:crypto";

// src/queries/plan/node-label.ts
var AGGREGATE_NAMES = { Hashed: "HashAggregate", Sorted: "GroupAggregate", Mixed: "MixedAggregate" };
function nodeLabel(fields) {
  const nodeType = stringField(fields, "Node Type") ?? "Unknown";
  const strategy = stringField(fields, "Strategy");
  let name = nodeType === "Aggregate" && strategy ? AGGREGATE_NAMES[strategy] ?? nodeType : nodeType;
  if (fields["Parallel Aware"] === true && !name.startsWith("Parallel ")) name = `Parallel ${name}`;
  const target = stringField(fields, "Relation Name") ?? stringField(fields, "CTE Name") ?? stringField(fields, "Function Name");
  return target ? `${name} on ${target}` : name;
}

// src/queries/plan/read-plan-input.ts
var EXPECTED_FORMS = `EXPLAIN (FORMAT JSON) output: [ {"Plan": \u2026} ], {"Plan": \u2026}, or the same as psql prints it (with the QUERY PLAN header, the dashes line, '+' line ends and the (1 row) footer)`;
function readPlanInput(text, file) {
  const jsonText = stripPsqlFraming(text);
  if (jsonText.trim() === "") throw badPlan(file, "the file is empty");
  let parsed;
  try {
    parsed = JSON.parse(jsonText);
  } catch (error) {
    throw badPlan(file, `it is not JSON (${error.message})`);
  }
  const entries = Array.isArray(parsed) ? parsed : [parsed];
  if (entries.length === 0) throw badPlan(file, "it is an empty JSON array");
  const documents = entries.map((entry, index) => asPlanDocument(entry, file, index));
  return { documents, jsonText };
}
function stripPsqlFraming(text) {
  return text.replace(/^\uFEFF/, "").split(/\r?\n/).map((line) => {
    const trimmed = line.trim();
    if (trimmed === "QUERY PLAN" || /^-+$/.test(trimmed) || /^\(\d+ rows?\)$/.test(trimmed)) return "";
    return line.replace(/\s\+$|^\+$/, "");
  }).join("\n");
}
function asPlanDocument(entry, file, index) {
  const where = index === 0 ? "its top level" : `entry ${index + 1} of its array`;
  if (!isObject(entry)) throw badPlan(file, `${where} is ${describe(entry)}, not an object`);
  if (!isObject(entry.Plan)) throw badPlan(file, `${where} has no "Plan" object (keys: ${Object.keys(entry).join(", ") || "none"})`);
  if (typeof entry.Plan["Node Type"] !== "string") throw badPlan(file, `the "Plan" object of ${where} has no "Node Type"`);
  return entry;
}
function badPlan(file, problem) {
  return new UsageError(
    `${file} is not a saved query plan: ${problem}. Expected ${EXPECTED_FORMS}. Save the plan with psql -XAt -c 'EXPLAIN (ANALYZE, BUFFERS, SETTINGS, FORMAT JSON) \u2026' > plan.json, or paste psql's output as it is.`
  );
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe(value) {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return `a ${typeof value}`;
}

// src/queries/plan/analysed-plan.ts
function analysePlan(document, firstOrdinal = 0) {
  let ordinal = firstOrdinal;
  const build = (raw, ancestors, parallelism) => {
    const label = nodeLabel(raw);
    const parent = ancestors.at(-1);
    const underLimit = ancestors.some((ancestor) => ancestor.nodeType === "Limit");
    const node = {
      nodeType: stringField(raw, "Node Type") ?? "Unknown",
      label,
      path: parent ? `${parent.path} > ${label}` : label,
      ordinal: ordinal++,
      relation: stringField(raw, "Relation Name"),
      parentRelationship: stringField(raw, "Parent Relationship"),
      planRows: numberField(raw, "Plan Rows") ?? 0,
      actual: actualCounts(raw, parallelism),
      neverExecuted: (parent?.neverExecuted ?? false) || numberField(raw, "Actual Loops") === 0,
      underLimit,
      parallelism,
      children: [],
      fields: raw
    };
    const childParallelism = isGather(node) ? (numberField(raw, "Workers Launched") ?? 0) + 1 : parallelism;
    const rawChildren = Array.isArray(raw.Plans) ? raw.Plans.filter(isObject) : [];
    node.children = rawChildren.map((child) => build(child, [...ancestors, node], childParallelism));
    return node;
  };
  const root = build(document.Plan, [], 1);
  const settings = isObject(document.Settings) ? document.Settings : void 0;
  return {
    root,
    features: { analyze: root.actual !== void 0, buffers: "Shared Hit Blocks" in document.Plan },
    hasSettings: settings !== void 0,
    settings: Object.fromEntries(Object.entries(settings ?? {}).map(([name, value]) => [name, String(value)])),
    planningTimeMs: numberField(document, "Planning Time"),
    executionTimeMs: numberField(document, "Execution Time"),
    triggers: Array.isArray(document.Triggers) ? document.Triggers.filter(isObject).map(triggerTiming) : [],
    ...jitTiming(document.JIT)
  };
}
function nodeCount(plan) {
  let count = 0;
  const visit = (node) => {
    count += 1;
    node.children.forEach(visit);
  };
  visit(plan.root);
  return count;
}
function isGather(node) {
  return node.nodeType === "Gather" || node.nodeType === "Gather Merge";
}
function actualCounts(raw, parallelism) {
  const loops = numberField(raw, "Actual Loops");
  if (loops === void 0) return void 0;
  const rowsPerLoop = numberField(raw, "Actual Rows") ?? 0;
  const perLoop = (key) => (numberField(raw, key) ?? 0) * loops;
  return {
    loops,
    rowsPerLoop,
    rows: rowsPerLoop * loops,
    totalTimeMs: (numberField(raw, "Actual Total Time") ?? 0) * loops / parallelism,
    removedByFilter: perLoop("Rows Removed by Filter"),
    removedByJoinFilter: perLoop("Rows Removed by Join Filter"),
    removedByIndexRecheck: perLoop("Rows Removed by Index Recheck")
  };
}
function triggerTiming(raw) {
  return {
    name: stringField(raw, "Trigger Name") ?? "unnamed trigger",
    relation: stringField(raw, "Relation"),
    constraint: stringField(raw, "Constraint Name"),
    timeMs: numberField(raw, "Time") ?? 0,
    calls: numberField(raw, "Calls") ?? 0
  };
}
function jitTiming(jit) {
  if (!isObject(jit) || !isObject(jit.Timing)) return {};
  const total = numberField(jit.Timing, "Total");
  return total === void 0 ? {} : { jitTimeMs: total, jitFunctions: numberField(jit, "Functions") };
}

// src/queries/plan/node-locations.ts
function nodeLocations(jsonText) {
  const locations = [];
  const lines = jsonText.split("\n");
  lines.forEach((text, index) => {
    const pattern = /"Node Type"\s*:\s*"(?:[^"\\]|\\.)*"/g;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      locations.push({ line: index + 1, column: match.index + 1, endColumn: match.index + match[0].length + 1 });
    }
  });
  return locations;
}

// src/queries/audit-plan-file.ts
function auditPlanFile(file, text, rules, ruleList = PLAN_RULES) {
  const input = readPlanInput(text, file);
  const locations = nodeLocations(input.jsonText);
  const plans = [];
  const notRun = /* @__PURE__ */ new Map();
  const reported = [];
  let firstOrdinal = 0;
  for (const document of input.documents) {
    const plan = analysePlan(document, firstOrdinal);
    firstOrdinal += nodeCount(plan);
    plans.push(plan);
    for (const rule of ruleList) {
      const setting = rules[rule.meta.id];
      if (setting?.severity === "off") continue;
      const missing = rule.meta.needs.filter((feature) => !plan.features[feature]);
      if (missing.length > 0) {
        const known = notRun.get(rule.meta.id) ?? /* @__PURE__ */ new Set();
        missing.forEach((feature) => known.add(feature));
        notRun.set(rule.meta.id, known);
        continue;
      }
      const options = { ...rule.defaultOptions, ...setting?.options };
      const configured = setting?.severity === void 0 || setting.severity === "default" ? void 0 : setting.severity;
      rule.check({
        plan,
        options,
        report: (report) => reported.push({ rule, report, severity: configured ?? report.severity ?? rule.meta.severity })
      });
    }
  }
  const kept = dropSuperseded(reported);
  return {
    findings: toFindings(file, kept, locations),
    plans,
    notRun: [...notRun].map(([rule, needs]) => ({ rule, needs: [...needs].sort() }))
  };
}
function dropSuperseded(reported) {
  const claimed = new Set(reported.filter((entry) => entry.report.node).map((entry) => `${entry.rule.meta.id}\0${entry.report.node?.ordinal}`));
  return reported.filter(({ rule, report }) => {
    if (!report.node || !rule.meta.supersededBy) return true;
    return !rule.meta.supersededBy.some((other) => claimed.has(`${other}\0${report.node?.ordinal}`));
  });
}
function toFindings(file, reported, locations) {
  const occurrences = /* @__PURE__ */ new Map();
  return reported.map(({ rule, report, severity }) => {
    const nodePath = report.node?.path;
    const location = locations[report.node?.ordinal ?? 0] ?? { line: 1, column: 1, endColumn: 1 };
    const key = `${rule.meta.id}\0${nodePath ?? ""}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    return {
      analyzer: "queries",
      rule: rule.meta.id,
      category: rule.meta.category,
      severity,
      message: report.message,
      file,
      line: location.line,
      column: location.column,
      endLine: location.line,
      endColumn: location.endColumn,
      ...report.suggestion ? { suggestion: report.suggestion } : {},
      // From the rule, the file and the node's path, never the line: re-saving the plan keeps known findings known.
      fingerprint: createHash("sha256").update(`${rule.meta.id}\0${file}\0${nodePath ?? "plan"}\0${occurrence}`).digest("hex").slice(0, 32),
      data: { ...nodePath ? { nodePath } : {}, ...report.data }
    };
  });
}

// src/queries/plan/plan-files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
var GLOB_CHARS = /[*?[\]{}]/;
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function resolvePlanFiles(root, entries) {
  const found = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const matches = GLOB_CHARS.test(entry) ? expandGlob(root, entry) : [existingFile(root, entry)];
    if (matches.length === 0) {
      throw new UsageError(`plan: the glob '${entry}' matches no file under ${root}. Give EXPLAIN (FORMAT JSON) files, e.g. --plan plans/slow-query.json or plan: ['plans/*.json'].`);
    }
    for (const absolute of matches) found.set(absolute, { absolute, file: path.relative(root, absolute).split(path.sep).join("/") });
  }
  return [...found.values()].sort((a, b) => a.file.localeCompare(b.file));
}
function existingFile(root, entry) {
  const absolute = path.resolve(root, entry);
  if (!existsSync(absolute)) throw new UsageError(`plan: '${entry}' does not exist (looked for ${absolute}). Give the path of a saved EXPLAIN (FORMAT JSON) file, relative to the repository root.`);
  if (!statSync(absolute).isFile()) throw new UsageError(`plan: '${entry}' is a directory; give plan files or a glob such as '${entry.replace(/\/$/, "")}/*.json'.`);
  return absolute;
}
function expandGlob(root, pattern) {
  const matches = (0, import_picomatch.default)(pattern.replace(/^\.\//, ""), { dot: false });
  const files = [];
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const absolute = path.join(directory, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) walk(absolute);
      else if (entry.isFile() && matches(path.relative(root, absolute).split(path.sep).join("/"))) files.push(absolute);
    }
  };
  walk(root);
  return files;
}

// src/queries/index.ts
var queriesAnalyzer = {
  name: "queries",
  async run(config, deps) {
    const started = performance.now();
    const planEntries = settingList(config, "plan");
    refuseDatabaseInputs(config, planEntries.length > 0);
    const resolveRules = ruleSettingsResolver(config);
    const findings = [];
    const notRun = /* @__PURE__ */ new Map();
    let plans = 0;
    for (const { absolute, file } of resolvePlanFiles(config.root, planEntries)) {
      deps.log?.(`queries: auditing the saved plan ${file}`);
      const audit = auditPlanFile(file, readPlanText(absolute, file), resolveRules(file));
      findings.push(...audit.findings);
      plans += audit.plans.length;
      for (const missing of audit.notRun) addMissing(notRun, missing);
    }
    return {
      findings,
      stats: {
        plans,
        // EXPLAIN output does not carry the server version; the database audit will report it from the server.
        serverVersion: null,
        notRun: [...notRun].sort(([a], [b]) => a.localeCompare(b)).map(([rule, needs]) => ({ rule, needs: [...needs].sort() })),
        durationMs: Math.round(performance.now() - started)
      }
    };
  }
};
function settingList(config, key) {
  const value = config.settings[key];
  if (value === void 0) return [];
  if (typeof value === "string" || Array.isArray(value) && value.every((item) => typeof item === "string")) return toList(value);
  throw new UsageError(`${key}: got ${JSON.stringify(value)}; expected a file, a glob, or a list of them.`);
}
function refuseDatabaseInputs(config, hasPlans) {
  const sql = settingList(config, "queries");
  if (sql.length > 0) {
    throw new UsageError(
      `queries: auditing SQL files (${sql.join(", ")}) needs the database audit, which is not available in this version. Save the plans with EXPLAIN (ANALYZE, BUFFERS, SETTINGS, FORMAT JSON) and pass them with --plan FILE\u2026 (the plan setting).`
    );
  }
  if (hasPlans) return;
  if (config.settings["database-url"] !== void 0) {
    throw new UsageError("database-url: the database audit is not available in this version. Audit saved plans instead with --plan FILE\u2026 (the plan setting).");
  }
  throw new UsageError("queries: nothing to audit. Pass saved EXPLAIN (FORMAT JSON) files with --plan FILE\u2026 or set plan: [files or globs] in .predator-guard.yml.");
}
function readPlanText(absolute, file) {
  try {
    return readFileSync(absolute, "utf8");
  } catch (error) {
    throw new UsageError(`plan: cannot read ${file}: ${error.code ?? String(error)}. Check the file's permissions.`);
  }
}
function addMissing(notRun, missing) {
  const needs = notRun.get(missing.rule) ?? /* @__PURE__ */ new Set();
  missing.needs.forEach((feature) => needs.add(feature));
  notRun.set(missing.rule, needs);
}
export {
  queriesAnalyzer
};
