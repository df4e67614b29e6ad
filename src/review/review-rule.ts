import type ts from 'typescript';
import type { Node as PythonNode } from 'web-tree-sitter';
import type { Severity } from '../core/finding.js';
import { defineRule, type Rule } from '../core/rules/rule.js';
import type { SourceText } from '../core/rules/source-text.js';

export type Language = 'python' | 'typescript';
export type { PythonNode };

/** What a rule reports: offsets into the source (UTF-16), turned into lines and columns by the engine. */
export interface ReportDescriptor {
  start: number;
  end: number;
  message: string;
  suggestion?: string;
  data?: Record<string, unknown>;
  /** A severity the rule grades this finding at instead of its default; a severity set in the config still wins. */
  severity?: Severity;
}

export interface RuleContext<Options> {
  /** Repository-relative path with `/` separators. */
  readonly file: string;
  readonly language: Language;
  readonly source: SourceText;
  readonly options: Options;
  report(descriptor: ReportDescriptor): void;
}

type Handlers<TNode, TKey extends string | number> = Partial<Record<TKey, (node: TNode) => void>>;

/**
 * All rules share one walk of each tree: `enter` runs before a node's children, `exit` after them, `end` once
 * the whole tree is walked. Keys are tree-sitter node types for Python and SyntaxKind values for TypeScript.
 */
export interface Visitor<TNode, TKey extends string | number> {
  enter?: Handlers<TNode, TKey>;
  exit?: Handlers<TNode, TKey>;
  end?: () => void;
}

export type PythonVisitor = Visitor<PythonNode, string>;
export type TypeScriptVisitor = Visitor<ts.Node, ts.SyntaxKind>;

/**
 * What a TypeScript rule gets besides its context. The compiler module is handed in rather than imported so that
 * rules do not pull the TypeScript chunk into a Python-only review.
 */
export interface TypeScriptApi {
  ts: typeof ts;
  sourceFile: ts.SourceFile;
}

export interface SyntaxErrorInfo {
  start: number;
  end: number;
  message: string;
}

/** Where a file overflowed the call stack, and the limit it hit (the thread's stack size). */
export interface TooComplexInfo {
  /** `the TypeScript parser`, `the Python parser` or `the rules' walk`. */
  stage: string;
  limit: string;
}

/** How a review rule checks: the languages it reads, and a visitor factory for each of them. */
export interface ReviewCheck<Options> {
  readonly languages: readonly Language[];
  readonly python?: (context: RuleContext<Options>) => PythonVisitor;
  readonly typescript?: (context: RuleContext<Options>, api: TypeScriptApi) => TypeScriptVisitor;
  /** Only the syntax-error rule implements this: the engine calls it instead of the visitors when parsing fails. */
  readonly syntaxError?: (context: RuleContext<Options>, error: SyntaxErrorInfo) => void;
  /** Only file-too-complex implements this: the engine calls it when parsing or walking ran out of call stack. */
  readonly tooComplex?: (context: RuleContext<Options>, info: TooComplexInfo) => void;
}

export type ReviewRule<Options extends object = any, Id extends string = string> = Rule<ReviewCheck<Options>, Options, Id>;

/** A review rule, its option types taken from `defaultOptions` and its id kept for the registry's check. */
export function defineReviewRule<Id extends string, Options extends object>(rule: ReviewRule<Options, Id>): ReviewRule<Options, Id> {
  return defineRule(rule);
}
