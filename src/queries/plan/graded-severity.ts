import type { Severity } from '../../core/finding.js';

/**
 * A graded plan rule's verdict: a warning, or — when a reason is given — a notice whose message says why a DBA would
 * leave the plan as it is. One form for every graded rule, so a comment reads the same whichever rule graded down.
 */
export function gradedSeverity(noticeReason: string | undefined): { severity: Severity; note: string } {
  return noticeReason === undefined ? { severity: 'warning', note: '' } : { severity: 'notice', note: ` (a notice: ${noticeReason})` };
}
