import type { FollowedRollout } from './followed-rollouts.js';
import { mermaidLabel } from './mermaid-label.js';
import { stepStates, type StepState } from './step-states.js';
import { stepWording } from './step-wording.js';

const STATE_ICONS: Record<StepState, string> = { done: '✔', current: '▶', failed: '✖', pending: '' };
/** Node ids besides the steps' `s0`…`sN`; mermaid reserves `end`, so the last node is named for what it means. */
const PROMOTION = 'promoted';
const STABLE = 'stable';

/** GitHub's light and dark themes both keep these readable: dark text on pale fills, as its own diff colours. */
const CLASS_DEFS = [
  'classDef done fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
  'classDef current fill:#fff8c5,stroke:#9a6700,color:#1f2328',
  'classDef failed fill:#ffebe9,stroke:#cf222e,color:#1f2328',
  'classDef pending fill:#f6f8fa,stroke:#d0d7de,color:#57606a',
];

/**
 * The canary steps as a mermaid `flowchart LR`: passed steps, the step the wait ended on and the one the rollout
 * failed at, each styled by a class; solid arrows where the rollout went, dotted ones ahead. The last node is the
 * promotion (or, after an image check failed, the rollback); an abort or a degraded rollout branches off to the
 * stable version from the failing step. Undefined when there are no canary steps to draw (blue-green, Flagger).
 */
export function stepDiagram(rollout: FollowedRollout): string[] | undefined {
  if (rollout.stepList.length === 0) return undefined;
  const states = stepStates(rollout);
  const ending = promotionNode(rollout);
  const nodes = rollout.stepList.map((step, index) => {
    const icon = STATE_ICONS[states[index]];
    return `s${index}[${mermaidLabel(`${icon === '' ? '' : `${icon} `}${stepWording(step)}`)}]`;
  });
  const ids = [...rollout.stepList.map((_, index) => `s${index}`), PROMOTION];
  const reached = [...states, ending.state].map((state) => state !== 'pending');
  const edges = ids.slice(1).map((id, index) => {
    const from = ids[index];
    if (rollout.needsPromotion && states[index] === 'current') return `${from} -.->|promote| ${id}`;
    return reached[index + 1] ? `${from} --> ${id}` : `${from} -.-> ${id}`;
  });
  const lines = ['flowchart LR', ...nodes, `${PROMOTION}([${mermaidLabel(ending.label)}])`, ...edges];
  const branch = fallbackBranch(rollout, states);
  if (branch) lines.push(...branch);
  const classes = new Map<StepState, string[]>();
  const addClass = (id: string, state: StepState) => classes.set(state, [...(classes.get(state) ?? []), id]);
  states.forEach((state, index) => addClass(`s${index}`, state));
  addClass(PROMOTION, ending.state);
  if (branch) addClass(STABLE, 'failed');
  for (const [state, members] of classes) lines.push(`class ${members.join(',')} ${state}`);
  lines.push(...CLASS_DEFS);
  return lines;
}

/** The promotion that ends a canary: reached when Healthy, failed when the image check says it was rolled back. */
function promotionNode(rollout: FollowedRollout): { label: string; state: StepState } {
  if (rollout.verdicts.some((finding) => finding.rule === 'rollout-rolled-back')) return { label: '✖ rolled back: not the expected image', state: 'failed' };
  if (rollout.phase === 'Healthy') return { label: '✔ promoted', state: 'done' };
  return { label: 'promoted', state: 'pending' };
}

/** A Degraded rollout sends its traffic back to the stable version: drawn from the step it failed at (or the last). */
function fallbackBranch(rollout: FollowedRollout, states: readonly StepState[]): string[] | undefined {
  if (rollout.phase !== 'Degraded') return undefined;
  const failedAt = states.indexOf('failed');
  const from = `s${failedAt >= 0 ? failedAt : states.length - 1}`;
  const aborted = rollout.verdicts.some((finding) => finding.rule === 'rollout-aborted');
  return [`${STABLE}([${mermaidLabel('↩ stable version')}])`, `${from} -. ${aborted ? 'abort' : 'degraded'} .-> ${STABLE}`];
}
