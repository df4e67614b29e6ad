import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  defineRule,
  ruleRegistry,
  stringList
} from "./chunk-chunk-AE2HRXUO.js";

// src/core/rules/hygiene/stale-baseline-entry.ts
var staleBaselineEntry = defineRule({
  meta: {
    id: "stale-baseline-entry",
    category: "hygiene",
    severity: "notice",
    description: "A baseline entry that matches no finding.",
    summary: "a baseline entry whose finding is gone"
  },
  defaultOptions: {}
});
function staleBaselineFinding(entry, baselineFile) {
  const where = entry.file ? ` in ${entry.file}` : "";
  const times = entry.count === 1 ? "" : ` (${entry.count} occurrences)`;
  return {
    analyzer: "review",
    rule: staleBaselineEntry.meta.id,
    category: staleBaselineEntry.meta.category,
    severity: staleBaselineEntry.meta.severity,
    message: `Baseline entry for '${entry.rule}'${where}${times} matches no finding: '${entry.message}'.`,
    suggestion: `Run 'predator-guard review --prune-baseline' to drop it from ${baselineFile}.`,
    fingerprint: `stale:${entry.fingerprint}`,
    data: { baseline: baselineFile, rule: entry.rule, file: entry.file, count: entry.count }
  };
}

// src/core/rules/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprintOf(rule, file, code, occurrence) {
  const normalised = code.trim().replace(/\s+/g, " ");
  return createHash("sha256").update(`${rule}\0${file}\0${normalised}\0${occurrence}`).digest("hex").slice(0, 32);
}
var OccurrenceCounter = class {
  seen = /* @__PURE__ */ new Map();
  next(key) {
    const count = this.seen.get(key) ?? 0;
    this.seen.set(key, count + 1);
    return count;
  }
};

// src/core/rules/hygiene/unused-suppression.ts
var unusedSuppression = defineRule({
  meta: {
    id: "unused-suppression",
    category: "hygiene",
    severity: "notice",
    description: "A suppression directive that suppresses no finding.",
    summary: "a suppression directive that suppresses nothing (or names an unknown rule)"
  },
  defaultOptions: {}
});
function unusedSuppressionFindings({ analyzer, file, source, unused, severity, isKnownRule }) {
  const occurrences = new OccurrenceCounter();
  const { id, category } = unusedSuppression.meta;
  return unused.map(({ directive, rules }) => {
    const start = source.position(directive.start);
    const end = source.position(Math.max(directive.start, directive.end));
    const code = source.lineText(start.line);
    return {
      analyzer,
      rule: id,
      category,
      severity,
      message: unusedSuppressionMessage(rules, isKnownRule),
      file,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      fingerprint: fingerprintOf(id, file, code, occurrences.next(code.trim().replace(/\s+/g, " "))),
      data: { rules }
    };
  });
}
function unusedSuppressionMessage(rules, isKnownRule) {
  if (rules.length === 0) return "Suppression names no rule; write the rule id after the directive.";
  const unknown = rules.filter((rule) => !isKnownRule(rule));
  if (unknown.length > 0) return `Suppression names unknown rule ${unknown.map((rule) => `'${rule}'`).join(", ")}.`;
  return `Suppression of ${rules.map((rule) => `'${rule}'`).join(", ")} matches no finding.`;
}

// src/review/languages/detect-language.ts
var TYPESCRIPT_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
var PYTHON_EXTENSIONS = [".py", ".pyi"];
var DECLARATION_FILE = /\.d\.[cm]?ts$/;
function detectLanguage(file) {
  const lower = file.toLowerCase();
  if (PYTHON_EXTENSIONS.some((ext) => lower.endsWith(ext))) return "python";
  if (DECLARATION_FILE.test(lower)) return void 0;
  if (TYPESCRIPT_EXTENSIONS.some((ext) => lower.endsWith(ext))) return "typescript";
  return void 0;
}

// src/core/rules/peer-codes.ts
var PEER_CODES = {
  // bare-except
  E722: { tools: "flake8 (pycodestyle), ruff", rules: ["bare-except"] },
  B001: { tools: "flake8-bugbear", rules: ["bare-except"] },
  W0702: { tools: "pylint", rules: ["bare-except"] },
  "bare-except": { tools: "pylint", rules: ["bare-except"] },
  // broad-exception-caught
  BLE001: { tools: "ruff, flake8-blind-except", rules: ["broad-exception-caught"] },
  W0718: { tools: "pylint", rules: ["broad-exception-caught"] },
  W0703: { tools: "pylint (before 2.16)", rules: ["broad-exception-caught"] },
  "broad-exception-caught": { tools: "pylint", rules: ["broad-exception-caught"] },
  "broad-except": { tools: "pylint (before 2.16)", rules: ["broad-exception-caught"] },
  // empty-catch
  S110: { tools: "ruff, flake8-bandit", rules: ["empty-catch"] },
  SIM105: { tools: "ruff, flake8-simplify", rules: ["empty-catch"] },
  "no-empty": { tools: "ESLint, oxlint", rules: ["empty-catch"] },
  // too-many-params
  R0913: { tools: "pylint", rules: ["too-many-params"] },
  PLR0913: { tools: "ruff", rules: ["too-many-params"] },
  "too-many-arguments": { tools: "pylint", rules: ["too-many-params"] },
  R0917: { tools: "pylint", rules: ["too-many-params"] },
  PLR0917: { tools: "ruff", rules: ["too-many-params"] },
  "too-many-positional-arguments": { tools: "pylint", rules: ["too-many-params"] },
  "max-params": { tools: "ESLint, oxlint", rules: ["too-many-params"] },
  "@typescript-eslint/max-params": { tools: "typescript-eslint", rules: ["too-many-params"] },
  // await-in-loop
  "no-await-in-loop": { tools: "ESLint, oxlint", rules: ["await-in-loop"] },
  // linear-lookup-in-loop
  "unicorn/prefer-set-has": { tools: "eslint-plugin-unicorn", rules: ["linear-lookup-in-loop"] }
};
var ALL_RULES = "*";
function rulesOfPeerCode(code) {
  if (code === "all") return [ALL_RULES];
  return PEER_CODES[code]?.rules ?? PEER_CODES[code.toUpperCase()]?.rules ?? [];
}

// src/core/rules/peer-suppressions.ts
var PEER_MARKERS = {
  python: /noqa|pylint:|ruff:|flake8:/i,
  javascript: /eslint-(?:disable|enable)/
};
var NOQA = /#\s*noqa(?::[\s]?(?<codes>[A-Z]+[0-9]+(?:[,\s]+[A-Z]+[0-9]+)*))?/i;
var FILE_NOQA = /#\s*(?<tool>ruff|flake8)\s*:\s*noqa(?::\s?(?<codes>[A-Z]+[0-9]+(?:[,\s]+[A-Z]+[0-9]+)*))?/i;
var PYLINT = /#\s*pylint\s*:\s*(?<pragma>disable-next|disable|enable|skip-file)\b(?:\s*=\s*(?<names>[\w\-]+(?:\s*,\s*[\w\-]+)*))?/;
var ESLINT = /^(?<pragma>eslint-disable-next-line|eslint-disable-line|eslint-disable|eslint-enable)(?=\s|$)(?<rest>[\s\S]*)$/;
function mapped(names) {
  return new Set(names.flatMap((name) => rulesOfPeerCode(name)));
}
var ALL = /* @__PURE__ */ new Set([ALL_RULES]);
function peerSuppressions(comments, source, dialect) {
  return dialect === "python" ? pythonSuppressions(comments, source) : eslintSuppressions(comments, source);
}
var OpenBlocks = class {
  constructor(tool, out) {
    this.tool = tool;
    this.out = out;
  }
  tool;
  out;
  open = /* @__PURE__ */ new Map();
  disable(key, rules, fromLine, limit) {
    if (rules.size === 0 || this.open.has(key)) return;
    this.open.set(key, { fromLine, limit, rules });
  }
  /** A bare enable ends every block; a named one ends its own, and re-enables its rules inside a bare block. */
  enable(keys, line) {
    for (const [key, block] of this.open) {
      if (keys && !keys.includes(key)) continue;
      this.close(key, block, line);
    }
    const all = this.open.get(ALL_RULES);
    if (keys && all) {
      const reenabled = mapped(keys);
      if (reenabled.size === 0) return;
      this.close(ALL_RULES, all, line);
      this.open.set(ALL_RULES, { ...all, fromLine: line + 1, except: /* @__PURE__ */ new Set([...all.except ?? [], ...reenabled]) });
    }
  }
  finish(lastLine) {
    for (const [key, block] of this.open) this.close(key, block, Math.min(lastLine, block.limit));
  }
  close(key, block, line) {
    this.open.delete(key);
    const toLine = Math.min(line, block.limit);
    if (toLine < block.fromLine) return;
    this.out.push({ tool: this.tool, rules: block.rules, ...block.except ? { except: block.except } : {}, fromLine: block.fromLine, toLine });
  }
};
function pythonSuppressions(comments, source) {
  const out = [];
  const lastLine = source.lineCount;
  const pylintBlocks = new OpenBlocks("pylint", out);
  for (const comment of comments) {
    const line = source.position(comment.start).line;
    const fileNoqa = FILE_NOQA.exec(comment.text);
    if (fileNoqa?.groups) {
      const { tool, codes } = fileNoqa.groups;
      if (codes && tool.toLowerCase() === "flake8") continue;
      const rules = codes ? mapped(codes.split(/[,\s]+/)) : ALL;
      if (rules.size > 0) out.push({ tool: tool.toLowerCase(), rules, fromLine: 1, toLine: lastLine });
      continue;
    }
    const noqa = NOQA.exec(comment.text);
    if (noqa) {
      const codes = noqa.groups?.codes;
      const rules = codes ? mapped(codes.split(/[,\s]+/)) : ALL;
      if (rules.size > 0) out.push({ tool: "flake8", rules, fromLine: line, toLine: line });
    }
    const pylint = PYLINT.exec(comment.text);
    if (!pylint?.groups) continue;
    const { pragma, names } = pylint.groups;
    const keys = names?.split(",").map((name) => name.trim());
    if (pragma === "skip-file") {
      out.push({ tool: "pylint", rules: ALL, fromLine: 1, toLine: lastLine });
      continue;
    }
    if (!keys) continue;
    if (pragma === "enable") {
      pylintBlocks.enable(keys, line);
      continue;
    }
    if (pragma === "disable-next") {
      const rules = mapped(keys);
      if (rules.size > 0) out.push({ tool: "pylint", rules, fromLine: line + 1, toLine: line + 1 });
      continue;
    }
    const column = source.position(comment.start).column;
    const code = source.lineText(line).slice(0, column - 1);
    if (code.trim() !== "") {
      const rules = mapped(keys);
      const toLine = /:\s*$/.test(code) ? blockEnd(source, line, indentOf(code)) : line;
      if (rules.size > 0) out.push({ tool: "pylint", rules, fromLine: line, toLine });
      continue;
    }
    const limit = blockEnd(source, line, column - 1 - 1);
    for (const key of keys) pylintBlocks.disable(key, mapped([key]), line, limit);
  }
  pylintBlocks.finish(lastLine);
  return out;
}
function indentOf(line) {
  return line.length - line.trimStart().length;
}
function blockEnd(source, line, indent) {
  let last = line;
  for (let next = line + 1; next <= source.lineCount; next += 1) {
    const text = source.lineText(next);
    const trimmed = text.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (indentOf(text) <= indent) return last;
    last = next;
  }
  return source.lineCount;
}
function eslintSuppressions(comments, source) {
  const out = [];
  const blocks = new OpenBlocks("eslint", out);
  for (const comment of comments) {
    const body = comment.text.replace(/^\/\/|^\/\*|\*\/$/g, "").trim();
    const match = ESLINT.exec(body);
    if (!match?.groups) continue;
    const { pragma } = match.groups;
    const list = match.groups.rest.split(/\s--\s|\s--$/, 1)[0].trim();
    const keys = list === "" ? void 0 : list.split(",").map((name) => name.trim()).filter((name) => name !== "");
    const rules = keys ? mapped(keys) : ALL;
    const startLine = source.position(comment.start).line;
    const endLine = source.position(Math.max(comment.start, comment.end - 1)).line;
    if (pragma === "eslint-disable-line") {
      if (rules.size > 0) out.push({ tool: "eslint", rules, fromLine: startLine, toLine: startLine });
    } else if (pragma === "eslint-disable-next-line") {
      if (rules.size > 0) out.push({ tool: "eslint", rules, fromLine: endLine + 1, toLine: endLine + 1 });
    } else if (pragma === "eslint-disable") {
      if (!keys) blocks.disable(ALL_RULES, ALL, startLine, source.lineCount);
      else for (const key of keys) blocks.disable(key, mapped([key]), startLine, source.lineCount);
    } else {
      blocks.enable(keys, startLine);
    }
  }
  blocks.finish(source.lineCount);
  return out;
}
function peerSuppresses(suppression, rule, line) {
  if (line < suppression.fromLine || line > suppression.toLine) return false;
  if (suppression.except?.has(rule)) return false;
  return suppression.rules.has(ALL_RULES) || suppression.rules.has(rule);
}

// src/core/rules/suppressions.ts
var DIRECTIVE_MARKER = "predator-guard-ignore";
var COMMENT_OPENER = /^\s*(?:\/\/+|#+|\/\*+|--+)?[\s*]*$/;
var DIRECTIVE = /predator-guard-ignore(-next-line|-file)?(?![\w-])/;
function parseDirective(comment, commentStart, commentEnd, source) {
  const match = DIRECTIVE.exec(comment);
  if (!match || !COMMENT_OPENER.test(comment.slice(0, match.index))) return void 0;
  const scope = match[1] === "-next-line" ? "next-line" : match[1] === "-file" ? "file" : "line";
  const rest = comment.slice(match.index + match[0].length).replace(/\*\/\s*$/, "");
  const reasonAt = rest.search(/(^|\s)--(\s|$)/);
  const ruleText = reasonAt === -1 ? rest : rest.slice(0, reasonAt);
  const reason = reasonAt === -1 ? void 0 : rest.slice(reasonAt).replace(/^\s*--/, "").trim() || void 0;
  const rules = ruleText.split(",").map((rule) => rule.trim()).filter((rule) => rule.length > 0);
  const start = commentStart + match.index;
  const directive = { scope, rules, reason, start, end: commentEnd };
  if (scope === "line") directive.targetLine = source.position(commentStart).line;
  if (scope === "next-line") directive.targetLine = source.position(Math.max(commentStart, commentEnd - 1)).line + 1;
  return directive;
}
function applySuppressions(findings, directives, peers = [], notRun = /* @__PURE__ */ new Set()) {
  const used = directives.map(() => /* @__PURE__ */ new Set());
  const suppressed = { own: 0, peer: 0 };
  const kept = findings.filter((finding) => {
    let own = false;
    directives.forEach((directive, index) => {
      if (!directive.rules.includes(finding.rule)) return;
      if (directive.scope !== "file" && directive.targetLine !== finding.line) return;
      used[index].add(finding.rule);
      own = true;
    });
    if (own) {
      suppressed.own += 1;
      return false;
    }
    if (finding.line !== void 0 && peers.some((peer) => peerSuppresses(peer, finding.rule, finding.line))) {
      suppressed.peer += 1;
      return false;
    }
    return true;
  });
  const unused = directives.map((directive, index) => ({ directive, rules: directive.rules.filter((rule) => !used[index].has(rule) && !notRun.has(rule)) })).filter((entry) => entry.rules.length > 0 || entry.directive.rules.length === 0);
  return { kept, unused, suppressed };
}

// src/review/review-run-stats.ts
var REVIEW_RUN_STATS_SCHEMA = {
  type: "object",
  required: ["files", "languages", "bytes", "skipped", "workers", "durationMs"],
  properties: {
    files: { type: "integer" },
    languages: { type: "object", required: ["python", "typescript"], properties: { python: { type: "integer" }, typescript: { type: "integer" } } },
    bytes: { type: "integer" },
    skipped: {
      type: "array",
      items: { type: "object", required: ["file", "reason"], properties: { file: { type: "string" }, reason: { type: "string" }, detail: { type: "string" } } }
    },
    skippedOmitted: { type: "integer" },
    suppressed: { type: "object", required: ["own", "peer"], properties: { own: { type: "integer" }, peer: { type: "integer" } } },
    workers: { type: "integer" },
    durationMs: { type: "number" }
  }
};

// src/review/analysis/compose-visitors.ts
function handlersFor(keys, handler) {
  const handlers = {};
  for (const key of keys) handlers[key] = handler;
  return handlers;
}
function composeVisitors(...visitors) {
  const ends = visitors.flatMap((visitor) => visitor.end ? [visitor.end] : []);
  return {
    enter: mergeHandlers(visitors.map((visitor) => visitor.enter ?? {})),
    exit: mergeHandlers(visitors.map((visitor) => visitor.exit ?? {}).reverse()),
    end: () => {
      for (const end of ends) end();
    }
  };
}
function mergeHandlers(maps) {
  const byKey = /* @__PURE__ */ new Map();
  for (const map of maps) {
    for (const [key, handler] of Object.entries(map)) {
      if (handler) byKey.set(key, [...byKey.get(key) ?? [], handler]);
    }
  }
  const merged = {};
  for (const [key, handlers] of byKey) {
    merged[key] = (node) => {
      for (const handler of handlers) handler(node);
    };
  }
  return merged;
}

// src/review/analysis/loop-derived-names.ts
var LoopDerivedNames = class {
  byLoop = /* @__PURE__ */ new Map();
  unbounded = /* @__PURE__ */ new Set();
  enterLoop(loop) {
    this.byLoop.set(loop.start, new Set(loop.source.binds));
    if (loop.source.kind === "unbounded") this.unbounded.add(loop.start);
  }
  /** An assignment of `targets` from a value reading `reads`, inside the loops starting at `around` (outermost first). */
  assign(around, targets, reads) {
    const innermost = around.at(-1);
    if (innermost === void 0 || targets.length === 0) return;
    if (!this.unbounded.has(innermost) && !this.readsAny(around, reads)) return;
    const names = this.byLoop.get(innermost);
    for (const target of targets) names?.add(target);
  }
  /** Whether any of `reads` holds the element (or something reached from it) of one of the loops at `around`. */
  readsAny(around, reads) {
    return around.some((start) => {
      const names = this.byLoop.get(start);
      return names !== void 0 && reads.some((name) => names.has(name));
    });
  }
};

// src/review/analysis/loop-nesting.ts
var LoopNesting = class {
  /** One list of active loops per function or class being walked: a body defined in a loop runs when called. */
  scopes = [[]];
  enterScope() {
    this.scopes.push([]);
  }
  exitScope() {
    this.scopes.pop();
  }
  /** Registers a loop starting at `start`; returns its nesting, or undefined when it is an outermost loop. */
  enterLoop(start, runsEveryIteration) {
    const enclosing = this.loopsRepeating(start);
    this.currentScope().push({ start, runsEveryIteration });
    if (enclosing.length === 0) return void 0;
    const enclosingStarts = enclosing.map((loop) => loop.start);
    return { depth: enclosing.length + 1, outerStart: enclosingStarts[enclosingStarts.length - 1], enclosingStarts };
  }
  /** Start offsets of the loops of the current scope that run `offset` on every iteration, outermost first. */
  loopsAround(offset) {
    return this.loopsRepeating(offset).map((loop) => loop.start);
  }
  /** Start offset of the innermost loop of the current scope that runs `offset` on every iteration, if any. */
  innermostLoopRepeating(offset) {
    return this.loopsRepeating(offset).at(-1)?.start;
  }
  exitLoop() {
    this.currentScope().pop();
  }
  /** Active loops are entered outermost first, so the ones holding `offset` come out in nesting order. */
  loopsRepeating(offset) {
    return this.currentScope().filter((loop) => loop.runsEveryIteration.some((range) => range.start <= offset && offset < range.end));
  }
  currentScope() {
    return this.scopes[this.scopes.length - 1];
  }
};

// src/review/analysis/python-list-names.ts
var LIST_TYPE_NAMES = /* @__PURE__ */ new Set(["list", "List", "typing.List"]);
var holdsPythonList = (value, annotation) => isListAnnotation(annotation) || isPythonList(value);
function pythonListNameVisitor(bindings, holds = holdsPythonList) {
  const bindTargets = (target) => {
    for (const name of boundNames(target)) bindings.bind(name.text, false);
  };
  return {
    enter: {
      assignment(node) {
        const target = node.childForFieldName("left");
        if (target?.type === "identifier") {
          bindings.bind(target.text, holds(assignedValue(node), node.childForFieldName("type")));
        } else {
          bindTargets(target);
        }
      },
      named_expression(node) {
        const name = node.childForFieldName("name");
        if (name) bindings.bind(name.text, holds(node.childForFieldName("value"), null));
      },
      for_statement: (node) => bindTargets(node.childForFieldName("left")),
      for_in_clause: (node) => bindTargets(node.childForFieldName("left")),
      // `with … as x` and `except … as e` both name their target this way.
      as_pattern_target: bindTargets,
      global_statement: (node) => node.namedChildren.forEach(bindTargets),
      nonlocal_statement: (node) => node.namedChildren.forEach(bindTargets),
      import_statement: (node) => node.childrenForFieldName("name").forEach((name) => bindTargets(importedName(name))),
      import_from_statement: (node) => node.childrenForFieldName("name").forEach((name) => bindTargets(importedName(name))),
      function_definition(node) {
        bindTargets(node.childForFieldName("name"));
        bindings.enterScope();
      },
      class_definition(node) {
        bindTargets(node.childForFieldName("name"));
        bindings.enterScope(false);
      },
      // The anonymous `lambda` keyword shares its node's type name; only the named node is a function.
      lambda(node) {
        if (node.isNamed) bindings.enterScope();
      },
      parameters: (node) => node.namedChildren.forEach((parameter) => bindParameter(bindings, parameter, holds)),
      lambda_parameters: (node) => node.namedChildren.forEach((parameter) => bindParameter(bindings, parameter, holds))
    },
    exit: {
      function_definition: () => bindings.exitScope(),
      class_definition: () => bindings.exitScope(),
      lambda(node) {
        if (node.isNamed) bindings.exitScope();
      }
    }
  };
}
var MAX_SHORT_DISPLAY = 8;
function isPythonList(expression) {
  const value = unparenthesized(expression);
  if (value?.type === "list") return !isShortDisplay(value);
  if (value?.type === "list_comprehension") return true;
  return value?.type === "call" && value.childForFieldName("function")?.text === "list";
}
function isShortDisplay(display) {
  const items = display.namedChildren.filter((item) => item !== null && item.type !== "comment");
  return items.length > 0 && items.length <= MAX_SHORT_DISPLAY && items.every((item) => item.type !== "list_splat");
}
var CONSTANT_TYPES = /* @__PURE__ */ new Set(["string", "concatenated_string", "integer", "float", "true", "false", "none"]);
var DISPLAY_TYPES = /* @__PURE__ */ new Set(["list", "tuple", "set", "expression_list"]);
function isConstantDisplay(expression) {
  const value = unparenthesized(expression);
  if (!value || !DISPLAY_TYPES.has(value.type)) return false;
  const items = value.namedChildren.filter((item) => item !== null && item.type !== "comment");
  return items.length > 0 && items.every(isConstant);
}
function isConstant(item) {
  if (item.type === "unary_operator") return item.namedChildren.every((operand) => operand !== null && isConstant(operand));
  if (!CONSTANT_TYPES.has(item.type)) return false;
  return item.type !== "string" || !item.namedChildren.some((part) => part?.type === "interpolation");
}
function unparenthesized(expression) {
  let value = expression;
  while (value?.type === "parenthesized_expression") value = value.namedChildren[0] ?? null;
  return value;
}
function assignedValue(assignment) {
  let value = assignment.childForFieldName("right");
  while (value?.type === "assignment") value = value.childForFieldName("right");
  return value;
}
function isListAnnotation(annotation) {
  let type = annotation?.type === "type" ? annotation.namedChildren[0] : annotation;
  if (type?.type === "generic_type") type = type.namedChildren[0];
  if (type?.type === "subscript") type = type.childForFieldName("value");
  return type !== null && type !== void 0 && LIST_TYPE_NAMES.has(type.text);
}
function bindParameter(bindings, parameter, holds) {
  const name = parameterName(parameter);
  const annotation = parameter.childForFieldName("type");
  if (name?.type === "identifier" && annotation) {
    bindings.bind(name.text, holds(null, annotation));
    return;
  }
  for (const identifier of boundNames(name)) bindings.bind(identifier.text, false);
}
function parameterName(parameter) {
  if (parameter.type === "typed_parameter") return parameter.namedChildren[0];
  return parameter.childForFieldName("name") ?? parameter;
}
function importedName(imported) {
  if (imported.type === "aliased_import") return imported.childForFieldName("alias");
  return imported.type === "dotted_name" ? imported.namedChildren[0] : imported;
}
function boundNames(target) {
  if (!target || target.type === "attribute" || target.type === "subscript") return [];
  if (target.type === "identifier") return [target];
  return target.namedChildren.flatMap(boundNames);
}

// src/review/analysis/python-names.ts
function pythonNamesRead(node) {
  if (!node) return [];
  if (node.type === "identifier") return [node.text];
  const names = [];
  for (const identifier of node.descendantsOfType("identifier")) {
    if (!identifier || isLabel(identifier)) continue;
    names.push(identifier.text);
  }
  return names;
}
function isLabel(identifier) {
  const parent = identifier.parent;
  if (!parent) return false;
  if (parent.type === "attribute") return parent.childForFieldName("attribute")?.startIndex === identifier.startIndex;
  if (parent.type === "keyword_argument") return parent.childForFieldName("name")?.startIndex === identifier.startIndex;
  return false;
}
function pythonNamesBound(target) {
  if (!target || target.type === "attribute" || target.type === "subscript") return [];
  if (target.type === "identifier") return [target.text];
  return target.namedChildren.flatMap((child) => pythonNamesBound(child));
}

// src/review/analysis/python-loops.ts
var COMPREHENSIONS = ["list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"];
var LOOP_TYPES = ["for_statement", "while_statement", ...COMPREHENSIONS];
var SCOPE_TYPES = ["function_definition", "lambda", "class_definition"];
function pythonLoopVisitor(nesting, onLoop = () => {
}) {
  const enterLoops = (node) => {
    for (const loop of pythonLoopsOf(node)) onLoop(loop, nesting.enterLoop(loop.start, loop.runsEveryIteration));
  };
  const exitLoops = (node) => {
    const entered = COMPREHENSIONS.includes(node.type) ? forInClausesOf(node).length : 1;
    for (let count = entered; count > 0; count--) nesting.exitLoop();
  };
  const enterScope = (node) => {
    if (node.isNamed) nesting.enterScope();
  };
  const exitScope = (node) => {
    if (node.isNamed) nesting.exitScope();
  };
  return {
    enter: { ...handlersFor(LOOP_TYPES, enterLoops), ...handlersFor(SCOPE_TYPES, enterScope) },
    exit: { ...handlersFor(LOOP_TYPES, exitLoops), ...handlersFor(SCOPE_TYPES, exitScope) }
  };
}
function pythonLoopsOf(node) {
  const statementLoop = (source, ...repeatedFields) => [
    {
      start: node.startIndex,
      end: node.endIndex,
      runsEveryIteration: fieldRanges(node, ...repeatedFields),
      awaitsEachStep: isAsync(node),
      source
    }
  ];
  if (node.type === "for_statement") return statementLoop(forSource(node), "left", "body");
  if (node.type === "while_statement") {
    const condition = node.childForFieldName("condition");
    const reads = pythonNamesRead(condition);
    const walksChain = movesAlongItself(node.childForFieldName("body"), new Set(reads));
    return statementLoop({ kind: "unbounded", text: condition?.text ?? "", reads, binds: [], walksChain }, "condition", "body");
  }
  const element = fieldRanges(node, "body");
  return forInClausesOf(node).map((clause) => ({
    start: clause.startIndex,
    end: node.endIndex,
    runsEveryIteration: [...element, ...fieldRanges(clause, "left"), { start: clause.endIndex, end: node.endIndex }],
    awaitsEachStep: isAsync(clause),
    source: forSource(clause)
  }));
}
function forSource(loop) {
  const iterable = loop.childForFieldName("right");
  const binds = pythonNamesBound(loop.childForFieldName("left"));
  const text = iterable?.text ?? "";
  if (iterable?.type === "call" && iterable.childForFieldName("function")?.text === "range") {
    const args = (iterable.childForFieldName("arguments")?.namedChildren ?? []).filter((arg) => arg !== null);
    const stop = args.length === 1 ? args[0] : args[1];
    return { kind: "counted", text, reads: pythonNamesRead(stop ?? null), binds };
  }
  return { kind: "each", text, reads: pythonNamesRead(iterable), binds, fixed: isShortDisplayIterable(iterable) };
}
function isShortDisplayIterable(iterable) {
  const value = unparenthesized(iterable);
  return value !== null && ["list", "tuple", "set"].includes(value.type) && isShortDisplay(value);
}
function movesAlongItself(body, names) {
  if (!body || names.size === 0) return false;
  const visit = (node) => {
    if (node.type === "function_definition" || node.type === "class_definition" || node.type === "lambda") return false;
    if (node.type === "assignment") {
      const target = node.childForFieldName("left");
      if (target?.type === "identifier" && names.has(target.text) && reachedFrom(node.childForFieldName("right"), target.text)) return true;
    }
    return node.namedChildren.some((child) => child !== null && visit(child));
  };
  return visit(body);
}
function reachedFrom(value, name) {
  let node = value;
  let steps = 0;
  while (node && (node.type === "attribute" || node.type === "subscript" || node.type === "call")) {
    node = node.type === "attribute" ? node.childForFieldName("object") : node.type === "subscript" ? node.childForFieldName("value") : node.childForFieldName("function");
    steps += 1;
  }
  return steps > 0 && node?.type === "identifier" && node.text === name;
}
function isAsync(loop) {
  return loop.firstChild?.type === "async";
}
function forInClausesOf(comprehension) {
  return comprehension.namedChildren.filter((child) => child?.type === "for_in_clause");
}
function fieldRanges(node, ...fields) {
  return fields.flatMap((field) => {
    const child = node.childForFieldName(field);
    return child ? [{ start: child.startIndex, end: child.endIndex }] : [];
  });
}

// src/review/analysis/typescript-function-kinds.ts
function functionLikeKinds(typescript) {
  const { SyntaxKind } = typescript;
  return [
    SyntaxKind.FunctionDeclaration,
    SyntaxKind.FunctionExpression,
    SyntaxKind.ArrowFunction,
    SyntaxKind.MethodDeclaration,
    SyntaxKind.Constructor,
    SyntaxKind.GetAccessor,
    SyntaxKind.SetAccessor,
    SyntaxKind.ClassStaticBlockDeclaration
  ];
}

// src/review/analysis/typescript-array-names.ts
var ARRAY_RETURNING_METHODS = /* @__PURE__ */ new Set(["map", "filter", "slice", "concat", "flat", "flatMap"]);
var STRING_METHODS = /* @__PURE__ */ new Set(["slice", "concat"]);
var MAX_SHORT_LITERAL = 8;
var ARRAY_FACTORIES = /* @__PURE__ */ new Set(["Array.from", "Array.of", "Object.keys", "Object.values", "Object.entries"]);
function typescriptArrayNameVisitor(ts, bindings) {
  const { SyntaxKind } = ts;
  const bindOthers = (node) => {
    for (const name of identifiersIn(ts, node)) bindings.bind(name.text, false);
  };
  const enterFunction = (node) => {
    if (ts.isFunctionDeclaration(node)) bindOthers(node.name);
    bindings.enterScope();
    if (ts.isFunctionExpression(node)) bindOthers(node.name);
  };
  const bindDeclaredName = (node) => {
    if (ts.isClassDeclaration(node) || ts.isEnumDeclaration(node) || ts.isModuleDeclaration(node) || ts.isImportClause(node) || ts.isNamespaceImport(node) || ts.isImportSpecifier(node) || ts.isImportEqualsDeclaration(node)) {
      bindOthers(node.name);
    }
  };
  const functionKinds = functionLikeKinds(ts);
  const declarationKinds = [
    SyntaxKind.ClassDeclaration,
    SyntaxKind.EnumDeclaration,
    SyntaxKind.ModuleDeclaration,
    SyntaxKind.ImportClause,
    SyntaxKind.NamespaceImport,
    SyntaxKind.ImportSpecifier,
    SyntaxKind.ImportEqualsDeclaration
  ];
  return {
    enter: {
      ...handlersFor(functionKinds, enterFunction),
      ...handlersFor(declarationKinds, bindDeclaredName),
      [SyntaxKind.VariableDeclaration](node) {
        if (!ts.isVariableDeclaration(node)) return;
        if (ts.isIdentifier(node.name)) {
          const initializedWithArray = node.initializer !== void 0 && isArrayExpression(ts, node.initializer);
          bindings.bind(node.name.text, isArrayType(ts, node.type) || initializedWithArray);
        } else {
          bindOthers(node.name);
        }
      },
      [SyntaxKind.Parameter](node) {
        if (!ts.isParameter(node)) return;
        if (ts.isIdentifier(node.name)) bindings.bind(node.name.text, node.dotDotDotToken !== void 0 || isArrayType(ts, node.type));
        else bindOthers(node.name);
      },
      [SyntaxKind.BinaryExpression](node) {
        if (!ts.isBinaryExpression(node) || !isAssignment(ts, node.operatorToken.kind)) return;
        const target = node.left;
        if (node.operatorToken.kind === SyntaxKind.EqualsToken && ts.isIdentifier(target)) {
          bindings.bind(target.text, isArrayExpression(ts, node.right));
        } else if (ts.isIdentifier(target) || ts.isArrayLiteralExpression(target) || ts.isObjectLiteralExpression(target)) {
          bindOthers(target);
        }
      },
      ...handlersFor([SyntaxKind.PrefixUnaryExpression, SyntaxKind.PostfixUnaryExpression], (node) => {
        if (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) bindOthers(node.operand);
      }),
      // `for (ids of groups)` assigns without declaring.
      ...handlersFor([SyntaxKind.ForOfStatement, SyntaxKind.ForInStatement], (node) => {
        if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) {
          bindOthers(node.initializer);
        }
      })
    },
    exit: handlersFor(functionKinds, () => bindings.exitScope())
  };
}
function isArrayExpression(ts, expression) {
  if (ts.isParenthesizedExpression(expression) || ts.isNonNullExpression(expression) || ts.isSatisfiesExpression(expression)) {
    return isArrayExpression(ts, expression.expression);
  }
  if (ts.isAsExpression(expression) || ts.isTypeAssertionExpression(expression)) {
    return isArrayType(ts, expression.type) || isArrayExpression(ts, expression.expression);
  }
  if (ts.isArrayLiteralExpression(expression)) return !isShortLiteral(ts, expression);
  if (ts.isNewExpression(expression) || ts.isCallExpression(expression)) {
    const callee = expression.expression;
    if (ts.isIdentifier(callee)) return callee.text === "Array";
    if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(callee)) return false;
    const method = callee.name.text;
    if (ts.isIdentifier(callee.expression) && ARRAY_FACTORIES.has(`${callee.expression.text}.${method}`)) return true;
    if (!ARRAY_RETURNING_METHODS.has(method)) return false;
    return !STRING_METHODS.has(method) || isArrayExpression(ts, callee.expression);
  }
  return false;
}
function isShortLiteral(ts, literal) {
  const { elements } = literal;
  return elements.length > 0 && elements.length <= MAX_SHORT_LITERAL && !elements.some((element) => ts.isSpreadElement(element));
}
function isArrayType(ts, type) {
  if (!type) return false;
  if (ts.isParenthesizedTypeNode(type)) return isArrayType(ts, type.type);
  if (ts.isArrayTypeNode(type)) return true;
  if (ts.isTypeOperatorNode(type)) return type.operator === ts.SyntaxKind.ReadonlyKeyword && isArrayType(ts, type.type);
  if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return false;
  return type.typeName.text === "Array" || type.typeName.text === "ReadonlyArray";
}
function isAssignment(ts, operator) {
  const { SyntaxKind } = ts;
  return operator >= SyntaxKind.FirstAssignment && operator <= SyntaxKind.LastAssignment;
}
function identifiersIn(ts, node) {
  if (!node) return [];
  if (ts.isIdentifier(node)) return [node];
  const found = [];
  node.forEachChild((child) => {
    found.push(...identifiersIn(ts, child));
  });
  return found;
}

// src/review/analysis/typescript-names.ts
function typescriptNamesRead(ts, node) {
  if (!node) return [];
  const names = [];
  const visit = (current) => {
    if (ts.isIdentifier(current)) {
      if (!isLabel2(ts, current)) names.push(current.text);
      return;
    }
    if (current.kind === ts.SyntaxKind.ThisKeyword || current.kind === ts.SyntaxKind.SuperKeyword) {
      names.push(current.getText());
      return;
    }
    ts.forEachChild(current, visit);
  };
  visit(node);
  return names;
}
function isLabel2(ts, identifier) {
  const parent = identifier.parent;
  if (!parent) return false;
  if (ts.isPropertyAccessExpression(parent)) return parent.name === identifier;
  if (ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent)) return parent.name === identifier;
  return false;
}
function typescriptNamesBound(ts, target) {
  if (!target) return [];
  if (ts.isIdentifier(target)) return [target.text];
  if (ts.isVariableDeclarationList(target)) return target.declarations.flatMap((declaration) => typescriptNamesBound(ts, declaration.name));
  if (ts.isVariableDeclaration(target) || ts.isParameter(target) || ts.isBindingElement(target)) return typescriptNamesBound(ts, target.name);
  if (ts.isObjectBindingPattern(target) || ts.isArrayBindingPattern(target)) {
    return target.elements.flatMap((element) => ts.isOmittedExpression(element) ? [] : typescriptNamesBound(ts, element));
  }
  if (ts.isArrayLiteralExpression(target)) return target.elements.flatMap((element) => typescriptNamesBound(ts, element));
  if (ts.isObjectLiteralExpression(target)) {
    return target.properties.flatMap((property) => {
      if (ts.isShorthandPropertyAssignment(property)) return [property.name.text];
      if (ts.isPropertyAssignment(property)) return typescriptNamesBound(ts, property.initializer);
      return [];
    });
  }
  if (ts.isSpreadElement(target)) return typescriptNamesBound(ts, target.expression);
  if (ts.isParenthesizedExpression(target)) return typescriptNamesBound(ts, target.expression);
  return [];
}

// src/review/analysis/typescript-loops.ts
var ITERATION_METHODS = /* @__PURE__ */ new Set([
  "forEach",
  "map",
  "filter",
  "reduce",
  "some",
  "every",
  "find",
  "findIndex",
  "flatMap"
]);
function typescriptLoopVisitor({ ts, sourceFile }, nesting, options, onLoop = () => {
}) {
  const enterLoop = (node) => {
    const loop = typescriptLoopOf(ts, sourceFile, node, options);
    if (loop) onLoop(loop, nesting.enterLoop(loop.start, loop.runsEveryIteration));
  };
  const exitLoop = (node) => {
    if (!ts.isCallExpression(node) || isIterationCall(ts, node)) nesting.exitLoop();
  };
  const continuesNesting = (node) => options.iterationCalls && isIterationCallback(ts, node);
  const enterScope = (node) => {
    if (!continuesNesting(node)) nesting.enterScope();
  };
  const exitScope = (node) => {
    if (!continuesNesting(node)) nesting.exitScope();
  };
  const { SyntaxKind } = ts;
  const loopKinds = [
    SyntaxKind.ForStatement,
    SyntaxKind.ForInStatement,
    SyntaxKind.ForOfStatement,
    SyntaxKind.WhileStatement,
    SyntaxKind.DoStatement,
    ...options.iterationCalls ? [SyntaxKind.CallExpression] : []
  ];
  const scopeKinds = [...functionLikeKinds(ts), SyntaxKind.ClassDeclaration, SyntaxKind.ClassExpression, SyntaxKind.PropertyDeclaration];
  return {
    enter: { ...handlersFor(loopKinds, enterLoop), ...handlersFor(scopeKinds, enterScope) },
    exit: { ...handlersFor(loopKinds, exitLoop), ...handlersFor(scopeKinds, exitScope) }
  };
}
function typescriptLoopOf(ts, sourceFile, node, options) {
  const loop = (reportedAt, repeated, source, awaitsEachStep = false) => ({
    start: reportedAt.getStart(sourceFile),
    end: node.end,
    runsEveryIteration: repeated.filter((part) => part !== void 0).map(typescriptRange),
    awaitsEachStep,
    source
  });
  const text = (part) => part?.getText(sourceFile) ?? "";
  const each = (iterable, binds) => ({
    kind: "each",
    text: text(iterable),
    reads: typescriptNamesRead(ts, iterable),
    binds,
    fixed: isShortArrayLiteral(ts, iterable)
  });
  if (ts.isForStatement(node)) return loop(node, [node.condition, node.incrementor, node.statement], counterSource(ts, node, text(node.condition)));
  if (ts.isForInStatement(node)) return loop(node, [node.initializer, node.statement], each(node.expression, typescriptNamesBound(ts, node.initializer)));
  if (ts.isForOfStatement(node)) {
    return loop(node, [node.initializer, node.statement], each(node.expression, typescriptNamesBound(ts, node.initializer)), node.awaitModifier !== void 0);
  }
  if (ts.isWhileStatement(node) || ts.isDoStatement(node)) {
    const reads = typescriptNamesRead(ts, node.expression);
    const walksChain = movesAlongItself2(ts, node.statement, new Set(reads));
    const source = { kind: "unbounded", text: text(node.expression), reads, binds: [], walksChain };
    return loop(node, [node.expression, node.statement], source);
  }
  if (!options.iterationCalls || !isIterationCall(ts, node)) return void 0;
  const callbacks = node.arguments.filter((argument) => isInlineFunction(ts, argument));
  const parameters = callbacks.flatMap((callback) => callback.parameters.flatMap((parameter) => typescriptNamesBound(ts, parameter)));
  return loop(node.expression.name, callbacks, each(node.expression.expression, parameters));
}
function isShortArrayLiteral(ts, iterable) {
  let value = iterable;
  while (ts.isParenthesizedExpression(value)) value = value.expression;
  return ts.isArrayLiteralExpression(value) && isShortLiteral(ts, value);
}
function counterSource(ts, node, text) {
  const binds = node.initializer && ts.isVariableDeclarationList(node.initializer) ? typescriptNamesBound(ts, node.initializer) : [];
  if (!node.condition) return { kind: "unbounded", text, reads: [], binds };
  const counters = /* @__PURE__ */ new Set([...binds, ...typescriptNamesRead(ts, node.incrementor)]);
  const walksChain = node.incrementor !== void 0 && movesAlongItself2(ts, node.incrementor, new Set(binds));
  return { kind: "counted", text, reads: typescriptNamesRead(ts, node.condition).filter((name) => !counters.has(name)), binds, walksChain };
}
function movesAlongItself2(ts, code, names) {
  if (names.size === 0) return false;
  const visit = (node) => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(node.left)) {
      if (names.has(node.left.text) && reachedFrom2(ts, node.right, node.left.text)) return true;
    }
    return ts.forEachChild(node, visit) === true;
  };
  return visit(code);
}
function reachedFrom2(ts, value, name) {
  let node = value;
  let steps = 0;
  for (; ; ) {
    if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node)) node = node.expression;
    else if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node)) {
      node = node.expression;
      steps += 1;
    } else break;
  }
  return steps > 0 && ts.isIdentifier(node) && node.text === name;
}
function typescriptRange(node) {
  return { start: node.pos, end: node.end };
}
function isIterationCall(ts, node) {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false;
  return ITERATION_METHODS.has(node.expression.name.text);
}
function isInlineFunction(ts, node) {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node);
}
function isIterationCallback(ts, node) {
  if (!isInlineFunction(ts, node) || !isIterationCall(ts, node.parent)) return false;
  return node.parent.arguments.some((argument) => argument === node);
}

// src/review/review-rule.ts
function defineReviewRule(rule) {
  return defineRule(rule);
}

// src/review/rules/await-in-loop.ts
var MESSAGE = "'await' inside a loop runs the iterations one after another.";
var PYTHON_SUGGESTION = "Gather independent operations with asyncio.gather (or a TaskGroup) instead of awaiting one at a time.";
var TYPESCRIPT_SUGGESTION = "Start the operations first and await them together with Promise.all (or a bounded pool) when they are independent.";
var ORDERED_IO_METHODS = /* @__PURE__ */ new Set([
  "write",
  "writelines",
  "drain",
  "send",
  "sendall",
  "sendto",
  "send_bytes",
  "send_text",
  "send_json",
  "flush",
  "commit",
  "rollback",
  "put",
  "sleep"
]);
var CONCURRENT_AWAITS = /* @__PURE__ */ new Set(["Promise.all", "Promise.allSettled", "asyncio.gather", "asyncio.wait"]);
var awaitInLoop = defineReviewRule({
  meta: {
    id: "await-in-loop",
    category: "performance",
    // notice until it reaches 90% precision at warning on the precision bench (docs/benchmarks.md)
    severity: "notice",
    description: "An `await` on every iteration of a loop over a collection, on the loop's item, that could overlap with the others.",
    summary: "an `await` once per item of a collection whose input reads the item and nothing carried between iterations; not in `while` loops, retries or loops that `break`/`return` after it, nor ordered I/O (`write`, `drain`, `send`, `commit`, \u2026)"
  },
  languages: ["python", "typescript"],
  defaultOptions: {},
  python(context) {
    const awaits = new RepeatedAwaits(context, PYTHON_SUGGESTION);
    const assign = (node, targets, value) => awaits.assignment(node.startIndex, node.endIndex, targets, pythonNamesRead(value));
    return composeVisitors(pythonLoopVisitor(awaits.nesting, awaits.onLoop), {
      enter: {
        // The anonymous `await` keyword shares its node's type name; only the named node is the expression.
        await(node) {
          if (!node.isNamed) return;
          const awaited = node.namedChildren[0] ?? null;
          const args = awaited?.type === "call" ? awaited.childForFieldName("arguments")?.text ?? "" : "";
          awaits.await(node.startIndex, node.endIndex, pythonNamesRead(awaited), pythonMethodCall(awaited), args);
        },
        assignment: (node) => assign(node, pythonNamesBound(node.childForFieldName("left")), node.childForFieldName("right")),
        augmented_assignment: (node) => assign(node, pythonNamesBound(node.childForFieldName("left")), node.childForFieldName("right")),
        named_expression: (node) => assign(node, pythonNamesBound(node.childForFieldName("name")), node.childForFieldName("value")),
        as_pattern: (node) => assign(node, pythonNamesBound(node.childForFieldName("alias")?.firstNamedChild ?? null), node.firstNamedChild),
        break_statement: (node) => awaits.exit(node.startIndex, node.endIndex, "break"),
        return_statement: (node) => awaits.exit(node.startIndex, node.endIndex, "return")
      },
      end: () => awaits.reportAll()
    });
  },
  typescript(context, api) {
    const { ts: typescript, sourceFile } = api;
    const { SyntaxKind } = typescript;
    const awaits = new RepeatedAwaits(context, TYPESCRIPT_SUGGESTION);
    const assign = (node, target, value) => awaits.assignment(node.getStart(sourceFile), forUpdated(typescript, node)?.end ?? node.end, typescriptNamesBound(typescript, target), typescriptNamesRead(typescript, value));
    return composeVisitors(typescriptLoopVisitor(api, awaits.nesting, { iterationCalls: false }, awaits.onLoop), {
      enter: {
        [SyntaxKind.AwaitExpression]: (node) => {
          const awaited = node.expression;
          const args = typescript.isCallExpression(awaited) ? awaited.arguments.map((argument) => argument.getText(sourceFile)).join(",") : "";
          awaits.await(node.getStart(sourceFile), node.end, typescriptNamesRead(typescript, awaited), typescriptMethodCall(typescript, awaited), args);
        },
        [SyntaxKind.VariableDeclaration]: (node) => {
          const declaration = node;
          if (declaration.initializer) assign(node, declaration.name, declaration.initializer);
        },
        [SyntaxKind.BinaryExpression]: (node) => {
          const binary = node;
          const kind = binary.operatorToken.kind;
          if (kind >= SyntaxKind.FirstAssignment && kind <= SyntaxKind.LastAssignment) assign(node, binary.left, binary.right);
        },
        [SyntaxKind.BreakStatement]: (node) => {
          const statement = node;
          if (statement.label) awaits.exit(node.getStart(sourceFile), node.end, "return");
          else if (!breaksSwitch(typescript, statement)) awaits.exit(node.getStart(sourceFile), node.end, "break");
        },
        [SyntaxKind.ReturnStatement]: (node) => awaits.exit(node.getStart(sourceFile), node.end, "return")
      },
      end: () => awaits.reportAll()
    });
  }
});
var TRANSACTION = /\b(?:transaction|trx|tx)\b/;
var RepeatedAwaits = class {
  constructor(context, suggestion) {
    this.context = context;
    this.suggestion = suggestion;
  }
  context;
  suggestion;
  nesting = new LoopNesting();
  derived = new LoopDerivedNames();
  sources = /* @__PURE__ */ new Map();
  sequentialLoopStarts = /* @__PURE__ */ new Set();
  awaits = [];
  assignments = [];
  /** Offsets after which a loop can be left: a `break` leaves the innermost loop, a `return` every loop around it. */
  exits = [];
  onLoop = (loop) => {
    this.derived.enterLoop(loop);
    this.sources.set(loop.start, loop.source);
    if (loop.awaitsEachStep) this.sequentialLoopStarts.add(loop.start);
  };
  await(start, end, reads, method, argumentsText) {
    const around = this.nesting.loopsAround(start);
    if (around.length > 0) this.awaits.push({ start, end, around, reads, method, inTransaction: TRANSACTION.test(argumentsText) });
  }
  assignment(start, end, targets, reads) {
    const around = this.nesting.loopsAround(start);
    if (around.length === 0) return;
    this.derived.assign(around, targets, reads);
    this.assignments.push({ end, around, targets });
  }
  /** A `break` or `return` from `start` to `end`: `return await call()` leaves after its own await. */
  exit(start, end, kind) {
    const around = this.nesting.loopsAround(start);
    this.exits.push({ at: end, loops: kind === "break" ? around.slice(-1) : around });
  }
  reportAll() {
    for (const seen of this.awaits) {
      const loopStart = seen.around[seen.around.length - 1];
      if (this.couldOverlap(seen, loopStart)) {
        const loopLine = this.context.source.position(loopStart).line;
        this.context.report({ start: seen.start, end: seen.end, message: MESSAGE, suggestion: this.suggestion, data: { loopLine } });
      }
    }
  }
  couldOverlap(seen, loopStart) {
    if (this.sequentialLoopStarts.has(loopStart)) return false;
    if (this.sources.get(loopStart)?.kind === "unbounded") return false;
    if (seen.method && ORDERED_IO_METHODS.has(seen.method.name) && !this.derived.readsAny(seen.around, seen.method.receiverReads)) return false;
    if (seen.method && seen.method.receiverReads.length === 1 && CONCURRENT_AWAITS.has(`${seen.method.receiverReads[0]}.${seen.method.name}`)) return false;
    if (seen.inTransaction) return false;
    if (!this.derived.readsAny(seen.around, seen.reads)) return false;
    const carried = this.assignments.some(
      (assignment) => assignment.end > seen.start && assignment.around.includes(loopStart) && assignment.targets.some((name) => seen.reads.includes(name))
    );
    if (carried) return false;
    return !this.exits.some((exit) => exit.at > seen.start && exit.loops.includes(loopStart));
  }
};
function pythonMethodCall(awaited) {
  if (awaited?.type !== "call") return void 0;
  const callee = awaited.childForFieldName("function");
  const name = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : void 0;
  return name === void 0 ? void 0 : { name, receiverReads: pythonNamesRead(callee?.childForFieldName("object") ?? null) };
}
function typescriptMethodCall(typescript, awaited) {
  if (!typescript.isCallExpression(awaited)) return void 0;
  const callee = awaited.expression;
  if (!typescript.isPropertyAccessExpression(callee)) return void 0;
  return { name: callee.name.text, receiverReads: typescriptNamesRead(typescript, callee.expression) };
}
function forUpdated(typescript, node) {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (typescript.isForStatement(parent)) return parent.incrementor === child ? parent : void 0;
    if (typescript.isStatement(parent) || typescript.isFunctionLike(parent)) return void 0;
  }
  return void 0;
}
function breaksSwitch(typescript, statement) {
  for (let node = statement.parent; node; node = node.parent) {
    if (typescript.isSwitchStatement(node)) return true;
    if (typescript.isIterationStatement(node, false) || typescript.isFunctionLike(node)) return false;
  }
  return false;
}

// src/review/analysis/python-handlers.ts
var NESTED_BODIES = /* @__PURE__ */ new Set(["function_definition", "class_definition", "lambda"]);
var NO_TRACEBACK = /* @__PURE__ */ new Set(["False", "None", "0"]);
var TRACEBACK_METHOD = /^(show|print|log|format|display)_?traceback$/i;
var ERROR_STREAMS = /* @__PURE__ */ new Set(["sys.stderr", "sys.__stderr__"]);
function keepsTraceback(node) {
  if (node.type === "raise_statement" || node.type === "call" && reportsFailure(node)) return true;
  return node.namedChildren.some((child) => child !== null && !NESTED_BODIES.has(child.type) && keepsTraceback(child));
}
function reportsFailure(call) {
  const callee = call.childForFieldName("function");
  const calleeText = callee?.text ?? "";
  if (callee?.type === "attribute" && callee.childForFieldName("attribute")?.text === "exception") return true;
  if (/^traceback\.(print_exc|print_exception|print_tb|print_last|format_exc|format_exception)$/.test(calleeText)) return true;
  if (calleeText === "sys.excepthook" || calleeText === "sys.exc_info") return true;
  if (callee?.type === "attribute" && TRACEBACK_METHOD.test(callee.childForFieldName("attribute")?.text ?? "")) return true;
  if (callee?.type === "attribute" && ERROR_STREAMS.has(callee.childForFieldName("object")?.text ?? "")) return true;
  const keywords = call.childForFieldName("arguments")?.namedChildren.filter((argument) => argument?.type === "keyword_argument") ?? [];
  return keywords.some((keyword) => {
    const name = keyword?.childForFieldName("name")?.text;
    const value = keyword?.childForFieldName("value");
    if (!value) return false;
    if (name === "exc_info") return !NO_TRACEBACK.has(value.text);
    return name === "file" && calleeText === "print" && ERROR_STREAMS.has(value.text);
  });
}
function isEmptyHandlerBody(body) {
  const statements = body.namedChildren.filter((child) => child !== null && child.type !== "comment");
  return statements.length > 0 && statements.every((statement) => statement !== null && isPlaceholder(statement));
}
function isPlaceholder(statement) {
  if (statement.type === "pass_statement") return true;
  if (statement.type !== "expression_statement" || statement.namedChildCount !== 1) return false;
  return statement.namedChildren[0]?.type === "ellipsis";
}
function caughtTypeNames(clause) {
  return clause.childrenForFieldName("value").flatMap((value) => value ? typeNamesIn(value) : []);
}
function typeNamesIn(caught) {
  if (caught.type === "identifier" || caught.type === "attribute") return [caught.text];
  if (caught.type === "as_pattern") return caught.firstNamedChild ? typeNamesIn(caught.firstNamedChild) : [];
  if (caught.type !== "tuple" && caught.type !== "parenthesized_expression") return ["?"];
  return caught.namedChildren.flatMap((child) => child ? typeNamesIn(child) : []);
}

// src/review/rules/bare-except.ts
var bareExcept = defineReviewRule({
  meta: {
    id: "bare-except",
    category: "antipattern",
    // notice until it reaches 90% precision at warning on the precision bench (docs/benchmarks.md)
    severity: "notice",
    description: "A Python `except:` clause that names no exception type and neither re-raises nor logs the traceback.",
    summary: "Python `except:` with no exception type that neither re-raises nor logs the traceback"
  },
  languages: ["python"],
  defaultOptions: {},
  python(context) {
    return {
      enter: {
        except_clause(clause) {
          if (clause.childForFieldName("value")) return;
          const colon = clause.children.find((child) => child.type === ":");
          const body = clause.namedChildren.find((child) => child.type === "block");
          if (body && keepsTraceback(body)) return;
          context.report({
            start: clause.startIndex,
            end: colon?.endIndex ?? clause.startIndex,
            message: "Bare 'except:' catches everything, including KeyboardInterrupt and SystemExit.",
            suggestion: "Catch the exceptions you expect (e.g. `except ValueError:`), or `except Exception:` and log it."
          });
        }
      }
    };
  }
});

// src/review/rules/broad-exception-caught.ts
var BROAD_TYPES = /* @__PURE__ */ new Set(["Exception", "BaseException", "builtins.Exception", "builtins.BaseException"]);
var broadExceptionCaught = defineReviewRule({
  meta: {
    id: "broad-exception-caught",
    category: "antipattern",
    // notice until it reaches 90% precision at warning on the precision bench (docs/benchmarks.md)
    severity: "notice",
    description: "A Python handler for `Exception` or `BaseException` that neither re-raises nor logs the traceback.",
    summary: "`except Exception:` that neither re-raises nor logs the traceback (`logger.exception`, `exc_info=`, `traceback.print_exc`, the error stream)"
  },
  languages: ["python"],
  defaultOptions: {},
  python(context) {
    return {
      enter: {
        except_clause(clause) {
          const caught = clause.childrenForFieldName("value").map(broadTypeIn).find((type) => type !== void 0);
          const colon = clause.children.find((child) => child.type === ":");
          const body = clause.namedChildren.find((child) => child.type === "block");
          if (!caught || !colon || !body || isEmptyHandlerBody(body) || keepsTraceback(body)) return;
          context.report({
            start: caught.startIndex,
            end: colon.endIndex,
            message: `Catching '${caught.text}' hides unexpected errors.`,
            suggestion: "Catch the exceptions you expect, or re-raise / log with logger.exception() so the traceback is kept."
          });
        }
      }
    };
  }
});
function broadTypeIn(caught) {
  if (caught.type === "identifier" || caught.type === "attribute") return BROAD_TYPES.has(caught.text) ? caught : void 0;
  if (caught.type === "as_pattern") return caught.firstNamedChild ? broadTypeIn(caught.firstNamedChild) : void 0;
  if (caught.type !== "tuple" && caught.type !== "parenthesized_expression") return void 0;
  return caught.namedChildren.map(broadTypeIn).find((type) => type !== void 0);
}

// src/review/rules/empty-catch.ts
var SUGGESTION = "Handle, log or re-raise the exception; if ignoring it is deliberate, say why in a comment inside the handler.";
var NARROW_SUGGESTION = "If going on without the value is intended, say so: `with contextlib.suppress(\u2026):`, or a lookup with a default (`.get(key, default)`, `getattr(obj, name, default)`, `next(it, default)`).";
var IMPORT_ERRORS = /* @__PURE__ */ new Set(["ImportError", "ModuleNotFoundError"]);
var INTERRUPTS = /* @__PURE__ */ new Set(["KeyboardInterrupt"]);
var NARROW_EXCEPTIONS = /* @__PURE__ */ new Set([
  "KeyError",
  "IndexError",
  "LookupError",
  "AttributeError",
  "ValueError",
  "TypeError",
  "UnicodeDecodeError",
  "UnicodeEncodeError",
  "StopIteration",
  "StopAsyncIteration",
  "FileNotFoundError",
  "FileExistsError",
  "NotADirectoryError",
  "IsADirectoryError",
  "ProcessLookupError"
]);
var emptyCatch = defineReviewRule({
  meta: {
    id: "empty-catch",
    category: "antipattern",
    // notice until it reaches 90% precision at warning on the precision bench (docs/benchmarks.md)
    severity: "notice",
    description: "An exception handler with an empty body, which silently swallows the exception.",
    summary: "a handler that swallows the exception (`except \u2026: pass`, `catch (e) {}`) without a comment saying why"
  },
  languages: ["python", "typescript"],
  defaultOptions: {},
  python(context) {
    return {
      enter: {
        except_clause(clause) {
          const colon = clause.children.find((child) => child.type === ":");
          const body = clause.namedChildren.find((child) => child.type === "block");
          const statements = body?.namedChildren.filter((child) => child.type !== "comment") ?? [];
          if (!colon || statements.length === 0 || !statements.every(isPlaceholder)) return;
          const bodyEnd = statements[statements.length - 1].endIndex;
          if (hasPythonIntentComment(context.source, clause.startIndex, colon.endIndex, bodyEnd)) return;
          const caught = caughtTypeNames(clause);
          if (caught.length > 0 && caught.every((name) => IMPORT_ERRORS.has(name)) && guardsImport(clause)) return;
          if (caught.length > 0 && caught.every((name) => INTERRUPTS.has(name))) return;
          const narrow = caught.length > 0 && caught.every((name) => NARROW_EXCEPTIONS.has(name));
          context.report({
            start: clause.startIndex,
            end: bodyEnd,
            message: `Empty '${exceptHeader(clause, colon)}' swallows the exception.`,
            suggestion: narrow ? NARROW_SUGGESTION : SUGGESTION,
            ...narrow ? { severity: "notice" } : {}
          });
        }
      }
    };
  },
  typescript(context, { ts, sourceFile }) {
    return {
      enter: {
        [ts.SyntaxKind.CatchClause](node) {
          if (!ts.isCatchClause(node) || node.block.statements.length > 0) return;
          if (hasTypeScriptIntentComment(ts, sourceFile, node.block)) return;
          context.report({
            start: node.getStart(sourceFile),
            end: node.block.end,
            message: "Empty catch block swallows the exception.",
            suggestion: SUGGESTION
          });
        }
      }
    };
  }
});
function guardsImport(clause) {
  const body = clause.parent?.type === "try_statement" ? clause.parent.childForFieldName("body") : null;
  return body?.namedChildren.some((statement) => statement?.type === "import_statement" || statement?.type === "import_from_statement") ?? false;
}
function hasPythonIntentComment(source, exceptStart, colonEnd, bodyEnd) {
  const trailingTrivia = /(?:\s|#[^\r\n]*)*/y;
  trailingTrivia.lastIndex = bodyEnd;
  trailingTrivia.exec(source.text);
  const handlerText = source.text.slice(colonEnd, trailingTrivia.lastIndex);
  const exceptColumn = source.position(exceptStart).column;
  const headerLine = source.position(colonEnd).line;
  for (const comment of handlerText.matchAll(/#[^\r\n]*/g)) {
    if (comment[0].includes(DIRECTIVE_MARKER)) continue;
    const at = source.position(colonEnd + comment.index);
    if (at.line === headerLine || at.column > exceptColumn) return true;
  }
  return false;
}
function exceptHeader(clause, colon) {
  let header = clause.text.slice(0, colon.endIndex - clause.startIndex);
  const comments = clause.descendantsOfType("comment").filter((comment) => comment.endIndex <= colon.startIndex);
  for (const comment of comments.reverse()) {
    header = header.slice(0, comment.startIndex - clause.startIndex) + header.slice(comment.endIndex - clause.startIndex);
  }
  return header.replace(/(?:\s|\\(?=[\r\n]))+/g, " ");
}
function hasTypeScriptIntentComment(typescript, sourceFile, block) {
  const text = sourceFile.text;
  const inside = block.getStart(sourceFile) + 1;
  const comments = [
    ...typescript.getTrailingCommentRanges(text, inside) ?? [],
    ...typescript.getLeadingCommentRanges(text, inside) ?? []
  ];
  return comments.some((comment) => !text.slice(comment.pos, comment.end).includes(DIRECTIVE_MARKER));
}

// src/review/rules/file-too-complex.ts
var fileTooComplex = defineReviewRule({
  meta: {
    id: "file-too-complex",
    category: "syntax",
    severity: "notice",
    description: "A file nested too deeply (or with an operator chain too long) for the parser to read.",
    summary: "a file too deeply nested for the parser (it ran out of call stack); the file is not reviewed, the run goes on"
  },
  languages: ["python", "typescript"],
  defaultOptions: {},
  tooComplex(context, info) {
    context.report({
      start: 0,
      end: 0,
      message: `Not reviewed: too deeply nested for ${info.stage} (it exceeded the call stack limit of ${info.limit}).`,
      suggestion: "Split the deep nesting or long expression into named parts, or exclude the file if it is generated.",
      data: { stage: info.stage, limit: info.limit }
    });
  }
});

// src/review/analysis/list-bindings.ts
var ListBindings = class {
  current = { parent: void 0, visibleToNested: true, allBindingsAreLists: /* @__PURE__ */ new Map() };
  /** The scope being walked; keep it to resolve a name once the whole file has been walked. */
  get scope() {
    return this.current;
  }
  enterScope(visibleToNested = true) {
    this.current = { parent: this.current, visibleToNested, allBindingsAreLists: /* @__PURE__ */ new Map() };
  }
  exitScope() {
    this.current = this.current.parent ?? this.current;
  }
  bind(name, isList) {
    const bindings = this.current.allBindingsAreLists;
    bindings.set(name, (bindings.get(name) ?? true) && isList);
  }
  /** Resolves `name` as used in `scope`: the innermost scope binding it decides. */
  holdsList(scope, name) {
    for (let candidate = scope; candidate; candidate = candidate.parent) {
      if (candidate !== scope && !candidate.visibleToNested) continue;
      const allLists = candidate.allBindingsAreLists.get(name);
      if (allLists !== void 0) return allLists;
    }
    return false;
  }
};

// src/review/rules/linear-lookup-in-loop.ts
var PYTHON_SUGGESTION2 = "Build a set once before the loop and test membership against it.";
var TYPESCRIPT_SUGGESTION2 = "Build a Set once before the loop and use set.has(value).";
var MEMBERSHIP_OPERATORS = /* @__PURE__ */ new Set(["in", "not in"]);
var PYTHON_SEARCH_METHODS = /* @__PURE__ */ new Set(["index", "count"]);
var TYPESCRIPT_SEARCH_METHODS = /* @__PURE__ */ new Set(["includes", "indexOf", "lastIndexOf"]);
var MAX_COLLECTION_TEXT = 30;
var linearLookupInLoop = defineReviewRule({
  meta: {
    id: "linear-lookup-in-loop",
    category: "performance",
    // notice until it reaches 90% precision at warning on the precision bench (docs/benchmarks.md)
    severity: "notice",
    description: "A linear search of a list or array (`in`, `.index()`, `.includes()`, `.indexOf()`) on every iteration of a loop.",
    summary: "`x in some_list` / `array.includes(x)` on a known list inside a loop: O(n) per iteration"
  },
  languages: ["python", "typescript"],
  defaultOptions: {},
  python(context) {
    const lookups = new RepeatedLookups(context, PYTHON_SUGGESTION2);
    const search = {
      comparison_operator(comparison) {
        if (!lookups.repeats(comparison.startIndex)) return;
        for (const operator of comparison.children) {
          if (!MEMBERSHIP_OPERATORS.has(operator.type)) continue;
          lookups.consider(operator.startIndex, comparison.endIndex, pythonCollection(operator.nextNamedSibling));
        }
      },
      call(call) {
        if (!lookups.repeats(call.startIndex)) return;
        const callee = call.childForFieldName("function");
        const method = callee?.type === "attribute" ? callee.childForFieldName("attribute") : null;
        if (!callee || !method || !PYTHON_SEARCH_METHODS.has(method.text)) return;
        lookups.consider(method.startIndex, call.endIndex, pythonCollection(callee.childForFieldName("object")));
      }
    };
    return composeVisitors(pythonLoopVisitor(lookups.nesting), pythonListNameVisitor(lookups.bindings), {
      enter: search,
      end: () => lookups.reportLists()
    });
  },
  typescript(context, api) {
    const { ts, sourceFile } = api;
    const lookups = new RepeatedLookups(context, TYPESCRIPT_SUGGESTION2);
    const search = (node) => {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const method = node.expression.name;
      if (!TYPESCRIPT_SEARCH_METHODS.has(method.text)) return;
      lookups.consider(method.getStart(sourceFile), node.end, typescriptCollection(ts, sourceFile, node.expression.expression));
    };
    return composeVisitors(
      typescriptLoopVisitor(api, lookups.nesting, { iterationCalls: true }),
      typescriptArrayNameVisitor(ts, lookups.bindings),
      { enter: { [ts.SyntaxKind.CallExpression]: search }, end: () => lookups.reportLists() }
    );
  }
});
function pythonCollection(expression) {
  if (!expression) return void 0;
  if (expression.type === "identifier") return { text: expression.text, name: expression.text };
  return isPythonList(expression) ? { text: expression.text } : void 0;
}
function typescriptCollection(ts, sourceFile, expression) {
  const text = expression.getText(sourceFile);
  if (ts.isIdentifier(expression)) return { text, name: expression.text };
  return isArrayExpression(ts, expression) ? { text } : void 0;
}
var RepeatedLookups = class {
  constructor(context, suggestion) {
    this.context = context;
    this.suggestion = suggestion;
  }
  context;
  suggestion;
  nesting = new LoopNesting();
  bindings = new ListBindings();
  pending = [];
  /** Checked first: reading a node's children crosses into wasm, and most calls are not in a loop. */
  repeats(offset) {
    return this.nesting.innermostLoopRepeating(offset) !== void 0;
  }
  consider(start, end, collection) {
    const loopStart = this.nesting.innermostLoopRepeating(start);
    if (!collection || loopStart === void 0) return;
    this.pending.push({ start, end, loopStart, collection, scope: this.bindings.scope });
  }
  reportLists() {
    for (const { start, end, loopStart, collection, scope } of this.pending) {
      if (collection.name !== void 0 && !this.bindings.holdsList(scope, collection.name)) continue;
      this.context.report({
        start,
        end,
        message: `Linear search of '${shortened(collection.text)}' inside a loop: O(n) per iteration.`,
        suggestion: this.suggestion,
        data: { loopLine: this.context.source.position(loopStart).line }
      });
    }
  }
};
function shortened(text) {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > MAX_COLLECTION_TEXT ? `${oneLine.slice(0, MAX_COLLECTION_TEXT)}\u2026` : oneLine;
}

// src/review/rules/nested-loop.ts
var PYTHON_SUGGESTION3 = "Index the inner collection (a dict or set) once outside the outer loop, so each lookup is O(1).";
var TYPESCRIPT_SUGGESTION3 = "Index the inner collection (a Map or Set) once outside the outer loop, so each lookup is O(1).";
var WHILE_SUGGESTION = "Check that the inner loop stops after a few passes that do not grow with the data; if it searches a collection, index that collection once outside the outer loop.";
var MAX_QUOTED = 40;
var nestedLoop = defineReviewRule({
  meta: {
    id: "nested-loop",
    category: "performance",
    // notice until it reaches 90% precision at warning on the precision bench (docs/benchmarks.md)
    severity: "notice",
    description: "A loop inside another loop's body that goes over a collection not reached from the outer loop's current item.",
    summary: "a loop (including comprehension clauses and `forEach`/`map`/`filter`/\u2026 callbacks) inside another loop's body whose iterable does not come from the outer item; walks of nested data are not reported; a `while` of unknown bound is a notice; `report: all` reports every nested loop",
    options: {
      report: {
        enum: ["independent", "all"],
        description: "`independent` (default): loops over a collection not reached from the outer item; `all`: every nested loop"
      }
    }
  },
  languages: ["python", "typescript"],
  defaultOptions: { report: "independent" },
  python(context) {
    const nesting = new LoopNesting();
    const constants = new ListBindings();
    const { derived, onLoop, end } = loopChecker(context, PYTHON_SUGGESTION3, constants);
    const loops = pythonLoopVisitor(nesting, onLoop);
    const assign = (at, targets, value) => derived.assign(nesting.loopsAround(at), targets, pythonNamesRead(value));
    const assignments = {
      enter: {
        assignment: (node) => assign(node.startIndex, pythonNamesBound(node.childForFieldName("left")), node.childForFieldName("right")),
        named_expression: (node) => assign(node.startIndex, pythonNamesBound(node.childForFieldName("name")), node.childForFieldName("value")),
        // `with open(path) as fh` and `except Error as e`: the value is the pattern's first child.
        as_pattern: (node) => assign(node.startIndex, pythonNamesBound(node.childForFieldName("alias")?.firstNamedChild ?? null), node.firstNamedChild)
      }
    };
    return composeVisitors(loops, assignments, pythonListNameVisitor(constants, isConstantDisplay), { end });
  },
  typescript(context, api) {
    const { ts: typescript } = api;
    const nesting = new LoopNesting();
    const { derived, onLoop } = loopChecker(context, TYPESCRIPT_SUGGESTION3);
    const loops = typescriptLoopVisitor(api, nesting, { iterationCalls: true }, onLoop);
    const assign = (at, target, value) => derived.assign(nesting.loopsAround(at.pos), typescriptNamesBound(typescript, target), typescriptNamesRead(typescript, value));
    const assignments = {
      enter: {
        [typescript.SyntaxKind.VariableDeclaration]: (node) => {
          const declaration = node;
          if (declaration.initializer) assign(node, declaration.name, declaration.initializer);
        },
        [typescript.SyntaxKind.BinaryExpression]: (node) => {
          const binary = node;
          if (binary.operatorToken.kind === typescript.SyntaxKind.EqualsToken) assign(node, binary.left, binary.right);
        }
      }
    };
    return composeVisitors(loops, assignments);
  }
});
function loopChecker(context, suggestion, constants) {
  const derived = new LoopDerivedNames();
  const sources = /* @__PURE__ */ new Map();
  const pending = [];
  const onLoop = (loop, nesting) => {
    derived.enterLoop(loop);
    sources.set(loop.start, loop.source);
    if (!nesting) return;
    const outer = sources.get(nesting.outerStart);
    const finding = check(context, loop, nesting, { derived, outer, suggestion });
    if (!finding) return;
    const names = [loop.source, outer].filter((source) => source?.kind === "each" && IDENTIFIER.test(source.text)).map((source) => source.text);
    if (constants && context.options.report !== "all" && names.length > 0) {
      pending.push({ finding, names, scope: constants.scope });
    } else {
      context.report(finding);
    }
  };
  const end = () => {
    for (const { finding, names, scope } of pending) if (!names.some((name) => constants?.holdsList(scope, name))) context.report(finding);
  };
  return { derived, onLoop, end };
}
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function check(context, loop, nesting, { derived, outer, suggestion }) {
  const outerLine = context.source.position(nesting.outerStart).line;
  const data = { depth: nesting.depth, outerLine };
  if (context.options.report === "all") {
    return { start: loop.start, end: loop.end, message: `Loop nested at depth ${nesting.depth} inside the loop at line ${outerLine}.`, suggestion, data };
  }
  const { source } = loop;
  if (derived.readsAny(nesting.enclosingStarts, source.reads)) return void 0;
  if (isFixed(source) || outer !== void 0 && isFixed(outer)) return void 0;
  if (walksGrid(source, outer)) return void 0;
  if (source.walksChain) return void 0;
  const perItem = describeOuter(outer, outerLine);
  const inner = quote(source.text);
  if (source.kind === "unbounded") {
    return {
      start: loop.start,
      end: loop.end,
      severity: "notice",
      message: `Loop${inner ? ` while ${inner}` : ""} runs for ${perItem}, and how many passes it makes is not known.`,
      suggestion: WHILE_SUGGESTION,
      data: { ...data, inner: source.text }
    };
  }
  const message = source.kind === "counted" ? `${inner} is counted through in full for ${perItem}.` : `${inner} is scanned once for ${perItem}.`;
  return { start: loop.start, end: loop.end, message, suggestion, data: { ...data, inner: source.text, outer: outer?.text ?? "" } };
}
function isFixed(source) {
  return source.kind !== "unbounded" && (source.reads.length === 0 || source.fixed === true);
}
var PROPERTY_BOUND = /<=?\s*([\w$#]+(?:\.[\w$#]+)*)\.([\w$#]+)$/;
function walksGrid(inner, outer) {
  if (inner.kind !== "counted" || outer?.kind !== "counted") return false;
  const [innerBound, outerBound] = [PROPERTY_BOUND.exec(inner.text.trim()), PROPERTY_BOUND.exec(outer.text.trim())];
  return innerBound !== null && outerBound !== null && innerBound[1] === outerBound[1] && innerBound[2] !== outerBound[2];
}
function describeOuter(outer, outerLine) {
  if (outer?.kind === "each" && outer.text) return `every item of ${quote(outer.text)}`;
  if (outer?.kind === "counted" && outer.text) return `every step of ${quote(outer.text)}`;
  return `every pass of the loop at line ${outerLine}`;
}
function quote(text) {
  const oneLine = text.replace(/\s+/g, " ").trim();
  if (!oneLine) return "";
  return `'${oneLine.length > MAX_QUOTED ? `${oneLine.slice(0, MAX_QUOTED - 1)}\u2026` : oneLine}'`;
}

// src/review/rules/syntax-error.ts
var syntaxError = defineReviewRule({
  meta: {
    id: "syntax-error",
    category: "syntax",
    severity: "error",
    description: "A file that does not parse.",
    summary: "a file that does not parse, at its first error; no other rule runs on that file"
  },
  languages: ["python", "typescript"],
  defaultOptions: {},
  syntaxError(context, error) {
    context.report({
      start: error.start,
      end: error.end,
      message: `Syntax error: ${error.message}`,
      suggestion: "Fix the syntax; no other rule runs on this file until it parses."
    });
  }
});

// src/review/analysis/python-functions.ts
function methodClassOf(definition) {
  const statement = definition.parent?.type === "decorated_definition" ? definition.parent : definition;
  return classOfBodyStatement(statement);
}
function decoratorsOf(definition) {
  const decorated = definition.parent;
  if (decorated?.type !== "decorated_definition") return [];
  return decorated.namedChildren.filter((child) => child.type === "decorator").map((decorator) => decorator.namedChildren[0]?.text.replace(/\s+/g, "") ?? "");
}
function pythonFunctionName(fn) {
  if (fn.type === "function_definition") {
    const name2 = fn.childForFieldName("name")?.text ?? "<lambda>";
    return qualified(methodClassOf(fn), name2);
  }
  const assignment = assignmentOf(fn);
  const target = assignment?.childForFieldName("left");
  const name = target ? assignedName(target) : void 0;
  if (!assignment || !name) return "<lambda>";
  return qualified(assignment.parent ? classOfBodyStatement(assignment.parent) : void 0, name);
}
function classOfBodyStatement(statement) {
  const block = statement.parent;
  if (block?.type !== "block" || block.parent?.type !== "class_definition") return void 0;
  return block.parent;
}
function qualified(owner, name) {
  const ownerName = owner?.childForFieldName("name")?.text;
  return ownerName ? `${ownerName}.${name}` : name;
}
function assignmentOf(expression) {
  let value = expression;
  while (value.parent?.type === "parenthesized_expression") value = value.parent;
  const parent = value.parent;
  if (parent?.type !== "assignment" || !parent.childForFieldName("right")?.equals(value)) return void 0;
  return parent;
}
function assignedName(target) {
  if (target.type === "identifier") return target.text;
  if (target.type === "attribute") return target.childForFieldName("attribute")?.text;
  return void 0;
}

// src/review/analysis/typescript-functions.ts
function typescriptFunctionName(typescript, fn) {
  if (typescript.isConstructorDeclaration(fn)) return memberName(typescript, fn.parent, "constructor");
  if (typescript.isFunctionDeclaration(fn) || typescript.isFunctionExpression(fn) || typescript.isArrowFunction(fn)) {
    return fn.name?.text ?? boundName(typescript, fn) ?? "<anonymous>";
  }
  return memberName(typescript, fn.parent, propertyNameText(typescript, fn.name));
}
function signatureStart(typescript, fn, sourceFile) {
  const { SyntaxKind } = typescript;
  if (typescript.isFunctionDeclaration(fn) || typescript.isFunctionExpression(fn)) {
    const asyncModifier = fn.modifiers?.find((modifier) => modifier.kind === SyntaxKind.AsyncKeyword);
    return (asyncModifier ?? childOfKind(fn, SyntaxKind.FunctionKeyword, sourceFile) ?? fn).getStart(sourceFile);
  }
  if (typescript.isConstructorDeclaration(fn)) {
    return (childOfKind(fn, SyntaxKind.ConstructorKeyword, sourceFile) ?? fn).getStart(sourceFile);
  }
  if (typescript.isArrowFunction(fn)) {
    return (childOfKind(fn, SyntaxKind.OpenParenToken, sourceFile) ?? fn.parameters[0] ?? fn).getStart(sourceFile);
  }
  return fn.name.getStart(sourceFile);
}
function parameterListEnd(typescript, fn, sourceFile) {
  const closeParen = childOfKind(fn, typescript.SyntaxKind.CloseParenToken, sourceFile);
  return closeParen?.end ?? fn.parameters.end;
}
function childOfKind(node, kind, sourceFile) {
  return node.getChildren(sourceFile).find((child) => child.kind === kind);
}
function memberName(typescript, owner, key) {
  const className = typescript.isClassLike(owner) ? owner.name?.text : void 0;
  return className ? `${className}.${key}` : key;
}
function propertyNameText(typescript, name) {
  if (typescript.isComputedPropertyName(name)) return name.getText();
  return name.text;
}
function boundName(typescript, fn) {
  let value = fn;
  while (typescript.isParenthesizedExpression(value.parent)) value = value.parent;
  const holder = value.parent;
  if (typescript.isVariableDeclaration(holder) && typescript.isIdentifier(holder.name)) return holder.name.text;
  if (typescript.isPropertyDeclaration(holder)) return memberName(typescript, holder.parent, propertyNameText(typescript, holder.name));
  if (typescript.isPropertyAssignment(holder)) return propertyNameText(typescript, holder.name);
  if (!typescript.isBinaryExpression(holder) || holder.operatorToken.kind !== typescript.SyntaxKind.EqualsToken) return void 0;
  if (holder.right !== value) return void 0;
  if (typescript.isIdentifier(holder.left)) return holder.left.text;
  if (typescript.isPropertyAccessExpression(holder.left)) return holder.left.name.text;
  return void 0;
}

// src/review/rules/too-many-params.ts
var DEFAULT_MAX_PARAMS = 7;
var DEFAULT_OPTIONS = { "max-params": DEFAULT_MAX_PARAMS, "ignore-params": "^_", count: "positional" };
var SUGGESTION2 = "Group related parameters into an object (or a dataclass / keyword-only parameters).";
var LIMIT = { type: "integer", minimum: 0 };
var OVERLOAD_DECORATORS = /* @__PURE__ */ new Set(["overload", "typing.overload", "t.overload", "typing_extensions.overload"]);
var tooManyParams = defineReviewRule({
  meta: {
    id: "too-many-params",
    category: "complexity",
    // warning: 93% precision on the precision bench (docs/benchmarks.md), above the 90% goal
    severity: "warning",
    description: "A function, method, lambda or arrow function with more parameters than `max-params`.",
    summary: "a function, method, lambda or arrow with more than `max-params` (7) parameters; Python keyword-only parameters (after `*`), `self`/`cls`, `*args`, `**kwargs`, TS `this` and `_`-names are free (`count: all` counts keyword-only ones); overloads and stubs are exempt",
    options: {
      "max-params": {
        description: "the most parameters a function may take: a number, or {python, typescript} per language",
        anyOf: [LIMIT, { type: "object", additionalProperties: false, properties: { python: LIMIT, typescript: LIMIT } }]
      },
      "ignore-params": {
        type: "string",
        format: "regex",
        description: "a regular expression; Python parameters whose names match it are not counted"
      },
      count: {
        enum: ["positional", "all"],
        description: "`positional` (default): Python keyword-only parameters, named at every call, are not counted; `all`: they are"
      }
    }
  },
  languages: ["python", "typescript"],
  defaultOptions: DEFAULT_OPTIONS,
  python(context) {
    if (context.file.toLowerCase().endsWith(".pyi")) return {};
    const max = maxParamsFor(context);
    const ignored = ignoredNames(context.options["ignore-params"]);
    const check2 = (fn) => {
      const parameters = fn.childForFieldName("parameters");
      if (!parameters || parameters.namedChildCount <= max) return;
      const count = countedPythonParameters(fn, parameters, context.options.count === "all").filter((name) => !ignored.test(name)).length;
      if (count <= max || isOverloadStub(fn) || takesPytestFixtures(fn) || isCliCommand(fn)) return;
      report(context, { start: fn.startIndex, end: parameters.endIndex, name: pythonFunctionName(fn), count, max });
    };
    return { enter: { function_definition: check2, lambda: check2 } };
  },
  typescript(context, { ts: typescript, sourceFile }) {
    const max = maxParamsFor(context);
    const check2 = (node) => {
      const fn = node;
      if (!fn.body) return;
      const count = fn.parameters.filter((parameter) => !isThisParameter(typescript, parameter)).length;
      if (count <= max) return;
      report(context, {
        start: signatureStart(typescript, fn, sourceFile),
        end: parameterListEnd(typescript, fn, sourceFile),
        name: typescriptFunctionName(typescript, fn),
        count,
        max
      });
    };
    const { SyntaxKind } = typescript;
    return {
      enter: {
        [SyntaxKind.FunctionDeclaration]: check2,
        [SyntaxKind.FunctionExpression]: check2,
        [SyntaxKind.ArrowFunction]: check2,
        [SyntaxKind.MethodDeclaration]: check2,
        [SyntaxKind.Constructor]: check2,
        [SyntaxKind.GetAccessor]: check2,
        [SyntaxKind.SetAccessor]: check2
      }
    };
  }
});
function maxParamsFor(context) {
  const limit = context.options["max-params"];
  if (typeof limit === "number") return limit;
  return limit[context.language] ?? DEFAULT_MAX_PARAMS;
}
function ignoredNames(pattern) {
  return pattern === "" ? /(?!)/ : new RegExp(pattern);
}
function countedPythonParameters(fn, parameters, countKeywordOnly) {
  const children = parameters.namedChildren.filter((child) => child.type !== "comment");
  const keywordOnlyFrom = children.findIndex((child) => child.type === "keyword_separator" || isStarArgs(child));
  const counted = countKeywordOnly || keywordOnlyFrom < 0 ? children : children.slice(0, keywordOnlyFrom);
  const names = counted.map(pythonParameterName);
  if (names[0] !== void 0 && bindsReceiver(fn)) names.shift();
  return names.filter((name) => name !== void 0);
}
var FIXTURE_DECORATOR = /^(pytest\.|pytest_asyncio\.)?fixture(\(.*\))?$/s;
function takesPytestFixtures(fn) {
  if (fn.type !== "function_definition") return false;
  if (decoratorsOf(fn).some((decorator) => FIXTURE_DECORATOR.test(decorator))) return true;
  if (!fn.childForFieldName("name")?.text.startsWith("test")) return false;
  const owner = methodClassOf(fn);
  if (owner) return owner.childForFieldName("name")?.text.startsWith("Test") ?? false;
  const statement = fn.parent?.type === "decorated_definition" ? fn.parent : fn;
  return statement.parent?.type === "module";
}
var CLI_DECORATOR = /^(click\.)?(option|argument|command|group)(\(.*\))?$|^\w+\.(command|group)(\(.*\))?$/s;
function isCliCommand(fn) {
  return fn.type === "function_definition" && decoratorsOf(fn).some((decorator) => CLI_DECORATOR.test(decorator));
}
function isStarArgs(parameter) {
  return parameter.type === "list_splat_pattern" || parameter.type === "typed_parameter" && parameter.namedChildren[0]?.type === "list_splat_pattern";
}
function isOverloadStub(fn) {
  return fn.type === "function_definition" && decoratorsOf(fn).some((decorator) => OVERLOAD_DECORATORS.has(decorator));
}
function bindsReceiver(fn) {
  return fn.type === "function_definition" && methodClassOf(fn) !== void 0 && !decoratorsOf(fn).includes("staticmethod");
}
function pythonParameterName(parameter) {
  switch (parameter.type) {
    case "identifier":
      return parameter.text;
    case "typed_parameter": {
      const target = parameter.namedChildren[0];
      return target?.type === "identifier" ? target.text : void 0;
    }
    case "default_parameter":
    case "typed_default_parameter":
      return parameter.childForFieldName("name")?.text;
    default:
      return void 0;
  }
}
function isThisParameter(typescript, parameter) {
  return typescript.isIdentifier(parameter.name) && parameter.name.text === "this";
}
function report(context, { start, end, name, count, max }) {
  context.report({
    start,
    end,
    message: `Function '${name}' has ${count} ${count === 1 ? "parameter" : "parameters"} (max ${max}).`,
    suggestion: SUGGESTION2,
    data: { count, max }
  });
}

// src/review/meta.ts
var REVIEW_RULES = ruleRegistry({
  "await-in-loop": awaitInLoop,
  "bare-except": bareExcept,
  "broad-exception-caught": broadExceptionCaught,
  "empty-catch": emptyCatch,
  "file-too-complex": fileTooComplex,
  "linear-lookup-in-loop": linearLookupInLoop,
  "nested-loop": nestedLoop,
  "syntax-error": syntaxError,
  "too-many-params": tooManyParams
});
var HYGIENE_RULES = ruleRegistry({
  "unused-suppression": unusedSuppression,
  "stale-baseline-entry": staleBaselineEntry
});
var reviewMeta = {
  name: "review",
  families: { code: REVIEW_RULES, hygiene: HYGIENE_RULES },
  settings: {
    "test-code": {
      enum: ["defaults", "review-as-source"],
      description: "defaults: test files run the performance rules and too-many-params off and the exception rules at notice; review-as-source: as any other code"
    },
    "test-files": stringList("Globs of test files, replacing the default list (test_*.py, *_test.py, conftest.py, *.test.*, *.spec.*, tests/, test/, __tests__/, fixtures/, __fixtures__/, __mocks__/).")
  },
  statsSchema: REVIEW_RUN_STATS_SCHEMA,
  readsFile: (file) => detectLanguage(file) !== void 0
};

export {
  staleBaselineEntry,
  staleBaselineFinding,
  fingerprintOf,
  OccurrenceCounter,
  unusedSuppression,
  unusedSuppressionFindings,
  detectLanguage,
  PEER_MARKERS,
  peerSuppressions,
  DIRECTIVE_MARKER,
  parseDirective,
  applySuppressions,
  REVIEW_RULES,
  reviewMeta
};
