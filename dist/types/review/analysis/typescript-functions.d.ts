import type ts from 'typescript';
type TypeScriptModule = typeof ts;
/**
 * How a finding names a function: `Class.method` for class members, the declared name, else the name it is bound
 * to (`const f = …`, a class field, an object key, `module.exports.f = …`), else `<anonymous>`. A member of an
 * anonymous class is named by its key alone.
 */
export declare function typescriptFunctionName(typescript: TypeScriptModule, fn: ts.FunctionLikeDeclaration): string;
/**
 * Where a finding about a function's signature starts: its `async` or `function` keyword, a member's key, the
 * `constructor` keyword, or an arrow's `(` (its lone parameter in `x => …`). Export and access modifiers are
 * skipped so the column lands on what names the function.
 */
export declare function signatureStart(typescript: TypeScriptModule, fn: ts.FunctionLikeDeclaration, sourceFile: ts.SourceFile): number;
/** The end of a function's parameter list: after its `)`, or after the lone parameter of `x => …`. */
export declare function parameterListEnd(typescript: TypeScriptModule, fn: ts.FunctionLikeDeclaration, sourceFile: ts.SourceFile): number;
export {};
