import type { Manifest } from './manifest.js';
export interface TemplateReference {
    templateName: string;
    /** `clusterScope: true` looks for a ClusterAnalysisTemplate, otherwise an AnalysisTemplate. */
    clusterScope: boolean;
}
export interface TemplateIndex {
    find(reference: TemplateReference, namespace: string | undefined): Manifest | undefined;
}
/**
 * Templates by kind and name. A manifest without a namespace is applied with `-n`, so it matches any namespace;
 * two namespaced manifests must agree. A ClusterAnalysisTemplate has no namespace.
 */
export declare function indexTemplates(manifests: readonly Manifest[]): TemplateIndex;
export declare function namespaceOf(manifest: Manifest): string | undefined;
