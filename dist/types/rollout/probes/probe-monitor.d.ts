import type { HealthProbe, ProbeSummary } from './health-probe.js';
import { type PostgresClientFactory } from './postgres-probe.js';
export interface ProbeMonitorOptions {
    fetch?: typeof fetch;
    env?: NodeJS.ProcessEnv;
    createPostgresClient?: PostgresClientFactory;
    log?: (line: string) => void;
}
export interface ProbeMonitor {
    /** Waits for checks in flight, runs every probe once more (the state the release ended in), and sums up. */
    stop(): Promise<ProbeSummary[]>;
}
export declare function startProbeMonitor(probes: readonly HealthProbe[], options?: ProbeMonitorOptions): ProbeMonitor;
