import type { Parser, Tree } from 'web-tree-sitter';
import type { PythonVisitor, SyntaxErrorInfo } from '../review-rule.js';
/** One parser per thread, created on first use so a TypeScript-only review never loads tree-sitter. */
export declare function pythonParser(): Promise<Parser>;
export declare function parsePython(text: string): Promise<Tree>;
/**
 * tree-sitter recovers from errors instead of stopping, so the first error is the earliest ERROR or MISSING node.
 * It also accepts `except*:` without a type, which Python rejects; that is searched for only when the text has it.
 */
export declare function findPythonSyntaxError(tree: Tree, text: string): SyntaxErrorInfo | undefined;
/**
 * Visits, in document order, only the nodes of the types some visitor asked for. tree-sitter collects them inside
 * wasm in one call (`descendantsOfType`); a cursor walk from JavaScript would cross into wasm for every node of the
 * tree and cost as much as the parse. Exits are replayed from the nodes' ranges: tree nodes nest, so a node has
 * ended once a node starting at or after its end comes up.
 */
export declare function walkPython(tree: Tree, visitors: readonly PythonVisitor[]): void;
