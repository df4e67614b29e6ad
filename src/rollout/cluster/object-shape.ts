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

export const ROLLOUT_SHAPE: ShapeSpec = [
  ['metadata', 'object'],
  ['spec', 'object'],
  ['status', 'object'],
  ['spec.strategy.canary.steps', 'array'],
  ['status.phase', 'string'],
  ['status.message', 'string'],
  ['status.currentStepIndex', 'number'],
  ['status.conditions', 'array'],
  ['status.pauseConditions', 'array'],
  ['status.abort', 'boolean'],
  ['status.currentPodHash', 'string'],
  ['status.stableRS', 'string'],
];

export const CANARY_SHAPE: ShapeSpec = [
  ['metadata', 'object'],
  ['spec', 'object'],
  ['status', 'object'],
  ['spec.targetRef.name', 'string'],
  ['spec.analysis.threshold', 'number'],
  ['status.phase', 'string'],
  ['status.failedChecks', 'number'],
  ['status.canaryWeight', 'number'],
  ['status.conditions', 'array'],
];

/** The first field that has the wrong type, as `status.currentStepIndex is a string ("two"), expected a number`. */
export function shapeProblem(object: unknown, spec: ShapeSpec): string | undefined {
  if (typeof object !== 'object' || object === null || Array.isArray(object)) return `the object is ${describe(object)}, expected a JSON object`;
  for (const [path, expected] of spec) {
    const value = path.split('.').reduce<unknown>((parent, key) => (typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[key] : undefined), object);
    if (value === undefined || value === null) continue;
    if (typeOf(value) !== expected) return `${path} is ${describe(value)}, expected ${expected === 'array' ? 'a list' : `a${expected === 'object' ? 'n' : ''} ${expected}`}`;
  }
  return undefined;
}

/** Throws when a version of a followed object cannot be judged, naming the object, the field and what was expected. */
export function assertWellFormed(kind: string, ref: ObjectRef, object: unknown, spec: ShapeSpec): void {
  const problem = shapeProblem(object, spec);
  if (problem === undefined) return;
  throw new Error(`${kind} '${ref.name}' in namespace '${ref.namespace}' is malformed: ${problem}; the check cannot judge it. Fix the object (kubectl get ${kind.toLowerCase()} ${ref.name} -n ${ref.namespace} -o yaml), or check the controller version that wrote it.`);
}

function typeOf(value: unknown): Expected | 'other' {
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'object' ? type : 'other';
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value} (${String(value)})`;
}
