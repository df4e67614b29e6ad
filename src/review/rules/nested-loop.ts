import { LoopNesting, type Loop, type Nesting } from '../analysis/loop-nesting.js';
import { pythonLoopVisitor } from '../analysis/python-loops.js';
import { typescriptLoopVisitor } from '../analysis/typescript-loops.js';
import { defineReviewRule, type RuleContext } from '../review-rule.js';

const PYTHON_SUGGESTION = 'Index the inner collection (a dict or set) once outside the outer loop, so each lookup is O(1).';
const TYPESCRIPT_SUGGESTION = 'Index the inner collection (a Map or Set) once outside the outer loop, so each lookup is O(1).';

/**
 * Loops inside loops multiply their iteration counts; when the inner loop is a search of another collection,
 * indexing it once makes the pair linear.
 */
export const nestedLoop = defineReviewRule({
  meta: {
    id: 'nested-loop',
    category: 'performance',
    severity: 'warning',
    description: "A loop whose body runs inside another loop's body.",
    summary: "a loop (including comprehension clauses and `forEach`/`map`/`filter`/… callbacks) that runs inside another loop's body",
  },
  languages: ['python', 'typescript'],
  defaultOptions: {},
  python(context) {
    return pythonLoopVisitor(new LoopNesting(), (loop, nesting) => reportIfNested(context, loop, nesting, PYTHON_SUGGESTION));
  },
  typescript(context, api) {
    return typescriptLoopVisitor(api, new LoopNesting(), { iterationCalls: true }, (loop, nesting) =>
      reportIfNested(context, loop, nesting, TYPESCRIPT_SUGGESTION),
    );
  },
});

function reportIfNested(context: RuleContext<unknown>, loop: Loop, nesting: Nesting | undefined, suggestion: string): void {
  if (!nesting) return;
  const outerLine = context.source.position(nesting.outerStart).line;
  context.report({
    start: loop.start,
    end: loop.end,
    message: `Loop nested at depth ${nesting.depth} inside the loop at line ${outerLine}.`,
    suggestion,
    data: { depth: nesting.depth, outerLine },
  });
}
