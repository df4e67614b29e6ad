import type ts from 'typescript';
import { functionLikeKinds } from './typescript-function-kinds.js';
import type { TypeScriptVisitor } from '../review-rule.js';
import { handlersFor } from './compose-visitors.js';
import type { ListBindings } from './list-bindings.js';

type TypeScriptModule = typeof ts;

/** Methods that always return a new array when called on one. */
const ARRAY_RETURNING_METHODS = new Set(['map', 'filter', 'slice', 'concat', 'flat', 'flatMap']);
/** Of those, the ones strings have too, returning a string: an array only when called on one. */
const STRING_METHODS = new Set(['slice', 'concat']);
/** Literal arrays of at most this many elements are short by sight: searching them costs no more than a Set. */
export const MAX_SHORT_LITERAL = 8;
const ARRAY_FACTORIES = new Set(['Array.from', 'Array.of', 'Object.keys', 'Object.values', 'Object.entries']);

/**
 * Records into `bindings`, during the walk, every name a function (or the file) declares or assigns and whether
 * the value is demonstrably an array. Block scopes are folded into their function: two declarations of one name in
 * different blocks can only hide an array, never invent one.
 */
export function typescriptArrayNameVisitor(ts: TypeScriptModule, bindings: ListBindings): TypeScriptVisitor {
  const { SyntaxKind } = ts;
  const bindOthers = (node: ts.Node | undefined) => {
    for (const name of identifiersIn(ts, node)) bindings.bind(name.text, false);
  };
  const enterFunction = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node)) bindOthers(node.name);
    bindings.enterScope();
    // A function expression's own name is visible only inside it.
    if (ts.isFunctionExpression(node)) bindOthers(node.name);
  };
  const bindDeclaredName = (node: ts.Node) => {
    if (
      ts.isClassDeclaration(node) ||
      ts.isEnumDeclaration(node) ||
      ts.isModuleDeclaration(node) ||
      ts.isImportClause(node) ||
      ts.isNamespaceImport(node) ||
      ts.isImportSpecifier(node) ||
      ts.isImportEqualsDeclaration(node)
    ) {
      bindOthers(node.name);
    }
  };
  const functionKinds = functionLikeKinds(ts);
  const declarationKinds = [
    SyntaxKind.ClassDeclaration,
    SyntaxKind.EnumDeclaration,
    SyntaxKind.ModuleDeclaration,
    SyntaxKind.ImportClause,
    SyntaxKind.NamespaceImport,
    SyntaxKind.ImportSpecifier,
    SyntaxKind.ImportEqualsDeclaration,
  ];
  return {
    enter: {
      ...handlersFor(functionKinds, enterFunction),
      ...handlersFor(declarationKinds, bindDeclaredName),
      [SyntaxKind.VariableDeclaration](node: ts.Node) {
        if (!ts.isVariableDeclaration(node)) return;
        if (ts.isIdentifier(node.name)) {
          const initializedWithArray = node.initializer !== undefined && isArrayExpression(ts, node.initializer);
          bindings.bind(node.name.text, isArrayType(ts, node.type) || initializedWithArray);
        } else {
          bindOthers(node.name);
        }
      },
      [SyntaxKind.Parameter](node: ts.Node) {
        if (!ts.isParameter(node)) return;
        // A rest parameter is always an array, whatever its annotation says.
        if (ts.isIdentifier(node.name)) bindings.bind(node.name.text, node.dotDotDotToken !== undefined || isArrayType(ts, node.type));
        else bindOthers(node.name);
      },
      [SyntaxKind.BinaryExpression](node: ts.Node) {
        if (!ts.isBinaryExpression(node) || !isAssignment(ts, node.operatorToken.kind)) return;
        const target = node.left;
        if (node.operatorToken.kind === SyntaxKind.EqualsToken && ts.isIdentifier(target)) {
          bindings.bind(target.text, isArrayExpression(ts, node.right));
        } else if (ts.isIdentifier(target) || ts.isArrayLiteralExpression(target) || ts.isObjectLiteralExpression(target)) {
          // `ids += x` makes a string; `[a, b] = pair` and `({ a } = o)` bind whatever the right side holds.
          bindOthers(target);
        }
      },
      ...handlersFor([SyntaxKind.PrefixUnaryExpression, SyntaxKind.PostfixUnaryExpression], (node: ts.Node) => {
        if (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) bindOthers(node.operand);
      }),
      // `for (ids of groups)` assigns without declaring.
      ...handlersFor([SyntaxKind.ForOfStatement, SyntaxKind.ForInStatement], (node: ts.Node) => {
        if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) {
          bindOthers(node.initializer);
        }
      }),
    },
    exit: handlersFor(functionKinds, () => bindings.exitScope()),
  };
}

/**
 * An array that can be long: an array literal (spread included) other than one of 1 to `MAX_SHORT_LITERAL`
 * elements, `new Array(…)`, `Array(…)`, `Array.from/of(…)`, `Object.keys/values/entries(…)`, a call of `map`,
 * `filter`, `flat` or `flatMap`, a `slice` or `concat` of something this proves an array (a string has them too),
 * or any of these behind parentheses, `!`, `satisfies` or a type assertion, which can also name an array type.
 */
export function isArrayExpression(ts: TypeScriptModule, expression: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(expression) || ts.isNonNullExpression(expression) || ts.isSatisfiesExpression(expression)) {
    return isArrayExpression(ts, expression.expression);
  }
  if (ts.isAsExpression(expression) || ts.isTypeAssertionExpression(expression)) {
    return isArrayType(ts, expression.type) || isArrayExpression(ts, expression.expression);
  }
  if (ts.isArrayLiteralExpression(expression)) return !isShortLiteral(ts, expression);
  if (ts.isNewExpression(expression) || ts.isCallExpression(expression)) {
    const callee = expression.expression;
    if (ts.isIdentifier(callee)) return callee.text === 'Array';
    if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(callee)) return false;
    const method = callee.name.text;
    if (ts.isIdentifier(callee.expression) && ARRAY_FACTORIES.has(`${callee.expression.text}.${method}`)) return true;
    if (!ARRAY_RETURNING_METHODS.has(method)) return false;
    return !STRING_METHODS.has(method) || isArrayExpression(ts, callee.expression);
  }
  return false;
}

/** 1 to `MAX_SHORT_LITERAL` elements without spread: the source fixes the length; `[]` is an array to be filled. */
export function isShortLiteral(ts: TypeScriptModule, literal: ts.ArrayLiteralExpression): boolean {
  const { elements } = literal;
  return elements.length > 0 && elements.length <= MAX_SHORT_LITERAL && !elements.some((element) => ts.isSpreadElement(element));
}

/** `T[]`, `readonly T[]`, `Array<T>`, `ReadonlyArray<T>`. */
function isArrayType(ts: TypeScriptModule, type: ts.TypeNode | undefined): boolean {
  if (!type) return false;
  if (ts.isParenthesizedTypeNode(type)) return isArrayType(ts, type.type);
  if (ts.isArrayTypeNode(type)) return true;
  if (ts.isTypeOperatorNode(type)) return type.operator === ts.SyntaxKind.ReadonlyKeyword && isArrayType(ts, type.type);
  if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return false;
  return type.typeName.text === 'Array' || type.typeName.text === 'ReadonlyArray';
}

function isAssignment(ts: TypeScriptModule, operator: ts.SyntaxKind): boolean {
  const { SyntaxKind } = ts;
  return operator >= SyntaxKind.FirstAssignment && operator <= SyntaxKind.LastAssignment;
}

/** Every identifier in a binding name or assignment target; property keys too, which can only hide an array. */
function identifiersIn(ts: TypeScriptModule, node: ts.Node | undefined): ts.Identifier[] {
  if (!node) return [];
  if (ts.isIdentifier(node)) return [node];
  const found: ts.Identifier[] = [];
  node.forEachChild((child) => {
    found.push(...identifiersIn(ts, child));
  });
  return found;
}
