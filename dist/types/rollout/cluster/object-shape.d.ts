import type { ObjectRef } from './object-api.js';
/**
 * Shape checks on objects from the API server before any status rule reads them. The API server validates custom
 * resources only as far as their CRD's schema goes (and `x-kubernetes-preserve-unknown-fields` lets anything
 * through), so a hand-edited object can carry a string where the rules expect a number. Such an object fails the
 * run with the field named, rather than a verdict computed from nonsense.
 */
type Expected = 'string' | 'number' | 'boolean' | 'array' | 'object';
/** `[path, expected type]`; a field that is absent is fine, every reader has a default for it. */
export type ShapeSpec = readonly (readonly [path: string, expected: Expected])[];
export declare const ROLLOUT_SHAPE: ShapeSpec;
export declare const CANARY_SHAPE: ShapeSpec;
/** The first field that has the wrong type, as `status.currentStepIndex is a string ("two"), expected a number`. */
export declare function shapeProblem(object: unknown, spec: ShapeSpec): string | undefined;
/** Throws when a version of a followed object cannot be judged, naming the object, the field and what was expected. */
export declare function assertWellFormed(kind: string, ref: ObjectRef, object: unknown, spec: ShapeSpec): void;
export {};
