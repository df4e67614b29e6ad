import type { Finding } from '../../core/finding.js';
import { isMachineFix, type MachineFix } from '../../core/rules/machine-fix.js';

export type { MachineFix } from '../../core/rules/machine-fix.js';

/**
 * The fix a rule's finding can take without judgement: the one the rule put in the finding's `data.fix`, else, from
 * the finding's lines of the new file (`lines[0]` is line 1): a bare `except:` becomes `except Exception:`; a handler whose whole body is `pass` (Python) or empty (`catch
 * (e) {}` on one line) logs what it caught. Only a line in exactly the expected form is rewritten; anything else
 * gets no suggestion, so a suggestion never guesses at code it did not recognise.
 */
export function machineFix(finding: Finding, lines: readonly string[]): MachineFix | undefined {
  if (finding.line === undefined) return undefined;
  // A rule that made its fix itself (the migration rules, from the statement they read) carries it in the finding.
  if (finding.data?.fix !== undefined) return isMachineFix(finding.data.fix) ? finding.data.fix : undefined;
  if (finding.rule === 'bare-except') return bareExceptFix(finding.line, lines);
  if (finding.rule === 'empty-catch') return emptyCatchFix(finding.line, finding.endLine ?? finding.line, lines);
  return undefined;
}

function bareExceptFix(line: number, lines: readonly string[]): MachineFix | undefined {
  const text = lines[line - 1];
  const match = text === undefined ? null : /^(\s*)except\s*:(.*)$/.exec(text);
  if (match === null) return undefined;
  return { startLine: line, endLine: line, lines: [`${match[1]}except Exception:${match[2]}`] };
}

const LOGGING_NOTE = 'Needs `import logging` at the top of the module if it is not there yet.';

function emptyCatchFix(line: number, endLine: number, lines: readonly string[]): MachineFix | undefined {
  const text = lines[line - 1];
  if (text === undefined) return undefined;
  // JavaScript/TypeScript on one line: `} catch (error) {}` or `} catch {}`.
  const js = /^(.*\bcatch\s*)(?:\((\s*[A-Za-z_$][\w$]*\s*)\))?\s*\{\s*\}(.*)$/.exec(text);
  if (js !== null) {
    const name = js[2]?.trim() ?? 'error';
    return { startLine: line, endLine: line, lines: [`${js[1]}(${name}) { console.error(${name}); }${js[3]}`] };
  }
  // Python: `except …:` then a body of one `pass` (or `...`) line, within the finding's lines.
  if (!/^\s*except\b.*:\s*$/.test(text)) return undefined;
  const bodyLine = line + 1;
  const body = lines[bodyLine - 1];
  const pass = body === undefined || bodyLine > Math.max(endLine, bodyLine) ? null : /^(\s+)(?:pass|\.\.\.)\s*$/.exec(body);
  if (pass === null) return undefined;
  const next = lines[bodyLine];
  // A second statement in the body means it is not empty: leave it.
  if (next !== undefined && next.trim() !== '' && indentOf(next) >= pass[1].length) return undefined;
  return { startLine: bodyLine, endLine: bodyLine, lines: [`${pass[1]}logging.exception("ignored error")`], note: LOGGING_NOTE };
}

function indentOf(text: string): number {
  return /^\s*/.exec(text)?.[0].length ?? 0;
}
