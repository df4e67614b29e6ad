import type ts from 'typescript';
import { composeVisitors } from '../analysis/compose-visitors.js';
import { ListBindings, type BindingScope } from '../analysis/list-bindings.js';
import { LoopNesting } from '../analysis/loop-nesting.js';
import { isPythonList, pythonListNameVisitor } from '../analysis/python-list-names.js';
import { pythonLoopVisitor } from '../analysis/python-loops.js';
import { isArrayExpression, typescriptArrayNameVisitor } from '../analysis/typescript-array-names.js';
import { typescriptLoopVisitor } from '../analysis/typescript-loops.js';
import { defineReviewRule, type PythonNode, type RuleContext } from '../review-rule.js';

type TypeScriptModule = typeof ts;

const PYTHON_SUGGESTION = 'Build a set once before the loop and test membership against it.';
const TYPESCRIPT_SUGGESTION = 'Build a Set once before the loop and use set.has(value).';
const MEMBERSHIP_OPERATORS = new Set(['in', 'not in']);
const PYTHON_SEARCH_METHODS = new Set(['index', 'count']);
const TYPESCRIPT_SEARCH_METHODS = new Set(['includes', 'indexOf', 'lastIndexOf']);
const MAX_COLLECTION_TEXT = 30;

/**
 * Searching a list compares against every element, so a search repeated on every iteration turns a linear loop
 * into a quadratic one; a set answers the same question in constant time. Only collections that are demonstrably
 * lists (arrays) are reported, never strings, tuples, sets or names of unknown type: a false alarm here teaches
 * people to ignore the rule.
 */
export const linearLookupInLoop = defineReviewRule({
  meta: {
    id: 'linear-lookup-in-loop',
    category: 'performance',
    // notice until it reaches 90% precision at warning on the precision bench (docs/benchmarks.md)
    severity: 'notice',
    description: 'A linear search of a list or array (`in`, `.index()`, `.includes()`, `.indexOf()`) on every iteration of a loop.',
    summary: '`x in some_list` / `array.includes(x)` on a known list inside a loop: O(n) per iteration',
  },
  languages: ['python', 'typescript'],
  defaultOptions: {},
  python(context) {
    const lookups = new RepeatedLookups(context, PYTHON_SUGGESTION);
    const search = {
      comparison_operator(comparison: PythonNode) {
        if (!lookups.repeats(comparison.startIndex)) return;
        // A chained comparison holds several operators, each followed by its right operand.
        for (const operator of comparison.children) {
          if (!MEMBERSHIP_OPERATORS.has(operator.type)) continue;
          lookups.consider(operator.startIndex, comparison.endIndex, pythonCollection(operator.nextNamedSibling));
        }
      },
      call(call: PythonNode) {
        if (!lookups.repeats(call.startIndex)) return;
        const callee = call.childForFieldName('function');
        const method = callee?.type === 'attribute' ? callee.childForFieldName('attribute') : null;
        if (!callee || !method || !PYTHON_SEARCH_METHODS.has(method.text)) return;
        lookups.consider(method.startIndex, call.endIndex, pythonCollection(callee.childForFieldName('object')));
      },
    };
    return composeVisitors(pythonLoopVisitor(lookups.nesting), pythonListNameVisitor(lookups.bindings), {
      enter: search,
      end: () => lookups.reportLists(),
    });
  },
  typescript(context, api) {
    const { ts, sourceFile } = api;
    const lookups = new RepeatedLookups(context, TYPESCRIPT_SUGGESTION);
    const search = (node: ts.Node) => {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const method = node.expression.name;
      if (!TYPESCRIPT_SEARCH_METHODS.has(method.text)) return;
      lookups.consider(method.getStart(sourceFile), node.end, typescriptCollection(ts, sourceFile, node.expression.expression));
    };
    return composeVisitors(
      typescriptLoopVisitor(api, lookups.nesting, { iterationCalls: true }),
      typescriptArrayNameVisitor(ts, lookups.bindings),
      { enter: { [ts.SyntaxKind.CallExpression]: search }, end: () => lookups.reportLists() },
    );
  },
});

/** The searched collection as written; `name` is set when it is a variable whose bindings decide what it holds. */
interface Collection {
  text: string;
  name?: string;
}

function pythonCollection(expression: PythonNode | null): Collection | undefined {
  if (!expression) return undefined;
  if (expression.type === 'identifier') return { text: expression.text, name: expression.text };
  return isPythonList(expression) ? { text: expression.text } : undefined;
}

function typescriptCollection(ts: TypeScriptModule, sourceFile: ts.SourceFile, expression: ts.Expression): Collection | undefined {
  const text = expression.getText(sourceFile);
  if (ts.isIdentifier(expression)) return { text, name: expression.text };
  return isArrayExpression(ts, expression) ? { text } : undefined;
}

interface Lookup {
  start: number;
  end: number;
  loopStart: number;
  collection: Collection;
  scope: BindingScope;
}

/**
 * Searches made on every iteration, held until the walk ends: a name's bindings are only all known then, and one
 * written after the search (later in the loop body, say) is still the same variable.
 */
class RepeatedLookups {
  readonly nesting = new LoopNesting();
  readonly bindings = new ListBindings();
  private readonly pending: Lookup[] = [];

  constructor(
    private readonly context: RuleContext<unknown>,
    private readonly suggestion: string,
  ) {}

  /** Checked first: reading a node's children crosses into wasm, and most calls are not in a loop. */
  repeats(offset: number): boolean {
    return this.nesting.innermostLoopRepeating(offset) !== undefined;
  }

  consider(start: number, end: number, collection: Collection | undefined): void {
    const loopStart = this.nesting.innermostLoopRepeating(start);
    if (!collection || loopStart === undefined) return;
    this.pending.push({ start, end, loopStart, collection, scope: this.bindings.scope });
  }

  reportLists(): void {
    for (const { start, end, loopStart, collection, scope } of this.pending) {
      if (collection.name !== undefined && !this.bindings.holdsList(scope, collection.name)) continue;
      this.context.report({
        start,
        end,
        message: `Linear search of '${shortened(collection.text)}' inside a loop: O(n) per iteration.`,
        suggestion: this.suggestion,
        data: { loopLine: this.context.source.position(loopStart).line },
      });
    }
  }
}

/** The collection as written, on one line and cut to a length that keeps the message readable. */
function shortened(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > MAX_COLLECTION_TEXT ? `${oneLine.slice(0, MAX_COLLECTION_TEXT)}…` : oneLine;
}
