/** Where a PostgreSQL probe finds its connection string: in the config, or in an environment variable. */
export type PostgresConnection = {
    source: 'url';
    url: string;
} | {
    source: 'env';
    variable: string;
};
interface ProbeTiming {
    name: string;
    /** How often the probe runs during the wait; it also runs once when the wait ends. */
    intervalMs: number;
    /** How long one check may take before it counts as failed. */
    timeoutMs: number;
}
export interface HttpProbe extends ProbeTiming {
    kind: 'http';
    url: string;
    expectStatus: number;
    maxLatencyMs: number;
}
export interface PostgresProbe extends ProbeTiming {
    kind: 'postgres';
    connection: PostgresConnection;
}
/** One entry of `health-probes`, with defaults filled in. */
export type HealthProbe = HttpProbe | PostgresProbe;
/** One check of one probe. `endpoint` never carries credentials. */
export interface ProbeCheck {
    ok: boolean;
    /** Why it failed: the status against the expected one, the latency against its bound, the connection error. */
    error?: string;
    latencyMs?: number;
}
/** Every check of one probe during a wait. */
export interface ProbeSummary {
    name: string;
    kind: HealthProbe['kind'];
    endpoint: string;
    checks: number;
    failures: number;
    /** The most recent failure's reason; undefined when every check passed. */
    lastError?: string;
}
export {};
