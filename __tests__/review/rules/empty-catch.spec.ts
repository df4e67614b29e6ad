import { findingsOf, lines, rangesOf, reviewSnippet } from '../../helpers/review-snippet.js';

const CATCH_MESSAGE = 'Empty catch block swallows the exception.';
const emptyExcept = (header: string) => `Empty '${header}' swallows the exception.`;

describe('empty-catch', () => {
  describe('Python', () => {
    it('reports handlers holding only pass and ..., naming the header as written', async () => {
      const findings = await reviewSnippet(
        'a.py',
        lines(
          'try:',
          '    a()',
          'except ConnectionError:',
          '    pass',
          'try:',
          '    a()',
          'except (KeyError,   IndexError) as e:',
          '    ...',
          'try:',
          '    a()',
          'except* OSError:',
          '    pass',
          '    ...',
          'try:',
          '    a()',
          'except TypeError:',
          '    log()',
          'try:',
          '    a()',
          'except LookupError:',
          '    raise',
          'try:',
          '    a()',
          'except RuntimeError:',
          '    """Ignored: the runtime retries on its own."""',
          'try:',
          '    a()',
          'finally:',
          '    pass',
        ),
      );
      expect(rangesOf(findings, 'empty-catch')).toEqual([
        { line: 3, column: 1, message: emptyExcept('except ConnectionError:'), endLine: 4 },
        { line: 7, column: 1, message: emptyExcept('except (KeyError, IndexError) as e:'), endLine: 8 },
        { line: 11, column: 1, message: emptyExcept('except* OSError:'), endLine: 13 },
      ]);
      expect(findings.find((finding) => finding.rule === 'empty-catch')).toMatchObject({ severity: 'notice', category: 'antipattern' });
      expect(findings.filter((finding) => finding.rule === 'empty-catch').map((finding) => finding.severity)).toEqual(['notice', 'notice', 'notice']);
    });

    it('does not report ImportError or ModuleNotFoundError around an import, and reports them around other code', async () => {
      const code = lines(
        'try:',
        '    import ujson as json',
        'except ImportError:',
        '    pass',
        'try:',
        '    from yaml import CSafeLoader',
        'except (ImportError, ModuleNotFoundError):',
        '    pass',
        'try:',
        '    load_plugins()',
        'except ImportError:',
        '    pass',
        'try:',
        '    import extras',
        'except (ImportError, RuntimeError):',
        '    pass',
      );
      expect(findingsOf(await reviewSnippet('a.py', code), 'empty-catch')).toEqual([
        { line: 11, column: 1, message: emptyExcept('except ImportError:') },
        { line: 15, column: 1, message: emptyExcept('except (ImportError, RuntimeError):') },
      ]);
    });

    it('does not report an empty handler of KeyboardInterrupt alone, and reports one that catches more with it', async () => {
      const code = lines(
        'try:',
        '    serve_forever()',
        'except KeyboardInterrupt:',
        '    pass',
        'try:',
        '    serve_forever()',
        'except (KeyboardInterrupt, RuntimeError):',
        '    pass',
      );
      expect(findingsOf(await reviewSnippet('a.py', code), 'empty-catch')).toEqual([
        { line: 7, column: 1, message: emptyExcept('except (KeyboardInterrupt, RuntimeError):') },
      ]);
    });

    it('grades an empty handler of narrow lookup and parse exceptions a notice suggesting suppress or a default', async () => {
      const code = lines(
        'value = None',
        'try:',
        '    value = settings[key]',
        'except KeyError:',
        '    pass',
        'try:',
        '    port = int(text)',
        'except (ValueError, TypeError):',
        '    pass',
        'try:',
        '    os.remove(path)',
        'except FileNotFoundError:',
        '    pass',
        'try:',
        '    charge(card)',
        'except PaymentError:',
        '    pass',
        'try:',
        '    charge(card)',
        'except (KeyError, Exception):',
        '    pass',
      );
      const findings = (await reviewSnippet('a.py', code)).filter((finding) => finding.rule === 'empty-catch');
      expect(findings.map(({ line, severity, message }) => ({ line, severity, message }))).toEqual([
        { line: 4, severity: 'notice', message: emptyExcept('except KeyError:') },
        { line: 8, severity: 'notice', message: emptyExcept('except (ValueError, TypeError):') },
        { line: 12, severity: 'notice', message: emptyExcept('except FileNotFoundError:') },
        { line: 16, severity: 'notice', message: emptyExcept('except PaymentError:') },
        { line: 20, severity: 'notice', message: emptyExcept('except (KeyError, Exception):') },
      ]);
      expect(findings[0].suggestion).toBe(
        'If going on without the value is intended, say so: `with contextlib.suppress(…):`, or a lookup with a default (`.get(key, default)`, `getattr(obj, name, default)`, `next(it, default)`).',
      );
      expect(findings[3].suggestion).toBe('Handle, log or re-raise the exception; if ignoring it is deliberate, say why in a comment inside the handler.');
    });

    it('folds a multi-line header and drops the comments inside it', async () => {
      const findings = await reviewSnippet(
        'a.py',
        lines('try:', '    a()', 'except (KeyError,  # a missing key', '        IndexError):', '    pass'),
      );
      expect(rangesOf(findings, 'empty-catch')).toEqual([
        { line: 3, column: 1, message: emptyExcept('except (KeyError, IndexError):'), endLine: 5 },
      ]);
    });

    it('reports `except: pass` as empty as well as bare', async () => {
      const findings = await reviewSnippet('a.py', lines('try:', '    a()', 'except: pass'));
      expect(findingsOf(findings, 'empty-catch')).toEqual([{ line: 3, column: 1, message: emptyExcept('except:') }]);
      expect(findings.map((finding) => finding.rule).sort()).toEqual(['bare-except', 'empty-catch']);
    });

    it('takes a comment after the colon or deeper than the except as intent', async () => {
      const findings = await reviewSnippet(
        'a.py',
        lines(
          'try:',
          '    a()',
          'except ValueError:  # a missing value is fine here',
          '    pass',
          'try:',
          '    a()',
          'except KeyError:',
          '    # the cache may already be gone',
          '    pass',
          'try:',
          '    a()',
          'except OSError: pass  # best effort',
          'try:',
          '    a()',
          'except IndexError:',
          '    pass',
          '    # out of range means nothing to undo',
          'def f():',
          '    try:',
          '        a()',
          '    except TypeError:',
          '        pass',
          '      # tolerated: deeper than the except, shallower than its body',
          '    b()',
          'try:',
          '    a()',
          'except LookupError:',
          '    pass',
        ),
      );
      expect(findingsOf(findings, 'empty-catch')).toEqual([{ line: 27, column: 1, message: emptyExcept('except LookupError:') }]);
    });

    it("does not take a comment at the except's own indentation as intent", async () => {
      const findings = await reviewSnippet(
        'a.py',
        lines(
          'try:',
          '    a()',
          'except ValueError:',
          '    pass',
          '# a KeyError is worse',
          'except KeyError:',
          '    log()',
          'try:',
          '    a()',
          'except OSError:',
          '    pass',
          '',
          '# the next step is unrelated',
          'b()',
          'try:',
          '    a()',
          'except TypeError:',
          '    pass',
          '    # a trailing comment of the body is intent',
        ),
      );
      expect(findingsOf(findings, 'empty-catch')).toEqual([
        { line: 3, column: 1, message: emptyExcept('except ValueError:') },
        { line: 10, column: 1, message: emptyExcept('except OSError:') },
      ]);
    });

    it('does not take a suppression directive as intent, and suppresses only on the except line', async () => {
      const findings = await reviewSnippet(
        'a.py',
        lines(
          'try:',
          '    a()',
          'except ValueError:',
          '    pass  # predator-guard-ignore empty-catch',
          'try:',
          '    a()',
          'except KeyError:  # predator-guard-ignore empty-catch -- the key is optional',
          '    pass',
        ),
      );
      expect(findingsOf(findings, 'empty-catch')).toEqual([{ line: 3, column: 1, message: emptyExcept('except ValueError:') }]);
      expect(findingsOf(findings, 'unused-suppression')).toEqual([
        { line: 4, column: 13, message: "Suppression of 'empty-catch' matches no finding." },
      ]);
    });
  });

  describe('TypeScript and JavaScript', () => {
    it('reports empty catch blocks unless a comment sits between the braces', async () => {
      const findings = await reviewSnippet(
        'a.ts',
        lines(
          'try { a(); } catch {}',
          'try { a(); } catch (e) {}',
          'try { a(); } catch (e) { /* ok */ }',
          'try { a(); } catch (e) {} // ok',
          'try { a(); } catch (e) { // why',
          '}',
          'try { a(); } catch (e) {',
          '  /** the retry handles it */',
          '}',
          'try { a(); } catch (e) { log(e); }',
          'try { a(); } finally { cleanup(); }',
          'try { a(); } catch (e) {',
          '',
          '}',
        ),
      );
      expect(rangesOf(findings, 'empty-catch')).toEqual([
        { line: 1, column: 14, message: CATCH_MESSAGE, endLine: 1 },
        { line: 2, column: 14, message: CATCH_MESSAGE, endLine: 2 },
        { line: 4, column: 14, message: CATCH_MESSAGE, endLine: 4 },
        { line: 12, column: 14, message: CATCH_MESSAGE, endLine: 14 },
      ]);
    });

    it('does not take a suppression directive as intent', async () => {
      const findings = await reviewSnippet(
        'a.ts',
        lines(
          'try { a(); } catch (e) { /* predator-guard-ignore empty-catch -- best effort */ }',
          'try { a(); } catch (e) {',
          '  // predator-guard-ignore empty-catch',
          '}',
        ),
      );
      expect(findingsOf(findings, 'empty-catch')).toEqual([{ line: 2, column: 14, message: CATCH_MESSAGE }]);
      expect(findingsOf(findings, 'unused-suppression')).toEqual([
        { line: 3, column: 6, message: "Suppression of 'empty-catch' matches no finding." },
      ]);
    });

    it('reviews JavaScript and TSX files alike', async () => {
      const javascript = await reviewSnippet(
        'a.js',
        lines('try { a(); } catch (e) {}', 'try { a(); } catch (e) { /* ignored: optional */ }'),
      );
      expect(findingsOf(javascript, 'empty-catch')).toEqual([{ line: 1, column: 14, message: CATCH_MESSAGE }]);
      const tsx = await reviewSnippet(
        'a.tsx',
        lines(
          'export function View() {',
          '  try { a(); } catch {}',
          '  try { a(); } catch { /* best effort */ }',
          '  return <div />;',
          '}',
        ),
      );
      expect(findingsOf(tsx, 'empty-catch')).toEqual([{ line: 2, column: 16, message: CATCH_MESSAGE }]);
    });
  });
});
