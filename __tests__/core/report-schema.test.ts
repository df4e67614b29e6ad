import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/core/analyze.js';
import { defaultConfig } from '../../src/core/config/config.js';
import { reportProblem } from '../../src/core/report-schema.js';
import type { Report } from '../../src/core/report.js';
import { renderJson } from '../../src/render/json.js';
import { ON_SERVER, savedPlansReport, sqlAuditReport } from '../render/queries-run-reports.js';
import { ABORTED, FAILED_CANARY, HEALTHY, PAUSED_FOR_PROMOTION, rolloutReport } from '../render/rollout-scenarios.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A report as a saved file holds it: what `--format json` printed, read back. */
const saved = (report: Report): Record<string, any> => JSON.parse(renderJson(report));

describe('the report schema a saved report is checked against', () => {
  it('accepts what every analyzer reports: a review, a manifest lint, saved plans, a SQL audit, followed Rollouts and Canaries', async () => {
    const reports = [
      await analyze({ ...defaultConfig(fixtures), paths: ['sample-project'] }),
      await analyze({ ...defaultConfig(fixtures), checks: ['rollout'], paths: ['rollouts'] }),
      await savedPlansReport('plans/hash-spill.json', 'plans/estimate-only.json'),
      sqlAuditReport({ ...ON_SERVER, rowCounts: { orders: 200_000, customers: 20_000 } }),
      rolloutReport([HEALTHY, ABORTED, { ...PAUSED_FOR_PROMOTION, forbidden: { analysisRuns: 'analysisruns is forbidden', replicaSets: 'replicasets is forbidden' } }], [FAILED_CANARY]),
      await analyze({ ...defaultConfig(fixtures), paths: ['sample-project'], baseline: 'no-such-baseline.json' }),
    ];
    expect(reports.map((report) => reportProblem(saved(report)))).toEqual(reports.map(() => undefined));
  });

  it('names the first thing an altered report gets wrong, down to a run’s stats', async () => {
    const review = saved(await analyze({ ...defaultConfig(fixtures), paths: ['sample-project'] }));
    const followed = saved(rolloutReport([ABORTED]));
    const audit = saved(sqlAuditReport(ON_SERVER));
    const altered = (report: Record<string, any>, change: (copy: Record<string, any>) => void) => {
      const copy = structuredClone(report);
      change(copy);
      return reportProblem(copy);
    };
    expect(reportProblem({ findings: 'all good' })).toBe("the report: must have required property 'tool'");
    expect(altered(review, (copy) => (copy.findings[0].severity = 'fatal'))).toBe('findings[0].severity: must be equal to one of the allowed values');
    expect(altered(review, (copy) => delete copy.runs[0].stats.skipped)).toBe("runs[0].stats: must have required property 'skipped'");
    expect(altered(review, (copy) => (copy.runs[0].stats.skipped = [{ file: 'a.py' }]))).toBe("runs[0].stats.skipped[0]: must have required property 'reason'");
    expect(altered(audit, (copy) => (copy.runs[0].stats.notRun = [{ rule: 'hash-spill', needs: 'analyze' }]))).toBe('runs[0].stats.notRun[0].needs: must be array');
    expect(altered(followed, (copy) => (copy.runs[0].stats.rollouts = 'web'))).toBe('runs[0].stats.rollouts: must be array');
    expect(altered(followed, (copy) => (copy.runs[0].stats.rollouts[0].phase = 7))).toBe('runs[0].stats.rollouts[0].phase: must be string');
    expect(altered(followed, (copy) => delete copy.runs[0].stats.rollouts[0].analysisRuns[0].metrics[0].counts)).toMatch(/^runs\[0\]\.stats\.rollouts\[0\]\.analysisRuns\[0\]/);
  });

  it('leaves a failed run’s stats to the core, whatever the analyzer', () => {
    const failed = { ...saved(sqlAuditReport(ON_SERVER)), runs: [{ analyzer: 'queries', status: 'failed', error: 'could not connect', stats: {} }] };
    expect(reportProblem(failed)).toBeUndefined();
  });
});

describe('the shipped report schema', () => {
  it('schema/predator-guard-report.schema.json is the schema a saved report is checked against (npm run build regenerates it)', async () => {
    const { readFileSync } = await import('node:fs');
    const { reportSchema } = await import('../../src/core/report-schema.js');
    const shipped = JSON.parse(readFileSync(fileURLToPath(new URL('../../schema/predator-guard-report.schema.json', import.meta.url)), 'utf8'));
    expect(shipped).toEqual(reportSchema());
  });
});
