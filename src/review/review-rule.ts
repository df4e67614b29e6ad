import type ts from 'typescript';
import type { Node as PythonNode } from 'web-tree-sitter';
import type { Category, Severity } from '../core/finding.js';
import type { SourceText } from '../core/rules/source-text.js';

export type Language = 'python' | 'typescript';
export type { PythonNode };

/** A JSON Schema fragment describing one rule option, used to validate the config file. */
export type OptionSchema = Record<string, unknown>;

export interface RuleMeta {
  id: string;
  category: Category;
  /** Default severity; the config may change it or turn the rule off. */
  severity: Severity;
  /** One sentence: what the rule reports. Shown in SARIF and the docs index. */
  description: string;
  languages: readonly Language[];
  /** Option name (kebab-case, as written in the config file) → its schema. */
  options?: Record<string, OptionSchema>;
}

/** What a rule reports: offsets into the source (UTF-16), turned into lines and columns by the engine. */
export interface ReportDescriptor {
  start: number;
  end: number;
  message: string;
  suggestion?: string;
  data?: Record<string, unknown>;
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

export interface Rule<Options = Record<string, never>> {
  meta: RuleMeta;
  defaultOptions: Options;
  python?: (context: RuleContext<Options>) => PythonVisitor;
  typescript?: (context: RuleContext<Options>, api: TypeScriptApi) => TypeScriptVisitor;
  /** Only the syntax-error rule implements this: the engine calls it instead of the visitors when parsing fails. */
  syntaxError?: (context: RuleContext<Options>, error: SyntaxErrorInfo) => void;
}

/** Identity helper that keeps each rule's option type while the registry holds them as `AnyRule`. */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

export type AnyRule = Rule<any>;
