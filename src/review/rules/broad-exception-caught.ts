import { defineReviewRule, type PythonNode } from '../review-rule.js';

const BROAD_TYPES = new Set(['Exception', 'BaseException', 'builtins.Exception', 'builtins.BaseException']);
/** Bodies defined in the handler run later, if at all, so what they do is not what the handler does. */
const NESTED_BODIES = new Set(['function_definition', 'class_definition', 'lambda']);
/** Literal values of `exc_info=` that log no traceback. */
const NO_TRACEBACK = new Set(['False', 'None', '0']);

/**
 * `except Exception:` also catches the bugs nobody expected (a typo's NameError, a wrong attribute), and a handler
 * that neither re-raises nor logs the traceback leaves no trace of them. Bare `except:` is bare-except's.
 */
export const broadExceptionCaught = defineReviewRule({
  meta: {
    id: 'broad-exception-caught',
    category: 'antipattern',
    severity: 'warning',
    description: 'A Python handler for `Exception` or `BaseException` that neither re-raises nor logs the traceback.',
    summary: '`except Exception:` that neither re-raises nor logs the traceback',
  },
  languages: ['python'],
  defaultOptions: {},
  python(context) {
    return {
      enter: {
        except_clause(clause) {
          const caught = clause.childrenForFieldName('value').map(broadTypeIn).find((type) => type !== undefined);
          const colon = clause.children.find((child) => child.type === ':');
          const body = clause.namedChildren.find((child) => child.type === 'block');
          if (!caught || !colon || !body || keepsTraceback(body)) return;
          context.report({
            start: caught.startIndex,
            end: colon.endIndex,
            message: `Catching '${caught.text}' hides unexpected errors.`,
            suggestion: 'Catch the exceptions you expect, or re-raise / log with logger.exception() so the traceback is kept.',
          });
        },
      },
    };
  },
});

/** The broad type named by `Exception`, `(ValueError, Exception)`, `Exception as e` or `builtins.Exception`. */
function broadTypeIn(caught: PythonNode): PythonNode | undefined {
  if (caught.type === 'identifier' || caught.type === 'attribute') return BROAD_TYPES.has(caught.text) ? caught : undefined;
  // The caught types come first in `… as e`; the name bound comes last.
  if (caught.type === 'as_pattern') return caught.firstNamedChild ? broadTypeIn(caught.firstNamedChild) : undefined;
  if (caught.type !== 'tuple' && caught.type !== 'parenthesized_expression') return undefined;
  return caught.namedChildren.map(broadTypeIn).find((type) => type !== undefined);
}

/** Whether the handler itself re-raises (`raise`, `raise … from e`) or logs the traceback. */
function keepsTraceback(node: PythonNode): boolean {
  if (node.type === 'raise_statement' || (node.type === 'call' && logsTraceback(node))) return true;
  return node.namedChildren.some((child) => !NESTED_BODIES.has(child.type) && keepsTraceback(child));
}

/** `logger.exception(…)`, `logging.exception(…)`, or any call passing `exc_info` a value that is not literally off. */
function logsTraceback(call: PythonNode): boolean {
  const callee = call.childForFieldName('function');
  if (callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'exception') return true;
  const keywords = call.childForFieldName('arguments')?.namedChildren.filter((argument) => argument.type === 'keyword_argument') ?? [];
  return keywords.some((keyword) => {
    const value = keyword.childForFieldName('value');
    return keyword.childForFieldName('name')?.text === 'exc_info' && value !== null && !NO_TRACEBACK.has(value.text);
  });
}
