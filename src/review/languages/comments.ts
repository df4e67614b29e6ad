import type ts from 'typescript';
import type { Node, Tree } from 'web-tree-sitter';
import { DIRECTIVE_MARKER } from '../../core/rules/suppressions.js';

export interface CommentRange {
  text: string;
  start: number;
  end: number;
}

/**
 * Comments holding a directive marker. The text is searched first, so a file without directives costs one
 * `indexOf`; each hit is then checked against the parser's view, so a marker inside a string never counts.
 */
export function typescriptDirectiveComments(typescript: typeof ts, sourceFile: ts.SourceFile): CommentRange[] {
  const text = sourceFile.text;
  const comments: CommentRange[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(DIRECTIVE_MARKER, from);
    if (at === -1) return comments;
    const comment = typescriptCommentAt(typescript, sourceFile, at);
    if (comment && !comments.some((known) => known.start === comment.start)) comments.push(comment);
    from = at + DIRECTIVE_MARKER.length;
  }
}

/** A comment lives in the trivia before some token: find that token, then the comment range around the offset. */
function typescriptCommentAt(typescript: typeof ts, sourceFile: ts.SourceFile, offset: number): CommentRange | undefined {
  let node: ts.Node = sourceFile;
  descend: for (;;) {
    for (const child of node.getChildren(sourceFile)) {
      // getChildren lists a `/** */` comment as a JSDoc node; stepping into it would take the comment for code.
      if (typescript.isJSDoc(child)) continue;
      if (child.pos <= offset && offset < child.end) {
        node = child;
        continue descend;
      }
    }
    break;
  }
  if (node !== sourceFile && offset >= node.getStart(sourceFile)) return undefined;
  const text = sourceFile.text;
  const ranges = [
    ...(typescript.getLeadingCommentRanges(text, node.pos) ?? []),
    ...(typescript.getTrailingCommentRanges(text, node.pos) ?? []),
  ];
  const range = ranges.find((candidate) => candidate.pos <= offset && offset < candidate.end);
  return range ? { text: text.slice(range.pos, range.end), start: range.pos, end: range.end } : undefined;
}

/** Python comments are nodes in tree-sitter's tree; only those holding a marker are kept. */
export function pythonDirectiveComments(tree: Tree, text: string): CommentRange[] {
  if (!text.includes(DIRECTIVE_MARKER)) return [];
  const comments: CommentRange[] = [];
  const visit = (node: Node) => {
    if (node.type === 'comment') {
      if (node.text.includes(DIRECTIVE_MARKER)) comments.push({ text: node.text, start: node.startIndex, end: node.endIndex });
      return;
    }
    for (const child of node.children) if (child) visit(child);
  };
  visit(tree.rootNode);
  return comments;
}
