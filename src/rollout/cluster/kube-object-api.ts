import { CustomObjectsApi, Watch, type KubeConfig } from '@kubernetes/client-node';
import type { KubeClientConfig } from '../../core/analyzer.js';
import { clusterReadError, displayServer, httpStatusOf, type ReadTarget } from './cluster-error.js';
import type { KubeResource } from './kube-resources.js';
import type { KubeObject, ObjectApi, WatchEvent } from './object-api.js';

const HTTP_GONE = 410;

/**
 * The reads through @kubernetes/client-node. Custom resources and apps/v1 share one URL layout
 * (`/apis/GROUP/VERSION/namespaces/NS/PLURAL[/NAME]`), so the custom-objects client serves both.
 */
export function kubeObjectApi(kubeConfig: KubeClientConfig): ObjectApi {
  const customObjects = kubeConfig.makeApiClient(CustomObjectsApi);
  // Watch is typed for client-node's whole KubeConfig but reads only the two calls KubeClientConfig describes
  // (getCurrentCluster, applyToFetchOptions), so an embedder's own KubeConfig, from another copy of the package, works.
  const watcher = new Watch(kubeConfig as KubeConfig);
  const server = displayServer(kubeConfig.getCurrentCluster()?.server);
  const target = (verb: ReadTarget['verb'], resource: KubeResource, namespace: string, name?: string): ReadTarget => ({ verb, resource, namespace, name, server });
  return {
    async get<T extends KubeObject>(resource: KubeResource, ref: { name: string; namespace: string }) {
      try {
        return (await customObjects.getNamespacedCustomObject({ ...coordinates(resource), namespace: ref.namespace, name: ref.name })) as T;
      } catch (error) {
        throw clusterReadError(target('get', resource, ref.namespace, ref.name), error);
      }
    },
    async list<T extends KubeObject>(resource: KubeResource, namespace: string, labelSelector?: string) {
      try {
        const list = (await customObjects.listNamespacedCustomObject({ ...coordinates(resource), namespace, labelSelector })) as { items?: T[] };
        return list.items ?? [];
      } catch (error) {
        throw clusterReadError(target('list', resource, namespace), error);
      }
    },
    async watch<T extends KubeObject>(resource: KubeResource, ref: { name: string; namespace: string }, resourceVersion: string | undefined, onEvent: (event: WatchEvent<T>) => void, onEnd: (error?: Error) => void) {
      let stopped = false;
      const path = `/apis/${resource.group}/${resource.version}/namespaces/${encodeURIComponent(ref.namespace)}/${resource.plural}`;
      const controller = await watcher.watch(
        path,
        { fieldSelector: `metadata.name=${ref.name}`, resourceVersion },
        (type: string, object: unknown) => {
          if (stopped) return;
          const event = watchEvent<T>(type, object);
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
          onEnd(clusterReadError(target('watch', resource, ref.namespace, ref.name), error));
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

function coordinates(resource: KubeResource): { group: string; version: string; plural: string } {
  return { group: resource.group, version: resource.version, plural: resource.plural };
}

/** ADDED/MODIFIED carry the object; an ERROR event with a 410 Status means the resourceVersion has expired. */
function watchEvent<T>(type: string, object: unknown): WatchEvent<T> | undefined {
  if (type === 'ADDED' || type === 'MODIFIED') return { kind: 'object', object: object as T };
  if (type === 'ERROR' && (object as { code?: unknown } | null)?.code === HTTP_GONE) return { kind: 'gone' };
  return undefined;
}
