import type ts from 'typescript';
import type { SyntaxErrorInfo, TypeScriptVisitor } from '../review-rule.js';

type TypeScriptModule = typeof ts;
let compiler: Promise<TypeScriptModule> | undefined;

/** The compiler is the heaviest chunk of the bundle; it is loaded only when a TS/JS file is reviewed. */
export function typescriptCompiler(): Promise<TypeScriptModule> {
  compiler ??= import('typescript').then((module) => (module as unknown as { default?: TypeScriptModule }).default ?? module);
  return compiler;
}

function scriptKind(typescript: TypeScriptModule, file: string): ts.ScriptKind {
  const lower = file.toLowerCase();
  if (lower.endsWith('.tsx')) return typescript.ScriptKind.TSX;
  if (lower.endsWith('.jsx')) return typescript.ScriptKind.JSX;
  if (lower.endsWith('.js') || lower.endsWith('.mjs') || lower.endsWith('.cjs')) return typescript.ScriptKind.JS;
  return typescript.ScriptKind.TS;
}

/**
 * Parses with the TypeScript compiler's own parser. The file name decides the dialect: JSX is only recognised in
 * .tsx/.jsx/.js files and type syntax only where TypeScript allows it, as typescript-estree decides from the path.
 */
export async function parseTypeScript(file: string, text: string): Promise<ts.SourceFile> {
  const typescript = await typescriptCompiler();
  // JSDoc is only read by the type checker; skipping it makes the parse two to three times faster. The comments
  // themselves stay in the trivia, where suppression directives are read from.
  const options = { languageVersion: typescript.ScriptTarget.Latest, jsDocParsingMode: typescript.JSDocParsingMode.ParseNone };
  return typescript.createSourceFile(file, text, options, true, scriptKind(typescript, file));
}

/** The parser's own diagnostics (not exposed in the public typings, but what typescript-estree reads too). */
export function findTypeScriptSyntaxError(
  typescript: TypeScriptModule,
  sourceFile: ts.SourceFile,
): SyntaxErrorInfo | undefined {
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics;
  if (!diagnostics || diagnostics.length === 0) return undefined;
  const first = [...diagnostics].sort((a, b) => a.start - b.start)[0];
  return {
    start: first.start,
    end: first.start + first.length,
    message: typescript.flattenDiagnosticMessageText(first.messageText, ' '),
  };
}

/** One recursive walk for every rule: enter handlers before the children, exit handlers after. */
export function walkTypeScript(
  typescript: TypeScriptModule,
  sourceFile: ts.SourceFile,
  visitors: readonly TypeScriptVisitor[],
): void {
  const enter: ((node: ts.Node) => void)[][] = [];
  const exit: ((node: ts.Node) => void)[][] = [];
  for (const visitor of visitors) {
    for (const [kind, handler] of Object.entries(visitor.enter ?? {})) if (handler) (enter[Number(kind)] ??= []).push(handler);
    for (const [kind, handler] of Object.entries(visitor.exit ?? {})) if (handler) (exit[Number(kind)] ??= []).push(handler);
  }
  const visit = (node: ts.Node): void => {
    const onEnter = enter[node.kind];
    if (onEnter) for (const handler of onEnter) handler(node);
    typescript.forEachChild(node, visit);
    const onExit = exit[node.kind];
    if (onExit) for (const handler of onExit) handler(node);
  };
  try {
    visit(sourceFile);
  } finally {
    for (const visitor of visitors) visitor.end?.();
  }
}
