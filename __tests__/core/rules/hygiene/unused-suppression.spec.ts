import { findingsOf, lines, rangesOf, reviewSnippet } from '../../../helpers/review-snippet.js';

const BARE = "Bare 'except:' catches everything, including KeyboardInterrupt and SystemExit.";
const EMPTY_CATCH = 'Empty catch block swallows the exception.';
const unusedOf = (...rules: string[]) => `Suppression of ${rules.map((rule) => `'${rule}'`).join(', ')} matches no finding.`;

describe('unused-suppression', () => {
  describe('the directive grammar, end to end', () => {
    it('suppresses on its own line, reads comma lists with or without spaces, and ignores the reason', async () => {
      const findings = await reviewSnippet(
        'a.py',
        lines(
          'try:',
          '    a()',
          'except:  # predator-guard-ignore bare-except, empty-catch -- legacy shim, see bare-except docs',
          '    pass',
          'try:',
          '    a()',
          'except:  # predator-guard-ignore bare-except,empty-catch',
          '    pass',
          'try:',
          '    a()',
          'except:',
          '    log()',
        ),
      );
      expect(findingsOf(findings, 'bare-except')).toEqual([{ line: 11, column: 1, message: BARE }]);
      expect(findings.map((finding) => finding.rule)).toEqual(['bare-except']);
    });

    it('suppresses the next line with -next-line and the whole file with -file', async () => {
      const findings = await reviewSnippet(
        'a.py',
        lines(
          '# predator-guard-ignore-file empty-catch -- vendored module',
          'try:',
          '    a()',
          '# predator-guard-ignore-next-line bare-except',
          'except:',
          '    pass',
          'try:',
          '    a()',
          'except:',
          '    pass',
        ),
      );
      expect(findingsOf(findings, 'bare-except')).toEqual([{ line: 9, column: 1, message: BARE }]);
      expect(findings.map((finding) => finding.rule)).toEqual(['bare-except']);
    });

    it('reads // and /* */ comments, a block comment applying after its last line, and doc comments', async () => {
      const findings = await reviewSnippet(
        'a.ts',
        lines(
          'try { a(); } catch {} // predator-guard-ignore empty-catch',
          '/* predator-guard-ignore-next-line empty-catch -- best effort */',
          'try { a(); } catch {}',
          '/*',
          ' * predator-guard-ignore-next-line empty-catch -- a block comment applies after its last line',
          ' */',
          'try { a(); } catch {}',
          '/** predator-guard-ignore-next-line empty-catch -- a doc comment is a comment too */',
          'try { a(); } catch {}',
          'try { a(); } catch {}',
        ),
      );
      expect(findingsOf(findings, 'empty-catch')).toEqual([{ line: 10, column: 14, message: EMPTY_CATCH }]);
      expect(findings.map((finding) => finding.rule)).toEqual(['empty-catch']);
    });

    it('does not take a marker inside a string literal for a directive', async () => {
      const python = await reviewSnippet(
        'a.py',
        lines('try:', '    a()', 'except: log("# predator-guard-ignore bare-except")'),
      );
      expect(findingsOf(python, 'bare-except')).toEqual([{ line: 3, column: 1, message: BARE }]);
      expect(python.map((finding) => finding.rule)).toEqual(['bare-except']);

      const typescript = await reviewSnippet(
        'a.ts',
        lines(
          "const hint = '// predator-guard-ignore empty-catch'; try { a(); } catch {}",
          'const note = `/* predator-guard-ignore empty-catch */`; try { a(); } catch {}',
        ),
      );
      expect(findingsOf(typescript, 'empty-catch')).toEqual([
        { line: 1, column: 67, message: EMPTY_CATCH },
        { line: 2, column: 70, message: EMPTY_CATCH },
      ]);
      expect(typescript.map((finding) => finding.rule)).toEqual(['empty-catch', 'empty-catch']);
    });
  });

  describe('reports', () => {
    it('a directive that suppresses nothing, an unknown rule id and a directive naming no rule', async () => {
      const findings = await reviewSnippet(
        'a.py',
        lines(
          'x = compute()  # predator-guard-ignore bare-except',
          'y = compute()  # predator-guard-ignore no-such-rule, bare-except',
          'z = compute()  # predator-guard-ignore -- forgot the rule id',
        ),
      );
      expect(findingsOf(findings, 'unused-suppression')).toEqual([
        { line: 1, column: 18, message: unusedOf('bare-except') },
        { line: 2, column: 18, message: "Suppression names unknown rule 'no-such-rule'." },
        { line: 3, column: 18, message: 'Suppression names no rule; write the rule id after the directive.' },
      ]);
      expect(findings[0]).toMatchObject({ severity: 'notice', category: 'hygiene', data: { rules: ['bare-except'] } });
    });

    it('only the rules of a directive that matched nothing', async () => {
      const findings = await reviewSnippet(
        'a.py',
        lines('try:', '    a()', 'except:  # predator-guard-ignore bare-except, empty-catch', '    log()'),
      );
      expect(findingsOf(findings, 'unused-suppression')).toEqual([{ line: 3, column: 12, message: unusedOf('empty-catch') }]);
      expect(findingsOf(findings, 'bare-except')).toEqual([]);
    });

    it('a next-line directive aimed at the wrong line, spanning its whole block comment', async () => {
      const findings = await reviewSnippet(
        'a.ts',
        lines(
          '/*',
          ' * predator-guard-ignore-next-line empty-catch',
          ' */',
          '',
          'try { a(); } catch {}',
        ),
      );
      expect(rangesOf(findings, 'unused-suppression')).toEqual([
        { line: 2, column: 4, message: unusedOf('empty-catch'), endLine: 3 },
      ]);
      expect(findingsOf(findings, 'empty-catch')).toEqual([{ line: 5, column: 14, message: EMPTY_CATCH }]);
    });

    it('a directive naming unused-suppression itself, which only the config can turn off', async () => {
      const code = lines(
        'try:',
        '    a()',
        'except:  # predator-guard-ignore bare-except, unused-suppression',
        '    log()',
        'x = compute()  # predator-guard-ignore empty-catch',
      );
      expect(findingsOf(await reviewSnippet('a.py', code), 'unused-suppression')).toEqual([
        { line: 3, column: 12, message: unusedOf('unused-suppression') },
        { line: 5, column: 18, message: unusedOf('empty-catch') },
      ]);
      const off = await reviewSnippet('a.py', code, { 'unused-suppression': { severity: 'off', options: {} } });
      expect(off).toEqual([]);
    });
  });
});
