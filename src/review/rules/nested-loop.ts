import type ts from 'typescript';
import { composeVisitors } from '../analysis/compose-visitors.js';
import { ListBindings } from '../analysis/list-bindings.js';
import { LoopDerivedNames } from '../analysis/loop-derived-names.js';
import { LoopNesting, type Loop, type LoopSource, type Nesting } from '../analysis/loop-nesting.js';
import { isConstantDisplay, pythonListNameVisitor } from '../analysis/python-list-names.js';
import { pythonLoopVisitor } from '../analysis/python-loops.js';
import { pythonNamesBound, pythonNamesRead } from '../analysis/python-names.js';
import { typescriptLoopVisitor } from '../analysis/typescript-loops.js';
import { typescriptNamesBound, typescriptNamesRead } from '../analysis/typescript-names.js';
import { defineReviewRule, type PythonNode, type PythonVisitor, type ReportDescriptor, type RuleContext, type TypeScriptVisitor } from '../review-rule.js';

export interface NestedLoopOptions {
  report: 'independent' | 'all';
}

const PYTHON_SUGGESTION = 'Index the inner collection (a dict or set) once outside the outer loop, so each lookup is O(1).';
const TYPESCRIPT_SUGGESTION = 'Index the inner collection (a Map or Set) once outside the outer loop, so each lookup is O(1).';
const WHILE_SUGGESTION = 'Check that the inner loop stops after a few passes that do not grow with the data; if it searches a collection, index that collection once outside the outer loop.';
const MAX_QUOTED = 40;

/**
 * A loop inside a loop costs the product of their lengths only when the inner loop goes over something that does
 * not come from the outer loop's current item: walking nested data (`for cell in row`) is linear in the data.
 */
export const nestedLoop = defineReviewRule({
  meta: {
    id: 'nested-loop',
    category: 'performance',
    // notice until it reaches 90% precision at warning on the precision bench (docs/benchmarks.md)
    severity: 'notice',
    description: "A loop inside another loop's body that goes over a collection not reached from the outer loop's current item.",
    summary:
      "a loop (including comprehension clauses and `forEach`/`map`/`filter`/… callbacks) inside another loop's body whose iterable does not come from the outer item; walks of nested data are not reported; a `while` of unknown bound is a notice; `report: all` reports every nested loop",
    options: {
      report: {
        enum: ['independent', 'all'],
        description: '`independent` (default): loops over a collection not reached from the outer item; `all`: every nested loop',
      },
    },
  },
  languages: ['python', 'typescript'],
  defaultOptions: { report: 'independent' } as NestedLoopOptions,
  python(context) {
    const nesting = new LoopNesting();
    // Names bound only to a display of constants (`FIELDS = ("title", "artist")`): known once the whole file is read.
    const constants = new ListBindings();
    const { derived, onLoop, end } = loopChecker(context, PYTHON_SUGGESTION, constants);
    const loops = pythonLoopVisitor(nesting, onLoop);
    const assign = (at: number, targets: string[], value: PythonNode | null) => derived.assign(nesting.loopsAround(at), targets, pythonNamesRead(value));
    const assignments: PythonVisitor = {
      enter: {
        assignment: (node) => assign(node.startIndex, pythonNamesBound(node.childForFieldName('left')), node.childForFieldName('right')),
        named_expression: (node) => assign(node.startIndex, pythonNamesBound(node.childForFieldName('name')), node.childForFieldName('value')),
        // `with open(path) as fh` and `except Error as e`: the value is the pattern's first child.
        as_pattern: (node) => assign(node.startIndex, pythonNamesBound(node.childForFieldName('alias')?.firstNamedChild ?? null), node.firstNamedChild),
      },
    };
    return composeVisitors(loops, assignments, pythonListNameVisitor(constants, isConstantDisplay), { end });
  },
  typescript(context, api) {
    const { ts: typescript } = api;
    const nesting = new LoopNesting();
    const { derived, onLoop } = loopChecker(context, TYPESCRIPT_SUGGESTION);
    const loops = typescriptLoopVisitor(api, nesting, { iterationCalls: true }, onLoop);
    const assign = (at: ts.Node, target: ts.Node, value: ts.Node | undefined) =>
      derived.assign(nesting.loopsAround(at.pos), typescriptNamesBound(typescript, target), typescriptNamesRead(typescript, value));
    const assignments: TypeScriptVisitor = {
      enter: {
        [typescript.SyntaxKind.VariableDeclaration]: (node: ts.Node) => {
          const declaration = node as ts.VariableDeclaration;
          if (declaration.initializer) assign(node, declaration.name, declaration.initializer);
        },
        [typescript.SyntaxKind.BinaryExpression]: (node: ts.Node) => {
          const binary = node as ts.BinaryExpression;
          if (binary.operatorToken.kind === typescript.SyntaxKind.EqualsToken) assign(node, binary.left, binary.right);
        },
      },
    };
    return composeVisitors(loops, assignments);
  },
});

/**
 * The check, with what it remembers of the loops it has met: what each goes over, and which names come from its
 * item. With `constants`, a loop in or around which a loop goes over a bare name waits for the end of the walk: a
 * name every binding of which is a display of constants is a fixed list, so the pair costs a fixed multiple of the
 * other loop's passes.
 */
function loopChecker(context: RuleContext<NestedLoopOptions>, suggestion: string, constants?: ListBindings) {
  const derived = new LoopDerivedNames();
  const sources = new Map<number, LoopSource>();
  const pending: { finding: ReportDescriptor; names: string[]; scope: ListBindings['scope'] }[] = [];
  const onLoop = (loop: Loop, nesting: Nesting | undefined) => {
    derived.enterLoop(loop);
    sources.set(loop.start, loop.source);
    if (!nesting) return;
    const outer = sources.get(nesting.outerStart);
    const finding = check(context, loop, nesting, { derived, outer, suggestion });
    if (!finding) return;
    const names = [loop.source, outer].filter((source) => source?.kind === 'each' && IDENTIFIER.test(source.text)).map((source) => source!.text);
    if (constants && context.options.report !== 'all' && names.length > 0) {
      pending.push({ finding, names, scope: constants.scope });
    } else {
      context.report(finding);
    }
  };
  const end = () => {
    for (const { finding, names, scope } of pending) if (!names.some((name) => constants?.holdsList(scope, name))) context.report(finding);
  };
  return { derived, onLoop, end };
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface Known {
  derived: LoopDerivedNames;
  outer: LoopSource | undefined;
  suggestion: string;
}

/** The finding for a nested loop, or undefined where its passes do not multiply the outer loop's. */
function check(context: RuleContext<NestedLoopOptions>, loop: Loop, nesting: Nesting, { derived, outer, suggestion }: Known): ReportDescriptor | undefined {
  const outerLine = context.source.position(nesting.outerStart).line;
  const data = { depth: nesting.depth, outerLine };
  if (context.options.report === 'all') {
    return { start: loop.start, end: loop.end, message: `Loop nested at depth ${nesting.depth} inside the loop at line ${outerLine}.`, suggestion, data };
  }
  const { source } = loop;
  if (derived.readsAny(nesting.enclosingStarts, source.reads)) return undefined;
  // A bound or a collection that reads no name at all is a constant (`range(3)`, `['a', 'b']`), and a display of a
  // few items written in place (`(first, second)`) is as fixed: constant work per item. The same holds the other way
  // round, for an outer loop over such a collection: its inner loop runs a fixed number of times.
  if (isFixed(source) || (outer !== undefined && isFixed(outer))) return undefined;
  if (walksGrid(source, outer)) return undefined;
  // Following links (`node = node.parent`) takes as many passes as the chain is long, not as the data is large.
  if (source.walksChain) return undefined;
  const perItem = describeOuter(outer, outerLine);
  const inner = quote(source.text);
  if (source.kind === 'unbounded') {
    return {
      start: loop.start,
      end: loop.end,
      severity: 'notice',
      message: `Loop${inner ? ` while ${inner}` : ''} runs for ${perItem}, and how many passes it makes is not known.`,
      suggestion: WHILE_SUGGESTION,
      data: { ...data, inner: source.text },
    };
  }
  const message = source.kind === 'counted' ? `${inner} is counted through in full for ${perItem}.` : `${inner} is scanned once for ${perItem}.`;
  return { start: loop.start, end: loop.end, message, suggestion, data: { ...data, inner: source.text, outer: outer?.text ?? '' } };
}

function isFixed(source: LoopSource): boolean {
  return source.kind !== 'unbounded' && (source.reads.length === 0 || source.fixed === true);
}

/** `r < rect.map.height`: the property a C-style count is bounded by, and the object that has it. */
const PROPERTY_BOUND = /<=?\s*([\w$#]+(?:\.[\w$#]+)*)\.([\w$#]+)$/;

/**
 * Counts bounded by two different properties of one object (`r < map.height`, then `c < map.width`) walk the cells
 * of a grid: one pass per cell, linear in its size. The same bound twice (`i < xs.length`, `j < xs.length`) is not.
 */
function walksGrid(inner: LoopSource, outer: LoopSource | undefined): boolean {
  if (inner.kind !== 'counted' || outer?.kind !== 'counted') return false;
  const [innerBound, outerBound] = [PROPERTY_BOUND.exec(inner.text.trim()), PROPERTY_BOUND.exec(outer.text.trim())];
  return innerBound !== null && outerBound !== null && innerBound[1] === outerBound[1] && innerBound[2] !== outerBound[2];
}

/** How often the inner loop runs: once per item of the outer iterable, per step of its count, or per pass. */
function describeOuter(outer: LoopSource | undefined, outerLine: number): string {
  if (outer?.kind === 'each' && outer.text) return `every item of ${quote(outer.text)}`;
  if (outer?.kind === 'counted' && outer.text) return `every step of ${quote(outer.text)}`;
  return `every pass of the loop at line ${outerLine}`;
}

/** Source text as a message quotes it: on one line, cut at a length a reviewer reads at a glance. */
function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (!oneLine) return '';
  return `'${oneLine.length > MAX_QUOTED ? `${oneLine.slice(0, MAX_QUOTED - 1)}…` : oneLine}'`;
}
