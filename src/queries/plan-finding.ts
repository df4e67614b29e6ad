import { createHash } from 'node:crypto';
import type { Finding, Location } from '../core/finding.js';
import type { JudgedReport } from './judge-plans.js';

/**
 * A plan rule's report as a finding at `place`. The fingerprint comes from `anchor` (what identifies the plan's
 * source: the file, and for SQL the statement's text), the node's path and how often the same rule already hit
 * that path, never the line: re-saving a plan or moving a statement keeps a known finding known.
 */
export function planFinding({ rule, report, severity }: JudgedReport, place: Location, anchor: string, occurrence: number): Finding {
  const nodePath = report.node?.path;
  return {
    analyzer: 'queries',
    rule: rule.meta.id,
    category: rule.meta.category,
    severity,
    message: report.message,
    ...place,
    ...(report.suggestion ? { suggestion: report.suggestion } : {}),
    fingerprint: createHash('sha256').update(`${rule.meta.id}\0${anchor}\0${nodePath ?? 'plan'}\0${occurrence}`).digest('hex').slice(0, 32),
    data: { ...(nodePath ? { nodePath } : {}), ...report.data },
  };
}

/** Counts repeats of the same rule on the same node path, for the fingerprint's occurrence. */
export function occurrenceCounter(): (report: JudgedReport) => number {
  const seen = new Map<string, number>();
  return (judged) => {
    const key = ruleNodeKey(judged);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return occurrence;
  };
}

/** One rule on one node path: what counts repeats here and what a statement's later plans must not report again. */
export function ruleNodeKey({ rule, report }: JudgedReport): string {
  return `${rule.meta.id}\0${report.node?.path ?? ''}`;
}
