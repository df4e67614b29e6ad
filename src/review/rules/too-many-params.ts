import type ts from 'typescript';
import { decoratorsOf, methodClassOf, pythonFunctionName } from '../analysis/python-functions.js';
import { parameterListEnd, signatureStart, typescriptFunctionName } from '../analysis/typescript-functions.js';
import { defineReviewRule, type Language, type PythonNode, type RuleContext } from '../review-rule.js';

type ParamLimit = number | Partial<Record<Language, number>>;

export interface TooManyParamsOptions {
  'max-params': ParamLimit;
  'ignore-params': string;
  count: 'positional' | 'all';
}

const DEFAULT_MAX_PARAMS = 7;
const DEFAULT_OPTIONS: TooManyParamsOptions = { 'max-params': DEFAULT_MAX_PARAMS, 'ignore-params': '^_', count: 'positional' };
const SUGGESTION = 'Group related parameters into an object (or a dataclass / keyword-only parameters).';
const LIMIT = { type: 'integer', minimum: 0 };

/** Spellings of `typing.overload`: an overload stub only describes a signature; its implementation is checked. */
const OVERLOAD_DECORATORS = new Set(['overload', 'typing.overload', 't.overload', 'typing_extensions.overload']);

/** A long parameter list is hard to call correctly and usually means the function does several jobs. */
export const tooManyParams = defineReviewRule({
  meta: {
    id: 'too-many-params',
    category: 'complexity',
    // warning: 93% precision on the precision bench (docs/benchmarks.md), above the 90% goal
    severity: 'warning',
    description: 'A function, method, lambda or arrow function with more parameters than `max-params`.',
    summary: 'a function, method, lambda or arrow with more than `max-params` (7) parameters; Python keyword-only parameters (after `*`), `self`/`cls`, `*args`, `**kwargs`, TS `this` and `_`-names are free (`count: all` counts keyword-only ones); overloads and stubs are exempt',
    options: {
      'max-params': {
        description: 'the most parameters a function may take: a number, or {python, typescript} per language',
        anyOf: [LIMIT, { type: 'object', additionalProperties: false, properties: { python: LIMIT, typescript: LIMIT } }],
      },
      'ignore-params': {
        type: 'string',
        format: 'regex',
        description: 'a regular expression; Python parameters whose names match it are not counted',
      },
      count: {
        enum: ['positional', 'all'],
        description: '`positional` (default): Python keyword-only parameters, named at every call, are not counted; `all`: they are',
      },
    },
  },
  languages: ['python', 'typescript'],
  defaultOptions: DEFAULT_OPTIONS,

  python(context) {
    // Stubs describe signatures that exist elsewhere; the implementation is where a long list is a choice.
    if (context.file.toLowerCase().endsWith('.pyi')) return {};
    const max = maxParamsFor(context);
    const ignored = ignoredNames(context.options['ignore-params']);
    const check = (fn: PythonNode) => {
      const parameters = fn.childForFieldName('parameters');
      // Every parameter is a named child, so this cheap bound settles most functions without reading them.
      if (!parameters || parameters.namedChildCount <= max) return;
      const count = countedPythonParameters(fn, parameters, context.options.count === 'all').filter((name) => !ignored.test(name)).length;
      if (count <= max || isOverloadStub(fn) || takesPytestFixtures(fn) || isCliCommand(fn)) return;
      report(context, { start: fn.startIndex, end: parameters.endIndex, name: pythonFunctionName(fn), count, max });
    };
    return { enter: { function_definition: check, lambda: check } };
  },

  typescript(context, { ts: typescript, sourceFile }) {
    const max = maxParamsFor(context);
    const check = (node: ts.Node) => {
      const fn = node as ts.FunctionLikeDeclaration;
      // No body: an overload signature, an abstract or ambient declaration. Only the implementation is reported.
      if (!fn.body) return;
      const count = fn.parameters.filter((parameter) => !isThisParameter(typescript, parameter)).length;
      if (count <= max) return;
      report(context, {
        start: signatureStart(typescript, fn, sourceFile),
        end: parameterListEnd(typescript, fn, sourceFile),
        name: typescriptFunctionName(typescript, fn),
        count,
        max,
      });
    };
    const { SyntaxKind } = typescript;
    return {
      enter: {
        [SyntaxKind.FunctionDeclaration]: check,
        [SyntaxKind.FunctionExpression]: check,
        [SyntaxKind.ArrowFunction]: check,
        [SyntaxKind.MethodDeclaration]: check,
        [SyntaxKind.Constructor]: check,
        [SyntaxKind.GetAccessor]: check,
        [SyntaxKind.SetAccessor]: check,
      },
    };
  },
});

function maxParamsFor(context: RuleContext<TooManyParamsOptions>): number {
  const limit = context.options['max-params'];
  if (typeof limit === 'number') return limit;
  return limit[context.language] ?? DEFAULT_MAX_PARAMS;
}

/** An empty pattern would match every name and silently disable the rule, so it means "ignore nothing". */
function ignoredNames(pattern: string): RegExp {
  return pattern === '' ? /(?!)/ : new RegExp(pattern);
}

/**
 * The names of the parameters a caller lines up by position: positional-only and regular ones, and keyword-only
 * ones (after `*` or `*args`) only with `count: all`: a caller names those at every call, which is what a long
 * list's fix recommends. The `/` and `*` markers, `*args` and `**kwargs` are not parameters a caller has to line
 * up, and a method's first parameter is bound by Python itself (`self`, `cls`), whatever it is called.
 */
function countedPythonParameters(fn: PythonNode, parameters: PythonNode, countKeywordOnly: boolean): string[] {
  const children = parameters.namedChildren.filter((child) => child.type !== 'comment');
  const keywordOnlyFrom = children.findIndex((child) => child.type === 'keyword_separator' || isStarArgs(child));
  const counted = countKeywordOnly || keywordOnlyFrom < 0 ? children : children.slice(0, keywordOnlyFrom);
  const names = counted.map(pythonParameterName);
  if (names[0] !== undefined && bindsReceiver(fn)) names.shift();
  return names.filter((name): name is string => name !== undefined);
}

/** `@pytest.fixture`, `@pytest.fixture(scope=…)`, `@fixture`, `@pytest_asyncio.fixture`. */
const FIXTURE_DECORATOR = /^(pytest\.|pytest_asyncio\.)?fixture(\(.*\))?$/s;

/**
 * pytest injects a fixture's and a test function's parameters by name, each one a fixture: nobody calls them with
 * a long argument list. Test functions are pytest's defaults: `test*` at module level or in a `Test*` class.
 */
function takesPytestFixtures(fn: PythonNode): boolean {
  if (fn.type !== 'function_definition') return false;
  if (decoratorsOf(fn).some((decorator) => FIXTURE_DECORATOR.test(decorator))) return true;
  if (!fn.childForFieldName('name')?.text.startsWith('test')) return false;
  const owner = methodClassOf(fn);
  if (owner) return owner.childForFieldName('name')?.text.startsWith('Test') ?? false;
  const statement = fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
  return statement.parent?.type === 'module';
}

/**
 * click and typer decorators: `@click.option(…)`, `@click.argument(…)`, `@click.command()`, `@click.group()`,
 * `@cli.command()`, `@app.command()`. The framework fills the function's parameters by name from the command line,
 * one per option; no caller lines them up by position, so their number is the command's interface, not a smell.
 */
const CLI_DECORATOR = /^(click\.)?(option|argument|command|group)(\(.*\))?$|^\w+\.(command|group)(\(.*\))?$/s;

function isCliCommand(fn: PythonNode): boolean {
  return fn.type === 'function_definition' && decoratorsOf(fn).some((decorator) => CLI_DECORATOR.test(decorator));
}

/** `*args`, typed or not: the parameters after it are keyword-only. */
function isStarArgs(parameter: PythonNode): boolean {
  return parameter.type === 'list_splat_pattern' || (parameter.type === 'typed_parameter' && parameter.namedChildren[0]?.type === 'list_splat_pattern');
}

function isOverloadStub(fn: PythonNode): boolean {
  return fn.type === 'function_definition' && decoratorsOf(fn).some((decorator) => OVERLOAD_DECORATORS.has(decorator));
}

function bindsReceiver(fn: PythonNode): boolean {
  return fn.type === 'function_definition' && methodClassOf(fn) !== undefined && !decoratorsOf(fn).includes('staticmethod');
}

/** The name of a named parameter; undefined for separators and splats. */
function pythonParameterName(parameter: PythonNode): string | undefined {
  switch (parameter.type) {
    case 'identifier':
      return parameter.text;
    case 'typed_parameter': {
      // `*args: int` is a typed parameter too; only a plain name under the annotation counts.
      const target = parameter.namedChildren[0];
      return target?.type === 'identifier' ? target.text : undefined;
    }
    case 'default_parameter':
    case 'typed_default_parameter':
      return parameter.childForFieldName('name')?.text;
    default:
      return undefined;
  }
}

function isThisParameter(typescript: typeof ts, parameter: ts.ParameterDeclaration): boolean {
  return typescript.isIdentifier(parameter.name) && parameter.name.text === 'this';
}

interface Excess {
  start: number;
  end: number;
  name: string;
  count: number;
  max: number;
}

function report(context: RuleContext<TooManyParamsOptions>, { start, end, name, count, max }: Excess): void {
  context.report({
    start,
    end,
    message: `Function '${name}' has ${count} ${count === 1 ? 'parameter' : 'parameters'} (max ${max}).`,
    suggestion: SUGGESTION,
    data: { count, max },
  });
}
