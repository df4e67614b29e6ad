import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  SourceText
} from "./chunk-chunk-ADCLMAM6.js";
import {
  severityFor
} from "./chunk-chunk-UM3XXW2D.js";
import {
  DIRECTIVE_MARKER,
  OccurrenceCounter,
  PEER_MARKERS,
  REVIEW_RULES,
  applySuppressions,
  fingerprintOf,
  parseDirective,
  peerSuppressions,
  unusedSuppression,
  unusedSuppressionFindings
} from "./chunk-chunk-ZEOJJT5H.js";
import {
  rulesOf
} from "./chunk-chunk-AE2HRXUO.js";

// src/review/files/read-source.ts
import { readFileSync, statSync } from "node:fs";
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
var BINARY_PROBE_BYTES = 8e3;
function readSource(absolute, maxFileSize) {
  let bytes;
  try {
    const stats = statSync(absolute);
    const size = stats.size;
    if (!stats.isFile()) return { ok: false, reason: "not-a-regular-file", detail: fileKind(stats) };
    if (size > maxFileSize) {
      return { ok: false, reason: "too-large", detail: `${size} bytes, over the limit of ${maxFileSize} (max-file-size)` };
    }
    bytes = readFileSync(absolute);
  } catch (error) {
    return { ok: false, reason: "unreadable", detail: error.code ?? String(error) };
  }
  const probe = bytes.subarray(0, BINARY_PROBE_BYTES);
  if (probe.includes(0)) return { ok: false, reason: "binary", detail: "contains NUL bytes" };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: "not-utf8", detail: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}` };
  }
}
function firstInvalidUtf8(bytes) {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = low + high >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return Math.max(0, low - 1);
}
function fileKind(stats) {
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isDirectory()) return "a directory";
  return "not a regular file";
}

// src/review/languages/comments.ts
function directiveMarkers(peer) {
  return new RegExp(peer ? `${DIRECTIVE_MARKER}|${peer.source}` : DIRECTIVE_MARKER, peer?.flags.includes("i") ? "gi" : "g");
}
function typescriptDirectiveComments(typescript, sourceFile, markers) {
  const text = sourceFile.text;
  const comments = [];
  const search = new RegExp(markers.source, markers.flags.includes("g") ? markers.flags : `${markers.flags}g`);
  for (let match = search.exec(text); match; match = search.exec(text)) {
    const comment = typescriptCommentAt(typescript, sourceFile, match.index);
    if (comment && !comments.some((known) => known.start === comment.start)) comments.push(comment);
    if (comment) search.lastIndex = Math.max(search.lastIndex, comment.end);
  }
  return comments.sort((a, b) => a.start - b.start);
}
function typescriptCommentAt(typescript, sourceFile, offset) {
  let node = sourceFile;
  descend: for (; ; ) {
    for (const child of node.getChildren(sourceFile)) {
      if (typescript.isJSDoc(child)) continue;
      if (child.pos <= offset && offset < child.end) {
        node = child;
        continue descend;
      }
    }
    break;
  }
  if (node !== sourceFile && offset >= node.getStart(sourceFile)) return void 0;
  const text = sourceFile.text;
  const ranges = [
    ...typescript.getLeadingCommentRanges(text, node.pos) ?? [],
    ...typescript.getTrailingCommentRanges(text, node.pos) ?? []
  ];
  const range = ranges.find((candidate) => candidate.pos <= offset && offset < candidate.end);
  return range ? { text: text.slice(range.pos, range.end), start: range.pos, end: range.end } : void 0;
}
function pythonDirectiveComments(tree, text, markers) {
  const test = new RegExp(markers.source, markers.flags.replace("g", ""));
  if (!test.test(text)) return [];
  const comments = [];
  for (const node of tree.rootNode.descendantsOfType("comment")) {
    if (node && test.test(node.text)) comments.push({ text: node.text, start: node.startIndex, end: node.endIndex });
  }
  return comments;
}

// src/review/languages/python.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";
var parserPromise;
function locateWasm(fileName, packagePath) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const besideBundle = path.join(here, fileName);
  if (existsSync(besideBundle)) return besideBundle;
  return createRequire(import.meta.url).resolve(packagePath);
}
async function createParser() {
  const treeSitter = await import("./chunk-web-tree-sitter-QKUXTFFA.js");
  await treeSitter.Parser.init({
    locateFile: (name) => locateWasm(name, `web-tree-sitter/${name}`)
  });
  const language = await treeSitter.Language.load(
    locateWasm("tree-sitter-python.wasm", "tree-sitter-python/tree-sitter-python.wasm")
  );
  const parser = new treeSitter.Parser();
  parser.setLanguage(language);
  return parser;
}
function pythonParser() {
  parserPromise ??= createParser();
  return parserPromise;
}
async function parsePython(text) {
  const parser = await pythonParser();
  const tree = parser.parse(text);
  if (!tree) throw new Error("tree-sitter returned no tree");
  return tree;
}
function findPythonSyntaxError(tree, text) {
  let found;
  const consider = (candidate) => {
    if (!found || candidate.start < found.start) found = candidate;
  };
  const visit = (node, searchExceptStar) => {
    if (found && node.startIndex > found.start) return;
    if (node.isMissing) {
      consider({ start: node.startIndex, end: node.endIndex, message: `missing '${node.type}'` });
      return;
    }
    if (node.type === "ERROR") {
      consider({ start: node.startIndex, end: node.endIndex, message: `unexpected '${errorExcerpt(node.text)}'` });
      return;
    }
    if (searchExceptStar) {
      const exceptStar = exceptStarMissingType(node);
      if (exceptStar) consider(exceptStar);
    }
    if (!node.hasError && !searchExceptStar) return;
    for (const child of node.children) {
      if (child) visit(child, searchExceptStar);
    }
  };
  visit(tree.rootNode, EXCEPT_STAR.test(text));
  return found;
}
var EXCEPT_STAR = /except\s*\*/;
function exceptStarMissingType(node) {
  if (node.type !== "except_clause" && node.type !== "except_group_clause") return void 0;
  const star = node.children.find((child) => child?.type === "*");
  if (!star) return void 0;
  const hasType = node.namedChildren.some((child) => child && child.type !== "block" && child.type !== "comment");
  if (hasType) return void 0;
  return { start: node.startIndex, end: star.endIndex, message: "expected an exception type after 'except*'" };
}
function errorExcerpt(text) {
  const firstLine = text.split(/\r?\n|\r/, 1)[0].trim();
  return firstLine.length > 40 ? `${firstLine.slice(0, 40)}\u2026` : firstLine;
}
function walkPython(tree, visitors) {
  const enter = /* @__PURE__ */ new Map();
  const exit = /* @__PURE__ */ new Map();
  for (const visitor of visitors) {
    for (const [type, handler] of Object.entries(visitor.enter ?? {})) if (handler) push(enter, type, handler);
    for (const [type, handler] of Object.entries(visitor.exit ?? {})) if (handler) push(exit, type, handler);
  }
  const types = [.../* @__PURE__ */ new Set([...enter.keys(), ...exit.keys()])];
  const open = [];
  const close = (node) => {
    for (const handler of exit.get(node.type) ?? []) handler(node);
  };
  try {
    if (types.length === 0) return;
    for (const node of tree.rootNode.descendantsOfType(types)) {
      if (!node) continue;
      while (open.length > 0 && open[open.length - 1].endIndex <= node.startIndex) close(open.pop());
      for (const handler of enter.get(node.type) ?? []) handler(node);
      open.push(node);
    }
    while (open.length > 0) close(open.pop());
  } finally {
    for (const visitor of visitors) visitor.end?.();
  }
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// src/review/languages/typescript.ts
var compiler;
function typescriptCompiler() {
  compiler ??= import("./chunk-typescript-OXK7TF7S.js").then((module) => module.default ?? module);
  return compiler;
}
function scriptKind(typescript, file) {
  const lower = file.toLowerCase();
  if (lower.endsWith(".tsx")) return typescript.ScriptKind.TSX;
  if (lower.endsWith(".jsx")) return typescript.ScriptKind.JSX;
  if (lower.endsWith(".js") || lower.endsWith(".mjs") || lower.endsWith(".cjs")) return typescript.ScriptKind.JS;
  return typescript.ScriptKind.TS;
}
async function parseTypeScript(file, text) {
  const typescript = await typescriptCompiler();
  const options = { languageVersion: typescript.ScriptTarget.Latest, jsDocParsingMode: typescript.JSDocParsingMode.ParseNone };
  return typescript.createSourceFile(file, text, options, true, scriptKind(typescript, file));
}
function findTypeScriptSyntaxError(typescript, sourceFile) {
  const diagnostics = sourceFile.parseDiagnostics;
  if (!diagnostics || diagnostics.length === 0) return void 0;
  const first = [...diagnostics].sort((a, b) => a.start - b.start)[0];
  return {
    start: first.start,
    end: first.start + first.length,
    message: typescript.flattenDiagnosticMessageText(first.messageText, " ")
  };
}
function walkTypeScript(typescript, sourceFile, visitors) {
  const enter = [];
  const exit = [];
  for (const visitor of visitors) {
    for (const [kind, handler] of Object.entries(visitor.enter ?? {})) if (handler) (enter[Number(kind)] ??= []).push(handler);
    for (const [kind, handler] of Object.entries(visitor.exit ?? {})) if (handler) (exit[Number(kind)] ??= []).push(handler);
  }
  const visit = (node) => {
    const onEnter = enter[node.kind];
    if (onEnter) for (const handler of onEnter) handler(node);
    typescript.forEachChild(node, visit);
    const onExit = exit[node.kind];
    if (onExit) for (const handler of onExit) handler(node);
  };
  try {
    visit(sourceFile);
  } finally {
    for (const visitor of visitors) visitor.end?.();
  }
}

// src/review/call-stack.ts
import { isMainThread, resourceLimits } from "node:worker_threads";
var V8_DEFAULT_STACK_KB = 984;
function isStackOverflow(error) {
  return error instanceof RangeError && /call stack size exceeded/i.test(error.message);
}
function callStackLimit() {
  if (!isMainThread) return `${resourceLimits.stackSizeMb ?? 4} MB (helper thread)`;
  const flag = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].find((arg) => arg.startsWith("--stack-size="));
  const kb = flag ? Number(flag.slice("--stack-size=".length)) : V8_DEFAULT_STACK_KB;
  return `${Number.isFinite(kb) ? kb : V8_DEFAULT_STACK_KB} KB (main thread)`;
}

// src/review/review-source.ts
async function reviewSourceOutcome(input) {
  const none = (findings2) => ({ findings: findings2, suppressed: { own: 0, peer: 0 } });
  const source = new SourceText(input.text);
  const collected = [];
  const contextFor = (rule, severity2) => ({
    file: input.file,
    language: input.language,
    source,
    options: { ...rule.defaultOptions, ...input.rules[rule.meta.id]?.options },
    // A finding the rule grades itself keeps its grade unless the config sets the rule's severity.
    report: (descriptor) => {
      const graded = descriptor.severity ? severityFor(rule.meta, input.rules[rule.meta.id]?.severity, descriptor.severity) ?? severity2 : severity2;
      collected.push({ rule, severity: graded, descriptor });
    }
  });
  const enabled = rulesOf(REVIEW_RULES).flatMap((rule) => {
    const severity2 = severityFor(rule.meta, input.rules[rule.meta.id]?.severity);
    if (!severity2 || !rule.languages.includes(input.language)) return [];
    return [{ rule, severity: severity2 }];
  });
  const stage = { name: input.language === "python" ? "the Python parser" : "the TypeScript parser" };
  let parsed;
  try {
    parsed = input.language === "python" ? await reviewPython(input, enabled, contextFor, stage) : await reviewTypeScript(input, enabled, contextFor, stage);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    collected.length = 0;
    const tooComplexRule = enabled.find(({ rule }) => rule.tooComplex);
    tooComplexRule?.rule.tooComplex?.(contextFor(tooComplexRule.rule, tooComplexRule.severity), { stage: stage.name, limit: callStackLimit() });
    return none(toFindings(input.file, source, collected));
  }
  if (parsed.syntaxError) {
    const syntaxRule = enabled.find(({ rule }) => rule.syntaxError);
    syntaxRule?.rule.syntaxError?.(contextFor(syntaxRule.rule, syntaxRule.severity), parsed.syntaxError);
    return none(toFindings(input.file, source, collected));
  }
  const directives = parsed.comments.map((comment) => parseDirective(comment.text, comment.start, comment.end, source)).filter((directive) => directive !== void 0);
  const peers = input.peerSuppressions === false ? [] : peerSuppressions(parsed.comments, source, peerDialect(input.language));
  const findings = toFindings(input.file, source, collected);
  if (directives.length === 0 && peers.length === 0) return none(findings);
  const { kept, unused, suppressed } = applySuppressions(findings, directives, peers);
  const severity = severityFor(unusedSuppression.meta, input.rules[unusedSuppression.meta.id]?.severity);
  if (!severity) return { findings: kept, suppressed };
  const isKnownRule = (rule) => Object.hasOwn(REVIEW_RULES, rule) || rule === unusedSuppression.meta.id;
  return { findings: [...kept, ...unusedSuppressionFindings({ analyzer: "review", file: input.file, source, unused, severity, isKnownRule })], suppressed };
}
function peerDialect(language) {
  return language === "python" ? "python" : "javascript";
}
function markersFor(input) {
  return directiveMarkers(input.peerSuppressions === false ? void 0 : PEER_MARKERS[peerDialect(input.language)]);
}
var WALK = "the rules' walk";
async function reviewPython(input, enabled, contextFor, stage) {
  const text = input.text.includes("\r") ? input.text.replace(/\r(?!\n)/g, "\n") : input.text;
  const tree = await parsePython(text);
  try {
    const syntaxError = findPythonSyntaxError(tree, text);
    if (syntaxError) return { syntaxError, comments: [] };
    stage.name = WALK;
    const visitors = [];
    for (const { rule, severity } of enabled) if (rule.python) visitors.push(rule.python(contextFor(rule, severity)));
    walkPython(tree, visitors);
    return { comments: pythonDirectiveComments(tree, text, markersFor(input)) };
  } finally {
    tree.delete();
  }
}
async function reviewTypeScript(input, enabled, contextFor, stage) {
  const ts = await typescriptCompiler();
  const sourceFile = await parseTypeScript(input.file, input.text);
  const syntaxError = findTypeScriptSyntaxError(ts, sourceFile);
  if (syntaxError) return { syntaxError, comments: [] };
  stage.name = WALK;
  const visitors = [];
  for (const { rule, severity } of enabled) if (rule.typescript) visitors.push(rule.typescript(contextFor(rule, severity), { ts, sourceFile }));
  walkTypeScript(ts, sourceFile, visitors);
  return { comments: typescriptDirectiveComments(ts, sourceFile, markersFor(input)) };
}
function toFindings(file, source, collected) {
  const occurrences = new OccurrenceCounter();
  return collected.map(({ rule, severity, descriptor }) => {
    const start = source.position(descriptor.start);
    const end = source.position(Math.max(descriptor.start, descriptor.end));
    const code = source.lineText(start.line);
    const key = `${rule.meta.id}\0${code.trim().replace(/\s+/g, " ")}`;
    const finding = {
      analyzer: "review",
      rule: rule.meta.id,
      category: rule.meta.category,
      severity,
      message: descriptor.message,
      file,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      fingerprint: fingerprintOf(rule.meta.id, file, code, occurrences.next(key))
    };
    if (descriptor.suggestion) finding.suggestion = descriptor.suggestion;
    if (descriptor.data) finding.data = descriptor.data;
    return finding;
  });
}

// src/review/review-file.ts
function reviewFailed(file, error) {
  const message = error instanceof Error ? error.message : String(error);
  return { file, reason: "review-failed", detail: message.split("\n", 1)[0] };
}
async function reviewFile(candidate, rules, settings) {
  const read = readSource(candidate.absolute, settings.maxFileSize);
  if (!read.ok) {
    return { file: candidate.file, findings: [], skipped: { file: candidate.file, reason: read.reason, detail: read.detail }, bytes: 0 };
  }
  try {
    const { findings, suppressed } = await reviewSourceOutcome({
      file: candidate.file,
      text: read.text,
      language: candidate.language,
      rules,
      peerSuppressions: settings.peerSuppressions
    });
    const outcome = { file: candidate.file, findings, bytes: candidate.size };
    if (suppressed.own + suppressed.peer > 0) outcome.suppressed = suppressed;
    return outcome;
  } catch (error) {
    return { file: candidate.file, findings: [], skipped: reviewFailed(candidate.file, error), bytes: 0 };
  }
}

export {
  fileKind,
  reviewFile
};
