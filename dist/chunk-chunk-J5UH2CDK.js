import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);

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
function applySuppressions(findings, directives, peers = []) {
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
  const unused = directives.map((directive, index) => ({ directive, rules: directive.rules.filter((rule) => !used[index].has(rule)) })).filter((entry) => entry.rules.length > 0 || entry.directive.rules.length === 0);
  return { kept, unused, suppressed };
}

export {
  PEER_MARKERS,
  peerSuppressions,
  DIRECTIVE_MARKER,
  parseDirective,
  applySuppressions
};
