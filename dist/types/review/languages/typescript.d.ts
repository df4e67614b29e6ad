import type ts from 'typescript';
import type { SyntaxErrorInfo, TypeScriptVisitor } from '../review-rule.js';
type TypeScriptModule = typeof ts;
/** The compiler is the heaviest chunk of the bundle; it is loaded only when a TS/JS file is reviewed. */
export declare function typescriptCompiler(): Promise<TypeScriptModule>;
/**
 * Parses with the TypeScript compiler's own parser. The file name decides the dialect: JSX is only recognised in
 * .tsx/.jsx/.js files and type syntax only where TypeScript allows it, as typescript-estree decides from the path.
 */
export declare function parseTypeScript(file: string, text: string): Promise<ts.SourceFile>;
/** The parser's own diagnostics (not exposed in the public typings, but what typescript-estree reads too). */
export declare function findTypeScriptSyntaxError(typescript: TypeScriptModule, sourceFile: ts.SourceFile): SyntaxErrorInfo | undefined;
/** One recursive walk for every rule: enter handlers before the children, exit handlers after. */
export declare function walkTypeScript(typescript: TypeScriptModule, sourceFile: ts.SourceFile, visitors: readonly TypeScriptVisitor[]): void;
export {};
