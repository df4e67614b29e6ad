/**
 * @jest-environment-options {"freshTypeScript": true}
 *
 * A compiler of its own, not the worker's shared one (helpers/test-environment.mjs): the 850 nested parentheses
 * exhaust the call stack of a compiler that has just been loaded, as in a CLI run, but not always one that other
 * suites have warmed up, whose optimised code recurses deeper.
 */
import { reviewSnippet } from '../../helpers/review-snippet.js';

const MAIN_THREAD_LIMIT = '984 KB (main thread)';
const parens = (depth: number) => `const y = ${'('.repeat(depth)}1${')'.repeat(depth)};\n`;
const chain = (terms: number) => `const x = ${Array.from({ length: terms }, () => '"s"').join(' + ')};\n`;

describe('file-too-complex', () => {
  it('reports ~850 nested parentheses, which exhaust the TypeScript parser, as one notice on line 1', async () => {
    const findings = await reviewSnippet('deep.ts', `try {} catch (e) {}\n${parens(850)}`);
    expect(findings.map((f) => ({ rule: f.rule, severity: f.severity, line: f.line, column: f.column, message: f.message }))).toEqual([
      {
        rule: 'file-too-complex',
        severity: 'notice',
        line: 1,
        column: 1,
        message: `Not reviewed: too deeply nested for the TypeScript parser (it exceeded the call stack limit of ${MAIN_THREAD_LIMIT}).`,
      },
    ]);
    expect(findings[0].suggestion).toBe('Split the deep nesting or long expression into named parts, or exclude the file if it is generated.');
  });

  it("reports a 20,000-term string chain, which the parser reads but the rules' walk cannot, dropping the walk's partial findings", async () => {
    const findings = await reviewSnippet('chain.ts', `try {} catch (e) {}\n${chain(20_000)}`);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`)).toEqual([
      `1:1 file-too-complex Not reviewed: too deeply nested for the rules' walk (it exceeded the call stack limit of ${MAIN_THREAD_LIMIT}).`,
    ]);
  });

  it('stays quiet on deep but readable code: 100 nested parentheses, a 500-term chain, 2,000 nested Python brackets', async () => {
    expect(await reviewSnippet('ok.ts', `${parens(100)}${chain(500)}`)).toEqual([]);
    expect(await reviewSnippet('ok.py', `x = ${'['.repeat(2000)}1${']'.repeat(2000)}\n`)).toEqual([]);
  });

  it('is off with its severity, leaving the file with no findings and no failure', async () => {
    expect(await reviewSnippet('deep.ts', parens(850), { 'file-too-complex': { severity: 'off', options: {} } })).toEqual([]);
  });
});
