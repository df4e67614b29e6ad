import { completedRuns, type AnalyzerRun, type Report } from '../../core/report.js';

/**
 * What each migrations run checked, in one line: a passing run must say what it read, or "no problems" could mean
 * the glob matched nothing useful, and whether the locks were measured or read from the documentation. Runs that checked no file (a report built by hand) are left out.
 */
export function checkedMigrations(report: Report, inScope: (run: AnalyzerRun) => boolean = () => true): string[] {
  return completedRuns(report.runs, 'migrations')
    .filter(inScope)
    .filter((run) => run.stats.files.length > 0)
    .map(({ stats }) => {
      const files = `${stats.files.length} migration file${stats.files.length === 1 ? '' : 's'}`;
      const statements = `${stats.statements} statement${stats.statements === 1 ? '' : 's'}`;
      const checked = `${files}, ${statements} checked in their tool's order`;
      if (stats.mode !== 'measured') return `${checked} · static: lock modes from PostgreSQL's documentation, not measured${stats.note ? ` (${stats.note})` : ''}`;
      const notMeasured = stats.notMeasured ? `, ${stats.notMeasured} not (CONCURRENTLY, or refused)` : '';
      const stopped = stats.note ? ` (${stats.note})` : '';
      return `${checked} · measured: ${stats.measuredStatements ?? 0} applied in a rolled-back transaction on ${stats.measuredOn ?? 'a database'}${notMeasured}${stopped}`;
    });
}
