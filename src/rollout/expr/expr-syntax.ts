import jsep from 'jsep';

/**
 * The expr-lang grammar subset that Argo Rollouts conditions use, parsed with jsep. jsep keeps its operator tables
 * in process-wide statics, so this module is the single place that configures them; nothing else in the project
 * may import jsep with another configuration.
 */

/** A `{ … }` predicate of all/any/none/one/filter/map/count: its body sees the current element as `#`. */
export interface ClosureNode extends jsep.Expression {
  type: 'Closure';
  body: jsep.Expression;
}

/**
 * A parenthesised expression, kept as a node because expr-lang binds unary minus looser than `**` (`-2 ** 2` is -4)
 * while jsep binds every unary operator tightest: only the parentheses tell `(-2) ** 2` apart.
 */
export interface GroupNode extends jsep.Expression {
  type: 'Group';
  expression: jsep.Expression;
}

/** A syntax error: jsep's message and, when it stopped at a known place, the 0-based offset there. */
export interface ConditionSyntaxError {
  message: string;
  offset?: number;
}

export type ParsedCondition = { ok: true; ast: jsep.Expression } | ({ ok: false } & ConditionSyntaxError);

// expr-lang's operator precedences (parser/operator), so that mixed expressions group as they do in Argo.
const BINARY_PRECEDENCE: readonly [operator: string, precedence: number][] = [
  ['or', 10],
  ['||', 10],
  ['and', 15],
  ['&&', 15],
  ['==', 20],
  ['!=', 20],
  ['<', 20],
  ['>', 20],
  ['<=', 20],
  ['>=', 20],
  ['in', 20],
  ['not in', 20],
  ['matches', 20],
  ['not matches', 20],
  ['contains', 20],
  ['not contains', 20],
  ['startsWith', 20],
  ['not startsWith', 20],
  ['endsWith', 20],
  ['not endsWith', 20],
  ['+', 30],
  ['-', 30],
  ['*', 60],
  ['/', 60],
  ['%', 60],
  ['??', 500],
];
const RIGHT_ASSOCIATIVE_POWER: readonly [operator: string, precedence: number][] = [
  ['**', 100],
  ['^', 100],
];
const UNARY_OPERATORS = ['not', '!', '-', '+'];

const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;

function configureJsep(): void {
  jsep.removeAllBinaryOps();
  jsep.removeAllUnaryOps();
  jsep.removeAllLiterals();
  for (const [operator, precedence] of BINARY_PRECEDENCE) jsep.addBinaryOp(operator, precedence);
  for (const [operator, precedence] of RIGHT_ASSOCIATIVE_POWER) jsep.addBinaryOp(operator, precedence, true);
  for (const operator of UNARY_OPERATORS) jsep.addUnaryOp(operator);
  jsep.addLiteral('true', true);
  jsep.addLiteral('false', false);
  jsep.addLiteral('nil', null);
  jsep.addIdentifierChar('#');
  jsep.plugins.register({
    name: 'expr-lang-closures-and-groups',
    init() {
      jsep.hooks.add('gobble-token', function gobbleClosureOrGroup(env) {
        if (isAt(this, OPEN_BRACE)) {
          this.index++;
          const body = this.gobbleExpression();
          this.gobbleSpaces();
          if (!body) this.throwError('Expected a predicate inside { }');
          if (!isAt(this, CLOSE_BRACE)) this.throwError('Unclosed {');
          this.index++;
          env.node = { type: 'Closure', body } satisfies ClosureNode;
          return;
        }
        if (isAt(this, OPEN_PAREN)) {
          this.index++;
          const expression = this.gobbleExpression();
          this.gobbleSpaces();
          if (!expression) this.throwError('Expected an expression inside ( )');
          if (!isAt(this, CLOSE_PAREN)) this.throwError('Unclosed (');
          this.index++;
          env.node = this.gobbleTokenProperty({ type: 'Group', expression } satisfies GroupNode);
        }
      });
    },
  });
}

configureJsep();

/** A function, not an inline comparison: TypeScript would narrow `code` after the first test though the index moved. */
function isAt(scope: jsep.HookScope, code: number): boolean {
  return scope.code === code;
}

/** Parses an expr-lang condition; a syntax error carries jsep's message and the 0-based offset it stopped at. */
export function parseCondition(source: string): ParsedCondition {
  let ast: jsep.Expression;
  try {
    ast = jsep(source);
  } catch (error) {
    const { description, index } = error as { description?: string; index?: number };
    return { ok: false, message: description ?? String(error), offset: index ?? 0 };
  }
  if (ast.type === 'Compound') {
    const parts = (ast as jsep.Compound).body.length;
    // jsep's nodes carry no positions, so where the second expression starts is not known.
    if (parts === 0) return { ok: false, message: 'Empty expression' };
    return { ok: false, message: `Expected one expression, found ${parts} side by side` };
  }
  return { ok: true, ast };
}

/** `Unclosed [ at offset 8`, as messages quote a syntax error. */
export function syntaxErrorText(error: ConditionSyntaxError): string {
  return error.offset === undefined ? error.message : `${error.message} at offset ${error.offset}`;
}

/**
 * expr-lang syntax the jsep grammar here does not read, so a parse failure proves nothing: backtick strings, ranges
 * (`1..3`), pipes (`|`), slices (`result[1:]`), map literals (`{a: 1}`), `.field` shorthand in predicates, `let`,
 * `$env`, hex/octal/binary and underscored numbers, and comments (line and block).
 */
const UNCOVERED_SYNTAX = [
  /`/,
  /\.\./,
  /(?<!\|)\|(?!\|)/,
  /\[[^\]]*:/,
  /\{\s*["']?\w+["']?\s*:/,
  /(?:^|[\s(,{!])\.[A-Za-z_]/,
  /\blet\b/,
  /\$env/,
  /\b0[xXoObB]/,
  /\d_\d/,
  /\/\/|\/\*/,
  // `not in` and its kin parse only with a single space between the words.
  /\bnot(?! (?:in|matches|contains|startsWith|endsWith)\b)\s+(?:in|matches|contains|startsWith|endsWith)\b/,
];

/** Whether a condition uses expr-lang syntax outside the covered subset (then "does not parse" would be a guess). */
export function usesUncoveredSyntax(source: string): boolean {
  return UNCOVERED_SYNTAX.some((pattern) => pattern.test(source));
}
