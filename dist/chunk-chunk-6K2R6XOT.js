import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  CATEGORIES,
  CATEGORY_ICONS,
  SEVERITIES,
  compareFindings,
  countBySeverity,
  renderText
} from "./chunk-chunk-VHHYWIZK.js";
import {
  RULES
} from "./chunk-chunk-G5D3ZKCX.js";

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
function pathAsUri(path) {
  return path.split("/").map(encodeSegment).join("/");
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
  renderJson,
  renderMarkdown,
  renderSarif,
  REPORT_FORMATS,
  renderReport,
  describeReviewRules
};
