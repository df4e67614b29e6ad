import type { Finding } from '../../src/core/finding.js';
import { renderJson } from '../../src/render/json.js';
import { finding, realisticReport, reportOf } from './sample-report.js';

describe('renderJson', () => {
  it('round-trips to exactly the report, indented by two spaces and ending in a newline', () => {
    const report = realisticReport();
    const rendered = renderJson(report);
    expect(JSON.parse(rendered)).toEqual(report);
    expect(rendered.endsWith('}\n')).toBe(true);
    expect(rendered.split('\n')[1]).toBe('  "tool": {');
  });

  it('writes keys in the order the types declare them, whatever order the objects were built in', () => {
    const shuffled: Finding = {
      fingerprint: 'f1',
      suggestion: 'Name the exception.',
      endColumn: 8,
      endLine: 3,
      column: 1,
      line: 3,
      file: 'a.py',
      message: 'Bare except.',
      severity: 'warning',
      category: 'antipattern',
      rule: 'bare-except',
      analyzer: 'review',
    };
    const report = reportOf([shuffled]);
    const parsed = JSON.parse(renderJson({ gate: report.gate, runs: report.runs, findings: report.findings, tool: report.tool }));
    expect(Object.keys(parsed)).toEqual(['tool', 'findings', 'runs', 'gate']);
    expect(Object.keys(parsed.findings[0])).toEqual([
      'analyzer',
      'rule',
      'category',
      'severity',
      'message',
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'suggestion',
      'fingerprint',
    ]);
    expect(Object.keys(parsed.runs[0])).toEqual(['analyzer', 'status', 'stats']);
    expect(Object.keys(parsed.gate)).toEqual(['failOn', 'passed', 'counts']);
  });

  it('keeps a key the types do not list yet, after the listed ones, rather than dropping it', () => {
    const extended = { ...finding({ rule: 'nested-loop', message: 'Loop in a loop.', file: 'a.py', line: 1 }), confidence: 'high' };
    const parsed = JSON.parse(renderJson(reportOf([extended])));
    expect(Object.keys(parsed.findings[0]).slice(-2)).toEqual(['fingerprint', 'confidence']);
    expect(parsed.findings[0].confidence).toBe('high');
  });
});
