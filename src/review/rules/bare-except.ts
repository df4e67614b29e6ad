import { keepsTraceback } from '../analysis/python-handlers.js';
import { defineReviewRule } from '../review-rule.js';

/**
 * `except:` also catches KeyboardInterrupt, SystemExit and GeneratorExit, so Ctrl-C and `sys.exit()` get swallowed
 * along with the error the author had in mind. A handler that re-raises (a cleanup: `except: conn.rollback(); raise`)
 * or logs the traceback swallows nothing, as pylint reads it. `except*` always names a type (without one it is a
 * syntax error).
 */
export const bareExcept = defineReviewRule({
  meta: {
    id: 'bare-except',
    category: 'antipattern',
    // notice until it reaches 90% precision at warning on the precision bench (docs/benchmarks.md)
    severity: 'notice',
    description: 'A Python `except:` clause that names no exception type and neither re-raises nor logs the traceback.',
    summary: 'Python `except:` with no exception type that neither re-raises nor logs the traceback',
  },
  languages: ['python'],
  defaultOptions: {},
  python(context) {
    return {
      enter: {
        except_clause(clause) {
          if (clause.childForFieldName('value')) return;
          const colon = clause.children.find((child) => child.type === ':');
          const body = clause.namedChildren.find((child) => child.type === 'block');
          if (body && keepsTraceback(body)) return;
          context.report({
            start: clause.startIndex,
            end: colon?.endIndex ?? clause.startIndex,
            message: "Bare 'except:' catches everything, including KeyboardInterrupt and SystemExit.",
            suggestion: 'Catch the exceptions you expect (e.g. `except ValueError:`), or `except Exception:` and log it.',
          });
        },
      },
    };
  },
});
