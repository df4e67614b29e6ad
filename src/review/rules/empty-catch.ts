import type ts from 'typescript';
import { caughtTypeNames, isPlaceholder } from '../analysis/python-handlers.js';
import { defineReviewRule, type PythonNode, type TypeScriptApi } from '../review-rule.js';
import type { SourceText } from '../../core/rules/source-text.js';
import { DIRECTIVE_MARKER } from '../../core/rules/suppressions.js';

const SUGGESTION =
  'Handle, log or re-raise the exception; if ignoring it is deliberate, say why in a comment inside the handler.';
const NARROW_SUGGESTION =
  'If going on without the value is intended, say so: `with contextlib.suppress(…):`, or a lookup with a default (`.get(key, default)`, `getattr(obj, name, default)`, `next(it, default)`).';

/** What an optional import raises: a handler of only these, around an import, is how Python spells "if installed". */
const IMPORT_ERRORS = new Set(['ImportError', 'ModuleNotFoundError']);

/**
 * Ctrl-C: a handler of only this is the program stopping because the user asked it to, on purpose; nothing that
 * went wrong is hidden.
 */
const INTERRUPTS = new Set(['KeyboardInterrupt']);

/**
 * Built-in exceptions that a lookup or a parse raises to say "not there" or "not that": swallowing one and going on
 * is a fallback, often a default already set, rather than a hidden failure. The rule's docs page lists them.
 */
export const NARROW_EXCEPTIONS: ReadonlySet<string> = new Set([
  'KeyError',
  'IndexError',
  'LookupError',
  'AttributeError',
  'ValueError',
  'TypeError',
  'UnicodeDecodeError',
  'UnicodeEncodeError',
  'StopIteration',
  'StopAsyncIteration',
  'FileNotFoundError',
  'FileExistsError',
  'NotADirectoryError',
  'IsADirectoryError',
  'ProcessLookupError',
]);

/**
 * A handler that does nothing hides the failure it caught, and every later symptom points somewhere else. A comment
 * inside the handler is taken as the author saying the swallowing is deliberate, as ESLint's no-empty does; a
 * suppression directive is not such a comment, because it silences the finding rather than explaining the handler.
 */
export const emptyCatch = defineReviewRule({
  meta: {
    id: 'empty-catch',
    category: 'antipattern',
    // notice until it reaches 90% precision at warning on the precision bench (docs/benchmarks.md)
    severity: 'notice',
    description: 'An exception handler with an empty body, which silently swallows the exception.',
    summary: 'a handler that swallows the exception (`except …: pass`, `catch (e) {}`) without a comment saying why',
  },
  languages: ['python', 'typescript'],
  defaultOptions: {},
  python(context) {
    return {
      enter: {
        except_clause(clause) {
          const colon = clause.children.find((child) => child.type === ':');
          const body = clause.namedChildren.find((child) => child.type === 'block');
          const statements = body?.namedChildren.filter((child) => child.type !== 'comment') ?? [];
          if (!colon || statements.length === 0 || !statements.every(isPlaceholder)) return;
          const bodyEnd = statements[statements.length - 1].endIndex;
          if (hasPythonIntentComment(context.source, clause.startIndex, colon.endIndex, bodyEnd)) return;
          const caught = caughtTypeNames(clause);
          if (caught.length > 0 && caught.every((name) => IMPORT_ERRORS.has(name)) && guardsImport(clause)) return;
          if (caught.length > 0 && caught.every((name) => INTERRUPTS.has(name))) return;
          const narrow = caught.length > 0 && caught.every((name) => NARROW_EXCEPTIONS.has(name));
          context.report({
            start: clause.startIndex,
            end: bodyEnd,
            message: `Empty '${exceptHeader(clause, colon)}' swallows the exception.`,
            suggestion: narrow ? NARROW_SUGGESTION : SUGGESTION,
            ...(narrow ? { severity: 'notice' as const } : {}),
          });
        },
      },
    };
  },
  typescript(context, { ts, sourceFile }) {
    return {
      enter: {
        [ts.SyntaxKind.CatchClause](node) {
          if (!ts.isCatchClause(node) || node.block.statements.length > 0) return;
          if (hasTypeScriptIntentComment(ts, sourceFile, node.block)) return;
          context.report({
            start: node.getStart(sourceFile),
            end: node.block.end,
            message: 'Empty catch block swallows the exception.',
            suggestion: SUGGESTION,
          });
        },
      },
    };
  },
});

/** Whether the `try` this clause belongs to holds an import directly in its body: an optional dependency. */
function guardsImport(clause: PythonNode): boolean {
  const body = clause.parent?.type === 'try_statement' ? clause.parent.childForFieldName('body') : null;
  return body?.namedChildren.some((statement) => statement?.type === 'import_statement' || statement?.type === 'import_from_statement') ?? false;
}

/**
 * Reads comments from the text rather than the tree because tree-sitter files a comment indented between the `except`
 * and its body outside the clause. That is safe here: between the colon and the next code token there are only
 * `pass`, `...`, `;` and comments, so every `#` in that stretch starts a comment. A comment on the header line or
 * indented deeper than the `except` belongs to the handler; one at the `except`'s indentation introduces what follows.
 */
function hasPythonIntentComment(source: SourceText, exceptStart: number, colonEnd: number, bodyEnd: number): boolean {
  const trailingTrivia = /(?:\s|#[^\r\n]*)*/y;
  trailingTrivia.lastIndex = bodyEnd;
  trailingTrivia.exec(source.text);
  const handlerText = source.text.slice(colonEnd, trailingTrivia.lastIndex);
  const exceptColumn = source.position(exceptStart).column;
  const headerLine = source.position(colonEnd).line;
  for (const comment of handlerText.matchAll(/#[^\r\n]*/g)) {
    if (comment[0].includes(DIRECTIVE_MARKER)) continue;
    const at = source.position(colonEnd + comment.index);
    if (at.line === headerLine || at.column > exceptColumn) return true;
  }
  return false;
}

/** The header as the author wrote it, on one line: comments dropped, whitespace and line continuations folded. */
function exceptHeader(clause: PythonNode, colon: PythonNode): string {
  let header = clause.text.slice(0, colon.endIndex - clause.startIndex);
  const comments = clause.descendantsOfType('comment').filter((comment) => comment.endIndex <= colon.startIndex);
  for (const comment of comments.reverse()) {
    header = header.slice(0, comment.startIndex - clause.startIndex) + header.slice(comment.endIndex - clause.startIndex);
  }
  return header.replace(/(?:\s|\\(?=[\r\n]))+/g, ' ');
}

/** The block is empty, so whatever trivia sits between its braces is comments and whitespace. */
function hasTypeScriptIntentComment(typescript: TypeScriptApi['ts'], sourceFile: ts.SourceFile, block: ts.Block): boolean {
  const text = sourceFile.text;
  const inside = block.getStart(sourceFile) + 1;
  // Comments on the brace's own line are "trailing" to it, the ones on later lines "leading" to the closing brace.
  const comments = [
    ...(typescript.getTrailingCommentRanges(text, inside) ?? []),
    ...(typescript.getLeadingCommentRanges(text, inside) ?? []),
  ];
  return comments.some((comment) => !text.slice(comment.pos, comment.end).includes(DIRECTIVE_MARKER));
}
