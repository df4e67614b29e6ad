import type { FieldPath, Manifest } from './manifest.js';
import { asList, asRecord, isRecord } from './plain-data.js';

export const CANARY_PATH: FieldPath = ['spec', 'strategy', 'canary'];
const FULL_WEIGHT = 100;

export interface LocatedStep {
  step: Record<string, unknown>;
  index: number;
  path: FieldPath;
}

/** The canary strategy block, when the Rollout uses one. */
export function canaryStrategy(rollout: Manifest): Record<string, unknown> | undefined {
  const canary = asRecord(asRecord(rollout.object.spec).strategy).canary;
  return isRecord(canary) ? canary : undefined;
}

/** Canary steps with their paths; entries that are not mappings are left to the invalid-step rule. */
export function canarySteps(rollout: Manifest): LocatedStep[] {
  return asList(canaryStrategy(rollout)?.steps).flatMap((step, index) =>
    isRecord(step) ? [{ step, index, path: [...CANARY_PATH, 'steps', index] }] : [],
  );
}

/** The weight ceiling setWeight is checked against: trafficRouting.maxTrafficWeight, else 100. */
export function maxTrafficWeight(rollout: Manifest): number {
  const configured = asRecord(canaryStrategy(rollout)?.trafficRouting).maxTrafficWeight;
  return typeof configured === 'number' ? configured : FULL_WEIGHT;
}
