import { Parser, type CST } from 'yaml';
import { SourceText } from '../../core/rules/source-text.js';
import { DIRECTIVE_MARKER, parseDirective, type Directive } from '../../core/rules/suppressions.js';

/** A manifest file's suppression directives, with the file's text so they can be placed and fingerprinted. */
export interface FileDirectives {
  source: SourceText;
  directives: readonly Directive[];
}

/**
 * Reads the `predator-guard-ignore…` directives of one YAML file (every document in it). Comments come from the
 * yaml package's own CST, never from a text search, so a `#` inside a quoted or block scalar is never a comment.
 */
export function yamlDirectives(text: string): FileDirectives {
  const source = new SourceText(text);
  // Most manifests hold no directive at all; skip the second parse for them.
  if (!text.includes(DIRECTIVE_MARKER)) return { source, directives: [] };
  const directives: Directive[] = [];
  for (const token of new Parser().parse(text)) {
    for (const comment of commentsIn(token)) {
      const directive = parseDirective(comment.source, comment.offset, comment.offset + comment.source.length, source);
      if (directive) directives.push(directive);
    }
  }
  return { source, directives };
}

/** Every comment token under a CST token: comments sit in the before/after token lists of documents, items and scalars. */
function* commentsIn(token: CST.Token | null | undefined): Generator<CST.SourceToken> {
  if (!token) return;
  switch (token.type) {
    case 'comment':
      yield token;
      return;
    case 'document':
      yield* commentsOf(token.start);
      yield* commentsIn(token.value);
      yield* commentsOf(token.end);
      return;
    case 'doc-end':
    case 'alias':
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
      yield* commentsOf(token.end);
      return;
    case 'block-scalar':
      // Only the header line (`key: | # note`) can hold a comment; the scalar's body is text.
      for (const prop of token.props) yield* commentsIn(prop);
      return;
    case 'block-map':
    case 'block-seq':
      for (const item of token.items) yield* commentsOfItem(item);
      return;
    case 'flow-collection':
      for (const item of token.items) yield* commentsOfItem(item);
      yield* commentsOf(token.end);
      return;
    default:
      return;
  }
}

function* commentsOfItem(item: CST.CollectionItem): Generator<CST.SourceToken> {
  yield* commentsOf(item.start);
  yield* commentsIn(item.key);
  yield* commentsOf(item.sep);
  yield* commentsIn(item.value);
}

function* commentsOf(tokens: readonly CST.Token[] | undefined): Generator<CST.SourceToken> {
  for (const token of tokens ?? []) yield* commentsIn(token);
}
