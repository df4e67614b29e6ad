import { duration } from '../../core/config/schema-fragments.js';

/**
 * The JSON Schema of `health-probes` in `.predator-guard.yml`. One item schema for both kinds (rather than a oneOf of
 * two) so that a bad field gets its own message instead of "matches neither kind"; the `oneOf` of `required` only
 * demands exactly one of `http` and `postgres`.
 */
export const HEALTH_PROBES_SCHEMA = {
  type: 'array',
  description: 'a list of probes, each { name, http: URL, expect-status, max-latency } or { name, postgres: URL or { env: VARIABLE } }',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    description: 'a probe with exactly one of http: URL or postgres: URL / { env: VARIABLE }',
    oneOf: [{ required: ['http'] }, { required: ['postgres'] }],
    properties: {
      name: { type: 'string', minLength: 1, description: 'the name findings give the probe' },
      http: { type: 'string', pattern: '^https?://', description: 'an http:// or https:// URL' },
      postgres: {
        description: 'a postgres:// URL, or { env: VARIABLE } naming an environment variable that holds one',
        anyOf: [
          { type: 'string', pattern: '^postgres(ql)?://' },
          { type: 'object', additionalProperties: false, required: ['env'], properties: { env: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' } } },
        ],
      },
      'expect-status': { type: 'integer', minimum: 100, maximum: 599, description: 'an HTTP status code such as 200' },
      'max-latency': duration('a Go-style duration such as 500ms'),
      interval: duration('a Go-style duration such as 30s'),
      timeout: duration('a Go-style duration such as 10s'),
    },
  },
};
