import type { PythonNode, PythonVisitor } from '../review-rule.js';
import { handlersFor } from './compose-visitors.js';
import type { Loop, LoopListener, LoopNesting, LoopSource, OffsetRange } from './loop-nesting.js';
import { isShortDisplay, unparenthesized } from './python-list-names.js';
import { pythonNamesBound, pythonNamesRead } from './python-names.js';

const COMPREHENSIONS = ['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression'];
const LOOP_TYPES = ['for_statement', 'while_statement', ...COMPREHENSIONS];
const SCOPE_TYPES = ['function_definition', 'lambda', 'class_definition'];

/**
 * Keeps `nesting` in step with the walk of a Python tree and tells `onLoop` about each loop as it is entered. A
 * `def`, `lambda` or `class` starts a fresh scope: its body runs when it is called, not once per iteration.
 */
export function pythonLoopVisitor(nesting: LoopNesting, onLoop: LoopListener = () => {}): PythonVisitor {
  const enterLoops = (node: PythonNode) => {
    for (const loop of pythonLoopsOf(node)) onLoop(loop, nesting.enterLoop(loop.start, loop.runsEveryIteration));
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
  return {
    enter: { ...handlersFor(LOOP_TYPES, enterLoops), ...handlersFor(SCOPE_TYPES, enterScope) },
    exit: { ...handlersFor(LOOP_TYPES, exitLoops), ...handlersFor(SCOPE_TYPES, exitScope) },
  };
}

/**
 * A statement loop repeats its target and body (and a while condition), not its iterable or `else:`. A
 * comprehension is one loop per `for` clause: each clause repeats its target, the element expression and every
 * clause after it, while its own iterable runs once per iteration of the clause before (or once, for the first).
 */
function pythonLoopsOf(node: PythonNode): Loop[] {
  const statementLoop = (source: LoopSource, ...repeatedFields: string[]): Loop[] => [
    {
      start: node.startIndex,
      end: node.endIndex,
      runsEveryIteration: fieldRanges(node, ...repeatedFields),
      awaitsEachStep: isAsync(node),
      source,
    },
  ];
  if (node.type === 'for_statement') return statementLoop(forSource(node), 'left', 'body');
  if (node.type === 'while_statement') {
    const condition = node.childForFieldName('condition');
    const reads = pythonNamesRead(condition);
    const walksChain = movesAlongItself(node.childForFieldName('body'), new Set(reads));
    return statementLoop({ kind: 'unbounded', text: condition?.text ?? '', reads, binds: [], walksChain }, 'condition', 'body');
  }
  const element = fieldRanges(node, 'body');
  return forInClausesOf(node).map((clause) => ({
    start: clause.startIndex,
    end: node.endIndex,
    runsEveryIteration: [...element, ...fieldRanges(clause, 'left'), { start: clause.endIndex, end: node.endIndex }],
    awaitsEachStep: isAsync(clause),
    source: forSource(clause),
  }));
}

/**
 * What a `for` statement or clause goes over. `range(…)` counts up to its stop argument (the first of one, the
 * second of two or three), so only the stop's names tell whether the count comes from the enclosing loop.
 */
function forSource(loop: PythonNode): LoopSource {
  const iterable = loop.childForFieldName('right');
  const binds = pythonNamesBound(loop.childForFieldName('left'));
  const text = iterable?.text ?? '';
  if (iterable?.type === 'call' && iterable.childForFieldName('function')?.text === 'range') {
    const args = (iterable.childForFieldName('arguments')?.namedChildren ?? []).filter((arg): arg is PythonNode => arg !== null);
    const stop = args.length === 1 ? args[0] : args[1];
    return { kind: 'counted', text, reads: pythonNamesRead(stop ?? null), binds };
  }
  return { kind: 'each', text, reads: pythonNamesRead(iterable), binds, fixed: isShortDisplayIterable(iterable) };
}

/** `("a", name)`, `[first, second]`, looking through parentheses. */
function isShortDisplayIterable(iterable: PythonNode | null): boolean {
  const value = unparenthesized(iterable);
  return value !== null && ['list', 'tuple', 'set'].includes(value.type) && isShortDisplay(value);
}

/**
 * Whether `body` assigns one of `names` from a property of itself: `node = node.parent`, `frame = frame.f_back`,
 * `cur = cur.children[0]`. Functions and classes defined in the body do not count: they run when called.
 */
function movesAlongItself(body: PythonNode | null, names: ReadonlySet<string>): boolean {
  if (!body || names.size === 0) return false;
  const visit = (node: PythonNode): boolean => {
    if (node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'lambda') return false;
    if (node.type === 'assignment') {
      const target = node.childForFieldName('left');
      if (target?.type === 'identifier' && names.has(target.text) && reachedFrom(node.childForFieldName('right'), target.text)) return true;
    }
    return node.namedChildren.some((child) => child !== null && visit(child));
  };
  return visit(body);
}

/** `name.a`, `name.a[0]`, `name.next()`: an attribute, subscript or call chain that starts at `name` itself. */
function reachedFrom(value: PythonNode | null, name: string): boolean {
  let node = value;
  let steps = 0;
  while (node && (node.type === 'attribute' || node.type === 'subscript' || node.type === 'call')) {
    node = node.type === 'attribute' ? node.childForFieldName('object') : node.type === 'subscript' ? node.childForFieldName('value') : node.childForFieldName('function');
    steps += 1;
  }
  return steps > 0 && node?.type === 'identifier' && node.text === name;
}

/** `async for` statements and comprehension clauses start with the `async` keyword. */
function isAsync(loop: PythonNode): boolean {
  return loop.firstChild?.type === 'async';
}

function forInClausesOf(comprehension: PythonNode): PythonNode[] {
  return comprehension.namedChildren.filter((child): child is PythonNode => child?.type === 'for_in_clause');
}

function fieldRanges(node: PythonNode, ...fields: string[]): OffsetRange[] {
  return fields.flatMap((field) => {
    const child = node.childForFieldName(field);
    return child ? [{ start: child.startIndex, end: child.endIndex }] : [];
  });
}
