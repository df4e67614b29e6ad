import { findingsOf, lines, reviewSnippet } from '../../helpers/review-snippet.js';

describe('syntax-error', () => {
  it('reports a missing token in Python once, at the first error, and runs no other rule', async () => {
    const findings = await reviewSnippet(
      'a.py',
      lines('try:', '    x = 1', 'except:', '    pass', 'def broken(:', '    return 1', 'def other(x:', '    pass'),
    );
    expect(findings.map((f) => f.rule)).toEqual(['syntax-error']);
    expect(findingsOf(findings, 'syntax-error')).toEqual([
      { line: 5, column: 12, message: "Syntax error: missing ')'" },
    ]);
  });

  it('reports a TypeScript parse error with the compiler message', async () => {
    const findings = await reviewSnippet('a.ts', lines('const ok = 1;', 'function (', ''));
    expect(findingsOf(findings, 'syntax-error')).toEqual([{ line: 2, column: 10, message: 'Syntax error: Identifier expected.' }]);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].category).toBe('syntax');
  });

  it('lets the extension decide JSX: valid in .tsx, an error in .ts', async () => {
    const code = lines('export const a = <div>{1}</div>;');
    expect(await reviewSnippet('a.tsx', code)).toEqual([]);
    const findings = await reviewSnippet('a.ts', code);
    expect(findings.map((f) => f.rule)).toEqual(['syntax-error']);
  });

  it("rejects Python's except* without a type, which tree-sitter accepts", async () => {
    const findings = await reviewSnippet('g.py', lines('try:', '    run()', 'except*:', '    raise'));
    expect(findingsOf(findings, 'syntax-error')).toEqual([
      { line: 3, column: 1, message: "Syntax error: expected an exception type after 'except*'" },
    ]);
    expect(await reviewSnippet('g.py', lines('try:', '    run()', 'except* ValueError:', '    raise'))).toEqual([]);
  });

  it('reports an unexpected token at its column counted in UTF-16 code units', async () => {
    const findings = await reviewSnippet('a.py', lines('label = "é😀"; total = = 1'));
    expect(findingsOf(findings, 'syntax-error')).toEqual([{ line: 1, column: 24, message: "Syntax error: unexpected '='" }]);
  });

  it('cannot be silenced by a directive, whose comments are not read in a file that does not parse', async () => {
    const python = await reviewSnippet(
      'a.py',
      lines('try:', '    a()', 'except:  # predator-guard-ignore bare-except', '    pass', 'x = = 1  # predator-guard-ignore syntax-error'),
    );
    expect(python.map((f) => f.rule)).toEqual(['syntax-error']);
    expect(findingsOf(python, 'syntax-error')).toEqual([{ line: 5, column: 5, message: "Syntax error: unexpected '='" }]);

    const typescript = await reviewSnippet('a.ts', lines('try { a(); } catch {}', 'const x = ;  // predator-guard-ignore syntax-error'));
    expect(findingsOf(typescript, 'syntax-error')).toEqual([{ line: 2, column: 11, message: 'Syntax error: Expression expected.' }]);
    expect(typescript.map((f) => f.rule)).toEqual(['syntax-error']);
  });
});
