import { queriesMeta } from '../queries/meta.js';
import { reviewMeta } from '../review/meta.js';
import { rolloutMeta } from '../rollout/meta.js';
import type { Analyzer, AnalyzerMeta } from './analyzer.js';
import type { AnalyzerName } from './finding.js';
/**
 * The core's one door into the analyzers: each one's meta.ts (its rules and settings, loaded with the core) and its
 * entry (index.ts), loaded on demand so that a review never pays for the PostgreSQL or Kubernetes clients.
 */
export declare const ANALYZER_REGISTRY: {
    readonly [Name in AnalyzerName]: RegistryEntry<Name>;
};
/** Each analyzer's meta, with its exact type: the catalog's compile-time check of rule ids reads the families' keys. */
export type AnalyzerMetas = {
    review: typeof reviewMeta;
    queries: typeof queriesMeta;
    rollout: typeof rolloutMeta;
};
interface RegistryEntry<Name extends AnalyzerName> {
    readonly meta: AnalyzerMetas[Name];
    readonly load: () => Promise<Analyzer<Name>>;
}
/** Every analyzer's meta, in the order of ANALYZERS. */
export declare const ANALYZER_METAS: readonly AnalyzerMeta[];
/**
 * Whether any analyzer reads this changed file (the action fetches those from a pull request's head under
 * pull_request_target).
 */
export declare function analyzersRead(file: string): boolean;
export {};
