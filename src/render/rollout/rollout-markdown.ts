import type { Severity } from '../../core/finding.js';
import { codeSpan, escapeHtml, escapeMarkdown, fencedCode } from '../markdown-inline.js';
import { analysisRunBlocks, phaseWording } from './analysis-run-markdown.js';
import type { FollowedRollout } from './followed-rollouts.js';
import { stepDiagram } from './step-diagram.js';
import { stepCountWording, weightsWording, weightWording } from './step-wording.js';

const SEVERITY_ICONS: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

const VERDICT_HEADER = [
  '| rollout | kind | phase | step | weight (desired / actual) | analysis | verdict |',
  '|---|---|---|---|---|---|---|',
];

/**
 * The followed objects of a rollout run, for the comment section and the job summary: a verdict table when there
 * are several, then per object its summary line, the reason it is not Healthy, the step diagram and its
 * AnalysisRuns. A Healthy object folds its details away, so a passing rollout reads as one line.
 */
export function rolloutMarkdownBlocks(rollouts: readonly FollowedRollout[]): string[] {
  if (rollouts.length === 0) return [];
  const table = rollouts.length > 1 ? [[...VERDICT_HEADER, ...rollouts.map(verdictRow)].join('\n')] : [];
  return [...table, ...rollouts.flatMap(objectBlocks)];
}

function objectBlocks(rollout: FollowedRollout): string[] {
  const headline = headlineOf(rollout);
  const details = detailBlocks(rollout);
  if (rollout.phase === 'Healthy' && rollout.verdicts.length === 0) {
    if (details.length === 0) return [headline];
    return [headline, `<details><summary>Steps and analysis</summary>\n\n${details.join('\n\n')}\n\n</details>`];
  }
  const reason = rollout.message === '' ? [] : [`> ${escapeMarkdown(rollout.message)}`];
  return [headline, ...reason, ...details];
}

/** `🚦 checkout: Healthy — 5/5 steps, weight 100%`, then the verdict when it is not a plain pass. */
function headlineOf(rollout: FollowedRollout): string {
  const kind = rollout.kind === 'Rollout' ? '' : `${escapeMarkdown(rollout.kind)} `;
  const stepCount = stepCountWording(rollout);
  const facts = [
    ...(stepCount === undefined ? [] : [`${stepCount} steps`]),
    ...(rollout.weights === undefined ? [] : [`weight ${weightsWording(rollout.weights)}`]),
    ...(rollout.checks === undefined ? [] : [`${rollout.checks.failed}/${rollout.checks.threshold} failed checks`]),
  ];
  const progress = facts.length === 0 ? '' : ` — ${facts.join(', ')}`;
  const promotion = rollout.needsPromotion ? ' · ⏸ needs a promotion (kubectl argo rollouts promote)' : '';
  const accepted = rollout.ending === 'paused' ? ['✅ pause accepted (success-on-pause)'] : [];
  const verdict = [...verdictBadges(rollout), ...accepted].join(', ');
  return `🚦 ${kind}${escapeMarkdown(rollout.name)}: ${escapeMarkdown(rollout.phase)}${progress}${promotion}${verdict === '' ? '' : ` · ${verdict}`}`;
}

function detailBlocks(rollout: FollowedRollout): string[] {
  const diagram = stepDiagram(rollout);
  const blocks = diagram === undefined ? [] : [mermaidFence(diagram)];
  for (const [field, reason] of Object.entries(rollout.unknown)) {
    blocks.push(`ℹ️ ${codeSpan(field)} unknown: ${escapeMarkdown(reason)}`);
  }
  for (const run of rollout.analysisRuns) {
    const { heading, table, queries } = analysisRunBlocks(run);
    blocks.push(heading);
    if (table !== undefined) blocks.push(table);
    for (const { metric, query } of queries) {
      blocks.push(`<details><summary>PromQL of ${escapeHtml(metric)}, as resolved</summary>\n\n${fencedCode(query, 'promql')}\n\n</details>`);
    }
  }
  return blocks;
}

/**
 * The diagram's lines are indented (mermaid ignores the indent, and a closing fence may be indented up to three
 * spaces): the comment's size cap cuts sections at lines that start in column 0, so the whole fence stays one
 * piece and a cut can never leave it open.
 */
function mermaidFence(lines: readonly string[]): string {
  return ['```mermaid', ...lines.map((line) => `  ${line}`), '  ```'].join('\n');
}

function verdictRow(rollout: FollowedRollout): string {
  const weights = rollout.weights === undefined ? '—' : `${weightWording(rollout.weights.desired)} / ${weightWording(rollout.weights.actual)}`;
  const analysis = rollout.analysisRuns.length === 0 ? '—' : rollout.analysisRuns.map((run) => `${run.type === undefined ? '' : `${escapeMarkdown(run.type)} `}${phaseWording(run.phase)}`).join(', ');
  const cells = [
    escapeMarkdown(`${rollout.namespace}/${rollout.name}`),
    escapeMarkdown(rollout.kind),
    escapeMarkdown(rollout.phase),
    stepCountWording(rollout) ?? '—',
    weights,
    analysis,
    verdictCell(rollout),
  ];
  return `| ${cells.join(' | ')} |`;
}

function verdictCell(rollout: FollowedRollout): string {
  if (rollout.verdicts.length > 0) return verdictBadges(rollout).join(', ');
  return rollout.ending === 'paused' ? '✅ pause accepted' : '✅ passed';
}

/** `❌ \`rollout-aborted\``: each verdict finding's rule, marked with its severity. */
function verdictBadges(rollout: FollowedRollout): string[] {
  return rollout.verdicts.map((finding) => `${SEVERITY_ICONS[finding.severity]} ${codeSpan(finding.rule)}`);
}
