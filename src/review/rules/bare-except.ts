import { defineReviewRule } from '../review-rule.js';

/**
 * `except:` also catches KeyboardInterrupt, SystemExit and GeneratorExit, so Ctrl-C and `sys.exit()` get swallowed
 * along with the error the author had in mind. `except*` always names a type (without one it is a syntax error).
 */
export const bareExcept = defineReviewRule({
  meta: {
    id: 'bare-except',
    category: 'antipattern',
    severity: 'warning',
    description: "A Python `except:` clause that names no exception type.",
    summary: 'Python `except:` with no exception type',
  },
  languages: ['python'],
  defaultOptions: {},
  python(context) {
    return {
      enter: {
        except_clause(clause) {
          if (clause.childForFieldName('value')) return;
          const colon = clause.children.find((child) => child.type === ':');
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
