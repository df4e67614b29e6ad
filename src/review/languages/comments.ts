import type ts from 'typescript';
import type { Tree } from 'web-tree-sitter';
import { DIRECTIVE_MARKER } from '../../core/rules/suppressions.js';

export interface CommentRange {
  text: string;
  start: number;
  end: number;
}

/** Our marker, and (when peer directives are honoured) the peers' markers of the language. */
export function directiveMarkers(peer: RegExp | undefined): RegExp {
  return new RegExp(peer ? `${DIRECTIVE_MARKER}|${peer.source}` : DIRECTIVE_MARKER, peer?.flags.includes('i') ? 'gi' : 'g');
}

/**
 * Comments holding a directive marker, in source order. The text is searched first, so a file without directives
 * costs one search; each hit is then checked against the parser's view, so a marker inside a string never counts.
 */
export function typescriptDirectiveComments(typescript: typeof ts, sourceFile: ts.SourceFile, markers: RegExp): CommentRange[] {
  const text = sourceFile.text;
  const comments: CommentRange[] = [];
  const search = new RegExp(markers.source, markers.flags.includes('g') ? markers.flags : `${markers.flags}g`);
  for (let match = search.exec(text); match; match = search.exec(text)) {
    const comment = typescriptCommentAt(typescript, sourceFile, match.index);
    if (comment && !comments.some((known) => known.start === comment.start)) comments.push(comment);
    // One lookup per comment: the next search starts after the comment that held this marker.
    if (comment) search.lastIndex = Math.max(search.lastIndex, comment.end);
  }
  return comments.sort((a, b) => a.start - b.start);
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

/**
 * Python comments are nodes in tree-sitter's tree; only those holding a marker are kept, in source order. They are
 * collected inside wasm in one call, never by a recursive walk that a deeply nested file could exhaust.
 */
export function pythonDirectiveComments(tree: Tree, text: string, markers: RegExp): CommentRange[] {
  const test = new RegExp(markers.source, markers.flags.replace('g', ''));
  if (!test.test(text)) return [];
  const comments: CommentRange[] = [];
  for (const node of tree.rootNode.descendantsOfType('comment')) {
    if (node && test.test(node.text)) comments.push({ text: node.text, start: node.startIndex, end: node.endIndex });
  }
  return comments;
}
