/** The manifest lint rules (R1–R21 of the rollout notes, plus condition-syntax-error), alphabetically, one line each. */
export declare const LINT_RULES: {
    readonly 'all-metrics-dry-run': import("./lint/lint-rule.js").LintRule<"all-metrics-dry-run">;
    readonly 'analysis-arg-missing': import("./lint/lint-rule.js").LintRule<"analysis-arg-missing">;
    readonly 'analysis-template-not-found': import("./lint/lint-rule.js").LintRule<"analysis-template-not-found">;
    readonly 'condition-syntax-error': import("./lint/lint-rule.js").LintRule<"condition-syntax-error">;
    readonly 'failure-limit-unset': import("./lint/lint-rule.js").LintRule<"failure-limit-unset">;
    readonly 'final-weight-below-full': import("./lint/lint-rule.js").LintRule<"final-weight-below-full">;
    readonly 'indefinite-pause': import("./lint/lint-rule.js").LintRule<"indefinite-pause">;
    readonly 'invalid-metric-spec': import("./lint/lint-rule.js").LintRule<"invalid-metric-spec">;
    readonly 'invalid-pause-duration': import("./lint/lint-rule.js").LintRule<"invalid-pause-duration">;
    readonly 'invalid-step': import("./lint/lint-rule.js").LintRule<"invalid-step">;
    readonly 'metric-without-condition': import("./lint/lint-rule.js").LintRule<"metric-without-condition">;
    readonly 'progress-deadline-no-abort': import("./lint/lint-rule.js").LintRule<"progress-deadline-no-abort">;
    readonly 'prometheus-metric-misuse': import("./lint/lint-rule.js").LintRule<"prometheus-metric-misuse">;
    readonly 'promql-syntax-error': import("./lint/lint-rule.js").LintRule<"promql-syntax-error">;
    readonly 'rollout-without-analysis': import("./lint/lint-rule.js").LintRule<"rollout-without-analysis">;
    readonly 'set-weight-decreasing': import("./lint/lint-rule.js").LintRule<"set-weight-decreasing">;
    readonly 'set-weight-out-of-range': import("./lint/lint-rule.js").LintRule<"set-weight-out-of-range">;
    readonly 'step-analysis-count-zero': import("./lint/lint-rule.js").LintRule<"step-analysis-count-zero">;
    readonly 'step-analysis-runs-forever': import("./lint/lint-rule.js").LintRule<"step-analysis-runs-forever">;
    readonly 'traffic-routing-invalid': import("./lint/lint-rule.js").LintRule<"traffic-routing-invalid">;
    readonly 'undeclared-template-arg': import("./lint/lint-rule.js").LintRule<"undeclared-template-arg">;
    readonly 'unguarded-result-index': import("./lint/lint-rule.js").LintRule<"unguarded-result-index">;
};
/** The verdicts on a followed Rollout or Canary, alphabetically; each outcome matches at most one of them. */
export declare const VERDICT_RULES: {
    readonly 'flagger-canary-failed': import("./cluster/verdict-rule.js").VerdictRule<"flagger-canary-failed">;
    readonly 'rollout-aborted': import("./cluster/verdict-rule.js").VerdictRule<"rollout-aborted">;
    readonly 'rollout-degraded': import("./cluster/verdict-rule.js").VerdictRule<"rollout-degraded">;
    readonly 'rollout-rolled-back': import("./cluster/verdict-rule.js").VerdictRule<"rollout-rolled-back">;
    readonly 'rollout-timeout': import("./cluster/verdict-rule.js").VerdictRule<"rollout-timeout">;
};
/** The verdict on each health probe over the whole wait. */
export declare const PROBE_RULES: {
    readonly 'health-probe-failed': import("./probes/probe-rule.js").ProbeRule<"health-probe-failed">;
};
/** The verdicts on template metrics the check measures itself, alphabetically. */
export declare const METRIC_RULES: {
    readonly 'canary-metric-failed': import("./metrics/metric-rule.js").MetricRule<"canary-metric-failed">;
    readonly 'canary-metric-undecided': import("./metrics/metric-rule.js").MetricRule<"canary-metric-undecided">;
};
/** The verdicts on the canary judge's result, alphabetically; a result matches at most one. */
export declare const JUDGE_RULES: {
    readonly 'canary-judge-failed': import("./judge/judge-rule.js").JudgeRule<"canary-judge-failed">;
    readonly 'canary-judge-marginal': import("./judge/judge-rule.js").JudgeRule<"canary-judge-marginal">;
};
/** What the rest of the program knows of the rollout check without loading the Kubernetes client. */
export declare const rolloutMeta: {
    name: "rollout";
    families: {
        lint: {
            readonly 'all-metrics-dry-run': import("./lint/lint-rule.js").LintRule<"all-metrics-dry-run">;
            readonly 'analysis-arg-missing': import("./lint/lint-rule.js").LintRule<"analysis-arg-missing">;
            readonly 'analysis-template-not-found': import("./lint/lint-rule.js").LintRule<"analysis-template-not-found">;
            readonly 'condition-syntax-error': import("./lint/lint-rule.js").LintRule<"condition-syntax-error">;
            readonly 'failure-limit-unset': import("./lint/lint-rule.js").LintRule<"failure-limit-unset">;
            readonly 'final-weight-below-full': import("./lint/lint-rule.js").LintRule<"final-weight-below-full">;
            readonly 'indefinite-pause': import("./lint/lint-rule.js").LintRule<"indefinite-pause">;
            readonly 'invalid-metric-spec': import("./lint/lint-rule.js").LintRule<"invalid-metric-spec">;
            readonly 'invalid-pause-duration': import("./lint/lint-rule.js").LintRule<"invalid-pause-duration">;
            readonly 'invalid-step': import("./lint/lint-rule.js").LintRule<"invalid-step">;
            readonly 'metric-without-condition': import("./lint/lint-rule.js").LintRule<"metric-without-condition">;
            readonly 'progress-deadline-no-abort': import("./lint/lint-rule.js").LintRule<"progress-deadline-no-abort">;
            readonly 'prometheus-metric-misuse': import("./lint/lint-rule.js").LintRule<"prometheus-metric-misuse">;
            readonly 'promql-syntax-error': import("./lint/lint-rule.js").LintRule<"promql-syntax-error">;
            readonly 'rollout-without-analysis': import("./lint/lint-rule.js").LintRule<"rollout-without-analysis">;
            readonly 'set-weight-decreasing': import("./lint/lint-rule.js").LintRule<"set-weight-decreasing">;
            readonly 'set-weight-out-of-range': import("./lint/lint-rule.js").LintRule<"set-weight-out-of-range">;
            readonly 'step-analysis-count-zero': import("./lint/lint-rule.js").LintRule<"step-analysis-count-zero">;
            readonly 'step-analysis-runs-forever': import("./lint/lint-rule.js").LintRule<"step-analysis-runs-forever">;
            readonly 'traffic-routing-invalid': import("./lint/lint-rule.js").LintRule<"traffic-routing-invalid">;
            readonly 'undeclared-template-arg': import("./lint/lint-rule.js").LintRule<"undeclared-template-arg">;
            readonly 'unguarded-result-index': import("./lint/lint-rule.js").LintRule<"unguarded-result-index">;
        };
        verdict: {
            readonly 'flagger-canary-failed': import("./cluster/verdict-rule.js").VerdictRule<"flagger-canary-failed">;
            readonly 'rollout-aborted': import("./cluster/verdict-rule.js").VerdictRule<"rollout-aborted">;
            readonly 'rollout-degraded': import("./cluster/verdict-rule.js").VerdictRule<"rollout-degraded">;
            readonly 'rollout-rolled-back': import("./cluster/verdict-rule.js").VerdictRule<"rollout-rolled-back">;
            readonly 'rollout-timeout': import("./cluster/verdict-rule.js").VerdictRule<"rollout-timeout">;
        };
        probes: {
            readonly 'health-probe-failed': import("./probes/probe-rule.js").ProbeRule<"health-probe-failed">;
        };
        metrics: {
            readonly 'canary-metric-failed': import("./metrics/metric-rule.js").MetricRule<"canary-metric-failed">;
            readonly 'canary-metric-undecided': import("./metrics/metric-rule.js").MetricRule<"canary-metric-undecided">;
        };
        judge: {
            readonly 'canary-judge-failed': import("./judge/judge-rule.js").JudgeRule<"canary-judge-failed">;
            readonly 'canary-judge-marginal': import("./judge/judge-rule.js").JudgeRule<"canary-judge-marginal">;
        };
    };
    settings: {
        kubeconfig: {
            type: string;
        };
        context: {
            type: string;
        };
        rollout: {
            description: string;
            anyOf: ({
                type: string;
                items: {
                    type: string;
                };
            } | {
                type: string;
                items?: undefined;
            })[];
        };
        kind: {
            enum: string[];
            description: string;
        };
        selector: {
            type: string;
            description: string;
        };
        namespace: {
            type: string;
        };
        'rollout-timeout': {
            type: string;
            pattern: string;
            description: string;
        };
        image: {
            type: string;
        };
        'success-on-pause': {
            type: string;
        };
        'prometheus-url': {
            type: string;
            pattern: string;
            description: string;
        };
        'health-probes': {
            type: string;
            description: string;
            items: {
                type: string;
                additionalProperties: boolean;
                required: string[];
                description: string;
                oneOf: {
                    required: string[];
                }[];
                properties: {
                    name: {
                        type: string;
                        minLength: number;
                        description: string;
                    };
                    http: {
                        type: string;
                        pattern: string;
                        description: string;
                    };
                    postgres: {
                        description: string;
                        anyOf: ({
                            type: string;
                            pattern: string;
                            additionalProperties?: undefined;
                            required?: undefined;
                            properties?: undefined;
                        } | {
                            type: string;
                            additionalProperties: boolean;
                            required: string[];
                            properties: {
                                env: {
                                    type: string;
                                    pattern: string;
                                };
                            };
                            pattern?: undefined;
                        })[];
                    };
                    'expect-status': {
                        type: string;
                        minimum: number;
                        maximum: number;
                        description: string;
                    };
                    'max-latency': {
                        type: string;
                        pattern: string;
                        description: string;
                    };
                    interval: {
                        type: string;
                        pattern: string;
                        description: string;
                    };
                    timeout: {
                        type: string;
                        pattern: string;
                        description: string;
                    };
                };
            };
        };
        'canary-judge': Record<string, unknown>;
    };
    statsSchema: {
        if: {
            properties: {
                mode: {
                    const: string;
                };
            };
        };
        then: {
            type: string;
            required: string[];
            properties: Record<string, unknown>;
        };
        else: {
            type: string;
            required: string[];
            properties: Record<string, unknown>;
        };
        type: string;
        required: string[];
        properties: Record<string, unknown>;
    };
};
export type { FollowRunStats, LintRunStats, RolloutRunStats } from './rollout-run-stats.js';
export type { NamedAnalysisRun, RolloutStats } from './cluster/rollout-stats.js';
export type { CanaryStats } from './flagger/canary-stats.js';
export type { AnalysisRunSummary, MetricSummary } from './status/analysis-run-summary.js';
export type { CanaryStepSummary } from './status/canary-step-summary.js';
