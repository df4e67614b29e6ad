import type { Parser, Tree } from 'web-tree-sitter';
import type { PythonVisitor, SyntaxErrorInfo } from '../rule.js';
/** One parser per thread, created on first use so a TypeScript-only review never loads tree-sitter. */
export declare function pythonParser(): Promise<Parser>;
export declare function parsePython(text: string): Promise<Tree>;
/**
 * tree-sitter recovers from errors instead of stopping, so the first error is the earliest ERROR or MISSING node.
 * It also accepts `except*:` without a type, which Python rejects; that is searched for only when the text has it.
 */
export declare function findPythonSyntaxError(tree: Tree, text: string): SyntaxErrorInfo | undefined;
/**
 * Walks the tree once with a cursor, materialising a node object only for types some visitor asked for:
 * creating nodes is the expensive part of a web-tree-sitter walk.
 */
export declare function walkPython(tree: Tree, visitors: readonly PythonVisitor[]): void;
