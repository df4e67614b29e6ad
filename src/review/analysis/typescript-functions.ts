import type ts from 'typescript';

type TypeScriptModule = typeof ts;

/**
 * How a finding names a function: `Class.method` for class members, the declared name, else the name it is bound
 * to (`const f = …`, a class field, an object key, `module.exports.f = …`), else `<anonymous>`. A member of an
 * anonymous class is named by its key alone.
 */
export function typescriptFunctionName(typescript: TypeScriptModule, fn: ts.FunctionLikeDeclaration): string {
  if (typescript.isConstructorDeclaration(fn)) return memberName(typescript, fn.parent, 'constructor');
  if (typescript.isFunctionDeclaration(fn) || typescript.isFunctionExpression(fn) || typescript.isArrowFunction(fn)) {
    return fn.name?.text ?? boundName(typescript, fn) ?? '<anonymous>';
  }
  return memberName(typescript, fn.parent, propertyNameText(typescript, fn.name));
}

/**
 * Where a finding about a function's signature starts: its `async` or `function` keyword, a member's key, the
 * `constructor` keyword, or an arrow's `(` (its lone parameter in `x => …`). Export and access modifiers are
 * skipped so the column lands on what names the function.
 */
export function signatureStart(typescript: TypeScriptModule, fn: ts.FunctionLikeDeclaration, sourceFile: ts.SourceFile): number {
  const { SyntaxKind } = typescript;
  if (typescript.isFunctionDeclaration(fn) || typescript.isFunctionExpression(fn)) {
    const asyncModifier = fn.modifiers?.find((modifier) => modifier.kind === SyntaxKind.AsyncKeyword);
    return (asyncModifier ?? childOfKind(fn, SyntaxKind.FunctionKeyword, sourceFile) ?? fn).getStart(sourceFile);
  }
  if (typescript.isConstructorDeclaration(fn)) {
    return (childOfKind(fn, SyntaxKind.ConstructorKeyword, sourceFile) ?? fn).getStart(sourceFile);
  }
  if (typescript.isArrowFunction(fn)) {
    return (childOfKind(fn, SyntaxKind.OpenParenToken, sourceFile) ?? fn.parameters[0] ?? fn).getStart(sourceFile);
  }
  return fn.name.getStart(sourceFile);
}

/** The end of a function's parameter list: after its `)`, or after the lone parameter of `x => …`. */
export function parameterListEnd(typescript: TypeScriptModule, fn: ts.FunctionLikeDeclaration, sourceFile: ts.SourceFile): number {
  const closeParen = childOfKind(fn, typescript.SyntaxKind.CloseParenToken, sourceFile);
  return closeParen?.end ?? fn.parameters.end;
}

/** A direct token of the node; the parser keeps keywords and punctuation only as tokens, so they are scanned. */
function childOfKind(node: ts.Node, kind: ts.SyntaxKind, sourceFile: ts.SourceFile): ts.Node | undefined {
  return node.getChildren(sourceFile).find((child) => child.kind === kind);
}

function memberName(typescript: TypeScriptModule, owner: ts.Node, key: string): string {
  const className = typescript.isClassLike(owner) ? owner.name?.text : undefined;
  return className ? `${className}.${key}` : key;
}

function propertyNameText(typescript: TypeScriptModule, name: ts.PropertyName): string {
  if (typescript.isComputedPropertyName(name)) return name.getText();
  return name.text;
}

/** The name a function expression is bound to, looking through parentheses: `const f = (() => …)`. */
function boundName(typescript: TypeScriptModule, fn: ts.Node): string | undefined {
  let value: ts.Node = fn;
  while (typescript.isParenthesizedExpression(value.parent)) value = value.parent;
  const holder = value.parent;
  if (typescript.isVariableDeclaration(holder) && typescript.isIdentifier(holder.name)) return holder.name.text;
  if (typescript.isPropertyDeclaration(holder)) return memberName(typescript, holder.parent, propertyNameText(typescript, holder.name));
  if (typescript.isPropertyAssignment(holder)) return propertyNameText(typescript, holder.name);
  if (!typescript.isBinaryExpression(holder) || holder.operatorToken.kind !== typescript.SyntaxKind.EqualsToken) return undefined;
  if (holder.right !== value) return undefined;
  if (typescript.isIdentifier(holder.left)) return holder.left.text;
  if (typescript.isPropertyAccessExpression(holder.left)) return holder.left.name.text;
  return undefined;
}
