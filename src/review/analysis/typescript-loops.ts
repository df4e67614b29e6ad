import type ts from 'typescript';
import { functionLikeKinds } from './typescript-function-kinds.js';
import type { TypeScriptApi, TypeScriptVisitor } from '../review-rule.js';
import { handlersFor } from './compose-visitors.js';
import type { Loop, LoopListener, LoopNesting, LoopSource, OffsetRange } from './loop-nesting.js';
import { isShortLiteral } from './typescript-array-names.js';
import { typescriptNamesBound, typescriptNamesRead } from './typescript-names.js';

type TypeScriptModule = typeof ts;

/** Array methods that call their callback once per element, so a callback body is a loop body. */
const ITERATION_METHODS = new Set([
  'forEach',
  'map',
  'filter',
  'reduce',
  'some',
  'every',
  'find',
  'findIndex',
  'flatMap',
]);

export interface TypeScriptLoopOptions {
  /**
   * Whether `xs.map(callback)` and the other iteration calls are loops. When they are, a callback written inline
   * continues the nesting; when they are not, it is a function like any other and starts a fresh scope.
   */
  iterationCalls: boolean;
}

/**
 * Keeps `nesting` in step with the walk of a TypeScript or JavaScript tree and tells `onLoop` about each loop as it
 * is entered. Functions and classes start a fresh scope: their bodies run when called, not once per iteration.
 */
export function typescriptLoopVisitor(
  { ts, sourceFile }: TypeScriptApi,
  nesting: LoopNesting,
  options: TypeScriptLoopOptions,
  onLoop: LoopListener = () => {},
): TypeScriptVisitor {
  const enterLoop = (node: ts.Node) => {
    const loop = typescriptLoopOf(ts, sourceFile, node, options);
    if (loop) onLoop(loop, nesting.enterLoop(loop.start, loop.runsEveryIteration));
  };
  // Of the call expressions, only iteration calls were entered as loops.
  const exitLoop = (node: ts.Node) => {
    if (!ts.isCallExpression(node) || isIterationCall(ts, node)) nesting.exitLoop();
  };
  const continuesNesting = (node: ts.Node) => options.iterationCalls && isIterationCallback(ts, node);
  const enterScope = (node: ts.Node) => {
    if (!continuesNesting(node)) nesting.enterScope();
  };
  const exitScope = (node: ts.Node) => {
    if (!continuesNesting(node)) nesting.exitScope();
  };
  const { SyntaxKind } = ts;
  const loopKinds = [
    SyntaxKind.ForStatement,
    SyntaxKind.ForInStatement,
    SyntaxKind.ForOfStatement,
    SyntaxKind.WhileStatement,
    SyntaxKind.DoStatement,
    ...(options.iterationCalls ? [SyntaxKind.CallExpression] : []),
  ];
  // Classes and field initializers start afresh too: their bodies run when constructed, not per iteration.
  const scopeKinds = [...functionLikeKinds(ts), SyntaxKind.ClassDeclaration, SyntaxKind.ClassExpression, SyntaxKind.PropertyDeclaration];
  return {
    enter: { ...handlersFor(loopKinds, enterLoop), ...handlersFor(scopeKinds, enterScope) },
    exit: { ...handlersFor(loopKinds, exitLoop), ...handlersFor(scopeKinds, exitScope) },
  };
}

/**
 * A C-style for repeats its test, update and body but not its initializer; for-in/for-of repeat their binding and
 * body but not the iterable; an iteration call repeats only its inline callbacks, not its receiver or other arguments.
 */
function typescriptLoopOf(
  ts: TypeScriptModule,
  sourceFile: ts.SourceFile,
  node: ts.Node,
  options: TypeScriptLoopOptions,
): Loop | undefined {
  const loop = (reportedAt: ts.Node, repeated: readonly (ts.Node | undefined)[], source: LoopSource, awaitsEachStep = false): Loop => ({
    start: reportedAt.getStart(sourceFile),
    end: node.end,
    runsEveryIteration: repeated.filter((part): part is ts.Node => part !== undefined).map(typescriptRange),
    awaitsEachStep,
    source,
  });
  const text = (part: ts.Node | undefined) => part?.getText(sourceFile) ?? '';
  const each = (iterable: ts.Node, binds: string[]): LoopSource => ({
    kind: 'each',
    text: text(iterable),
    reads: typescriptNamesRead(ts, iterable),
    binds,
    fixed: isShortArrayLiteral(ts, iterable),
  });
  if (ts.isForStatement(node)) return loop(node, [node.condition, node.incrementor, node.statement], counterSource(ts, node, text(node.condition)));
  if (ts.isForInStatement(node)) return loop(node, [node.initializer, node.statement], each(node.expression, typescriptNamesBound(ts, node.initializer)));
  if (ts.isForOfStatement(node)) {
    return loop(node, [node.initializer, node.statement], each(node.expression, typescriptNamesBound(ts, node.initializer)), node.awaitModifier !== undefined);
  }
  if (ts.isWhileStatement(node) || ts.isDoStatement(node)) {
    const reads = typescriptNamesRead(ts, node.expression);
    const walksChain = movesAlongItself(ts, node.statement, new Set(reads));
    const source: LoopSource = { kind: 'unbounded', text: text(node.expression), reads, binds: [], walksChain };
    return loop(node, [node.expression, node.statement], source);
  }
  if (!options.iterationCalls || !isIterationCall(ts, node)) return undefined;
  const callbacks = node.arguments.filter((argument) => isInlineFunction(ts, argument));
  const parameters = callbacks.flatMap((callback) => (callback as ts.ArrowFunction).parameters.flatMap((parameter) => typescriptNamesBound(ts, parameter)));
  return loop(node.expression.name, callbacks, each(node.expression.expression, parameters));
}

/** `[first, second]`, behind parentheses too: a fixed number of passes. */
function isShortArrayLiteral(ts: TypeScriptModule, iterable: ts.Node): boolean {
  let value = iterable;
  while (ts.isParenthesizedExpression(value)) value = value.expression;
  return ts.isArrayLiteralExpression(value) && isShortLiteral(ts, value);
}

/**
 * A C-style `for` counts up to the bound in its condition; the counter it declares is its own, so the names the
 * condition reads besides the counter are what the count depends on. No condition: it runs until a `break`.
 */
function counterSource(ts: TypeScriptModule, node: ts.ForStatement, text: string): LoopSource {
  const binds = node.initializer && ts.isVariableDeclarationList(node.initializer) ? typescriptNamesBound(ts, node.initializer) : [];
  if (!node.condition) return { kind: 'unbounded', text, reads: [], binds };
  const counters = new Set([...binds, ...typescriptNamesRead(ts, node.incrementor)]);
  const walksChain = node.incrementor !== undefined && movesAlongItself(ts, node.incrementor, new Set(binds));
  return { kind: 'counted', text, reads: typescriptNamesRead(ts, node.condition).filter((name) => !counters.has(name)), binds, walksChain };
}

/**
 * Whether `code` assigns one of `names` from a property of itself: `node = node.parent`, `p = p.children?.at(-1)`,
 * `el = el.parentNode!`. Functions defined in it do not count: they run when called.
 */
function movesAlongItself(ts: TypeScriptModule, code: ts.Node, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  const visit = (node: ts.Node): boolean => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(node.left)) {
      if (names.has(node.left.text) && reachedFrom(ts, node.right, node.left.text)) return true;
    }
    return ts.forEachChild(node, visit) === true;
  };
  return visit(code);
}

/** `name.a`, `name[0]`, `name.next()`, `name?.a!`: a property, element or call chain that starts at `name` itself. */
function reachedFrom(ts: TypeScriptModule, value: ts.Expression, name: string): boolean {
  let node: ts.Expression = value;
  let steps = 0;
  for (;;) {
    if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node)) node = node.expression;
    else if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node)) {
      node = node.expression;
      steps += 1;
    } else break;
  }
  return steps > 0 && ts.isIdentifier(node) && node.text === name;
}

/** `pos` includes leading trivia, which is harmless here: no loop starts inside a comment or whitespace. */
function typescriptRange(node: ts.Node): OffsetRange {
  return { start: node.pos, end: node.end };
}

type IterationCall = ts.CallExpression & { expression: ts.PropertyAccessExpression };

/** `xs.map(...)` and `xs?.map(...)` alike: optional chaining is a flag on the same property access. */
function isIterationCall(ts: TypeScriptModule, node: ts.Node): node is IterationCall {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false;
  return ITERATION_METHODS.has(node.expression.name.text);
}

function isInlineFunction(ts: TypeScriptModule, node: ts.Node): boolean {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node);
}

/** A callback written inline in `xs.map(...)` runs once per element: it continues the nesting instead of resetting it. */
function isIterationCallback(ts: TypeScriptModule, node: ts.Node): boolean {
  if (!isInlineFunction(ts, node) || !isIterationCall(ts, node.parent)) return false;
  return node.parent.arguments.some((argument) => argument === node);
}
