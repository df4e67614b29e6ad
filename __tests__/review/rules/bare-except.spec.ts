import { findingsOf, lines, rangesOf, reviewSnippet } from '../../helpers/review-snippet.js';

const MESSAGE = "Bare 'except:' catches everything, including KeyboardInterrupt and SystemExit.";

describe('bare-except', () => {
  it('reports the bare handler of a try and leaves its typed handler alone', async () => {
    const findings = await reviewSnippet(
      'a.py',
      lines('try:', '    run()', 'except ValueError:', '    log()', 'except:', '    handle()'),
    );
    expect(rangesOf(findings, 'bare-except')).toEqual([{ line: 5, column: 1, message: MESSAGE, endLine: 5 }]);
    expect(findings.find((finding) => finding.rule === 'bare-except')).toMatchObject({
      severity: 'notice',
      category: 'antipattern',
      suggestion: "Catch the exceptions you expect (e.g. `except ValueError:`), or `except Exception:` and log it.",
    });
  });

  it('spans the except keyword to the colon', async () => {
    const findings = await reviewSnippet('a.py', lines('try:', '    run()', 'except  :', '    handle()'));
    const ranges = findings
      .filter((finding) => finding.rule === 'bare-except')
      .map(({ line, column, endLine, endColumn }) => ({ line, column, endLine, endColumn }));
    expect(ranges).toEqual([
      { line: 3, column: 1, endLine: 3, endColumn: 10 },
    ]);
  });

  it('reports a bare handler of a nested try at its own indentation', async () => {
    const findings = await reviewSnippet(
      'a.py',
      lines(
        'def load():',
        '    try:',
        '        try:',
        '            parse()',
        '        except:',
        '            cleanup()',
        '            notify()',
        '    except OSError:',
        '        return None',
      ),
    );
    expect(findingsOf(findings, 'bare-except')).toEqual([{ line: 5, column: 9, message: MESSAGE }]);
  });

  it('leaves typed except* handlers and except Exception alone', async () => {
    const findings = await reviewSnippet(
      'a.py',
      lines(
        'try:',
        '    run()',
        'except* ValueError as group:',
        '    log(group)',
        'try:',
        '    run()',
        'except Exception:',
        '    log()',
        'except:',
        '    handle()',
      ),
    );
    expect(findingsOf(findings, 'bare-except')).toEqual([{ line: 9, column: 1, message: MESSAGE }]);
  });

  it('reports `except: pass` as both bare and empty', async () => {
    const findings = await reviewSnippet('a.py', lines('try:', '    run()', 'except: pass'));
    expect(findingsOf(findings, 'bare-except')).toEqual([{ line: 3, column: 1, message: MESSAGE }]);
    expect(findingsOf(findings, 'empty-catch')).toEqual([
      { line: 3, column: 1, message: "Empty 'except:' swallows the exception." },
    ]);
  });

  it('does not report a handler that re-raises or logs the traceback, and reports one that only prints the message', async () => {
    const code = lines(
      'try:',
      '    conn.execute(sql)',
      'except:',
      '    conn.rollback()',
      '    raise',
      'try:',
      '    run()',
      'except:',
      '    logger.exception("run failed")',
      'try:',
      '    run()',
      'except:',
      '    log.error("run failed", exc_info=True)',
      'try:',
      '    run()',
      'except:',
      '    traceback.print_exc()',
      'try:',
      '    run()',
      'except:',
      '    print("run failed", file=sys.stderr)',
      'try:',
      '    run()',
      'except:',
      '    sys.stderr.write("run failed\\n")',
      'try:',
      '    run()',
      'except:',
      '    print("run failed")',
      'try:',
      '    run()',
      'except:',
      '    def later():',
      '        raise',
      '    log.error("failed", exc_info=False)',
    );
    expect(findingsOf(await reviewSnippet('a.py', code), 'bare-except')).toEqual([
      { line: 28, column: 1, message: MESSAGE },
      { line: 32, column: 1, message: MESSAGE },
    ]);
  });

  it('does not report a handler that shows the traceback by a method named for it or hands on sys.exc_info()', async () => {
    const code = lines(
      'try:',
      '    run_cell()',
      'except:',
      '    self.showtraceback()',
      'try:',
      '    run_cell()',
      'except:',
      '    failures.append(sys.exc_info())',
      'try:',
      '    run_cell()',
      'except:',
      '    self.show_error()',
    );
    expect(findingsOf(await reviewSnippet('a.py', code), 'bare-except')).toEqual([{ line: 11, column: 1, message: MESSAGE }]);
  });
});

