import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  filterFindings,
  touchesFile
} from "./chunk-chunk-A7GI3UHH.js";
import {
  CATEGORIES,
  CATEGORY_ICONS,
  DEFAULT_BASELINE,
  SEVERITIES,
  STALE_BASELINE_RULE,
  applyBaseline,
  buildReport,
  compareFindings,
  countBySeverity,
  readBaseline,
  staleBaselineFinding
} from "./chunk-chunk-PNQQP5FU.js";

// src/version.ts
var VERSION = "0.1.0";
var TOOL = { name: "predator-guard", version: VERSION };

// src/core/analyze.ts
import { existsSync } from "node:fs";
import path from "node:path";
var ANALYZER_LOADERS = {
  review: async () => (await import("./chunk-review-3TLKNCBT.js")).reviewAnalyzer,
  queries: async () => (await import("./chunk-queries-54UMAZKB.js")).queriesAnalyzer,
  rollout: async () => (await import("./chunk-rollout-OE5PEHFJ.js")).rolloutAnalyzer
};
async function analyze(config, deps = {}) {
  const findings = [];
  const runs = [];
  for (const name of config.checks) {
    const output = await runAnalyzer(name, config, deps);
    if ("error" in output) {
      runs.push({ analyzer: name, status: "failed", error: output.error, stats: {} });
      continue;
    }
    findings.push(...output.findings);
    runs.push({ analyzer: name, status: "ok", stats: output.stats });
  }
  const baselined = applyConfiguredBaseline(config, findings, runs);
  const shown = config.changes ? applyDiffFilter(config, config.changes, baselined, runs) : baselined;
  return buildReport(TOOL, shown, runs, config.failOn);
}
async function runAnalyzer(name, config, deps) {
  const load = ANALYZER_LOADERS[name];
  if (!load) return { error: `the ${name} analyzer is not available in ${TOOL.name} ${TOOL.version}; remove '${name}' from checks.` };
  try {
    const analyzer = await load();
    return await analyzer.run(config, deps);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
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
  const severity = config.rules[STALE_BASELINE_RULE]?.severity;
  if (severity === "off") return outcome.kept;
  const notices = stale.map((entry) => staleBaselineFinding(entry, shown));
  return [...outcome.kept, ...severity ? notices.map((notice) => ({ ...notice, severity })) : notices];
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
    const run = runs.find((candidate) => candidate.analyzer === analyzer && candidate.status === "ok");
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

// src/render/path-uri.ts
function pathAsUri(path2) {
  return path2.split("/").map(encodeSegment).join("/");
}
function encodeSegment(segment) {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

// src/render/markdown.ts
function renderMarkdown(report, options = {}) {
  const inScope = (item) => options.analyzer === void 0 || item.analyzer === options.analyzer;
  const findings = report.findings.filter(inScope).sort(compareFindings);
  const blocks = [
    summaryLine(report, findings, options.analyzer),
    ...report.runs.filter(inScope).filter((run) => run.status !== "ok").map(runNote),
    ...report.runs.filter(inScope).flatMap(skippedNote),
    ...CATEGORIES.flatMap((category) => {
      const inCategory = findings.filter((finding) => finding.category === category);
      return inCategory.length === 0 ? [] : [categorySection(category, inCategory, options.linkBase)];
    })
  ];
  return `${blocks.join("\n\n")}
`;
}
function summaryLine(report, findings, analyzer) {
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
  const skipped = run.stats.skipped ?? [];
  if (skipped.length === 0) return [];
  const items = skipped.map(({ file, reason, detail }) => `- ${escapeMarkdown(file)}: ${reason}${detail === void 0 ? "" : ` (${escapeMarkdown(detail)})`}`);
  return [`<details><summary>\u23ED\uFE0F ${plural(skipped.length, "file")} not reviewed</summary>

${items.join("\n")}

</details>`];
}
function categorySection(category, findings, linkBase) {
  const heading = `### ${CATEGORY_ICONS[category]} ${category[0].toUpperCase()}${category.slice(1)} (${findings.length})`;
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
  const place = placeOf(finding, linkBase);
  const item = `- ${place === void 0 ? "" : `${place} \u2014 `}${escapeMarkdown(finding.message)} ${codeSpan(finding.rule)}`;
  if (finding.suggestion === void 0) return item;
  return `${item}
  - _${escapeMarkdown(finding.suggestion.trim())}_`;
}
function placeOf(finding, linkBase) {
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
function codeSpan(text) {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function escapeMarkdown(text) {
  return text.replace(/\s*[\r\n]+\s*/g, " ").replace(/[\\`*_[\]<>|~&]/g, (char) => `\\${char}`).replace(/@/g, "@&#8203;");
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
  VERSION,
  TOOL,
  analyze,
  baselinePath,
  renderJson,
  renderMarkdown,
  renderSarif
};
