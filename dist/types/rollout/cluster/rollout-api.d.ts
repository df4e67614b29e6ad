import type { RolloutObject } from '../status/rollout-object.js';
import type { KubeObject, ObjectRef } from './object-api.js';
/** A Rollout as read from the API server: the status fields plus what the watch, the image check and the owner match need. */
export interface ClusterRollout extends RolloutObject {
    metadata?: RolloutObject['metadata'] & KubeObject['metadata'];
    spec?: RolloutObject['spec'] & {
        template?: {
            spec?: {
                containers?: {
                    name?: string;
                    image?: string;
                }[];
            };
        };
    };
}
export type RolloutRef = ObjectRef;
