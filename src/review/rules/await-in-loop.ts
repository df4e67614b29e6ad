import type ts from 'typescript';
import { composeVisitors } from '../analysis/compose-visitors.js';
import { LoopDerivedNames } from '../analysis/loop-derived-names.js';
import { LoopNesting, type Loop, type LoopSource } from '../analysis/loop-nesting.js';
import { pythonLoopVisitor } from '../analysis/python-loops.js';
import { pythonNamesBound, pythonNamesRead } from '../analysis/python-names.js';
import { typescriptLoopVisitor } from '../analysis/typescript-loops.js';
import { typescriptNamesBound, typescriptNamesRead } from '../analysis/typescript-names.js';
import { defineReviewRule, type PythonNode, type RuleContext } from '../review-rule.js';

const MESSAGE = "'await' inside a loop runs the iterations one after another.";
const PYTHON_SUGGESTION = 'Gather independent operations with asyncio.gather (or a TaskGroup) instead of awaiting one at a time.';
const TYPESCRIPT_SUGGESTION =
  'Start the operations first and await them together with Promise.all (or a bounded pool) when they are independent.';

/**
 * Methods whose calls are ordered I/O on one writer, connection, queue or transaction: overlapping them would
 * interleave or reorder what they send, so awaiting each in turn is the point. The rule's docs page lists them.
 */
export const ORDERED_IO_METHODS: ReadonlySet<string> = new Set([
  'write',
  'writelines',
  'drain',
  'send',
  'sendall',
  'sendto',
  'send_bytes',
  'send_text',
  'send_json',
  'flush',
  'commit',
  'rollback',
  'put',
  'sleep',
]);

/**
 * Awaits that already overlap the work of their pass (`await Promise.all(batch.map(…))`, `await asyncio.gather(*batch)`):
 * a loop around one runs batches one after another, which bounds how much runs at once, by design.
 */
const CONCURRENT_AWAITS: ReadonlySet<string> = new Set(['Promise.all', 'Promise.allSettled', 'asyncio.gather', 'asyncio.wait']);

/**
 * Each awaited operation must finish before the next iteration starts it, so independent I/O runs serially. Only
 * awaits that could overlap are reported: in a loop over a collection, reading the loop's item, with nothing carried
 * from one iteration to the next and no way out of the loop once something has been awaited.
 */
export const awaitInLoop = defineReviewRule({
  meta: {
    id: 'await-in-loop',
    category: 'performance',
    // notice until it reaches 90% precision at warning on the precision bench (docs/benchmarks.md)
    severity: 'notice',
    description: "An `await` on every iteration of a loop over a collection, on the loop's item, that could overlap with the others.",
    summary:
      "an `await` once per item of a collection whose input reads the item and nothing carried between iterations; not in `while` loops, retries or loops that `break`/`return` after it, nor ordered I/O (`write`, `drain`, `send`, `commit`, …)",
  },
  languages: ['python', 'typescript'],
  defaultOptions: {},
  python(context) {
    const awaits = new RepeatedAwaits(context, PYTHON_SUGGESTION);
    const assign = (node: PythonNode, targets: string[], value: PythonNode | null) =>
      awaits.assignment(node.startIndex, node.endIndex, targets, pythonNamesRead(value));
    return composeVisitors(pythonLoopVisitor(awaits.nesting, awaits.onLoop), {
      enter: {
        // The anonymous `await` keyword shares its node's type name; only the named node is the expression.
        await(node) {
          if (!node.isNamed) return;
          const awaited = node.namedChildren[0] ?? null;
          const args = awaited?.type === 'call' ? (awaited.childForFieldName('arguments')?.text ?? '') : '';
          awaits.await(node.startIndex, node.endIndex, pythonNamesRead(awaited), pythonMethodCall(awaited), args);
        },
        assignment: (node) => assign(node, pythonNamesBound(node.childForFieldName('left')), node.childForFieldName('right')),
        augmented_assignment: (node) => assign(node, pythonNamesBound(node.childForFieldName('left')), node.childForFieldName('right')),
        named_expression: (node) => assign(node, pythonNamesBound(node.childForFieldName('name')), node.childForFieldName('value')),
        as_pattern: (node) => assign(node, pythonNamesBound(node.childForFieldName('alias')?.firstNamedChild ?? null), node.firstNamedChild),
        break_statement: (node) => awaits.exit(node.startIndex, node.endIndex, 'break'),
        return_statement: (node) => awaits.exit(node.startIndex, node.endIndex, 'return'),
      },
      end: () => awaits.reportAll(),
    });
  },
  typescript(context, api) {
    const { ts: typescript, sourceFile } = api;
    const { SyntaxKind } = typescript;
    const awaits = new RepeatedAwaits(context, TYPESCRIPT_SUGGESTION);
    // The update of a C-style for runs after the body, so what it assigns is carried into every await of the body.
    const assign = (node: ts.Node, target: ts.Node, value: ts.Node | undefined) =>
      awaits.assignment(node.getStart(sourceFile), forUpdated(typescript, node)?.end ?? node.end, typescriptNamesBound(typescript, target), typescriptNamesRead(typescript, value));
    return composeVisitors(typescriptLoopVisitor(api, awaits.nesting, { iterationCalls: false }, awaits.onLoop), {
      enter: {
        [SyntaxKind.AwaitExpression]: (node) => {
          const awaited = (node as ts.AwaitExpression).expression;
          const args = typescript.isCallExpression(awaited) ? awaited.arguments.map((argument) => argument.getText(sourceFile)).join(',') : '';
          awaits.await(node.getStart(sourceFile), node.end, typescriptNamesRead(typescript, awaited), typescriptMethodCall(typescript, awaited), args);
        },
        [SyntaxKind.VariableDeclaration]: (node) => {
          const declaration = node as ts.VariableDeclaration;
          if (declaration.initializer) assign(node, declaration.name, declaration.initializer);
        },
        [SyntaxKind.BinaryExpression]: (node) => {
          const binary = node as ts.BinaryExpression;
          const kind = binary.operatorToken.kind;
          if (kind >= SyntaxKind.FirstAssignment && kind <= SyntaxKind.LastAssignment) assign(node, binary.left, binary.right);
        },
        [SyntaxKind.BreakStatement]: (node) => {
          const statement = node as ts.BreakStatement;
          // A break that leaves a switch stays in the loop; a labelled one may leave any loop around it.
          if (statement.label) awaits.exit(node.getStart(sourceFile), node.end, 'return');
          else if (!breaksSwitch(typescript, statement)) awaits.exit(node.getStart(sourceFile), node.end, 'break');
        },
        [SyntaxKind.ReturnStatement]: (node) => awaits.exit(node.getStart(sourceFile), node.end, 'return'),
      },
      end: () => awaits.reportAll(),
    });
  },
});

/** An awaited method call: its name and the names its receiver reads. */
interface MethodCall {
  name: string;
  receiverReads: readonly string[];
}

/** A call that passes one of these (as an argument or an option) runs on that transaction, in order. */
const TRANSACTION = /\b(?:transaction|trx|tx)\b/;

interface SeenAwait {
  start: number;
  end: number;
  around: number[];
  reads: readonly string[];
  method: MethodCall | undefined;
  inTransaction: boolean;
}

interface SeenAssignment {
  end: number;
  around: number[];
  targets: readonly string[];
}

/**
 * What the walk meets inside loops, decided on at its end: whether an await is carried or followed by a way out
 * depends on code after it in the loop.
 */
class RepeatedAwaits {
  readonly nesting = new LoopNesting();
  private readonly derived = new LoopDerivedNames();
  private readonly sources = new Map<number, LoopSource>();
  private readonly sequentialLoopStarts = new Set<number>();
  private readonly awaits: SeenAwait[] = [];
  private readonly assignments: SeenAssignment[] = [];
  /** Offsets after which a loop can be left: a `break` leaves the innermost loop, a `return` every loop around it. */
  private readonly exits: { at: number; loops: number[] }[] = [];

  constructor(
    private readonly context: RuleContext<unknown>,
    private readonly suggestion: string,
  ) {}

  readonly onLoop = (loop: Loop): void => {
    this.derived.enterLoop(loop);
    this.sources.set(loop.start, loop.source);
    if (loop.awaitsEachStep) this.sequentialLoopStarts.add(loop.start);
  };

  await(start: number, end: number, reads: readonly string[], method: MethodCall | undefined, argumentsText: string): void {
    const around = this.nesting.loopsAround(start);
    if (around.length > 0) this.awaits.push({ start, end, around, reads, method, inTransaction: TRANSACTION.test(argumentsText) });
  }

  assignment(start: number, end: number, targets: readonly string[], reads: readonly string[]): void {
    const around = this.nesting.loopsAround(start);
    if (around.length === 0) return;
    this.derived.assign(around, targets, reads);
    this.assignments.push({ end, around, targets });
  }

  /** A `break` or `return` from `start` to `end`: `return await call()` leaves after its own await. */
  exit(start: number, end: number, kind: 'break' | 'return'): void {
    const around = this.nesting.loopsAround(start);
    this.exits.push({ at: end, loops: kind === 'break' ? around.slice(-1) : around });
  }

  reportAll(): void {
    for (const seen of this.awaits) {
      const loopStart = seen.around[seen.around.length - 1];
      if (this.couldOverlap(seen, loopStart)) {
        const loopLine = this.context.source.position(loopStart).line;
        this.context.report({ start: seen.start, end: seen.end, message: MESSAGE, suggestion: this.suggestion, data: { loopLine } });
      }
    }
  }

  private couldOverlap(seen: SeenAwait, loopStart: number): boolean {
    if (this.sequentialLoopStarts.has(loopStart)) return false;
    // A while has no collection to spread over: it reads a stream or a queue, polls, or retries until done.
    if (this.sources.get(loopStart)?.kind === 'unbounded') return false;
    // Ordered I/O on one writer; a writer reached from the item is one per item, and those could overlap.
    if (seen.method && ORDERED_IO_METHODS.has(seen.method.name) && !this.derived.readsAny(seen.around, seen.method.receiverReads)) return false;
    // Each pass already runs its own batch at once; the loop is what keeps the batches apart.
    if (seen.method && seen.method.receiverReads.length === 1 && CONCURRENT_AWAITS.has(`${seen.method.receiverReads[0]}.${seen.method.name}`)) return false;
    // Statements of one transaction run on one connection, one after another, whatever the code does.
    if (seen.inTransaction) return false;
    // Work that does not read the item is the same on every pass (a pause, a lock, a flush), not one per item.
    if (!this.derived.readsAny(seen.around, seen.reads)) return false;
    // A value assigned after the await and read by it is carried into the next iteration: a cursor, an accumulator.
    const carried = this.assignments.some(
      (assignment) => assignment.end > seen.start && assignment.around.includes(loopStart) && assignment.targets.some((name) => seen.reads.includes(name)),
    );
    if (carried) return false;
    // A loop that can stop once something has been awaited (a retry's success, a search's find) cannot start all at once.
    return !this.exits.some((exit) => exit.at > seen.start && exit.loops.includes(loopStart));
  }
}

/** The method an awaited call invokes, `write` in `await writer.write(chunk)`, with what its receiver reads. */
function pythonMethodCall(awaited: PythonNode | null): MethodCall | undefined {
  if (awaited?.type !== 'call') return undefined;
  const callee = awaited.childForFieldName('function');
  const name = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
  return name === undefined ? undefined : { name, receiverReads: pythonNamesRead(callee?.childForFieldName('object') ?? null) };
}

function typescriptMethodCall(typescript: typeof ts, awaited: ts.Expression): MethodCall | undefined {
  if (!typescript.isCallExpression(awaited)) return undefined;
  const callee = awaited.expression;
  if (!typescript.isPropertyAccessExpression(callee)) return undefined;
  return { name: callee.name.text, receiverReads: typescriptNamesRead(typescript, callee.expression) };
}

/** The C-style for whose update holds `node`, if any. */
function forUpdated(typescript: typeof ts, node: ts.Node): ts.ForStatement | undefined {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (typescript.isForStatement(parent)) return parent.incrementor === child ? parent : undefined;
    if (typescript.isStatement(parent) || typescript.isFunctionLike(parent)) return undefined;
  }
  return undefined;
}

/** Whether an unlabelled `break` belongs to a `switch` nearer than any loop around it. */
function breaksSwitch(typescript: typeof ts, statement: ts.BreakStatement): boolean {
  for (let node: ts.Node = statement.parent; node; node = node.parent) {
    if (typescript.isSwitchStatement(node)) return true;
    if (typescript.isIterationStatement(node, false) || typescript.isFunctionLike(node)) return false;
  }
  return false;
}
