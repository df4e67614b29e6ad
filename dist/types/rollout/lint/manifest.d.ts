import { type Document, type LineCounter } from 'yaml';
import type { FileDirectives } from './yaml-directives.js';
export declare const LINTED_KINDS: readonly ["Rollout", "AnalysisTemplate", "ClusterAnalysisTemplate"];
export type LintedKind = (typeof LINTED_KINDS)[number];
/** A path into a manifest, as the yaml package walks it: map keys and sequence indexes. */
export type FieldPath = readonly (string | number)[];
export interface Position {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}
/** One Rollout or (Cluster)AnalysisTemplate document, its plain value plus the positions of its nodes. */
export interface Manifest {
    /** Repository-relative, `/`-separated. */
    file: string;
    kind: LintedKind;
    name: string;
    /** The document as plain data, for the rules to read. */
    object: Record<string, unknown>;
    /** Where a field is; a missing field is placed at its nearest present ancestor. */
    locate(fieldPath: FieldPath): Position;
    /** The suppression directives of the whole file, shared by every document in it. */
    suppressions: FileDirectives;
}
/**
 * A field named by a map key is placed at its key (`canary:`), so a finding about a whole block points at the line
 * that names it rather than at the block's first child; a sequence item is placed at the item.
 */
export declare function manifestLocator(document: Document, lineCounter: LineCounter): (fieldPath: FieldPath) => Position;
/** `spec.strategy.canary.steps[2].setWeight`, as messages name a field. */
export declare function fieldPathText(fieldPath: FieldPath): string;
