import type ts from 'typescript';
import type { Tree } from 'web-tree-sitter';
export interface CommentRange {
    text: string;
    start: number;
    end: number;
}
/**
 * Comments holding a directive marker. The text is searched first, so a file without directives costs one
 * `indexOf`; each hit is then checked against the parser's view, so a marker inside a string never counts.
 */
export declare function typescriptDirectiveComments(typescript: typeof ts, sourceFile: ts.SourceFile): CommentRange[];
/** Python comments are nodes in tree-sitter's tree; only those holding a marker are kept. */
export declare function pythonDirectiveComments(tree: Tree, text: string): CommentRange[];
