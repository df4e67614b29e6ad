import type { FieldPath, Manifest } from './manifest.js';
import type { TemplateReference } from './template-index.js';
/**
 * How a Rollout uses an analysis. Step, pre- and post-promotion analyses block the rollout until they finish, so
 * they must end on their own; background and experiment analyses are stopped by the controller.
 */
export type AnalysisUsage = 'background' | 'step' | 'pre-promotion' | 'post-promotion' | 'experiment';
export interface LocatedTemplateReference extends TemplateReference {
    /** Path of the `templateName` field. */
    path: FieldPath;
}
export interface AnalysisReference {
    usage: AnalysisUsage;
    /** Path of the analysis block (`...analysis`, `...prePromotionAnalysis`, an experiment's `analyses[i]`). */
    path: FieldPath;
    templates: LocatedTemplateReference[];
    /** Names of the args the Rollout passes. */
    argNames: string[];
}
/** Every place a Rollout names an analysis template, in document order. */
export declare function analysisReferences(rollout: Manifest): AnalysisReference[];
