import type { Finding } from '../../src/core/finding.js';
import { buildReport, type AnalyzerRun, type FailOn, type Report } from '../../src/core/report.js';
import { completedRun } from '../helpers/run-stats.js';

/** A finding with the fields a renderer test does not care about filled in; the fingerprint follows the place. */
export function finding(fields: Partial<Finding> & Pick<Finding, 'rule' | 'message'>): Finding {
  return {
    analyzer: 'review',
    category: 'hygiene',
    severity: 'warning',
    fingerprint: `${fields.rule}:${fields.file ?? '-'}:${fields.line ?? 0}`,
    ...fields,
  };
}

export function reportOf(findings: readonly Finding[], options: { runs?: AnalyzerRun[]; failOn?: FailOn } = {}): Report {
  const runs = options.runs ?? [completedRun('review')];
  return buildReport({ name: 'predator-guard', version: '0.1.0' }, findings, runs, options.failOn ?? 'error');
}

/** Several files, rules and severities, a path with a space, an empty range and a finding with no file. */
export function realisticReport(): Report {
  return reportOf(
    [
      finding({
        rule: 'syntax-error',
        category: 'syntax',
        severity: 'error',
        message: "Syntax error: missing ')'",
        suggestion: 'Fix the syntax; no other rule runs on this file until it parses.',
        file: 'src/broken.py',
        line: 5,
        column: 12,
        endLine: 5,
        endColumn: 13,
      }),
      finding({
        rule: 'cognitive-complexity',
        category: 'complexity',
        severity: 'warning',
        message: 'Function handle_request has cognitive complexity 21 (max 15).',
        suggestion: 'Extract the nested branches into named helpers.',
        file: 'src/my module/handler.ts',
        line: 3,
        column: 1,
        endLine: 40,
        endColumn: 2,
      }),
      finding({
        rule: 'unused-suppression',
        category: 'hygiene',
        severity: 'notice',
        message: "Suppression of 'cognitive-complexity' matches no finding.",
        file: 'src/my module/handler.ts',
        line: 1,
        column: 4,
        endLine: 1,
        endColumn: 4,
      }),
      finding({
        analyzer: 'rollout',
        rule: 'canary-error-rate',
        category: 'release',
        severity: 'warning',
        message: 'Canary error rate 2.4% exceeds the stable 0.3%.',
      }),
    ],
    {
      runs: [
        completedRun('review', { files: 3 }),
        completedRun('rollout'),
      ],
    },
  );
}
