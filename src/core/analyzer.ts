import type { Config } from './config/config.js';
import type { AnalyzerName, Finding } from './finding.js';
import type { RuleRegistry } from './rules/registry.js';
import type { OptionSchema } from './rules/rule.js';
import type { AnalyzerStats } from './run-stats.js';

/**
 * A connected PostgreSQL client, as the query-plan audit uses one: node-postgres's `Client` fits. Described here by
 * what the audit calls, so the library's types need no PostgreSQL package (the bundle carries its own node-postgres).
 */
export interface PgClient {
  readonly host: string;
  readonly port: number;
  readonly user?: string;
  readonly database?: string;
  /** Only read to keep it out of messages. */
  readonly password?: unknown;
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  end(): Promise<void>;
}

/**
 * The cluster the rollout check reads Rollouts from: @kubernetes/client-node's `KubeConfig` fits, loaded from a
 * file, the in-cluster account or built in code. Described by what the check's API client and watch call, so the
 * library's types need no Kubernetes package.
 */
export interface KubeClientConfig {
  getCurrentCluster(): { readonly server: string } | null;
  applyToFetchOptions(options: object): Promise<object>;
  // `any`: the constructor takes client-node's own Configuration, which this description does not name.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  makeApiClient<T extends object>(apiClientType: new (configuration: any) => T): T;
}

/** Clients an analyzer may need, passed in so tests and embedders can supply their own. */
export interface Deps {
  /** Where a text progress line goes (the CLI's stderr, the action's log); silent when absent. */
  log?: (line: string) => void;
  /** The cluster the rollout check follows Rollouts in; the CLI and the action build it from the settings. */
  kubeConfig?: KubeClientConfig;
  /** The HTTP client for Prometheus queries and HTTP health probes; the global fetch when absent. */
  fetch?: typeof fetch;
  /**
   * A connected node-postgres client for the query-plan audit and the migration check (a throwaway database for
   * the latter: the migrations take real locks there until they are rolled back); it replaces `database-url` and
   * stays open (its owner ends it).
   */
  pgClient?: PgClient;
}

export interface AnalyzerOutput<Name extends AnalyzerName = AnalyzerName> {
  findings: Finding[];
  stats: AnalyzerStats[Name];
}

export interface Analyzer<Name extends AnalyzerName = AnalyzerName> {
  name: Name;
  /**
   * Completes the clients the run needs from the settings, before any analyzer runs (the rollout check loads the
   * kubeconfig): a door passes only what it was given, and a bad setting fails the whole run as a usage error.
   */
  prepare?(config: Config, deps: Deps): Promise<Deps>;
  run(config: Config, deps: Deps): Promise<AnalyzerOutput<Name>>;
}

/**
 * What the rest of the program knows of an analyzer without loading it: each analyzer's meta.ts declares it, with no
 * client, parser or database behind it. The catalog, the config schema and the doors read analyzers only through
 * this (and the core's registry, src/core/analyzers.ts, which loads the analyzer itself on demand).
 */
export interface AnalyzerMeta<Name extends AnalyzerName = AnalyzerName> {
  readonly name: Name;
  /** The analyzer's rules by family, each keyed by rule id, in the order the catalog, the config schema and SARIF list them. */
  readonly families: Readonly<Record<string, RuleRegistry>>;
  /** The config-file keys the analyzer reads (besides `rules`), with their schemas, in the config schema's order. */
  readonly settings: Readonly<Record<string, OptionSchema>>;
  /** The JSON Schema of a completed run's stats, which a saved report is checked against before it is rendered. */
  readonly statsSchema: OptionSchema;
  /**
   * Whether a changed file is input to this analyzer: under pull_request_target the action fetches such files from
   * the pull request's head, since the workspace holds the base branch.
   */
  readonly readsFile?: (file: string) => boolean;
}
