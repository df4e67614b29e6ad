import { isMap, isNode, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import type { FileDirectives } from './yaml-directives.js';

export const LINTED_KINDS = ['Rollout', 'AnalysisTemplate', 'ClusterAnalysisTemplate', 'Canary', 'MetricTemplate'] as const;
export type LintedKind = (typeof LINTED_KINDS)[number];

/** The API group of each linted kind: Argo Rollouts' three, Flagger's Canary and MetricTemplate. */
export const KIND_GROUPS: Readonly<Record<LintedKind, string>> = {
  Rollout: 'argoproj.io',
  AnalysisTemplate: 'argoproj.io',
  ClusterAnalysisTemplate: 'argoproj.io',
  Canary: 'flagger.app',
  MetricTemplate: 'flagger.app',
};

/** An Argo AnalysisTemplate or ClusterAnalysisTemplate: what the template rules check. */
export function isAnalysisTemplate(manifest: { kind: LintedKind }): boolean {
  return manifest.kind === 'AnalysisTemplate' || manifest.kind === 'ClusterAnalysisTemplate';
}

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
  /**
   * The YAML error of a document that could not be read; its object is then empty, only manifest-yaml-error checks
   * it, and it stands in the reference index under its name.
   */
  syntaxError?: { message: string } & Position;
}

/**
 * A field named by a map key is placed at its key (`canary:`), so a finding about a whole block points at the line
 * that names it rather than at the block's first child; a sequence item is placed at the item.
 */
export function manifestLocator(document: Document, lineCounter: LineCounter): (fieldPath: FieldPath) => Position {
  const position = (start: number, end: number): Position => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(end);
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  };
  return (fieldPath) => {
    for (let depth = fieldPath.length; depth > 0; depth -= 1) {
      const parent = document.getIn(fieldPath.slice(0, depth - 1), true);
      const last = fieldPath[depth - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
        const keyRange = isNode(pair?.key) ? pair.key.range : undefined;
        if (keyRange) return position(keyRange[0], isNode(pair?.value) && pair.value.range ? pair.value.range[1] : keyRange[1]);
      }
      if (isSeq(parent) && typeof last === 'number') {
        const item = parent.items[last];
        if (isNode(item) && item.range) return position(item.range[0], item.range[1]);
      }
    }
    const root = document.contents;
    return isNode(root) && root.range ? position(root.range[0], root.range[0]) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
  };
}

/** `spec.strategy.canary.steps[2].setWeight`, as messages name a field. */
export function fieldPathText(fieldPath: FieldPath): string {
  return fieldPath.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}
