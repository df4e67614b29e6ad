import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Language as TreeSitterLanguage, Node, Parser, Tree } from 'web-tree-sitter';
import type { PythonVisitor, SyntaxErrorInfo } from '../review-rule.js';

let parserPromise: Promise<Parser> | undefined;

/**
 * The wasm files sit beside the bundle in dist/; when running from source they are found in node_modules.
 */
function locateWasm(fileName: string, packagePath: string): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const besideBundle = path.join(here, fileName);
  if (existsSync(besideBundle)) return besideBundle;
  return createRequire(import.meta.url).resolve(packagePath);
}

async function createParser(): Promise<Parser> {
  const treeSitter = await import('web-tree-sitter');
  await treeSitter.Parser.init({
    locateFile: (name: string) => locateWasm(name, `web-tree-sitter/${name}`),
  });
  const language: TreeSitterLanguage = await treeSitter.Language.load(
    locateWasm('tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'),
  );
  const parser = new treeSitter.Parser();
  parser.setLanguage(language);
  return parser;
}

/** One parser per thread, created on first use so a TypeScript-only review never loads tree-sitter. */
export function pythonParser(): Promise<Parser> {
  parserPromise ??= createParser();
  return parserPromise;
}

export async function parsePython(text: string): Promise<Tree> {
  const parser = await pythonParser();
  const tree = parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

/**
 * tree-sitter recovers from errors instead of stopping, so the first error is the earliest ERROR or MISSING node.
 * It also accepts `except*:` without a type, which Python rejects; that is searched for only when the text has it.
 */
export function findPythonSyntaxError(tree: Tree, text: string): SyntaxErrorInfo | undefined {
  let found: SyntaxErrorInfo | undefined;
  const consider = (candidate: SyntaxErrorInfo) => {
    if (!found || candidate.start < found.start) found = candidate;
  };
  const visit = (node: Node, searchExceptStar: boolean) => {
    if (found && node.startIndex > found.start) return;
    if (node.isMissing) {
      consider({ start: node.startIndex, end: node.endIndex, message: `missing '${node.type}'` });
      return;
    }
    if (node.type === 'ERROR') {
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

const EXCEPT_STAR = /except\s*\*/;

/** `except*:` parses in tree-sitter but is a SyntaxError in Python: an exception group handler needs a type. */
function exceptStarMissingType(node: Node): SyntaxErrorInfo | undefined {
  if (node.type !== 'except_clause' && node.type !== 'except_group_clause') return undefined;
  const star = node.children.find((child) => child?.type === '*');
  if (!star) return undefined;
  const hasType = node.namedChildren.some((child) => child && child.type !== 'block' && child.type !== 'comment');
  if (hasType) return undefined;
  return { start: node.startIndex, end: star.endIndex, message: "expected an exception type after 'except*'" };
}

function errorExcerpt(text: string): string {
  const firstLine = text.split(/\r?\n|\r/, 1)[0].trim();
  return firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine;
}

/**
 * Visits, in document order, only the nodes of the types some visitor asked for. tree-sitter collects them inside
 * wasm in one call (`descendantsOfType`); a cursor walk from JavaScript would cross into wasm for every node of the
 * tree and cost as much as the parse. Exits are replayed from the nodes' ranges: tree nodes nest, so a node has
 * ended once a node starting at or after its end comes up.
 */
export function walkPython(tree: Tree, visitors: readonly PythonVisitor[]): void {
  const enter = new Map<string, ((node: Node) => void)[]>();
  const exit = new Map<string, ((node: Node) => void)[]>();
  for (const visitor of visitors) {
    for (const [type, handler] of Object.entries(visitor.enter ?? {})) if (handler) push(enter, type, handler);
    for (const [type, handler] of Object.entries(visitor.exit ?? {})) if (handler) push(exit, type, handler);
  }
  const types = [...new Set([...enter.keys(), ...exit.keys()])];
  const open: Node[] = [];
  const close = (node: Node) => {
    for (const handler of exit.get(node.type) ?? []) handler(node);
  };
  try {
    if (types.length === 0) return;
    for (const node of tree.rootNode.descendantsOfType(types)) {
      if (!node) continue;
      while (open.length > 0 && open[open.length - 1].endIndex <= node.startIndex) close(open.pop()!);
      for (const handler of enter.get(node.type) ?? []) handler(node);
      open.push(node);
    }
    while (open.length > 0) close(open.pop()!);
  } finally {
    for (const visitor of visitors) visitor.end?.();
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
