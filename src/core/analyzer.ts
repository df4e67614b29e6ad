import type { KubeConfig } from '@kubernetes/client-node';
import type { Client as PgClient } from 'pg';
import type { Config } from './config/config.js';
import type { AnalyzerName, Finding } from './finding.js';

/** Clients an analyzer may need, passed in so tests and embedders can supply their own. */
export interface Deps {
  /** Where a text progress line goes (the CLI's stderr, the action's log); silent when absent. */
  log?: (line: string) => void;
  /** The cluster the rollout check follows Rollouts in; the CLI and the action build it from the settings. */
  kubeConfig?: KubeConfig;
  /** The HTTP client for Prometheus queries and HTTP health probes; the global fetch when absent. */
  fetch?: typeof fetch;
  /**
   * A connected node-postgres client for the query-plan audit; it replaces `database-url` and stays open (its
   * owner ends it).
   */
  pgClient?: PgClient;
}

export interface AnalyzerOutput {
  findings: Finding[];
  stats: Record<string, unknown>;
}

export interface Analyzer {
  name: AnalyzerName;
  run(config: Config, deps: Deps): Promise<AnalyzerOutput>;
}
