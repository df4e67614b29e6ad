import path from 'node:path';
import ts from 'typescript';
import { ANALYZERS } from '../../src/core/finding.js';

/**
 * The layout's arrows, read from the imports themselves: every `import`, `export … from`, `import type`, type-only
 * `import('…')` and dynamic `import('…')` between files under src/, whether or not it survives compilation (a type
 * import is knowledge of the other part all the same).
 */
export interface Arrow {
  /** Paths relative to the repository, `src/…`. */
  from: string;
  to: string;
}

export interface Violation extends Arrow {
  kind: NeverKind;
  /** One line for the failure message: the pair and why it may not be. */
  message: string;
}

/** The arrows the layout never allows, each with the reason docs/architecture.md gives. */
export const NEVER = {
  'analyzer-to-analyzer': 'an analyzer imports another analyzer; what they share belongs in core/',
  'core-to-analyzer-internals': "the core reaches an analyzer only through its registry entry (index.ts) and its meta.ts",
  'rule-to-render': 'a rule imports a renderer; rules report data and never format',
  'render-to-github': 'a renderer imports the GitHub channel; renderers are pure functions of the report',
  'door-to-analyzer': 'a door (action, CLI) imports an analyzer; doors call the core, the renderers and github/ only',
  'core-to-outer': 'the core imports a renderer, a channel or a door; it is the bottom layer',
  'analyzer-to-outer': 'an analyzer imports a renderer, a channel or a door; analyzers produce findings and stats only',
  'render-to-analyzer-internals': "a renderer reaches into an analyzer; it reads an analyzer's meta.ts (its stats types) only",
  'render-to-door': 'a renderer imports a door or the library; renderers sit below them',
  'github-to-analyzer-or-door': 'the GitHub channel imports an analyzer or a door; it only makes calls',
  'library-to-door': 'the library imports a door; the doors are built on the library, not the other way round',
} as const;

export type NeverKind = keyof typeof NEVER;

type Part = 'core' | 'analyzer' | 'render' | 'github' | 'door' | 'library';

interface Place {
  part: Part;
  /** For an analyzer's files: which analyzer. */
  analyzer?: string;
  /** Path within the analyzer's folder, e.g. `meta.ts`, `rules/lint/invalid-step.ts`. */
  inner?: string;
  /** A rule's file: under `<analyzer>/rules/` or `core/rules/hygiene/`. */
  isRule: boolean;
}

/** Where a `src/…` file sits in the layout. */
export function placeOf(file: string): Place {
  const [, top, ...rest] = file.split('/');
  const inner = rest.join('/');
  if ((ANALYZERS as readonly string[]).includes(top)) return { part: 'analyzer', analyzer: top, inner, isRule: inner.startsWith('rules/') };
  if (top === 'core' || top === 'version.ts') return { part: 'core', isRule: inner.startsWith('rules/hygiene/') };
  // What two analyzers share of PostgreSQL (the parser, the splitter, the migration tools' order) sits with the core.
  if (top === 'postgres') return { part: 'core', isRule: false };
  if (top === 'render') return { part: 'render', isRule: false };
  if (top === 'github') return { part: 'github', isRule: false };
  if (top === 'action' || top === 'cli') return { part: 'door', isRule: false };
  if (top === 'index.ts') return { part: 'library', isRule: false };
  throw new Error(`${file} is in no part of the layout; give it a place in docs/architecture.md and in this test`);
}

/** Every import between the given files (`src/…` path → source text); bare package imports are not arrows. */
export function arrowsOf(files: ReadonlyMap<string, string>): Arrow[] {
  const arrows: Arrow[] = [];
  for (const [file, text] of files) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    for (const specifier of moduleSpecifiers(source)) {
      if (!specifier.startsWith('.')) continue;
      const to = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)).replace(/\.js$/, '.ts');
      arrows.push({ from: file, to });
    }
  }
  return arrows;
}

/** Every package a file imports (`@octokit/rest`, `node:fs`), as `[file, package]`. */
export function packageImportsOf(files: ReadonlyMap<string, string>): [file: string, specifier: string][] {
  return [...files].flatMap(([file, text]) => {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    return moduleSpecifiers(source).filter((specifier) => !specifier.startsWith('.')).map((specifier): [string, string] => [file, specifier]);
  });
}

function moduleSpecifiers(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      found.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The arrow's "never", if it is one; the most specific kind when several apply. */
export function neverKindOf(arrow: Arrow): NeverKind | undefined {
  const from = placeOf(arrow.from);
  const to = placeOf(arrow.to);
  const outer = to.part === 'render' || to.part === 'github' || to.part === 'door' || to.part === 'library';
  const publicEntry = to.inner === 'meta.ts' || to.inner === 'index.ts';
  switch (from.part) {
    case 'analyzer':
      if (to.part === 'analyzer' && to.analyzer !== from.analyzer) return 'analyzer-to-analyzer';
      if (from.isRule && to.part === 'render') return 'rule-to-render';
      return outer ? 'analyzer-to-outer' : undefined;
    case 'core':
      if (from.isRule && to.part === 'render') return 'rule-to-render';
      if (outer) return 'core-to-outer';
      return to.part === 'analyzer' && !publicEntry ? 'core-to-analyzer-internals' : undefined;
    case 'render':
      if (to.part === 'github') return 'render-to-github';
      if (to.part === 'door' || to.part === 'library') return 'render-to-door';
      return to.part === 'analyzer' && to.inner !== 'meta.ts' ? 'render-to-analyzer-internals' : undefined;
    case 'github':
      return to.part === 'analyzer' || to.part === 'door' || to.part === 'library' ? 'github-to-analyzer-or-door' : undefined;
    case 'door':
      return to.part === 'analyzer' ? 'door-to-analyzer' : undefined;
    case 'library':
      return to.part === 'door' ? 'library-to-door' : undefined;
  }
}

/** Every arrow the layout never allows, each naming its file pair. */
export function violationsOf(arrows: readonly Arrow[]): Violation[] {
  return arrows.flatMap((arrow) => {
    const kind = neverKindOf(arrow);
    return kind === undefined ? [] : [{ ...arrow, kind, message: `${arrow.from} → ${arrow.to}: ${NEVER[kind]}` }];
  });
}
