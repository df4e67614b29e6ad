import type { AnalysedPlan, TriggerTiming } from './analysed-plan.js';
/** The thresholds both trigger rules share, so one setting means the same thing for user and foreign-key triggers. */
export interface SlowTriggerOptions {
    'min-trigger-ms': number;
    'min-time-share': number;
}
export declare const SLOW_TRIGGER_DEFAULTS: SlowTriggerOptions;
export declare const SLOW_TRIGGER_OPTION_SCHEMAS: {
    'min-trigger-ms': {
        type: string;
        minimum: number;
        description: string;
    };
    'min-time-share': {
        type: string;
        minimum: number;
        maximum: number;
        description: string;
    };
};
/** Triggers over both thresholds, with the execution time they are measured against. */
export declare function slowTriggers(plan: AnalysedPlan, options: SlowTriggerOptions): {
    trigger: TriggerTiming;
    executionMs: number;
}[];
