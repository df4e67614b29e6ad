import { completedRuns, type Report } from '../core/report.js';

/**
 * What the completed runs looked at, for the text summary's last line: "3 files reviewed, 2 statements audited".
 * A run that finds nothing must still show that it read something, or "no problems" could mean "read nothing".
 */
export function lookedAt(report: Report): string {
  const parts: string[] = [];
  for (const run of completedRuns(report.runs, 'review')) parts.push(`${plural(run.stats.files, 'file')} reviewed`);
  for (const run of completedRuns(report.runs, 'queries')) {
    parts.push(run.stats.statements === undefined ? `${plural(run.stats.plans, 'saved plan')} audited` : `${plural(run.stats.statements, 'statement')} audited`);
  }
  for (const run of completedRuns(report.runs, 'rollout')) {
    if (run.stats.mode === 'lint') {
      const manifests = Object.values(run.stats.manifests).reduce((sum, count) => sum + count, 0);
      parts.push(`${plural(manifests, 'manifest')} linted in ${plural(run.stats.files, 'file')}`);
    } else {
      parts.push(`${plural(run.stats.rollouts.length, 'rollout')} followed`);
    }
  }
  return parts.join(', ');
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
