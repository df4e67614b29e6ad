export declare const JUDGE_DIRECTIONS: readonly ["increase", "decrease", "either"];
/** Which way a change counts against the canary: latency and errors `increase`, throughput `decrease`. */
export type JudgeDirection = (typeof JUDGE_DIRECTIONS)[number];
export declare const NAN_STRATEGIES: readonly ["remove", "replace"];
/** Missing samples (NaN, ±Inf): left out, or counted as 0 (errors that did not happen). */
export type NanStrategy = (typeof NAN_STRATEGIES)[number];
/** Bounds on the ratio of means canary/stable (Kayenta's meanRatio effect size). */
export interface EffectSizeBounds {
    /** High needs at least this ratio (1.1: at least 10% higher). */
    allowedIncrease: number;
    /** Low needs at most this ratio (0.9: at least 10% lower). */
    allowedDecrease: number;
    /** A critical metric fails the whole judgement when High with at least this ratio. */
    criticalIncrease: number;
    /** … or Low with at most this ratio. */
    criticalDecrease: number;
}
export interface JudgeMetricSettings {
    name: string;
    /** PromQL selecting the canary's series, and the stable's. */
    canary: string;
    stable: string;
    direction: JudgeDirection;
    critical: boolean;
    /** No data fails the metric (counts against the score) instead of leaving it out. */
    mustHaveData: boolean;
    /** The scoring group; a metric without one is a group of its own. */
    group: string;
    effectSize: EffectSizeBounds;
    nanStrategy: NanStrategy;
}
export interface CanaryJudgeSettings {
    /** How far back from the end of the wait the range queries look, and their resolution. */
    lookbackMs: number;
    stepMs: number;
    passScore: number;
    marginalScore: number;
    /** Weight per group, in percent; groups not listed share what is left equally. */
    groupWeights: Record<string, number>;
    metrics: JudgeMetricSettings[];
}
/**
 * Reads the `canary-judge:` section (already parsed from YAML) into settings with every default filled in.
 * `where` names the section in messages, e.g. `.predator-guard.yml: canary-judge`. Absent → undefined.
 */
export declare function readCanaryJudgeSettings(value: unknown, where?: string): CanaryJudgeSettings | undefined;
