import type ts from 'typescript';
import { LoopNesting, type Nesting, type OffsetRange } from '../analysis/loop-nesting.js';
import { defineRule, type PythonNode, type RuleContext } from '../rule.js';

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

const COMPREHENSIONS = ['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression'];

const PYTHON_SUGGESTION = 'Index the inner collection (a dict or set) once outside the outer loop, so each lookup is O(1).';
const TYPESCRIPT_SUGGESTION = 'Index the inner collection (a Map or Set) once outside the outer loop, so each lookup is O(1).';

interface Loop {
  /** Where the finding starts: the loop keyword, or the method name of an iteration call. */
  start: number;
  end: number;
  runsEveryIteration: readonly OffsetRange[];
}

/**
 * Loops inside loops multiply their iteration counts; when the inner loop is a search of another collection,
 * indexing it once makes the pair linear.
 */
export const nestedLoop = defineRule({
  meta: {
    id: 'nested-loop',
    category: 'performance',
    severity: 'warning',
    description: "A loop whose body runs inside another loop's body.",
    languages: ['python', 'typescript'],
  },
  defaultOptions: {},
  python(context) {
    const nesting = new LoopNesting();
    const enterLoops = (node: PythonNode) => {
      for (const loop of pythonLoopsOf(node)) {
        reportIfNested(context, loop, nesting.enterLoop(loop.start, loop.runsEveryIteration), PYTHON_SUGGESTION);
      }
    };
    const exitLoops = (node: PythonNode) => {
      const entered = COMPREHENSIONS.includes(node.type) ? forInClausesOf(node).length : 1;
      for (let count = entered; count > 0; count--) nesting.exitLoop();
    };
    // The anonymous `lambda` keyword shares its node's type name; only the named node is a function.
    const enterScope = (node: PythonNode) => {
      if (node.isNamed) nesting.enterScope();
    };
    const exitScope = (node: PythonNode) => {
      if (node.isNamed) nesting.exitScope();
    };
    const loopTypes = ['for_statement', 'while_statement', ...COMPREHENSIONS];
    const scopeTypes = ['function_definition', 'lambda', 'class_definition'];
    return {
      enter: { ...handlersFor(loopTypes, enterLoops), ...handlersFor(scopeTypes, enterScope) },
      exit: { ...handlersFor(loopTypes, exitLoops), ...handlersFor(scopeTypes, exitScope) },
    };
  },
  typescript(context, { ts, sourceFile }) {
    const nesting = new LoopNesting();
    const enterLoop = (node: ts.Node) => {
      const loop = typescriptLoopOf(ts, sourceFile, node);
      if (!loop) return;
      reportIfNested(context, loop, nesting.enterLoop(loop.start, loop.runsEveryIteration), TYPESCRIPT_SUGGESTION);
    };
    // Of the call expressions, only iteration calls were entered as loops.
    const exitLoop = (node: ts.Node) => {
      if (!ts.isCallExpression(node) || isIterationCall(ts, node)) nesting.exitLoop();
    };
    const enterScope = (node: ts.Node) => {
      if (!isIterationCallback(ts, node)) nesting.enterScope();
    };
    const exitScope = (node: ts.Node) => {
      if (!isIterationCallback(ts, node)) nesting.exitScope();
    };
    const { SyntaxKind } = ts;
    const loopKinds = [
      SyntaxKind.ForStatement,
      SyntaxKind.ForInStatement,
      SyntaxKind.ForOfStatement,
      SyntaxKind.WhileStatement,
      SyntaxKind.DoStatement,
      SyntaxKind.CallExpression,
    ];
    const scopeKinds = [
      SyntaxKind.FunctionDeclaration,
      SyntaxKind.FunctionExpression,
      SyntaxKind.ArrowFunction,
      SyntaxKind.MethodDeclaration,
      SyntaxKind.Constructor,
      SyntaxKind.GetAccessor,
      SyntaxKind.SetAccessor,
      SyntaxKind.ClassDeclaration,
      SyntaxKind.ClassExpression,
      SyntaxKind.ClassStaticBlockDeclaration,
      SyntaxKind.PropertyDeclaration,
    ];
    return {
      enter: { ...handlersFor(loopKinds, enterLoop), ...handlersFor(scopeKinds, enterScope) },
      exit: { ...handlersFor(loopKinds, exitLoop), ...handlersFor(scopeKinds, exitScope) },
    };
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

/** The same handler for several node types. */
function handlersFor<TKey extends string | number, TNode>(
  keys: readonly TKey[],
  handler: (node: TNode) => void,
): Partial<Record<TKey, (node: TNode) => void>> {
  const handlers: Partial<Record<TKey, (node: TNode) => void>> = {};
  for (const key of keys) handlers[key] = handler;
  return handlers;
}

/**
 * A statement loop repeats its target and body (and a while condition), not its iterable or `else:`. A
 * comprehension is one loop per `for` clause: each clause repeats its target, the element expression and every
 * clause after it, while its own iterable runs once per iteration of the clause before (or once, for the first).
 */
function pythonLoopsOf(node: PythonNode): Loop[] {
  const statementLoop = (...repeatedFields: string[]): Loop[] => [
    { start: node.startIndex, end: node.endIndex, runsEveryIteration: pythonFieldRanges(node, ...repeatedFields) },
  ];
  if (node.type === 'for_statement') return statementLoop('left', 'body');
  if (node.type === 'while_statement') return statementLoop('condition', 'body');
  const element = pythonFieldRanges(node, 'body');
  return forInClausesOf(node).map((clause) => ({
    start: clause.startIndex,
    end: node.endIndex,
    runsEveryIteration: [...element, ...pythonFieldRanges(clause, 'left'), { start: clause.endIndex, end: node.endIndex }],
  }));
}

function forInClausesOf(comprehension: PythonNode): PythonNode[] {
  return comprehension.namedChildren.filter((child): child is PythonNode => child?.type === 'for_in_clause');
}

function pythonFieldRanges(node: PythonNode, ...fields: string[]): OffsetRange[] {
  return fields.flatMap((field) => {
    const child = node.childForFieldName(field);
    return child ? [{ start: child.startIndex, end: child.endIndex }] : [];
  });
}

/**
 * A C-style for repeats its test, update and body but not its initializer; for-in/for-of repeat their binding and
 * body but not the iterable; an iteration call repeats only its inline callbacks, not its receiver or other arguments.
 */
function typescriptLoopOf(ts: TypeScriptModule, sourceFile: ts.SourceFile, node: ts.Node): Loop | undefined {
  const loop = (reportedAt: ts.Node, repeated: readonly (ts.Node | undefined)[]): Loop => ({
    start: reportedAt.getStart(sourceFile),
    end: node.end,
    runsEveryIteration: repeated.filter((part): part is ts.Node => part !== undefined).map(typescriptRange),
  });
  if (ts.isForStatement(node)) return loop(node, [node.condition, node.incrementor, node.statement]);
  if (ts.isForInStatement(node) || ts.isForOfStatement(node)) return loop(node, [node.initializer, node.statement]);
  if (ts.isWhileStatement(node) || ts.isDoStatement(node)) return loop(node, [node.expression, node.statement]);
  if (!isIterationCall(ts, node)) return undefined;
  return loop(node.expression.name, node.arguments.filter((argument) => isInlineFunction(ts, argument)));
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
