import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  PLAIN_STYLE,
  auditFacts,
  auditedQueries,
  checkedMigrations,
  counted,
  estimateOnlyReason,
  followedRollouts,
  limitWording,
  metricConditions,
  notRunFix,
  notRunWording,
  renderJson,
  renderMarkdown,
  renderSarif,
  skippedFiles,
  skippedOmitted,
  stepCountWording,
  stepStates,
  stepWording,
  weightsWording
} from "./chunk-chunk-ZA2X7EGN.js";
import {
  ANALYZERS,
  compareFindings,
  completedRuns
} from "./chunk-chunk-XEKWYLA5.js";

// src/render/queries/queries-text.ts
function queriesTextSections(audits, palette) {
  return audits.map((audit) => [headline(audit, palette), ...notRunLines(audit, palette), ...estimateOnlyLines(audit.explainedOn, palette)].join("\n"));
}
function headline(audit, palette) {
  return `${palette.bold("queries")}: ${auditFacts(audit, PLAIN_STYLE).join(" \xB7 ")}`;
}
function notRunLines(audit, palette) {
  if (audit.notRun.length === 0) return [];
  const fix = notRunFix(audit, PLAIN_STYLE);
  return [palette.yellow(`  \u26A0 ${notRunWording(audit.notRun, PLAIN_STYLE)}${fix === "" ? "" : `; ${fix}`}`)];
}
function estimateOnlyLines(on, palette) {
  if (on === void 0 || on.estimateOnly.length === 0) return [];
  return [palette.cyan(`  \u2139 ${counted(on.estimateOnly.length, "statement")} estimate-only (${estimateOnlyReason(on, PLAIN_STYLE)}): ${on.estimateOnly.join(", ")}`)];
}

// src/render/rollout/rollout-text.ts
var STATE_MARKS = { done: "\u2714 ", current: "\u25B6 ", failed: "\u2716 ", pending: "" };
function rolloutTextSections(rollouts, palette) {
  return rollouts.map((rollout) => {
    const passed = rollout.verdicts.length === 0;
    const headline2 = `${passed ? palette.green("\u2714") : palette.red("\u2716")} ${palette.bold(`${rollout.namespace}/${rollout.name}`)}: ${headlineFacts(rollout)}`;
    if (rollout.phase === "Healthy" && passed) return headline2;
    const lines = [headline2];
    if (rollout.message !== "") lines.push(`  ${rollout.message}`);
    if (rollout.stepList.length > 0) lines.push(`  steps     ${stepChain(rollout, palette)}`);
    for (const run of rollout.analysisRuns) lines.push(...analysisLines(run, palette));
    for (const [field, reason] of Object.entries(rollout.unknown)) lines.push(palette.dim(`  ${field} unknown: ${reason}`));
    return lines.join("\n");
  });
}
function headlineFacts(rollout) {
  const kind = rollout.kind === "Rollout" ? "" : `${rollout.kind} `;
  const stepCount = stepCountWording(rollout);
  const facts = [
    `${kind}${rollout.phase}`,
    ...stepCount === void 0 ? [] : [`${stepCount} steps`],
    ...rollout.weights === void 0 ? [] : [`weight ${weightsWording(rollout.weights)}`],
    ...rollout.checks === void 0 ? [] : [`${rollout.checks.failed}/${rollout.checks.threshold} failed checks`],
    ...rollout.needsPromotion ? ["needs a promotion (kubectl argo rollouts promote)"] : [],
    ...rollout.ending === "paused" ? ["pause accepted (success-on-pause)"] : [],
    ...rollout.verdicts.map((finding) => finding.rule)
  ];
  return facts.join(" \xB7 ");
}
function stepChain(rollout, palette) {
  const states = stepStates(rollout);
  return rollout.stepList.map((step, index) => {
    const text = `${STATE_MARKS[states[index]]}${stepWording(step)}`;
    if (states[index] === "failed") return palette.red(text);
    if (states[index] === "current") return palette.yellow(text);
    return states[index] === "pending" ? palette.dim(text) : text;
  }).join(" \u2192 ");
}
function analysisLines(run, palette) {
  const type = run.type === void 0 ? "" : ` (${run.type})`;
  const message = run.message === "" ? "" : `: ${run.message}`;
  return [`  analysis  ${run.name}${type} ${run.phase}${message}`, ...run.metrics.map((metric) => `            ${palette.dim(metricLine(metric))}`)];
}
function metricLine(metric) {
  const { counts, limits } = metric;
  const conditions = metricConditions(metric).map(([role, condition]) => `${role} ${condition}`);
  const value = `last ${metric.lastValue ?? "\u2014"}${conditions.length === 0 ? "" : ` vs ${conditions.join(", ")}`}`;
  const measured = `measured ${counts.measurements}${limits.count === void 0 ? "" : ` of ${limits.count}`}`;
  const limited = [
    `failed ${counts.failed}/${limitWording(limits.failureLimit)}`,
    `inconclusive ${counts.inconclusive}/${limitWording(limits.inconclusiveLimit)}`,
    `errors in a row ${counts.consecutiveError}/${limitWording(limits.consecutiveErrorLimit)}`
  ];
  return `${metric.name} ${metric.phase}${metric.dryRun ? " (dry run)" : ""}: ${[value, measured, ...limited].join(" \xB7 ")}`;
}

// src/render/looked-at.ts
function lookedAt(report) {
  const parts = [];
  for (const run of completedRuns(report.runs, "review")) parts.push(`${plural(run.stats.files, "file")} reviewed`);
  for (const run of completedRuns(report.runs, "queries")) {
    parts.push(run.stats.statements === void 0 ? `${plural(run.stats.plans, "saved plan")} audited` : `${plural(run.stats.statements, "statement")} audited`);
  }
  for (const run of completedRuns(report.runs, "rollout")) {
    if (run.stats.mode === "lint") {
      const manifests = Object.values(run.stats.manifests).reduce((sum, count) => sum + count, 0);
      parts.push(`${plural(manifests, "manifest")} linted in ${plural(run.stats.files, "file")}`);
    } else {
      parts.push(`${plural(run.stats.rollouts.length, "rollout")} followed`);
    }
  }
  return parts.join(", ");
}
function plural(count, noun) {
  return `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
}

// src/render/text-palette.ts
var ANSI = {
  bold: (text) => `\x1B[1m${text}\x1B[22m`,
  dim: (text) => `\x1B[2m${text}\x1B[22m`,
  red: (text) => `\x1B[31m${text}\x1B[39m`,
  yellow: (text) => `\x1B[33m${text}\x1B[39m`,
  cyan: (text) => `\x1B[36m${text}\x1B[39m`,
  green: (text) => `\x1B[32m${text}\x1B[39m`
};
var plain = (text) => text;
var PLAIN = { bold: plain, dim: plain, red: plain, yellow: plain, cyan: plain, green: plain };

// src/render/text.ts
var SEVERITY_COLOR = { error: "red", warning: "yellow", notice: "cyan" };
function renderText(report, options = {}) {
  const palette = options.color ? ANSI : PLAIN;
  const findings = [...report.findings].sort(compareFindings);
  const sections = [
    ...groupByFile(findings).map(([file, group]) => fileSection(file, group, palette)),
    ...rolloutTextSections(followedRollouts(report), palette),
    ...queriesTextSections(auditedQueries(report), palette),
    ...checkedMigrations(report).map((line) => `${palette.bold("migrations")}: ${line}`),
    ...groupByAnalyzer(findings).map(([analyzer, group]) => analyzerSection(analyzer, group, palette))
  ];
  const runNotes = [
    ...report.runs.filter((run) => run.status !== "ok").map((run) => runNote(run, palette)),
    ...report.runs.flatMap((run) => skippedNote(run, palette))
  ];
  if (runNotes.length > 0) sections.push(runNotes.join("\n"));
  const tally = reviewTally(report);
  const summary = summaryLine(report, palette);
  const closing = [...tally ? [palette.dim(tally)] : [], ...summary !== void 0 ? [summary] : []];
  if (closing.length > 0) sections.push(closing.join("\n"));
  return `${sections.join("\n\n")}
`;
}
function groupByFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.file === void 0) continue;
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}
function groupByAnalyzer(findings) {
  return ANALYZERS.map((analyzer) => [
    analyzer,
    findings.filter((finding) => finding.file === void 0 && finding.analyzer === analyzer)
  ]).filter(([, group]) => group.length > 0);
}
function fileSection(file, findings, palette) {
  return [palette.bold(file), ...findingRows(findings, findings.map(placeOf), palette)].join("\n");
}
function placeOf(finding) {
  if (finding.line === void 0) return finding.file ?? "";
  if (finding.column === void 0) return `${finding.file}:${finding.line}`;
  return `${finding.file}:${finding.line}:${finding.column}`;
}
function analyzerSection(analyzer, findings, palette) {
  return [palette.bold(analyzer), ...findingRows(findings, findings.map(() => ""), palette)].join("\n");
}
function findingRows(findings, places, palette) {
  const placeWidth = Math.max(...places.map((place) => place.length));
  const severityWidth = Math.max(...findings.map((finding) => finding.severity.length));
  const placeColumn = (place) => placeWidth === 0 ? "" : `${place.padEnd(placeWidth)}  `;
  return findings.flatMap((finding, index) => {
    const severity = `${palette[SEVERITY_COLOR[finding.severity]](finding.severity)}${" ".repeat(severityWidth - finding.severity.length)}`;
    const row = `  ${placeColumn(places[index])}${severity}  ${finding.message}  ${palette.dim(finding.rule)}`;
    if (finding.suggestion === void 0) return [row];
    const indent = " ".repeat(2 + placeColumn("").length + severityWidth + 2);
    return [row, `${indent}${palette.dim(`\u21B3 ${finding.suggestion}`)}`];
  });
}
function runNote(run, palette) {
  if (run.status === "failed") return palette.red(`\u2716 The ${run.analyzer} analyzer failed: ${run.error ?? "unknown error"}`);
  const reason = run.error === void 0 ? "" : `: ${run.error}`;
  return palette.dim(`\u25CB The ${run.analyzer} analyzer was skipped${reason}`);
}
function skippedNote(run, palette) {
  const skipped = skippedFiles(run);
  const omitted = skippedOmitted(run);
  if (skipped.length === 0) return [];
  const rows = skipped.map(({ file, reason, detail }) => `  ${file}: ${reason}${detail === void 0 ? "" : ` (${detail})`}`);
  if (omitted > 0) rows.push(`  \u2026 and ${plural2(omitted, "more file")}`);
  return [palette.dim([`\u25CB ${plural2(skipped.length + omitted, "file")} not ${run.analyzer === "review" ? "reviewed" : "linted"}:`, ...rows].join("\n"))];
}
function reviewTally(report) {
  const run = report.runs.find((candidate) => candidate.analyzer === "review" && candidate.status === "ok");
  if (!run || run.analyzer !== "review" || run.status !== "ok") return void 0;
  const { skipped, skippedOmitted: skippedOmitted2 = 0, suppressed = { own: 0, peer: 0 }, diff, baseline } = run.stats;
  const skippedCount = skipped.length + skippedOmitted2;
  const suppressedCount = suppressed.own + suppressed.peer;
  if (skippedCount === 0 && suppressedCount === 0 && !diff && !baseline) return void 0;
  const hidden = [
    ...diff ? [`${diff.filteredOut} by the diff filter`] : [],
    ...baseline ? [`${baseline.hidden} by the baseline`] : [],
    `${suppressedCount} by suppressions (${suppressed.own} own, ${suppressed.peer} peer)`
  ];
  return `Review: ${plural2(skippedCount, "file")} skipped; findings hidden: ${hidden.join(", ")}.`;
}
function summaryLine(report, palette) {
  const { counts, passed, reason } = report.gate;
  const total = counts.error + counts.warning + counts.notice;
  const failed = report.runs.filter((run) => run.status === "failed").map((run) => run.analyzer);
  const scope = lookedAt(report);
  if (failed.length > 0 && total === 0 && scope === "") return void 0;
  const tally = total === 0 ? "no problems" : `${plural2(total, "problem")} (${plural2(counts.error, "error")}, ${plural2(counts.warning, "warning")}, ${plural2(counts.notice, "notice")})`;
  const head = scope === "" ? tally : `${tally} \xB7 ${scope}`;
  const why = failed.length > 0 ? `the ${failed.join(", ")} analyzer could not run` : reason;
  if (!passed) return palette.bold(palette.red(`\u2716 ${head} \u2014 gate failed${why === void 0 ? "" : `: ${why}`}`));
  if (total > 0) return palette.bold(palette.yellow(`\u26A0 ${head} \u2014 gate passed`));
  return palette.bold(palette.green(`\u2714 ${head} \u2014 gate passed`));
}
function plural2(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// src/render/index.ts
var REPORT_FORMATS = ["text", "json", "sarif", "markdown"];
function renderReport(report, format, options = {}) {
  switch (format) {
    case "text":
      return renderText(report, { color: options.color });
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report, { rules: options.rules ?? [], root: options.root });
    case "markdown":
      return renderMarkdown(report, { analyzer: options.analyzer, linkBase: options.linkBase });
  }
}

export {
  renderText,
  REPORT_FORMATS,
  renderReport
};
