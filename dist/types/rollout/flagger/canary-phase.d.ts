import type { Judgement } from '../cluster/watch-to-ending.js';
import { type FlaggerCanary } from './canary-object.js';
/** What a Canary's phase means for the wait, before the revision check (pkg/apis/flagger/v1beta1/status.go). */
export type CanaryPhaseMeaning = 'promoted' | 'failed' | 'waiting-promotion' | 'in-progress';
export declare function canaryPhase(canary: FlaggerCanary): string;
export declare function canaryPhaseMeaning(canary: FlaggerCanary): CanaryPhaseMeaning;
/** The message the report and the rules quote: the Promoted condition's, which Flagger keeps current with the phase. */
export declare function canaryMessage(canary: FlaggerCanary): string;
/** The ending a phase gives, when the revision is not in doubt; a promotion still needs the revision check. */
export declare function canaryEnding(canary: FlaggerCanary, successOnPause: boolean): Judgement['ending'];
/** `shop/web: Progressing - New revision detected, weight 20%, failed checks 0/2`. */
export declare function canaryProgressLine(ref: {
    name: string;
    namespace: string;
}, canary: FlaggerCanary, threshold: number): string;
