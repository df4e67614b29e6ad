import { ALL_RULES, rulesOfPeerCode } from './peer-codes.js';
import type { SourceText } from './source-text.js';

/** The comment syntax a file uses, which decides whose directives can appear in it. */
export type PeerDialect = 'python' | 'javascript';

/**
 * Lines on which a peer linter's directive silences some of our rules. `rules` holds our rule ids (or `*` for
 * every rule, as a bare `# noqa` does); `except` the rules an ESLint `eslint-enable <rule>` re-enabled inside a
 * bare `eslint-disable` block.
 */
export interface PeerSuppression {
  tool: 'flake8' | 'ruff' | 'pylint' | 'eslint';
  rules: ReadonlySet<string>;
  except?: ReadonlySet<string>;
  fromLine: number;
  toLine: number;
}

export interface CommentText {
  text: string;
  start: number;
  end: number;
}

/** Cheap pre-filter for comments worth parsing: the parsers' comment lists are searched only for these. */
export const PEER_MARKERS: Record<PeerDialect, RegExp> = {
  python: /noqa|pylint:|ruff:|flake8:/i,
  javascript: /eslint-(?:disable|enable)/,
};

/** flake8's own pattern: `noqa`, then optionally `:` and codes (letters then digits) separated by commas or blanks. */
const NOQA = /#\s*noqa(?::[\s]?(?<codes>[A-Z]+[0-9]+(?:[,\s]+[A-Z]+[0-9]+)*))?/i;
const FILE_NOQA = /#\s*(?<tool>ruff|flake8)\s*:\s*noqa(?::\s?(?<codes>[A-Z]+[0-9]+(?:[,\s]+[A-Z]+[0-9]+)*))?/i;
const PYLINT = /#\s*pylint\s*:\s*(?<pragma>disable-next|disable|enable|skip-file)\b(?:\s*=\s*(?<names>[\w\-]+(?:\s*,\s*[\w\-]+)*))?/;
const ESLINT = /^(?<pragma>eslint-disable-next-line|eslint-disable-line|eslint-disable|eslint-enable)(?=\s|$)(?<rest>[\s\S]*)$/;

/** Our rule ids a list of peer names maps to; an unlisted name maps to nothing, so it suppresses nothing of ours. */
function mapped(names: readonly string[]): Set<string> {
  return new Set(names.flatMap((name) => rulesOfPeerCode(name)));
}

const ALL = new Set([ALL_RULES]);

/**
 * Reads the peer directives in a file's comments (in source order) into line ranges. A directive that names only
 * rules we do not have yields nothing; a bare one yields every rule, as in the peer.
 */
export function peerSuppressions(comments: readonly CommentText[], source: SourceText, dialect: PeerDialect): PeerSuppression[] {
  return dialect === 'python' ? pythonSuppressions(comments, source) : eslintSuppressions(comments, source);
}

/** Open disable blocks, keyed by the peer's name (`*` for a bare directive), until an enable or the block's end. */
interface OpenBlock {
  fromLine: number;
  limit: number;
  rules: Set<string>;
  except?: Set<string>;
}

class OpenBlocks {
  private readonly open = new Map<string, OpenBlock>();
  constructor(
    private readonly tool: PeerSuppression['tool'],
    private readonly out: PeerSuppression[],
  ) {}

  disable(key: string, rules: Set<string>, fromLine: number, limit: number): void {
    if (rules.size === 0 || this.open.has(key)) return;
    this.open.set(key, { fromLine, limit, rules });
  }

  /** A bare enable ends every block; a named one ends its own, and re-enables its rules inside a bare block. */
  enable(keys: readonly string[] | undefined, line: number): void {
    for (const [key, block] of this.open) {
      if (keys && !keys.includes(key)) continue;
      this.close(key, block, line);
    }
    const all = this.open.get(ALL_RULES);
    if (keys && all) {
      const reenabled = mapped(keys);
      if (reenabled.size === 0) return;
      this.close(ALL_RULES, all, line);
      this.open.set(ALL_RULES, { ...all, fromLine: line + 1, except: new Set([...(all.except ?? []), ...reenabled]) });
    }
  }

  finish(lastLine: number): void {
    for (const [key, block] of this.open) this.close(key, block, Math.min(lastLine, block.limit));
  }

  private close(key: string, block: OpenBlock, line: number): void {
    this.open.delete(key);
    const toLine = Math.min(line, block.limit);
    if (toLine < block.fromLine) return;
    this.out.push({ tool: this.tool, rules: block.rules, ...(block.except ? { except: block.except } : {}), fromLine: block.fromLine, toLine });
  }
}

function pythonSuppressions(comments: readonly CommentText[], source: SourceText): PeerSuppression[] {
  const out: PeerSuppression[] = [];
  const lastLine = source.lineCount;
  const pylintBlocks = new OpenBlocks('pylint', out);
  for (const comment of comments) {
    const line = source.position(comment.start).line;
    const fileNoqa = FILE_NOQA.exec(comment.text);
    if (fileNoqa?.groups) {
      const { tool, codes } = fileNoqa.groups;
      // flake8 ignores codes on its file-level noqa (and warns); ruff applies them to the whole file.
      if (codes && tool.toLowerCase() === 'flake8') continue;
      const rules = codes ? mapped(codes.split(/[,\s]+/)) : ALL;
      if (rules.size > 0) out.push({ tool: tool.toLowerCase() as 'ruff' | 'flake8', rules, fromLine: 1, toLine: lastLine });
      continue;
    }
    const noqa = NOQA.exec(comment.text);
    if (noqa) {
      const codes = noqa.groups?.codes;
      const rules = codes ? mapped(codes.split(/[,\s]+/)) : ALL;
      if (rules.size > 0) out.push({ tool: 'flake8', rules, fromLine: line, toLine: line });
    }
    const pylint = PYLINT.exec(comment.text);
    if (!pylint?.groups) continue;
    const { pragma, names } = pylint.groups;
    const keys = names?.split(',').map((name) => name.trim());
    if (pragma === 'skip-file') {
      out.push({ tool: 'pylint', rules: ALL, fromLine: 1, toLine: lastLine });
      continue;
    }
    if (!keys) continue;
    if (pragma === 'enable') {
      pylintBlocks.enable(keys, line);
      continue;
    }
    if (pragma === 'disable-next') {
      const rules = mapped(keys);
      if (rules.size > 0) out.push({ tool: 'pylint', rules, fromLine: line + 1, toLine: line + 1 });
      continue;
    }
    const column = source.position(comment.start).column;
    const code = source.lineText(line).slice(0, column - 1);
    if (code.trim() !== '') {
      // After code, pylint silences that line; on a line that opens a block (`def f(...):`), the whole block.
      const rules = mapped(keys);
      const toLine = /:\s*$/.test(code) ? blockEnd(source, line, indentOf(code)) : line;
      if (rules.size > 0) out.push({ tool: 'pylint', rules, fromLine: line, toLine });
      continue;
    }
    // On a line of its own, from here to the end of the block it stands in (the module: the end of the file).
    const limit = blockEnd(source, line, column - 1 - 1);
    for (const key of keys) pylintBlocks.disable(key, mapped([key]), line, limit);
  }
  pylintBlocks.finish(lastLine);
  return out;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The last line of the block whose statements are indented deeper than `indent`, starting after `line`. */
function blockEnd(source: SourceText, line: number, indent: number): number {
  let last = line;
  for (let next = line + 1; next <= source.lineCount; next += 1) {
    const text = source.lineText(next);
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (indentOf(text) <= indent) return last;
    last = next;
  }
  return source.lineCount;
}

function eslintSuppressions(comments: readonly CommentText[], source: SourceText): PeerSuppression[] {
  const out: PeerSuppression[] = [];
  const blocks = new OpenBlocks('eslint', out);
  for (const comment of comments) {
    const body = comment.text.replace(/^\/\/|^\/\*|\*\/$/g, '').trim();
    const match = ESLINT.exec(body);
    if (!match?.groups) continue;
    const { pragma } = match.groups;
    // ESLint's description follows ` -- `; the rule list is comma-separated before it.
    const list = match.groups.rest.split(/\s--\s|\s--$/, 1)[0].trim();
    const keys = list === '' ? undefined : list.split(',').map((name) => name.trim()).filter((name) => name !== '');
    const rules = keys ? mapped(keys) : ALL;
    const startLine = source.position(comment.start).line;
    const endLine = source.position(Math.max(comment.start, comment.end - 1)).line;
    if (pragma === 'eslint-disable-line') {
      if (rules.size > 0) out.push({ tool: 'eslint', rules, fromLine: startLine, toLine: startLine });
    } else if (pragma === 'eslint-disable-next-line') {
      if (rules.size > 0) out.push({ tool: 'eslint', rules, fromLine: endLine + 1, toLine: endLine + 1 });
    } else if (pragma === 'eslint-disable') {
      if (!keys) blocks.disable(ALL_RULES, ALL, startLine, source.lineCount);
      else for (const key of keys) blocks.disable(key, mapped([key]), startLine, source.lineCount);
    } else {
      blocks.enable(keys, startLine);
    }
  }
  blocks.finish(source.lineCount);
  return out;
}

/** Whether a peer directive covers a finding of `rule` on `line`. */
export function peerSuppresses(suppression: PeerSuppression, rule: string, line: number): boolean {
  if (line < suppression.fromLine || line > suppression.toLine) return false;
  if (suppression.except?.has(rule)) return false;
  return suppression.rules.has(ALL_RULES) || suppression.rules.has(rule);
}
