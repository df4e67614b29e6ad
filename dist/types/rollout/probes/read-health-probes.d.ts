import type { HealthProbe } from './health-probe.js';
/**
 * The `health-probes` setting as typed probes, defaults filled in. The schema has checked the shape; this checks
 * what it cannot: unique names, parseable URLs, and that a `postgres: { env: NAME }` variable is set, so a missing
 * secret stops the run before the wait (exit 2) instead of showing up as a failed probe.
 */
export declare function readHealthProbes(setting: unknown, env?: NodeJS.ProcessEnv): HealthProbe[];
