import { composeVisitors } from '../analysis/compose-visitors.js';
import { LoopNesting, type Loop } from '../analysis/loop-nesting.js';
import { pythonLoopVisitor } from '../analysis/python-loops.js';
import { typescriptLoopVisitor } from '../analysis/typescript-loops.js';
import { defineReviewRule, type RuleContext } from '../review-rule.js';

const MESSAGE = "'await' inside a loop runs the iterations one after another.";
const PYTHON_SUGGESTION = 'Gather independent operations with asyncio.gather (or a TaskGroup) instead of awaiting one at a time.';
const TYPESCRIPT_SUGGESTION =
  'Start the operations first and await them together with Promise.all (or a bounded pool) when they are independent.';

/**
 * Each awaited operation must finish before the next iteration starts it, so independent I/O runs serially. A
 * `for await` / `async for` is sequential by design, and so are the awaits it repeats directly, as in ESLint's
 * no-await-in-loop. A function written in the loop resets: awaiting inside an async callback does not hold up the
 * loop (whatever else is wrong with passing one to forEach).
 */
export const awaitInLoop = defineReviewRule({
  meta: {
    id: 'await-in-loop',
    category: 'performance',
    severity: 'warning',
    description: 'An `await` that runs on every iteration of a loop, so the iterations cannot overlap.',
    summary: 'an `await` that runs once per iteration, serialising independent work',
  },
  languages: ['python', 'typescript'],
  defaultOptions: {},
  python(context) {
    const loops = new RepeatedAwaits(context, PYTHON_SUGGESTION);
    return composeVisitors(pythonLoopVisitor(loops.nesting, loops.onLoop), {
      enter: {
        // The anonymous `await` keyword shares its node's type name; only the named node is the expression.
        await(node) {
          if (node.isNamed) loops.reportIfRepeated(node.startIndex, node.endIndex);
        },
      },
    });
  },
  typescript(context, api) {
    const loops = new RepeatedAwaits(context, TYPESCRIPT_SUGGESTION);
    return composeVisitors(typescriptLoopVisitor(api, loops.nesting, { iterationCalls: false }, loops.onLoop), {
      enter: {
        [api.ts.SyntaxKind.AwaitExpression]: (node) => loops.reportIfRepeated(node.getStart(api.sourceFile), node.end),
      },
    });
  },
});

/** The loops around the walk, and which of them already await each step. */
class RepeatedAwaits {
  readonly nesting = new LoopNesting();
  private readonly sequentialLoopStarts = new Set<number>();

  constructor(
    private readonly context: RuleContext<unknown>,
    private readonly suggestion: string,
  ) {}

  readonly onLoop = (loop: Loop): void => {
    if (loop.awaitsEachStep) this.sequentialLoopStarts.add(loop.start);
  };

  reportIfRepeated(start: number, end: number): void {
    const loopStart = this.nesting.innermostLoopRepeating(start);
    if (loopStart === undefined || this.sequentialLoopStarts.has(loopStart)) return;
    const loopLine = this.context.source.position(loopStart).line;
    this.context.report({ start, end, message: MESSAGE, suggestion: this.suggestion, data: { loopLine } });
  }
}
