import type { FieldPath, Manifest } from './manifest.js';
export declare const CANARY_PATH: FieldPath;
export interface LocatedStep {
    step: Record<string, unknown>;
    index: number;
    path: FieldPath;
}
/** The canary strategy block, when the Rollout uses one. */
export declare function canaryStrategy(rollout: Manifest): Record<string, unknown> | undefined;
/** Canary steps with their paths; entries that are not mappings are left to the invalid-step rule. */
export declare function canarySteps(rollout: Manifest): LocatedStep[];
/** The weight ceiling setWeight is checked against: trafficRouting.maxTrafficWeight, else 100. */
export declare function maxTrafficWeight(rollout: Manifest): number;
