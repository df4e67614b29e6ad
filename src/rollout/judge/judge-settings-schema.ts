import { DURATION_PATTERN } from '../../core/config/schema-fragments.js';
import { JUDGE_DIRECTIONS, NAN_STRATEGIES, OUTLIER_STRATEGIES, SMALLEST_DECIDABLE_SAMPLES } from './judge-settings.js';

/**
 * The JSON Schema of the `canary-judge:` section, so that editors and the config validator catch its shape with
 * line numbers; readCanaryJudgeSettings checks what a schema cannot (marginal ≤ pass, the group weights' total).
 */
export function canaryJudgeSchema(): Record<string, unknown> {
  const increase = (description: string) => ({ type: 'number', minimum: 1, description });
  const decrease = (description: string) => ({ type: 'number', exclusiveMinimum: 0, maximum: 1, description });
  return {
    type: 'object',
    additionalProperties: false,
    description: 'The canary judge: Mann-Whitney comparison of canary and stable over range queries, Kayenta-style.',
    required: ['metrics'],
    properties: {
      lookback: { type: 'string', pattern: DURATION_PATTERN, description: 'a Go-style duration such as 10m (default 10m)' },
      step: { type: 'string', pattern: DURATION_PATTERN, description: 'a Go-style duration such as 30s (default 30s)' },
      'warm-up': { type: 'integer', minimum: 0, description: 'intervals (of step) left out at the start of each series, the warm-up after a step starts (default 2)' },
      'min-samples': { type: 'integer', minimum: SMALLEST_DECIDABLE_SAMPLES, description: `samples a side needs, after warm-up, NaN and outliers, to be decided (default ${SMALLEST_DECIDABLE_SAMPLES})` },
      tolerance: { type: 'number', minimum: 0, maximum: 1, description: "the fraction of the shift its interval must clear to count (default 0.25, Kayenta's)" },
      'pass-score': { type: 'number', minimum: 0, maximum: 100, description: 'a score from 0 to 100 (default 95)' },
      'marginal-score': { type: 'number', minimum: 0, maximum: 100, description: 'a score from 0 to 100 (default 75)' },
      'group-weights': { type: 'object', additionalProperties: { type: 'number', exclusiveMinimum: 0 }, description: 'group name → weight in percent' },
      metrics: {
        type: 'array',
        minItems: 1,
        description: 'a non-empty list of metrics, each with name, canary and stable (PromQL)',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'canary', 'stable'],
          properties: {
            name: { type: 'string', minLength: 1, description: 'a metric name such as latency-p99' },
            canary: { type: 'string', minLength: 1, description: "a PromQL query of the canary's series" },
            stable: { type: 'string', minLength: 1, description: "a PromQL query of the stable's series" },
            direction: { enum: [...JUDGE_DIRECTIONS], description: 'increase, decrease, or either (default either)' },
            critical: { type: 'boolean' },
            'must-have-data': { type: 'boolean' },
            group: { type: 'string', minLength: 1, description: 'a group name' },
            'nan-strategy': { enum: [...NAN_STRATEGIES], description: 'remove or replace (default remove)' },
            outliers: { enum: [...OUTLIER_STRATEGIES], description: 'remove or keep samples outside Q1 − f·IQR … Q3 + f·IQR (default remove)' },
            'outlier-factor': { type: 'number', exclusiveMinimum: 0, description: 'f of the outlier fences (default 3, as Kayenta)' },
            'effect-size': {
              type: 'object',
              additionalProperties: false,
              properties: {
                'allowed-increase': increase('a ratio ≥ 1 (1.1 allows the canary to be 10% higher)'),
                'allowed-decrease': decrease('a ratio between 0 and 1 (0.9 allows the canary to be 10% lower)'),
                'critical-increase': increase('a ratio ≥ allowed-increase'),
                'critical-decrease': decrease('a ratio between 0 and allowed-decrease'),
              },
            },
          },
        },
      },
    },
  };
}
