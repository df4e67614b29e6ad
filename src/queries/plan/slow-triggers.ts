import type { AnalysedPlan, TriggerTiming } from './analysed-plan.js';

/** The thresholds both trigger rules share, so one setting means the same thing for user and foreign-key triggers. */
export interface SlowTriggerOptions {
  'min-trigger-ms': number;
  'min-time-share': number;
}

export const SLOW_TRIGGER_DEFAULTS: SlowTriggerOptions = { 'min-trigger-ms': 10, 'min-time-share': 0.1 };

export const SLOW_TRIGGER_OPTION_SCHEMAS = {
  'min-trigger-ms': { type: 'number', minimum: 0, description: 'Shortest trigger time reported, in ms (default 10).' },
  'min-time-share': { type: 'number', minimum: 0, maximum: 1, description: 'Share of the execution time the trigger must take (default 0.1).' },
};

/** Triggers over both thresholds, with the execution time they are measured against. */
export function slowTriggers(plan: AnalysedPlan, options: SlowTriggerOptions): { trigger: TriggerTiming; executionMs: number }[] {
  const executionMs = plan.executionTimeMs;
  if (!executionMs) return [];
  return plan.triggers
    .filter((trigger) => trigger.timeMs >= options['min-trigger-ms'] && trigger.timeMs / executionMs >= options['min-time-share'])
    .map((trigger) => ({ trigger, executionMs }));
}
