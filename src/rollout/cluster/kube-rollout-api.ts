import { CustomObjectsApi, Watch, type KubeConfig } from '@kubernetes/client-node';
import { clusterReadError, httpStatusOf } from './cluster-error.js';
import type { ClusterRollout, RolloutApi, WatchEvent } from './rollout-api.js';

const GROUP = 'argoproj.io';
const VERSION = 'v1alpha1';
const PLURAL = 'rollouts';
const HTTP_GONE = 410;

/** Rollouts read through @kubernetes/client-node: a get by name, and a watch narrowed to that name. */
export function kubeRolloutApi(kubeConfig: KubeConfig): RolloutApi {
  const customObjects = kubeConfig.makeApiClient(CustomObjectsApi);
  const watcher = new Watch(kubeConfig);
  return {
    async get(ref) {
      try {
        return (await customObjects.getNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ref.namespace, plural: PLURAL, name: ref.name })) as ClusterRollout;
      } catch (error) {
        throw clusterReadError('get', ref, error);
      }
    },
    async watch(ref, resourceVersion, onEvent, onEnd) {
      let stopped = false;
      const path = `/apis/${GROUP}/${VERSION}/namespaces/${encodeURIComponent(ref.namespace)}/${PLURAL}`;
      const controller = await watcher.watch(
        path,
        { fieldSelector: `metadata.name=${ref.name}`, resourceVersion },
        (type: string, object: unknown) => {
          if (stopped) return;
          const event = watchEvent(type, object);
          if (event) onEvent(event);
        },
        (error: unknown) => {
          // Stopping aborts the request, which reports an AbortError that nobody is waiting for.
          if (stopped) return;
          stopped = true;
          // A reset or refused connection is a disconnect like a clean close: the follower resumes until its timeout.
          if (error === null || error === undefined || httpStatusOf(error) === undefined) return onEnd();
          // A watch opened with an expired resourceVersion may also be refused outright with 410.
          if (httpStatusOf(error) === HTTP_GONE) {
            onEvent({ kind: 'gone' });
            return onEnd();
          }
          onEnd(clusterReadError('watch', ref, error));
        },
      );
      return {
        stop() {
          stopped = true;
          controller.abort();
        },
      };
    },
  };
}

/** ADDED/MODIFIED carry the object; an ERROR event with a 410 Status means the resourceVersion has expired. */
function watchEvent(type: string, object: unknown): WatchEvent | undefined {
  if (type === 'ADDED' || type === 'MODIFIED') return { kind: 'object', rollout: object as ClusterRollout };
  if (type === 'ERROR' && (object as { code?: unknown } | null)?.code === HTTP_GONE) return { kind: 'gone' };
  return undefined;
}
