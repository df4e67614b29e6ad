import type { MetricSummary } from '../../rollout/meta.js';
import type { Palette } from '../text-palette.js';
import type { AnalysisRunView, FollowedRollout } from './followed-rollouts.js';
import { limitWording, metricConditions } from './metric-wording.js';
import { stepStates, type StepState } from './step-states.js';
import { stepCountWording, stepWording, weightsWording } from './step-wording.js';

const STATE_MARKS: Record<StepState, string> = { done: '✔ ', current: '▶ ', failed: '✖ ', pending: '' };

/**
 * The followed objects for the terminal, the same facts as the comment in a few lines each: a Healthy one is one
 * line; any other adds its reason, the steps as a chain with the one it stopped at marked, and its analysis.
 */
export function rolloutTextSections(rollouts: readonly FollowedRollout[], palette: Palette): string[] {
  return rollouts.map((rollout) => {
    const passed = rollout.verdicts.length === 0;
    const headline = `${passed ? palette.green('✔') : palette.red('✖')} ${palette.bold(`${rollout.namespace}/${rollout.name}`)}: ${headlineFacts(rollout)}`;
    if (rollout.phase === 'Healthy' && passed) return headline;
    const lines = [headline];
    if (rollout.message !== '') lines.push(`  ${rollout.message}`);
    if (rollout.stepList.length > 0) lines.push(`  steps     ${stepChain(rollout, palette)}`);
    for (const run of rollout.analysisRuns) lines.push(...analysisLines(run, palette));
    for (const [field, reason] of Object.entries(rollout.unknown)) lines.push(palette.dim(`  ${field} unknown: ${reason}`));
    return lines.join('\n');
  });
}

function headlineFacts(rollout: FollowedRollout): string {
  const kind = rollout.kind === 'Rollout' ? '' : `${rollout.kind} `;
  const stepCount = stepCountWording(rollout);
  const facts = [
    `${kind}${rollout.phase}`,
    ...(stepCount === undefined ? [] : [`${stepCount} steps`]),
    ...(rollout.weights === undefined ? [] : [`weight ${weightsWording(rollout.weights)}`]),
    ...(rollout.checks === undefined ? [] : [`${rollout.checks.failed}/${rollout.checks.threshold} failed checks`]),
    ...(rollout.needsPromotion ? ['needs a promotion (kubectl argo rollouts promote)'] : []),
    ...(rollout.ending === 'paused' ? ['pause accepted (success-on-pause)'] : []),
    ...rollout.verdicts.map((finding) => finding.rule),
  ];
  return facts.join(' · ');
}

function stepChain(rollout: FollowedRollout, palette: Palette): string {
  const states = stepStates(rollout);
  return rollout.stepList
    .map((step, index) => {
      const text = `${STATE_MARKS[states[index]]}${stepWording(step)}`;
      if (states[index] === 'failed') return palette.red(text);
      if (states[index] === 'current') return palette.yellow(text);
      return states[index] === 'pending' ? palette.dim(text) : text;
    })
    .join(' → ');
}

function analysisLines(run: AnalysisRunView, palette: Palette): string[] {
  const type = run.type === undefined ? '' : ` (${run.type})`;
  const message = run.message === '' ? '' : `: ${run.message}`;
  return [`  analysis  ${run.name}${type} ${run.phase}${message}`, ...run.metrics.map((metric) => `            ${palette.dim(metricLine(metric))}`)];
}

/** `error-rate Failed: last [0.1] vs success result[0] < 0.05 · measured 3 of 5 · failed 3/2 · …` */
function metricLine(metric: MetricSummary): string {
  const { counts, limits } = metric;
  const conditions = metricConditions(metric).map(([role, condition]) => `${role} ${condition}`);
  const value = `last ${metric.lastValue ?? '—'}${conditions.length === 0 ? '' : ` vs ${conditions.join(', ')}`}`;
  const measured = `measured ${counts.measurements}${limits.count === undefined ? '' : ` of ${limits.count}`}`;
  const limited = [
    `failed ${counts.failed}/${limitWording(limits.failureLimit)}`,
    `inconclusive ${counts.inconclusive}/${limitWording(limits.inconclusiveLimit)}`,
    `errors in a row ${counts.consecutiveError}/${limitWording(limits.consecutiveErrorLimit)}`,
  ];
  return `${metric.name} ${metric.phase}${metric.dryRun ? ' (dry run)' : ''}: ${[value, measured, ...limited].join(' · ')}`;
}
