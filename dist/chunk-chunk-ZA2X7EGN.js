import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  redact,
  redactDeep
} from "./chunk-chunk-V4K7GZ5P.js";
import {
  ANALYZER_REGISTRY,
  CATEGORIES,
  CATEGORY_ICONS,
  DEFAULT_BASELINE,
  SEVERITIES,
  buildReport,
  compareFindings,
  completedRuns,
  countBySeverity
} from "./chunk-chunk-XEKWYLA5.js";
import {
  filterFindings,
  touchesFile
} from "./chunk-chunk-7GR3GRYH.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";
import {
  severityFor
} from "./chunk-chunk-UM3XXW2D.js";
import {
  staleBaselineEntry,
  staleBaselineFinding,
  unusedSuppression
} from "./chunk-chunk-ZEOJJT5H.js";

// src/core/baseline.ts
import { readFileSync, writeFileSync } from "node:fs";
var NEVER_BASELINED = /* @__PURE__ */ new Set([unusedSuppression.meta.id, staleBaselineEntry.meta.id]);
function readBaseline(file) {
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `invalid JSON (${error.message})` : error.code ?? String(error);
    throw new UsageError(`Cannot read the baseline '${file}': ${reason}. Recreate it with 'predator-guard review --write-baseline'.`);
  }
  const baseline = parsed;
  if (baseline.version !== 1 || !Array.isArray(baseline.entries)) {
    throw new UsageError(`The baseline '${file}' is not a predator-guard baseline (expected {"version": 1, "entries": [...]}). Recreate it with 'predator-guard review --write-baseline'.`);
  }
  return baseline;
}
function baselineFrom(findings) {
  const entries = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (NEVER_BASELINED.has(finding.rule)) continue;
    const entry = entries.get(finding.fingerprint);
    if (entry) entry.count += 1;
    else entries.set(finding.fingerprint, { fingerprint: finding.fingerprint, rule: finding.rule, file: finding.file, count: 1, message: finding.message });
  }
  const sorted = [...entries.values()].sort((a, b) => (a.file ?? "").localeCompare(b.file ?? "") || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint));
  return { version: 1, entries: sorted };
}
function writeBaseline(file, baseline) {
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}
`);
}
function applyBaseline(findings, baseline) {
  const remaining = new Map(baseline.entries.map((entry) => [entry.fingerprint, entry.count]));
  let hidden = 0;
  const kept = findings.filter((finding) => {
    const left = remaining.get(finding.fingerprint) ?? 0;
    if (left === 0 || NEVER_BASELINED.has(finding.rule)) return true;
    remaining.set(finding.fingerprint, left - 1);
    hidden += 1;
    return false;
  });
  const stale = baseline.entries.filter((entry) => (remaining.get(entry.fingerprint) ?? 0) > 0).map((entry) => ({ ...entry, count: remaining.get(entry.fingerprint) ?? 0 }));
  return { kept, hidden, stale };
}
function pruneBaseline(baseline, findings) {
  const present = /* @__PURE__ */ new Map();
  for (const finding of findings) present.set(finding.fingerprint, (present.get(finding.fingerprint) ?? 0) + 1);
  const entries = baseline.entries.map((entry) => ({ ...entry, count: Math.min(entry.count, present.get(entry.fingerprint) ?? 0) })).filter((entry) => entry.count > 0);
  return { version: 1, entries };
}

// src/version.ts
var VERSION = "0.1.0";
var TOOL = { name: "predator-guard", version: VERSION };

// src/core/analyze.ts
import { existsSync } from "node:fs";
import path from "node:path";
async function analyze(config, deps = {}) {
  const findings = [];
  const runs = [];
  const analyzers = await Promise.all(config.checks.map(loadAnalyzer));
  const log = deps.log;
  const prepared = await prepareDeps(analyzers, config, log === void 0 ? deps : { ...deps, log: (line) => log(redact(line)) });
  for (const loaded of analyzers) {
    const { run, runFindings } = await runLoaded(loaded, config, prepared);
    runs.push(run);
    findings.push(...runFindings);
  }
  const baselined = applyConfiguredBaseline(config, findings, runs);
  const shown = config.changes ? applyDiffFilter(config, config.changes, baselined, runs) : baselined;
  return redactDeep(buildReport(TOOL, shown, runs, config.failOn));
}
async function loadAnalyzer(name) {
  try {
    return { name, analyzer: await ANALYZER_REGISTRY[name].load() };
  } catch (error) {
    return { name, error: errorMessage(error) };
  }
}
async function prepareDeps(analyzers, config, deps) {
  let prepared = deps;
  for (const loaded of analyzers) {
    if ("analyzer" in loaded && loaded.analyzer.prepare) prepared = await loaded.analyzer.prepare(config, prepared);
  }
  return prepared;
}
async function runLoaded(loaded, config, deps) {
  const failed = (error) => {
    const run2 = { analyzer: loaded.name, status: "failed", error, stats: {} };
    return { run: run2, runFindings: [] };
  };
  if ("error" in loaded) return failed(loaded.error);
  let output;
  try {
    output = await loaded.analyzer.run(config, deps);
  } catch (error) {
    return failed(errorMessage(error));
  }
  const run = { analyzer: loaded.name, status: "ok", stats: output.stats };
  return { run, runFindings: output.findings };
}
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}
function baselinePath(config) {
  if (config.baseline === false) return void 0;
  if (config.baseline) return path.resolve(config.root, config.baseline);
  const fallback = path.join(config.root, DEFAULT_BASELINE);
  return existsSync(fallback) ? fallback : void 0;
}
function applyConfiguredBaseline(config, findings, runs) {
  const file = baselinePath(config);
  if (!file) return findings;
  const shown = path.relative(config.root, file).split(path.sep).join("/");
  let outcome;
  try {
    outcome = applyBaseline(findings, readBaseline(file));
  } catch (error) {
    runs.push({ analyzer: "review", status: "failed", error: error.message, stats: { baseline: shown } });
    return findings;
  }
  const stale = outcome.stale.filter((entry) => wasReviewed(config, entry.file));
  const review = runs.find((run) => run.analyzer === "review");
  if (review) review.stats.baseline = { file: shown, hidden: outcome.hidden, stale: stale.length };
  const severity = severityFor(staleBaselineEntry.meta, config.rules[staleBaselineEntry.meta.id]?.severity);
  if (!severity) return outcome.kept;
  return [...outcome.kept, ...stale.map((entry) => ({ ...staleBaselineFinding(entry, shown), severity }))];
}
function wasReviewed(config, file) {
  if (!config.changes || config.filterMode === "nofilter" || file === void 0) return true;
  return touchesFile(config.changes, file);
}
function applyDiffFilter(config, changes, findings, runs) {
  const shown = [];
  const analyzers = /* @__PURE__ */ new Set([...runs.map((run) => run.analyzer), ...findings.map((finding) => finding.analyzer)]);
  for (const analyzer of analyzers) {
    const outcome = filterFindings(findings.filter((finding) => finding.analyzer === analyzer), changes, config.filterMode);
    shown.push(...outcome.kept);
    const [run] = completedRuns(runs, analyzer);
    if (!run) continue;
    const incomplete = changes.wholeFiles ? { wholeFiles: true } : {};
    run.stats.diff = { mode: config.filterMode, changedFiles: changes.files.size, filteredOut: outcome.filteredOut, ...incomplete };
  }
  return shown;
}

// src/render/json.ts
var REPORT_KEYS = ["tool", "findings", "runs", "gate"];
var TOOL_KEYS = ["name", "version"];
var FINDING_KEYS = [
  "analyzer",
  "rule",
  "category",
  "severity",
  "message",
  "file",
  "line",
  "column",
  "endLine",
  "endColumn",
  "suggestion",
  "fingerprint",
  "data"
];
var RUN_KEYS = ["analyzer", "status", "error", "stats"];
var GATE_KEYS = ["failOn", "passed", "counts", "reason"];
function renderJson(report) {
  const ordered = {
    ...inKeyOrder(report, REPORT_KEYS),
    tool: inKeyOrder(report.tool, TOOL_KEYS),
    findings: report.findings.map((finding) => inKeyOrder(finding, FINDING_KEYS)),
    runs: report.runs.map((run) => inKeyOrder(run, RUN_KEYS)),
    gate: inKeyOrder(report.gate, GATE_KEYS)
  };
  return `${JSON.stringify(ordered, null, 2)}
`;
}
function inKeyOrder(value, keys) {
  const ordered = {};
  for (const key of keys) if (key in value) ordered[key] = value[key];
  return { ...ordered, ...value };
}

// src/render/markdown-inline.ts
function oneLine(text) {
  return text.replace(/\s*[\r\n\u2028\u2029\u0085\f\v]+\s*/g, " ");
}
function codeSpan(text) {
  const flat = oneLine(text);
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat === "" ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function fencedCode(text, info) {
  const body = text.replace(/\r\n?/g, "\n").replace(/^\n+|\s+$/g, "");
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${info}
${body}
${fence}`;
}
function escapeMarkdown(text) {
  return oneLine(text).replace(/[\\`*_[\]<>|~&]/g, (char) => `\\${char}`).replace(/@/g, "@&#8203;");
}
function escapeHtml(text) {
  return oneLine(text).replace(/[&<>"'`|*_[\]\\~]/g, (char) => `&#${char.codePointAt(0)};`).replace(/@/g, "@&#8203;");
}
function tableCodeSpan(text) {
  return codeSpan(oneLine(text).replace(/\|/g, "\\|"));
}
function escapeMarkdownWithCode(text) {
  return oneLine(text).split(/`([^`]+)`/).map((part, index) => index % 2 === 1 ? codeSpan(part) : escapeMarkdown(part)).join("");
}

// src/render/path-uri.ts
function pathAsUri(path2) {
  return path2.split("/").map(encodeSegment).join("/");
}
function encodeSegment(segment) {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

// src/render/finding-place.ts
function findingPlace(finding, linkBase) {
  if (finding.file === void 0) return void 0;
  const label = finding.line === void 0 ? finding.file : `${finding.file}:${finding.line}`;
  if (linkBase === void 0) return codeSpan(label);
  return `[${escapeMarkdown(label)}](${linkBase}${pathAsUri(finding.file)}${lineAnchor(finding)})`;
}
function lineAnchor(finding) {
  if (finding.line === void 0) return "";
  if (finding.endLine === void 0 || finding.endLine <= finding.line) return `#L${finding.line}`;
  return `#L${finding.line}-L${finding.endLine}`;
}

// src/render/skipped-files.ts
function skippedFiles(run) {
  if (run.status !== "ok") return [];
  if (run.analyzer === "review") return run.stats.skipped;
  if (run.analyzer === "rollout" && run.stats.mode === "lint") return run.stats.skipped ?? [];
  return [];
}
function skippedOmitted(run) {
  return run.status === "ok" && run.analyzer === "review" ? run.stats.skippedOmitted ?? 0 : 0;
}

// src/render/migrations/checked-migrations.ts
function checkedMigrations(report, inScope = () => true) {
  return completedRuns(report.runs, "migrations").filter(inScope).filter((run) => run.stats.files.length > 0).map(({ stats }) => {
    const files = `${stats.files.length} migration file${stats.files.length === 1 ? "" : "s"}`;
    const statements = `${stats.statements} statement${stats.statements === 1 ? "" : "s"}`;
    const checked = `${files}, ${statements} checked in their tool's order`;
    if (stats.mode !== "measured") return `${checked} \xB7 static: lock modes from PostgreSQL's documentation, not measured${stats.note ? ` (${stats.note})` : ""}`;
    const notMeasured = stats.notMeasured ? `, ${stats.notMeasured} not (CONCURRENTLY, or refused)` : "";
    const stopped = stats.note ? ` (${stats.note})` : "";
    return `${checked} \xB7 measured: ${stats.measuredStatements ?? 0} applied in a rolled-back transaction on ${stats.measuredOn ?? "a database"}${notMeasured}${stopped}`;
  });
}

// src/render/queries/audited-queries.ts
function auditedQueries(report, inScope = () => true) {
  return completedRuns(report.runs, "queries").filter(inScope).map((run) => audited(run.stats)).filter((audit) => audit.savedPlans > 0 || audit.explainedOn !== void 0 || audit.notRun.length > 0);
}
function audited(stats) {
  const explainedOn = explainedOnOf(stats);
  return {
    // The plans count both kinds; every explained statement is one plan.
    savedPlans: Math.max(0, stats.plans - (explainedOn?.statements ?? 0)),
    explainedOn,
    notRun: stats.notRun
  };
}
function explainedOnOf(stats) {
  if (stats.serverVersion === null || stats.server === void 0) return void 0;
  const notAudited = stats.notAudited ?? 0;
  const sqlErrors = stats.sqlErrors ?? 0;
  return {
    version: stats.serverVersion,
    location: stats.server,
    statements: Math.max(0, (stats.statements ?? 0) - notAudited - sqlErrors),
    notAudited,
    sqlErrors,
    analyze: stats.analyze === true,
    estimateOnly: stats.estimateOnly ?? [],
    indexAdvice: stats.indexAdvice,
    rowCounts: stats.rowCounts === void 0 ? void 0 : largestFirst(stats.rowCounts)
  };
}
function largestFirst(rowCounts) {
  return Object.entries(rowCounts).sort(([nameA, rowsA], [nameB, rowsB]) => rowsB - rowsA || nameA.localeCompare(nameB));
}

// src/render/queries/count-wording.ts
var GROUPED = new Intl.NumberFormat("en-US");
function grouped(count) {
  return GROUPED.format(count);
}
function counted(count, noun) {
  return `${grouped(count)} ${noun}${count === 1 ? "" : "s"}`;
}

// src/render/queries/explained-wording.ts
var TABLES_IN_HEADLINE = 4;
function explainedWording(on, style) {
  const how = `${counted(on.statements, "statement")} explained ${on.analyze ? "with" : "without"} ANALYZE`;
  const where = on.rowCounts === void 0 ? `${style.text(on.version)} at ${style.code(on.location)}` : `${style.text(on.version)}, embedded: ${rowsWording(on.rowCounts, style)}`;
  return `${how} on ${where}`;
}
function rowsWording(rowCounts, style) {
  if (rowCounts.length === 0) return "no tables";
  const shown = rowCounts.slice(0, TABLES_IN_HEADLINE).map(([table, rows], index) => `${style.text(table)} ${index === 0 ? counted(rows, "row") : grouped(rows)}`);
  const hidden = rowCounts.length - shown.length;
  return `${shown.join(", ")}${hidden > 0 ? ` and ${counted(hidden, "more table")}` : ""}`;
}
function estimateOnlyReason(on, style) {
  return `generic plans: their ${style.code("$n")} parameters have no values${on.analyze ? ", so ANALYZE could not run them" : ""}`;
}

// src/render/queries/index-advice-wording.ts
function indexAdviceWording(advice) {
  if (advice.candidates === 0) return "index advice: no candidates";
  return `index advice: ${counted(advice.candidates, "candidate")}, ${advice.kept} kept, ${advice.skipped} skipped, ${counted(advice.plannerCalls, "planner call")}`;
}

// src/render/queries/audit-facts.ts
function auditFacts(audit, style) {
  const { explainedOn, savedPlans } = audit;
  return [
    ...explainedOn === void 0 ? [] : [explainedWording(explainedOn, style)],
    ...explainedOn !== void 0 && explainedOn.notAudited > 0 ? [`${counted(explainedOn.notAudited, "statement")} not audited (${style.code("statement-not-audited")})`] : [],
    ...explainedOn !== void 0 && explainedOn.sqlErrors > 0 ? [`${counted(explainedOn.sqlErrors, "statement")} in error (${style.code("sql-error")})`] : [],
    ...savedPlans > 0 ? [`${counted(savedPlans, "saved plan")} audited`] : [],
    ...explainedOn?.indexAdvice === void 0 ? [] : [indexAdviceWording(explainedOn.indexAdvice)]
  ];
}

// src/render/queries/inline-style.ts
var PLAIN_STYLE = { code: (text) => text, text: (text) => text };
var MARKDOWN_STYLE = { code: codeSpan, text: escapeMarkdown };

// src/render/queries/not-run-wording.ts
function notRunGroups(notRun) {
  const groups = /* @__PURE__ */ new Map();
  for (const { rule, needs } of notRun) {
    const without = needs.map((feature) => feature.toUpperCase()).join(" and ");
    groups.set(without, [...groups.get(without) ?? [], rule]);
  }
  return [...groups].map(([without, rules]) => ({ without, rules }));
}
function notRunWording(notRun, style) {
  const groups = notRunGroups(notRun).map(({ without, rules }) => `without ${without}: ${rules.map((rule) => style.code(rule)).join(", ")}`);
  return `not run ${groups.join("; ")}`;
}
function notRunFix(audit, style) {
  const fixes = [
    ...audit.explainedOn !== void 0 && !audit.explainedOn.analyze ? [`pass ${style.code("--analyze")} (${style.code("analyze: true")})`] : [],
    ...audit.savedPlans > 0 ? [`save plans with ${style.code("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)")}`] : []
  ];
  return fixes.join("; ");
}

// src/render/queries/queries-markdown.ts
function queriesMarkdownBlocks(audits, linkBase) {
  return audits.flatMap((audit) => {
    const details = detailsBlock(audit, linkBase);
    return details === void 0 ? [headline(audit)] : [headline(audit), details];
  });
}
function headline(audit) {
  return `\u{1F418} ${auditFacts(audit, MARKDOWN_STYLE).join(" \xB7 ")}`;
}
function detailsBlock(audit, linkBase) {
  const parts = [notRunPart(audit), estimateOnlyPart(audit.explainedOn, linkBase), rowCountsPart(audit.explainedOn)].filter((part) => part !== void 0);
  if (parts.length === 0) return void 0;
  const summary = parts.map((part) => part.summary).join(" \xB7 ");
  return `<details><summary>${summary}</summary>

${parts.map((part) => part.body).join("\n\n")}

</details>`;
}
function notRunPart(audit) {
  if (audit.notRun.length === 0) return void 0;
  const fix = notRunFix(audit, MARKDOWN_STYLE);
  const wording = notRunWording(audit.notRun, MARKDOWN_STYLE);
  const groups = notRunGroups(audit.notRun);
  return {
    summary: `\u26A0\uFE0F ${counted(audit.notRun.length, "rule")} not run${groups.length === 1 ? ` without ${groups[0].without}` : ""}`,
    body: `\u26A0\uFE0F Rules ${wording}${fix === "" ? "" : `. To run them, ${fix}.`}`
  };
}
function estimateOnlyPart(on, linkBase) {
  if (on === void 0 || on.estimateOnly.length === 0) return void 0;
  const items = on.estimateOnly.map((place) => `- ${placeLink(place, linkBase)}`);
  return {
    summary: `\u2139\uFE0F ${counted(on.estimateOnly.length, "statement")} estimate-only`,
    body: `\u2139\uFE0F Estimate-only, ${estimateOnlyReason(on, MARKDOWN_STYLE)}:

${items.join("\n")}`
  };
}
function rowCountsPart(on) {
  if (on?.rowCounts === void 0 || on.rowCounts.length <= TABLES_IN_HEADLINE) return void 0;
  const items = on.rowCounts.map(([table, rows]) => `- ${escapeMarkdown(table)}: ${grouped(rows)}`);
  return { summary: `rows of ${counted(on.rowCounts.length, "table")}`, body: `Rows per table, as the plans saw them:

${items.join("\n")}` };
}
function placeLink(place, linkBase) {
  const match = /^(.*):(\d+)$/.exec(place);
  if (linkBase === void 0 || match === null) return codeSpan(place);
  return `[${escapeMarkdown(place)}](${linkBase}${pathAsUri(match[1])}#L${match[2]})`;
}

// src/render/rollout/followed-rollouts.ts
function followedRollouts(report, inScope = () => true) {
  const verdicts = report.findings.filter((finding) => finding.analyzer === "rollout" && finding.file === void 0);
  return completedRuns(report.runs, "rollout").filter(inScope).flatMap((run) => run.stats.mode === "follow" ? run.stats.rollouts : []).map((stats) => followedRollout(stats, verdicts));
}
function followedRollout(stats, verdicts) {
  const { kind, name, namespace, phase, message, ending, needsPromotion } = stats;
  return {
    kind,
    name,
    namespace,
    phase,
    message,
    ending,
    needsPromotion,
    step: stats.kind === "Rollout" ? stats.step : void 0,
    steps: stats.kind === "Rollout" ? stats.steps : void 0,
    weights: stats.weights,
    stepList: stats.stepList ?? [],
    analysisRuns: stats.analysisRuns.map(analysisRunView),
    checks: stats.kind === "Canary" ? { failed: stats.failedChecks, threshold: stats.threshold } : void 0,
    unknown: stats.unknown ?? {},
    verdicts: verdicts.filter((finding) => finding.data?.rollout === name && finding.data?.namespace === namespace)
  };
}
function analysisRunView(run) {
  if ("status" in run) return { name: run.name, type: run.type === "" ? void 0 : run.type, phase: run.status, message: run.message, metrics: [] };
  return { name: run.name, type: run.rolloutType || void 0, phase: run.phase, message: run.message, metrics: run.metrics };
}

// src/render/rollout/metric-wording.ts
function limitWording(limit) {
  return limit === -1 || limit === "-1" ? "off" : String(limit);
}
function metricConditions(metric) {
  return [
    ...metric.successCondition ? [["success", metric.successCondition]] : [],
    ...metric.failureCondition ? [["failure", metric.failureCondition]] : []
  ];
}

// src/render/rollout/analysis-run-markdown.ts
var PHASE_ICONS = {
  Successful: "\u2705",
  Failed: "\u274C",
  Error: "\u26A0\uFE0F",
  Inconclusive: "\u2754",
  Running: "\u23F3",
  Pending: "\u23F3"
};
var METRIC_HEADER = [
  "| metric | phase | last value | condition | measured | failed / limit | inconclusive / limit | errors in a row / limit |",
  "|---|---|---|---|---|---|---|---|"
];
function analysisRunBlocks(run) {
  const type = run.type === void 0 ? "" : ` (${escapeMarkdown(run.type)})`;
  const message = run.message === "" ? "" : ` \u2014 ${escapeMarkdown(run.message)}`;
  const heading = `**AnalysisRun ${escapeMarkdown(run.name)}**${type}: ${phaseWording(run.phase)}${message}`;
  const queries = run.metrics.flatMap((metric) => metric.resolvedQuery ? [{ metric: metric.name, query: metric.resolvedQuery }] : []);
  if (run.metrics.length === 0) return { heading, queries };
  return { heading, table: [...METRIC_HEADER, ...run.metrics.map(metricRow)].join("\n"), queries };
}
function metricRow(metric) {
  const { counts, limits } = metric;
  const measured = limits.count === void 0 ? String(counts.measurements) : `${counts.measurements} of ${escapeMarkdown(String(limits.count))}`;
  const cells = [
    escapeMarkdown(metric.name),
    `${phaseWording(metric.phase)}${metric.dryRun ? " (dry run)" : ""}`,
    metric.lastValue === void 0 ? "\u2014" : tableCodeSpan(metric.lastValue),
    conditionWording(metric),
    measured,
    `${counts.failed} / ${escapeMarkdown(limitWording(limits.failureLimit))}`,
    `${counts.inconclusive} / ${escapeMarkdown(limitWording(limits.inconclusiveLimit))}`,
    `${counts.consecutiveError} / ${escapeMarkdown(limitWording(limits.consecutiveErrorLimit))}`
  ];
  return `| ${cells.join(" | ")} |`;
}
function conditionWording(metric) {
  const parts = metricConditions(metric).map(([role, condition]) => `${role} ${tableCodeSpan(condition)}${outcomeWording(metric, role)}`);
  return parts.length === 0 ? "\u2014" : parts.join("; ");
}
function outcomeWording(metric, role) {
  const check = metric.conditionChecks.find((candidate) => candidate.condition === `${role}Condition`);
  if (check === void 0) return "";
  return check.outcome.evaluated ? ` \u2192 ${check.outcome.value}` : " \u2192 not evaluated";
}
function phaseWording(phase) {
  const icon = PHASE_ICONS[phase];
  return icon === void 0 ? escapeMarkdown(phase) : `${icon} ${phase}`;
}

// src/render/rollout/mermaid-label.ts
function mermaidLabel(text) {
  const escaped = text.replace(/\s*[\r\n]+\s*/g, " ").replace(/["#&<>`]/g, (char) => `#${char.codePointAt(0)};`);
  return `"${escaped}"`;
}

// src/render/rollout/step-states.ts
function stepStates(rollout) {
  const reached = rollout.step ?? 0;
  return rollout.stepList.map((_, index) => {
    if (rollout.phase === "Healthy" || index < reached) return "done";
    if (index > reached) return "pending";
    return rollout.phase === "Degraded" ? "failed" : "current";
  });
}

// src/render/rollout/step-wording.ts
function stepWording(step) {
  switch (step.kind) {
    case "setWeight":
    case "setCanaryScale":
      return step.weight === void 0 ? step.kind : `${step.kind} ${step.weight}%`;
    case "pause":
      return pauseWording(step.duration);
    case "analysis":
    case "experiment":
      return step.templates === void 0 || step.templates.length === 0 ? step.kind : `${step.kind} ${step.templates.join(", ")}`;
    case "invalid":
      return "invalid step";
    default:
      return step.kind;
  }
}
function pauseWording(duration) {
  if (duration === void 0) return "pause until promoted";
  return typeof duration === "number" ? `pause ${duration}s` : `pause ${duration}`;
}
function weightWording(weight) {
  if (weight === void 0) return "\u2014";
  return typeof weight === "number" ? `${weight}%` : weight;
}
function weightsWording(weights) {
  if (weights.desired === void 0) return weightWording(weights.actual);
  const desired = weightWording(weights.desired);
  const actual = weightWording(weights.actual);
  return desired === actual ? desired : `${desired} (actual ${actual})`;
}
function stepCountWording(rollout) {
  if (rollout.step === void 0 || rollout.steps === void 0 || rollout.steps === 0) return void 0;
  return `${rollout.step}/${rollout.steps}`;
}

// src/render/rollout/step-diagram.ts
var STATE_ICONS = { done: "\u2714", current: "\u25B6", failed: "\u2716", pending: "" };
var PROMOTION = "promoted";
var STABLE = "stable";
var CLASS_DEFS = [
  "classDef done fill:#dafbe1,stroke:#1a7f37,color:#1f2328",
  "classDef current fill:#fff8c5,stroke:#9a6700,color:#1f2328",
  "classDef failed fill:#ffebe9,stroke:#cf222e,color:#1f2328",
  "classDef pending fill:#f6f8fa,stroke:#d0d7de,color:#57606a"
];
function stepDiagram(rollout) {
  if (rollout.stepList.length === 0) return void 0;
  const states = stepStates(rollout);
  const ending = promotionNode(rollout);
  const nodes = rollout.stepList.map((step, index) => {
    const icon = STATE_ICONS[states[index]];
    return `s${index}[${mermaidLabel(`${icon === "" ? "" : `${icon} `}${stepWording(step)}`)}]`;
  });
  const ids = [...rollout.stepList.map((_, index) => `s${index}`), PROMOTION];
  const reached = [...states, ending.state].map((state) => state !== "pending");
  const edges = ids.slice(1).map((id, index) => {
    const from = ids[index];
    if (rollout.needsPromotion && states[index] === "current") return `${from} -.->|promote| ${id}`;
    return reached[index + 1] ? `${from} --> ${id}` : `${from} -.-> ${id}`;
  });
  const lines = ["flowchart LR", ...nodes, `${PROMOTION}([${mermaidLabel(ending.label)}])`, ...edges];
  const branch = fallbackBranch(rollout, states);
  if (branch) lines.push(...branch);
  const classes = /* @__PURE__ */ new Map();
  const addClass = (id, state) => classes.set(state, [...classes.get(state) ?? [], id]);
  states.forEach((state, index) => addClass(`s${index}`, state));
  addClass(PROMOTION, ending.state);
  if (branch) addClass(STABLE, "failed");
  for (const [state, members] of classes) lines.push(`class ${members.join(",")} ${state}`);
  lines.push(...CLASS_DEFS);
  return lines;
}
function promotionNode(rollout) {
  if (rollout.verdicts.some((finding) => finding.rule === "rollout-rolled-back")) return { label: "\u2716 rolled back: not the expected image", state: "failed" };
  if (rollout.phase === "Healthy") return { label: "\u2714 promoted", state: "done" };
  return { label: "promoted", state: "pending" };
}
function fallbackBranch(rollout, states) {
  if (rollout.phase !== "Degraded") return void 0;
  const failedAt = states.indexOf("failed");
  const from = `s${failedAt >= 0 ? failedAt : states.length - 1}`;
  const aborted = rollout.verdicts.some((finding) => finding.rule === "rollout-aborted");
  return [`${STABLE}([${mermaidLabel("\u21A9 stable version")}])`, `${from} -. ${aborted ? "abort" : "degraded"} .-> ${STABLE}`];
}

// src/render/rollout/rollout-markdown.ts
var SEVERITY_ICONS = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
var VERDICT_HEADER = [
  "| rollout | kind | phase | step | weight (desired / actual) | analysis | verdict |",
  "|---|---|---|---|---|---|---|"
];
function rolloutMarkdownBlocks(rollouts) {
  if (rollouts.length === 0) return [];
  const table = rollouts.length > 1 ? [[...VERDICT_HEADER, ...rollouts.map(verdictRow)].join("\n")] : [];
  return [...table, ...rollouts.flatMap(objectBlocks)];
}
function objectBlocks(rollout) {
  const headline2 = headlineOf(rollout);
  const details = detailBlocks(rollout);
  if (rollout.phase === "Healthy" && rollout.verdicts.length === 0) {
    if (details.length === 0) return [headline2];
    return [headline2, `<details><summary>Steps and analysis</summary>

${details.join("\n\n")}

</details>`];
  }
  const reason = rollout.message === "" ? [] : [`> ${escapeMarkdown(rollout.message)}`];
  return [headline2, ...reason, ...details];
}
function headlineOf(rollout) {
  const kind = rollout.kind === "Rollout" ? "" : `${escapeMarkdown(rollout.kind)} `;
  const stepCount = stepCountWording(rollout);
  const facts = [
    ...stepCount === void 0 ? [] : [`${stepCount} steps`],
    ...rollout.weights === void 0 ? [] : [`weight ${weightsWording(rollout.weights)}`],
    ...rollout.checks === void 0 ? [] : [`${rollout.checks.failed}/${rollout.checks.threshold} failed checks`]
  ];
  const progress = facts.length === 0 ? "" : ` \u2014 ${facts.join(", ")}`;
  const promotion = rollout.needsPromotion ? " \xB7 \u23F8 needs a promotion (kubectl argo rollouts promote)" : "";
  const accepted = rollout.ending === "paused" ? ["\u2705 pause accepted (success-on-pause)"] : [];
  const verdict = [...verdictBadges(rollout), ...accepted].join(", ");
  return `\u{1F6A6} ${kind}${escapeMarkdown(rollout.name)}: ${escapeMarkdown(rollout.phase)}${progress}${promotion}${verdict === "" ? "" : ` \xB7 ${verdict}`}`;
}
function detailBlocks(rollout) {
  const diagram = stepDiagram(rollout);
  const blocks = diagram === void 0 ? [] : [mermaidFence(diagram)];
  for (const [field, reason] of Object.entries(rollout.unknown)) {
    blocks.push(`\u2139\uFE0F ${codeSpan(field)} unknown: ${escapeMarkdown(reason)}`);
  }
  for (const run of rollout.analysisRuns) {
    const { heading, table, queries } = analysisRunBlocks(run);
    blocks.push(heading);
    if (table !== void 0) blocks.push(table);
    for (const { metric, query } of queries) {
      blocks.push(`<details><summary>PromQL of ${escapeHtml(metric)}, as resolved</summary>

${fencedCode(query, "promql")}

</details>`);
    }
  }
  return blocks;
}
function mermaidFence(lines) {
  return ["```mermaid", ...lines.map((line) => `  ${line}`), "  ```"].join("\n");
}
function verdictRow(rollout) {
  const weights = rollout.weights === void 0 ? "\u2014" : `${weightWording(rollout.weights.desired)} / ${weightWording(rollout.weights.actual)}`;
  const analysis = rollout.analysisRuns.length === 0 ? "\u2014" : rollout.analysisRuns.map((run) => `${run.type === void 0 ? "" : `${escapeMarkdown(run.type)} `}${phaseWording(run.phase)}`).join(", ");
  const cells = [
    escapeMarkdown(`${rollout.namespace}/${rollout.name}`),
    escapeMarkdown(rollout.kind),
    escapeMarkdown(rollout.phase),
    stepCountWording(rollout) ?? "\u2014",
    weights,
    analysis,
    verdictCell(rollout)
  ];
  return `| ${cells.join(" | ")} |`;
}
function verdictCell(rollout) {
  if (rollout.verdicts.length > 0) return verdictBadges(rollout).join(", ");
  return rollout.ending === "paused" ? "\u2705 pause accepted" : "\u2705 passed";
}
function verdictBadges(rollout) {
  return rollout.verdicts.map((finding) => `${SEVERITY_ICONS[finding.severity]} ${codeSpan(finding.rule)}`);
}

// src/render/markdown.ts
function renderMarkdown(report, options = {}) {
  const inScope = (item) => options.analyzer === void 0 || item.analyzer === options.analyzer;
  const findings = report.findings.filter(inScope).sort(compareFindings);
  const shown = new Set(findingsInShownOrder(findings).slice(0, options.shownFindings ?? findings.length));
  const blocks = [
    markdownSummaryLine(report, options.analyzer),
    ...report.runs.filter(inScope).filter((run) => run.status !== "ok").map(runNote),
    ...report.runs.filter(inScope).flatMap(skippedNote),
    ...rolloutMarkdownBlocks(followedRollouts(report, inScope)),
    ...queriesMarkdownBlocks(auditedQueries(report, inScope), options.linkBase),
    ...checkedMigrations(report, inScope).map((line) => `\u{1F512} ${line}`),
    ...CATEGORIES.flatMap((category) => {
      const inCategory = findings.filter((finding) => finding.category === category);
      const listed = inCategory.filter((finding) => shown.has(finding));
      return listed.length === 0 ? [] : [categorySection(category, inCategory.length, listed, options.linkBase)];
    })
  ];
  return `${blocks.join("\n\n")}
`;
}
function findingsInShownOrder(sorted) {
  return CATEGORIES.flatMap((category) => sorted.filter((finding) => finding.category === category));
}
function markdownSummaryLine(report, analyzer) {
  const findings = report.findings.filter((finding) => analyzer === void 0 || finding.analyzer === analyzer);
  const title = `**predator-guard${analyzer === void 0 ? "" : ` ${analyzer}`}**`;
  const gate = report.gate.passed ? "gate passed" : "gate failed";
  if (findings.length === 0) return report.gate.passed ? `${title}: \u2705 No findings.` : `${title}: no findings \xB7 ${gate}`;
  const counts = countBySeverity(findings);
  const tally = SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => plural(counts[severity], severity));
  return `${title}: ${tally.join(", ")} \xB7 ${gate}`;
}
function runNote(run) {
  if (run.status === "failed") return `\u26A0\uFE0F The ${run.analyzer} analyzer failed: ${escapeMarkdown(run.error ?? "unknown error")}`;
  const reason = run.error === void 0 ? "." : `: ${escapeMarkdown(run.error)}`;
  return `\u23ED\uFE0F The ${run.analyzer} analyzer was skipped${reason}`;
}
function skippedNote(run) {
  const skipped = skippedFiles(run);
  const omitted = skippedOmitted(run);
  if (skipped.length === 0) return [];
  const items = skipped.map(({ file, reason, detail }) => `- ${escapeMarkdown(file)}: ${escapeMarkdown(reason)}${detail === void 0 ? "" : ` (${escapeMarkdown(detail)})`}`);
  if (omitted > 0) items.push(`- \u2026 and ${plural(omitted, "more file")}`);
  return [`<details><summary>\u23ED\uFE0F ${plural(skipped.length + omitted, "file")} not ${run.analyzer === "review" ? "reviewed" : "linted"}</summary>

${items.join("\n")}

</details>`];
}
function categorySection(category, count, findings, linkBase) {
  const heading = `### ${CATEGORY_ICONS[category]} ${category[0].toUpperCase()}${category.slice(1)} (${count})`;
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const group = byFile.get(finding.file);
    if (group) group.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  const groups = [...byFile].map(([file, group]) => {
    const items = group.map((finding) => listItem(finding, linkBase)).join("\n");
    return file === void 0 ? items : `**${escapeMarkdown(file)}**

${items}`;
  });
  return [heading, ...groups].join("\n\n");
}
function listItem(finding, linkBase) {
  const place = findingPlace(finding, linkBase);
  const item = `- ${place === void 0 ? "" : `${place} \u2014 `}${escapeMarkdown(finding.message)} ${codeSpan(finding.rule)}`;
  if (finding.suggestion === void 0) return item;
  if (finding.data?.suggestionLanguage !== void 0) return `${item}
  - ${codeSpan(finding.suggestion.trim())}`;
  return `${item}
  - _${escapeMarkdown(finding.suggestion.trim())}_`;
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// src/render/sarif.ts
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
var SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/predator-guard/predator-guard";
var DOCS_BASE = `${INFORMATION_URI}/blob/main/docs/rules/`;
var SOURCE_ROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "predatorGuard/v1";
var LEVELS = { error: "error", warning: "warning", notice: "note" };
function renderSarif(report, options) {
  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: report.runs.map((run) => sarifRun(report, run, options))
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function sarifRun(report, run, options) {
  const located = report.findings.filter(
    (finding) => finding.analyzer === run.analyzer && finding.file !== void 0
  );
  const descriptors = rulesOfRun(run.analyzer, located, options.rules);
  const indexOf = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  return {
    tool: {
      driver: {
        name: report.tool.name,
        semanticVersion: report.tool.version,
        version: report.tool.version,
        informationUri: INFORMATION_URI,
        rules: descriptors.map(reportingDescriptor)
      }
    },
    automationDetails: { id: `predator-guard/${run.analyzer}/` },
    ...options.root === void 0 ? {} : { originalUriBaseIds: { [SOURCE_ROOT]: { uri: rootUri(options.root) } } },
    columnKind: "utf16CodeUnits",
    invocations: [invocation(run)],
    results: located.map((finding) => result(finding, indexOf))
  };
}
function rulesOfRun(analyzer, findings, described) {
  const rules = described.filter((descriptor) => descriptor.analyzer === analyzer);
  const known = new Set(rules.map((descriptor) => descriptor.id));
  for (const finding of findings) {
    if (known.has(finding.rule)) continue;
    known.add(finding.rule);
    rules.push({
      analyzer,
      id: finding.rule,
      category: finding.category,
      severity: finding.severity,
      description: `Reported by the ${analyzer} analyzer.`
    });
  }
  return rules;
}
function reportingDescriptor(descriptor) {
  const docsPath = `docs/rules/${descriptor.id}.md`;
  const helpUri = descriptor.helpUri ?? `${DOCS_BASE}${descriptor.id}.md`;
  return {
    id: descriptor.id,
    name: pascalCase(descriptor.id),
    shortDescription: { text: descriptor.description },
    fullDescription: { text: descriptor.description },
    help: {
      text: descriptor.help ?? `${descriptor.description} See ${docsPath}.`,
      markdown: descriptor.help ?? `${descriptor.description} See [${docsPath}](${helpUri}).`
    },
    helpUri,
    defaultConfiguration: { level: LEVELS[descriptor.severity] },
    properties: { tags: [descriptor.category], precision: "high" }
  };
}
function result(finding, indexOf) {
  return {
    ruleId: finding.rule,
    ruleIndex: indexOf.get(finding.rule) ?? -1,
    level: LEVELS[finding.severity],
    // Code scanning shows only the message, so the suggestion travels with it.
    message: { text: finding.suggestion === void 0 ? finding.message : `${finding.message}
${finding.suggestion}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathAsUri(finding.file), uriBaseId: SOURCE_ROOT },
          ...finding.line === void 0 ? {} : { region: region(finding, finding.line) }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint }
  };
}
function region(finding, startLine) {
  const region2 = { startLine };
  if (finding.column !== void 0) region2.startColumn = finding.column;
  if (finding.endLine !== void 0) region2.endLine = finding.endLine;
  if (finding.endColumn !== void 0) region2.endColumn = finding.endColumn;
  return region2;
}
function invocation(run) {
  if (run.status === "failed") {
    return { executionSuccessful: false, toolExecutionNotifications: [{ level: "error", message: { text: run.error ?? "unknown error" } }] };
  }
  if (run.error === void 0) return { executionSuccessful: true };
  return { executionSuccessful: true, toolExecutionNotifications: [{ level: "note", message: { text: run.error } }] };
}
function rootUri(root) {
  if (!isAbsolute(root)) throw new Error(`The SARIF source root must be an absolute path, got '${root}'.`);
  const uri = pathToFileURL(root).href;
  return uri.endsWith("/") ? uri : `${uri}/`;
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter((word) => word !== "").map((word) => `${word[0].toUpperCase()}${word.slice(1)}`).join("");
}

export {
  readBaseline,
  baselineFrom,
  writeBaseline,
  applyBaseline,
  pruneBaseline,
  VERSION,
  TOOL,
  analyze,
  baselinePath,
  renderJson,
  codeSpan,
  fencedCode,
  escapeMarkdown,
  escapeHtml,
  escapeMarkdownWithCode,
  findingPlace,
  skippedFiles,
  skippedOmitted,
  checkedMigrations,
  auditedQueries,
  counted,
  estimateOnlyReason,
  auditFacts,
  PLAIN_STYLE,
  notRunWording,
  notRunFix,
  queriesMarkdownBlocks,
  followedRollouts,
  limitWording,
  metricConditions,
  stepStates,
  stepWording,
  weightsWording,
  stepCountWording,
  rolloutMarkdownBlocks,
  renderMarkdown,
  runNote,
  skippedNote,
  renderSarif
};
