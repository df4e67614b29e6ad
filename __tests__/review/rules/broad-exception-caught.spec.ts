import { findingsOf, lines, rangesOf, reviewSnippet } from '../../helpers/review-snippet.js';

const RULE = 'broad-exception-caught';

function caught(line: number, column: number, name = 'Exception') {
  return { line, column, message: `Catching '${name}' hides unexpected errors.` };
}

async function broadOf(text: string) {
  return findingsOf(await reviewSnippet('a.py', text), RULE);
}

describe('broad-exception-caught', () => {
  it('reports except Exception from the type to the colon, and leaves a narrow handler alone', async () => {
    const findings = await reviewSnippet(
      'a.py',
      lines(
        'try:',
        '    sync()',
        'except ConnectionError:',
        '    retry()',
        'except Exception as error:',
        '    notify(error)',
      ),
    );
    expect(rangesOf(findings, RULE)).toEqual([{ ...caught(5, 8), endLine: 5 }]);
    expect(findings.find((finding) => finding.rule === RULE)).toMatchObject({
      endColumn: 27,
      severity: 'notice',
      category: 'antipattern',
      suggestion: 'Catch the exceptions you expect, or re-raise / log with logger.exception() so the traceback is kept.',
    });
  });

  it('finds the broad type in a tuple, in parentheses, qualified by builtins, in except* and in a bare list', async () => {
    const code = lines(
      'try:',
      '    run()',
      'except (ValueError, Exception) as error:',
      '    notify(error)',
      'except (BaseException):',
      '    notify()',
      'except builtins.Exception:',
      '    notify()',
      'except (KeyError, IndexError):',
      '    notify()',
      'try:',
      '    run()',
      'except* Exception as group:',
      '    notify(group)',
      'try:',
      '    run()',
      'except TimeoutError, Exception:',
      '    notify()',
    );
    expect(await broadOf(code)).toEqual([
      caught(3, 21),
      caught(5, 9, 'BaseException'),
      caught(7, 8, 'builtins.Exception'),
      caught(13, 9),
      caught(17, 22),
    ]);
  });

  it('leaves handlers that re-raise, anywhere in the handler body', async () => {
    const code = lines(
      'try:',
      '    run()',
      'except Exception:',
      '    rollback()',
      '    raise',
      'try:',
      '    run()',
      'except Exception as error:',
      '    raise JobFailed(job) from error',
      'try:',
      '    run()',
      'except Exception as error:',
      '    if not retryable(error):',
      '        raise',
      'try:',
      '    run()',
      'except Exception:',
      '    rollback()',
    );
    expect(await broadOf(code)).toEqual([caught(17, 8)]);
  });

  it('leaves handlers that log the traceback with .exception() or a truthy exc_info, and reports exc_info off', async () => {
    const code = lines(
      'try:',
      '    run()',
      'except Exception:',
      "    logger.exception('run failed')",
      'except BaseException:',
      "    logging.exception('run failed')",
      'try:',
      '    run()',
      'except Exception:',
      "    log.error('run failed', exc_info=True)",
      'try:',
      '    run()',
      'except Exception as error:',
      "    log.warning('run failed', exc_info=error)",
      'try:',
      '    run()',
      'except Exception:',
      "    log.error('run failed', exc_info=False)",
      'try:',
      '    run()',
      'except Exception:',
      "    log.error('run failed', exc_info=None)",
      'try:',
      '    run()',
      'except Exception:',
      "    log.error('run failed', exc_info=0)",
      'try:',
      '    run()',
      'except Exception as error:',
      "    log.error('run failed: %s', error)",
    );
    expect(await broadOf(code)).toEqual([caught(17, 8), caught(21, 8), caught(25, 8), caught(29, 8)]);
  });

  it('does not count a raise or a log inside a def, class or lambda defined in the handler, which runs later', async () => {
    const code = lines(
      'try:',
      '    run()',
      'except Exception as error:',
      '    def fail():',
      '        raise error',
      '    class Report:',
      '        def send(self):',
      "            logger.exception('late')",
      "    later(lambda: logger.exception('late'))",
      '    callbacks.append(fail)',
      'try:',
      '    run()',
      'except Exception:',
      '    def fail():',
      '        pass',
      '    raise',
    );
    expect(await broadOf(code)).toEqual([caught(3, 8)]);
  });

  it("leaves a bare except to bare-except and an empty 'except Exception: pass' to empty-catch: one finding a handler", async () => {
    const findings = await reviewSnippet(
      'a.py',
      lines('try:', '    run()', 'except:', '    notify()', 'try:', '    run()', 'except Exception: pass', 'try:', '    run()', 'except Exception:', '    ...  # ignored on purpose'),
    );
    expect(findingsOf(findings, RULE)).toEqual([]);
    expect(findingsOf(findings, 'bare-except')).toEqual([
      { line: 3, column: 1, message: "Bare 'except:' catches everything, including KeyboardInterrupt and SystemExit." },
    ]);
    expect(findingsOf(findings, 'empty-catch')).toEqual([
      { line: 7, column: 1, message: "Empty 'except Exception:' swallows the exception." },
    ]);
  });

  it('leaves handlers that print the traceback or write to the error stream, and reports a plain print', async () => {
    const code = lines(
      'try:',
      '    run()',
      'except Exception:',
      '    traceback.print_exc()',
      'try:',
      '    run()',
      'except Exception as error:',
      '    print(error, file=sys.stderr)',
      'try:',
      '    run()',
      'except Exception as error:',
      '    sys.stderr.write(str(error))',
      'try:',
      '    run()',
      'except Exception as error:',
      '    print(error)',
      'try:',
      '    run()',
      'except Exception as error:',
      '    print(error, file=out)',
    );
    expect(await broadOf(code)).toEqual([caught(15, 8), caught(19, 8)]);
  });

  it('leaves handlers that show the traceback by a method named for it or hand on sys.exc_info(), and reports other calls', async () => {
    const code = lines(
      'try:',
      '    run_startup()',
      'except Exception:',
      '    self.shell.showtraceback()',
      'try:',
      '    run_step()',
      'except BaseException:',
      '    self.abort_all(sys.exc_info())',
      'try:',
      '    run_step()',
      'except Exception:',
      '    self.show_trace()',
      'try:',
      '    run_step()',
      'except Exception:',
      '    self.traceback_count += 1',
    );
    expect(await broadOf(code)).toEqual([caught(11, 8), caught(15, 8)]);
  });
});

