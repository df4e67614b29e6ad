import type { MetricSummary } from '../../rollout/meta.js';
import { escapeMarkdown, tableCodeSpan } from '../markdown-inline.js';
import type { AnalysisRunView } from './followed-rollouts.js';
import { limitWording, metricConditions } from './metric-wording.js';

const PHASE_ICONS: Record<string, string> = {
  Successful: '✅',
  Failed: '❌',
  Error: '⚠️',
  Inconclusive: '❔',
  Running: '⏳',
  Pending: '⏳',
};

const METRIC_HEADER = [
  '| metric | phase | last value | condition | measured | failed / limit | inconclusive / limit | errors in a row / limit |',
  '|---|---|---|---|---|---|---|---|',
];

/**
 * One AnalysisRun: its phase and message, a table of its metrics (the last value beside the condition it was held
 * to, the counts beside their limits: what users ask for when an analysis "failed (3) > failureLimit (2)"), and
 * each metric's PromQL as the controller resolved it. Blocks are returned apart so the caller can fold them.
 */
export function analysisRunBlocks(run: AnalysisRunView): { heading: string; table?: string; queries: { metric: string; query: string }[] } {
  const type = run.type === undefined ? '' : ` (${escapeMarkdown(run.type)})`;
  const message = run.message === '' ? '' : ` — ${escapeMarkdown(run.message)}`;
  const heading = `**AnalysisRun ${escapeMarkdown(run.name)}**${type}: ${phaseWording(run.phase)}${message}`;
  const queries = run.metrics.flatMap((metric) => (metric.resolvedQuery ? [{ metric: metric.name, query: metric.resolvedQuery }] : []));
  if (run.metrics.length === 0) return { heading, queries };
  return { heading, table: [...METRIC_HEADER, ...run.metrics.map(metricRow)].join('\n'), queries };
}

/** A fenced PromQL block; the fence outgrows any backtick run in the query so the query cannot close it. */
function metricRow(metric: MetricSummary): string {
  const { counts, limits } = metric;
  const measured = limits.count === undefined ? String(counts.measurements) : `${counts.measurements} of ${escapeMarkdown(String(limits.count))}`;
  const cells = [
    escapeMarkdown(metric.name),
    `${phaseWording(metric.phase)}${metric.dryRun ? ' (dry run)' : ''}`,
    metric.lastValue === undefined ? '—' : tableCodeSpan(metric.lastValue),
    conditionWording(metric),
    measured,
    `${counts.failed} / ${escapeMarkdown(limitWording(limits.failureLimit))}`,
    `${counts.inconclusive} / ${escapeMarkdown(limitWording(limits.inconclusiveLimit))}`,
    `${counts.consecutiveError} / ${escapeMarkdown(limitWording(limits.consecutiveErrorLimit))}`,
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * Each condition with what it gives on the last value (`success `result[0] < 0.05` → false`), so the table says
 * which condition failed the metric; a condition outside the evaluated subset says so rather than guessing.
 */
function conditionWording(metric: MetricSummary): string {
  const parts = metricConditions(metric).map(([role, condition]) => `${role} ${tableCodeSpan(condition)}${outcomeWording(metric, role)}`);
  return parts.length === 0 ? '—' : parts.join('; ');
}

function outcomeWording(metric: MetricSummary, role: string): string {
  const check = metric.conditionChecks.find((candidate) => candidate.condition === `${role}Condition`);
  if (check === undefined) return '';
  return check.outcome.evaluated ? ` → ${check.outcome.value}` : ' → not evaluated';
}

export function phaseWording(phase: string): string {
  const icon = PHASE_ICONS[phase];
  return icon === undefined ? escapeMarkdown(phase) : `${icon} ${phase}`;
}
