import { isEmptyHandlerBody, keepsTraceback } from '../analysis/python-handlers.js';
import { defineReviewRule, type PythonNode } from '../review-rule.js';

const BROAD_TYPES = new Set(['Exception', 'BaseException', 'builtins.Exception', 'builtins.BaseException']);

/**
 * `except Exception:` also catches the bugs nobody expected (a typo's NameError, a wrong attribute), and a handler
 * that neither re-raises nor logs the traceback leaves no trace of them. Bare `except:` is bare-except's, and an empty
 * handler (`except Exception: pass`) is empty-catch's: one finding for one handler.
 */
export const broadExceptionCaught = defineReviewRule({
  meta: {
    id: 'broad-exception-caught',
    category: 'antipattern',
    // notice until it reaches 90% precision at warning on the precision bench (docs/benchmarks.md)
    severity: 'notice',
    description: 'A Python handler for `Exception` or `BaseException` that neither re-raises nor logs the traceback.',
    summary: '`except Exception:` that neither re-raises nor logs the traceback (`logger.exception`, `exc_info=`, `traceback.print_exc`, the error stream)',
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
          if (!caught || !colon || !body || isEmptyHandlerBody(body) || keepsTraceback(body)) return;
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
