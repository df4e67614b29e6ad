import type { FollowedRollout } from './followed-rollouts.js';
/**
 * The canary steps as a mermaid `flowchart LR`: passed steps, the step the wait ended on and the one the rollout
 * failed at, each styled by a class; solid arrows where the rollout went, dotted ones ahead. The last node is the
 * promotion (or, after an image check failed, the rollback); an abort or a degraded rollout branches off to the
 * stable version from the failing step. Undefined when there are no canary steps to draw (blue-green, Flagger).
 */
export declare function stepDiagram(rollout: FollowedRollout): string[] | undefined;
