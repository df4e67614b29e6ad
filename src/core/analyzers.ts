import { migrationsMeta } from '../migrations/meta.js';
import { queriesMeta } from '../queries/meta.js';
import { reviewMeta } from '../review/meta.js';
import { rolloutMeta } from '../rollout/meta.js';
import type { Analyzer, AnalyzerMeta } from './analyzer.js';
import type { AnalyzerName } from './finding.js';

/**
 * The core's one door into the analyzers: each one's meta.ts (its rules and settings, loaded with the core) and its
 * entry (index.ts), loaded on demand so that a review never pays for the PostgreSQL or Kubernetes clients.
 */
export const ANALYZER_REGISTRY: { readonly [Name in AnalyzerName]: RegistryEntry<Name> } = {
  review: { meta: reviewMeta, load: async () => (await import('../review/index.js')).reviewAnalyzer },
  queries: { meta: queriesMeta, load: async () => (await import('../queries/index.js')).queriesAnalyzer },
  rollout: { meta: rolloutMeta, load: async () => (await import('../rollout/index.js')).rolloutAnalyzer },
  migrations: { meta: migrationsMeta, load: async () => (await import('../migrations/index.js')).migrationsAnalyzer },
};

/** Each analyzer's meta, with its exact type: the catalog's compile-time check of rule ids reads the families' keys. */
export type AnalyzerMetas = {
  review: typeof reviewMeta;
  queries: typeof queriesMeta;
  rollout: typeof rolloutMeta;
  migrations: typeof migrationsMeta;
};

interface RegistryEntry<Name extends AnalyzerName> {
  readonly meta: AnalyzerMetas[Name];
  readonly load: () => Promise<Analyzer<Name>>;
}

/** Every analyzer's meta, in the order of ANALYZERS. */
export const ANALYZER_METAS: readonly AnalyzerMeta[] = Object.values(ANALYZER_REGISTRY).map((entry) => entry.meta);

/**
 * Whether any analyzer reads this changed file (the action fetches those from a pull request's head under
 * pull_request_target).
 */
export function analyzersRead(file: string): boolean {
  return ANALYZER_METAS.some((meta) => meta.readsFile?.(file) === true);
}
