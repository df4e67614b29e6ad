import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Snippets compiled with the project's own compiler options, as `tsc` compiles src/: each is a module beside this
 * test (in memory only) that files rules the way an analyzer's meta.ts does. The rules are stand-ins with only an id:
 * the check is on the registry's types, and the real analyzers would bring in their dependencies' types (the
 * Kubernetes client's alone is 800 declaration files, ten seconds of compiling). The real metas are checked by `tsc`
 * itself, through the same assertion in src/core/rules/catalog.ts.
 */
const IMPORTS = `
import { ruleRegistry, type Assert, type RuleIdsAreUnique } from '../../../src/core/rules/registry.js';
import type { AnyRule } from '../../../src/core/rules/rule.js';
const rule = <const Id extends string>(id: Id) => ({ meta: { id } }) as unknown as AnyRule & { readonly meta: { readonly id: Id } };
const bareExcept = rule('bare-except');
const nestedLoop = rule('nested-loop');
const review = { families: { code: ruleRegistry({ 'bare-except': bareExcept, 'nested-loop': nestedLoop }) } };
const rollout = { families: { lint: ruleRegistry({ 'final-weight-below-full': rule('final-weight-below-full') }) } };
`;

const SNIPPETS = {
  /** The control: two analyzers with different ids, and a new family with a new id. */
  fine: `${IMPORTS}
const more = { ...rollout, families: { ...rollout.families, fresh: ruleRegistry({ 'rollout-aborted': rule('rollout-aborted') }) } };
export type Check = Assert<RuleIdsAreUnique<{ review: typeof review; rollout: typeof more }>>;`,
  sameKeyTwice: `${IMPORTS}
export const code = ruleRegistry({ 'bare-except': bareExcept, 'nested-loop': nestedLoop, 'bare-except': bareExcept });`,
  keyIsNotTheId: `${IMPORTS}
export const code = ruleRegistry({ 'bare-except': bareExcept, 'nested-loops': nestedLoop });`,
  sameIdInTwoAnalyzers: `${IMPORTS}
const copied = ruleRegistry({ 'nested-loop': nestedLoop });
const withCopy = { ...rollout, families: { ...rollout.families, copied } };
export type Check = Assert<RuleIdsAreUnique<{ review: typeof review; rollout: typeof withCopy }>>;`,
  sameIdInTwoFamilies: `${IMPORTS}
const twice = { families: { ...review.families, again: ruleRegistry({ 'bare-except': bareExcept }) } };
export type Check = Assert<RuleIdsAreUnique<{ review: typeof twice; rollout: typeof rollout }>>;`,
};

type Snippet = keyof typeof SNIPPETS;

function compilerOptions(): ts.CompilerOptions {
  const configFile = path.join(root, 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, root).options;
}

/** Every error `tsc` reports in each snippet, as `TS<code>: <message>` (chained messages joined). */
function compileSnippets(): Record<Snippet, string[]> {
  const files = new Map(Object.entries(SNIPPETS).map(([name, text]) => [path.join(root, '__tests__/core/rules', `${name}.snippet.ts`), text]));
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => files.has(file) || fileExists(file);
  host.readFile = (file) => files.get(file) ?? readFile(file);
  host.getSourceFile = (file, language, onError) => {
    const text = files.get(file);
    return text === undefined ? getSourceFile(file, language, onError) : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const errors = {} as Record<Snippet, string[]>;
  for (const [file] of files) {
    const name = path.basename(file, '.snippet.ts') as Snippet;
    const source = program.getSourceFile(file);
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    errors[name] = diagnostics.map((diagnostic) => `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
  }
  return errors;
}

describe('a duplicate rule id does not compile', () => {
  let errors: Record<Snippet, string[]>;
  beforeAll(() => {
    errors = compileSnippets();
  }, 120_000);

  it('compiles two analyzers with different ids, and a new family with a new id', () => {
    expect(errors.fine).toEqual([]);
  });

  it('refuses a key written twice in one registry', () => {
    expect(errors.sameKeyTwice).toEqual(["TS1117: An object literal cannot have multiple properties with the same name."]);
  });

  it('refuses a key that is not its rule’s id', () => {
    expect(errors.keyIsNotTheId).toHaveLength(1);
    expect(errors.keyIsNotTheId[0]).toMatch(/^TS2322: .*Type '"nested-loop"' is not assignable to type '"nested-loops"'/);
  });

  it('refuses an id that two analyzers file, naming it', () => {
    expect(errors.sameIdInTwoAnalyzers).toHaveLength(1);
    expect(errors.sameIdInTwoAnalyzers[0]).toMatch(/^TS2344: Type '\{ 'rule id filed in two places': "nested-loop"; \}' does not satisfy the constraint 'true'/);
  });

  it('refuses an id that two families of one analyzer file, naming it', () => {
    expect(errors.sameIdInTwoFamilies).toHaveLength(1);
    expect(errors.sameIdInTwoFamilies[0]).toMatch(/^TS2344: Type '\{ 'rule id filed in two places': "bare-except"; \}' does not satisfy the constraint 'true'/);
  });
});
