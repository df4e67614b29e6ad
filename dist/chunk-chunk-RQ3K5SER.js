import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  renderJson,
  renderMarkdown,
  renderSarif
} from "./chunk-chunk-4ASNOC2R.js";
import {
  ANALYZERS,
  compareFindings
} from "./chunk-chunk-PNQQP5FU.js";

// src/render/text.ts
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
var SEVERITY_COLOR = { error: "red", warning: "yellow", notice: "cyan" };
function renderText(report, options = {}) {
  const palette = options.color ? ANSI : PLAIN;
  const findings = [...report.findings].sort(compareFindings);
  const sections = [
    ...groupByFile(findings).map(([file, group]) => fileSection(file, group, palette)),
    ...groupByAnalyzer(findings).map(([analyzer, group]) => analyzerSection(analyzer, group, palette))
  ];
  const runNotes = [
    ...report.runs.filter((run) => run.status !== "ok").map((run) => runNote(run, palette)),
    ...report.runs.flatMap((run) => skippedNote(run, palette))
  ];
  if (runNotes.length > 0) sections.push(runNotes.join("\n"));
  sections.push(summaryLine(report, palette));
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
  const skipped = run.stats.skipped ?? [];
  if (skipped.length === 0) return [];
  const rows = skipped.map(({ file, reason, detail }) => `  ${file}: ${reason}${detail === void 0 ? "" : ` (${detail})`}`);
  return [palette.dim([`\u25CB ${plural(skipped.length, "file")} not reviewed:`, ...rows].join("\n"))];
}
function summaryLine(report, palette) {
  const { counts, passed, reason } = report.gate;
  const total = counts.error + counts.warning + counts.notice;
  const tally = total === 0 ? "no problems" : `${plural(total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.notice, "notice")})`;
  if (!passed) return palette.bold(palette.red(`\u2716 ${tally} \u2014 gate failed${reason === void 0 ? "" : `: ${reason}`}`));
  if (total > 0) return palette.bold(palette.yellow(`\u26A0 ${tally} \u2014 gate passed`));
  return palette.bold(palette.green(`\u2714 ${tally} \u2014 gate passed`));
}
function plural(count, noun) {
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
