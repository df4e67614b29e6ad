import type ts from 'typescript';

type TypeScriptModule = typeof ts;

/**
 * The names an expression reads: its identifiers, less the ones that only label something (the `b` of `a.b`, a
 * property name in `{ b: 1 }`), which are not variables. Function bodies inside it are read too: a callback's
 * captured names are what it depends on.
 */
export function typescriptNamesRead(ts: TypeScriptModule, node: ts.Node | undefined): string[] {
  if (!node) return [];
  const names: string[] = [];
  const visit = (current: ts.Node): void => {
    if (ts.isIdentifier(current)) {
      if (!isLabel(ts, current)) names.push(current.text);
      return;
    }
    // `this.users` reads the instance: without it, a member's collection would look like a constant.
    if (current.kind === ts.SyntaxKind.ThisKeyword || current.kind === ts.SyntaxKind.SuperKeyword) {
      names.push(current.getText());
      return;
    }
    ts.forEachChild(current, visit);
  };
  visit(node);
  return names;
}

function isLabel(ts: TypeScriptModule, identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if (!parent) return false;
  if (ts.isPropertyAccessExpression(parent)) return parent.name === identifier;
  if (ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent)) return parent.name === identifier;
  return false;
}

/** The names a declaration, parameter or assignment target binds: `a`, `{ a, b: [c] }`, `[x, ...rest]`. */
export function typescriptNamesBound(ts: TypeScriptModule, target: ts.Node | undefined): string[] {
  if (!target) return [];
  if (ts.isIdentifier(target)) return [target.text];
  if (ts.isVariableDeclarationList(target)) return target.declarations.flatMap((declaration) => typescriptNamesBound(ts, declaration.name));
  if (ts.isVariableDeclaration(target) || ts.isParameter(target) || ts.isBindingElement(target)) return typescriptNamesBound(ts, target.name);
  if (ts.isObjectBindingPattern(target) || ts.isArrayBindingPattern(target)) {
    return target.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : typescriptNamesBound(ts, element)));
  }
  // Assignment targets written as expressions: `[a, b] = …`, `({ a } = …)`.
  if (ts.isArrayLiteralExpression(target)) return target.elements.flatMap((element) => typescriptNamesBound(ts, element));
  if (ts.isObjectLiteralExpression(target)) {
    return target.properties.flatMap((property) => {
      if (ts.isShorthandPropertyAssignment(property)) return [property.name.text];
      if (ts.isPropertyAssignment(property)) return typescriptNamesBound(ts, property.initializer);
      return [];
    });
  }
  if (ts.isSpreadElement(target)) return typescriptNamesBound(ts, target.expression);
  if (ts.isParenthesizedExpression(target)) return typescriptNamesBound(ts, target.expression);
  return [];
}
