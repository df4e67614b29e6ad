import type { CanaryStep } from './rollout-object.js';
import { stepKinds, type StepKind } from './step-kind.js';

/**
 * One canary step as the report carries it, for the step diagram of the comment: its kind and the one value that
 * says what it does. Data only; the renderers word it.
 */
export interface CanaryStepSummary {
  kind: StepKind | 'invalid';
  /** setWeight (and setCanaryScale's weight): the canary's traffic share in percent. */
  weight?: number;
  /** pause: the duration as written (`30s`, or seconds as a number); absent means it waits for a promote. */
  duration?: string | number;
  /** analysis and experiment: the AnalysisTemplates (or experiment templates) it runs. */
  templates?: string[];
}

export function summarizeCanarySteps(steps: readonly CanaryStep[]): CanaryStepSummary[] {
  return steps.map((step) => {
    const kinds = stepKinds(step);
    if (kinds.length !== 1) return { kind: 'invalid' };
    const [kind] = kinds;
    if (kind === 'setWeight') return { kind, weight: step.setWeight };
    if (kind === 'pause') return pauseSummary(step.pause);
    if (kind === 'analysis' || kind === 'experiment') return { kind, templates: templateNames(step[kind]) };
    if (kind === 'setCanaryScale') return scaleSummary(step.setCanaryScale);
    return { kind };
  });
}

function pauseSummary(pause: CanaryStep['pause']): CanaryStepSummary {
  const duration = typeof pause === 'object' && pause !== null ? pause.duration : undefined;
  return typeof duration === 'string' || typeof duration === 'number' ? { kind: 'pause', duration } : { kind: 'pause' };
}

function scaleSummary(scale: Record<string, unknown> | undefined): CanaryStepSummary {
  return typeof scale?.weight === 'number' ? { kind: 'setCanaryScale', weight: scale.weight } : { kind: 'setCanaryScale' };
}

/** `analysis.templates[].templateName`; an experiment names its templates under `templates[].name`. */
function templateNames(block: Record<string, unknown> | undefined): string[] {
  const templates = Array.isArray(block?.templates) ? (block.templates as unknown[]) : [];
  return templates.flatMap((template) => {
    if (typeof template !== 'object' || template === null) return [];
    const { templateName, name } = template as { templateName?: unknown; name?: unknown };
    const label = typeof templateName === 'string' ? templateName : name;
    return typeof label === 'string' ? [label] : [];
  });
}
