import { writeFileSync } from 'node:fs';
import { renderReport } from '../../src/render/index.js';
import { describeReviewRules } from '../../src/review/rule-descriptors.js';
import { realisticReport, reportOf } from './sample-report.js';
it('probe', () => {
  const r = realisticReport();
  process.stdout.write(renderReport(r, 'text'));
  process.stdout.write('-----\n' + renderReport(r, 'text', { color: true }));
  process.stdout.write('-----\n' + renderReport(r, 'markdown'));
  process.stdout.write('-----\n' + renderReport(r, 'markdown', { analyzer: 'review', linkBase: 'https://github.com/o/r/blob/abc/' }));
  process.stdout.write('-----\n' + renderReport(reportOf([]), 'markdown') + renderReport(reportOf([]), 'text'));
  (globalThis as any).x = 1; writeFileSync('/tmp/sarifprobe/r.sarif', renderReport(r, 'sarif', { rules: describeReviewRules(), root: '/work/my repo' }));
  process.stdout.write('-----\n' + renderReport(r, 'json').slice(0, 400));
});
