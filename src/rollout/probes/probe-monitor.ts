import type { HealthProbe, ProbeCheck, ProbeSummary } from './health-probe.js';
import { checkHttpProbe, httpProbeEndpoint } from './http-probe.js';
import { checkPostgresProbe, postgresProbeEndpoint, type PostgresClientFactory } from './postgres-probe.js';

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

/**
 * Runs each probe now and then every `interval` while a rollout is followed. A probe whose previous check is still
 * running skips a beat rather than piling up connections on a struggling endpoint. Each failure is logged as it
 * happens, so the job log shows when the endpoint went bad relative to the rollout's steps.
 */
interface ProbeState {
  probe: HealthProbe;
  summary: ProbeSummary;
  /** The check in flight, if any. */
  running?: Promise<void>;
  timer?: NodeJS.Timeout;
}

export function startProbeMonitor(probes: readonly HealthProbe[], options: ProbeMonitorOptions = {}): ProbeMonitor {
  const env = options.env ?? process.env;
  const states: ProbeState[] = probes.map((probe) => ({ probe, summary: { name: probe.name, kind: probe.kind, endpoint: endpointOf(probe, env), checks: 0, failures: 0 } }));

  const runCheck = (state: ProbeState): Promise<void> => {
    state.running ??= check(state.probe, env, options).then((result) => {
      state.summary.checks += 1;
      if (!result.ok) {
        state.summary.failures += 1;
        state.summary.lastError = result.error;
        options.log?.(`health probe '${state.probe.name}' (${state.summary.endpoint}) failed: ${result.error}`);
      }
      state.running = undefined;
    });
    return state.running;
  };

  for (const state of states) {
    void runCheck(state);
    state.timer = setInterval(() => void runCheck(state), state.probe.intervalMs);
  }

  return {
    async stop() {
      for (const state of states) clearInterval(state.timer);
      await Promise.all(states.map((state) => state.running));
      await Promise.all(states.map((state) => runCheck(state)));
      return states.map((state) => ({ ...state.summary }));
    },
  };
}

/** Never rejects: a check that throws (a client that cannot load, say) is a failed check, not a crashed wait. */
async function check(probe: HealthProbe, env: NodeJS.ProcessEnv, options: ProbeMonitorOptions): Promise<ProbeCheck> {
  try {
    if (probe.kind === 'http') return await checkHttpProbe(probe, options.fetch);
    return await checkPostgresProbe(probe, env, options.createPostgresClient);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function endpointOf(probe: HealthProbe, env: NodeJS.ProcessEnv): string {
  return probe.kind === 'http' ? httpProbeEndpoint(probe) : postgresProbeEndpoint(probe, env);
}
