import type { KubeObject } from '../cluster/object-api.js';
/** The one condition type Flagger sets: Unknown while analysing, True once promoted or initialised, False on failure. */
export interface PromotedCondition {
    type?: string;
    status?: string;
    reason?: string;
    message?: string;
    lastUpdateTime?: string;
}
/**
 * The fields of a flagger.app/v1beta1 Canary the check reads, all optional: a Canary Flagger has not reconciled yet
 * has no status at all.
 */
export interface FlaggerCanary extends KubeObject {
    spec?: {
        targetRef?: {
            apiVersion?: string;
            kind?: string;
            name?: string;
        };
        analysis?: {
            threshold?: number;
            maxWeight?: number;
            stepWeight?: number;
            iterations?: number;
        };
        skipAnalysis?: boolean;
    };
    status?: {
        phase?: string;
        failedChecks?: number;
        canaryWeight?: number;
        iterations?: number;
        lastAppliedSpec?: string;
        lastPromotedSpec?: string;
        lastTransitionTime?: string;
        conditions?: PromotedCondition[];
    };
}
/** Flagger rolls back once failedChecks reaches the threshold; an unset threshold counts as 1. */
export declare const DEFAULT_THRESHOLD = 1;
export declare function promotedCondition(canary: FlaggerCanary): PromotedCondition | undefined;
