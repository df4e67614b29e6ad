import type { KubeResource } from './kube-resources.js';
import type { KubeObject, ObjectApi, ObjectRef, WatchHandle } from './object-api.js';

/** How a wait ended: success, failure, an accepted pause (success-on-pause), or the timeout. */
export type FollowEnding = 'healthy' | 'degraded' | 'paused' | 'timeout';

/** What a follower makes of one version of its object: the progress line to print, and the ending if it is final. */
export interface Judgement {
  line: string;
  ending?: Exclude<FollowEnding, 'timeout'>;
}

/**
 * Work done periodically while a wait lasts, beside the watch (metric queries, health probes). A rejection ends the
 * wait with that error; the monitor keeps its own results for the report.
 */
export interface FollowMonitor {
  everyMs: number;
  tick(): Promise<void>;
}

export interface FollowOptions {
  timeoutMs: number;
  successOnPause: boolean;
  log: (line: string) => void;
  /** Pause before re-opening a dropped watch, so a flapping connection does not become a busy loop. */
  reconnectDelayMs?: number;
  monitor?: FollowMonitor;
  /** Ends the wait with an error, e.g. when a sibling follow failed and the run is over anyway. */
  signal?: AbortSignal;
}

const DEFAULT_RECONNECT_DELAY_MS = 250;

/**
 * Waits on one object as `kubectl argo rollouts status --watch` does: from an object already read, a watch narrowed
 * to its name until `judge` calls a version final, or the timeout. A dropped watch resumes from the last
 * resourceVersion seen; a 410 Gone means that version has expired, so it reads the object afresh and watches from
 * there. Each new progress line is logged once. `judge` may read other objects, so versions are judged one at a time,
 * in order.
 */
export async function watchToEnding<T extends KubeObject>(
  api: ObjectApi,
  resource: KubeResource,
  ref: ObjectRef,
  first: T,
  judge: (object: T) => Promise<Judgement> | Judgement,
  options: Pick<FollowOptions, 'timeoutMs' | 'log' | 'reconnectDelayMs' | 'monitor' | 'signal'>,
): Promise<{ object: T; ending: FollowEnding }> {
  return new Promise((resolve, reject) => {
    let latest = first;
    let lastLine = '';
    let handle: WatchHandle | undefined;
    let finished = false;
    let judging: Promise<void> = Promise.resolve();
    const finish = (outcome: { object: T; ending: FollowEnding } | Error) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      clearInterval(monitorTimer);
      options.signal?.removeEventListener('abort', cancel);
      handle?.stop();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const fail = (error: unknown) => finish(error instanceof Error ? error : new Error(String(error)));
    const timer = setTimeout(() => finish({ object: latest, ending: 'timeout' }), options.timeoutMs);
    const monitor = options.monitor;
    const monitorTimer = monitor ? setInterval(() => void monitor.tick().catch(fail), monitor.everyMs) : undefined;
    const cancel = () => fail(new Error(`stopped following ${resource.kind} '${ref.name}' in namespace '${ref.namespace}': ${String(options.signal?.reason ?? 'cancelled')}`));
    if (options.signal?.aborted) cancel();
    options.signal?.addEventListener('abort', cancel, { once: true });

    const observe = (object: T): Promise<void> => {
      latest = object;
      judging = judging.then(async () => {
        if (finished) return;
        const judgement = await judge(object);
        if (judgement.line !== lastLine) options.log(judgement.line);
        lastLine = judgement.line;
        if (judgement.ending) finish({ object, ending: judgement.ending });
      });
      return judging.catch(fail);
    };

    const startWatch = async (resourceVersion: string | undefined): Promise<void> => {
      let gone = false;
      handle = await api.watch<T>(
        resource,
        ref,
        resourceVersion,
        (event) => {
          if (event.kind === 'gone') gone = true;
          else void observe(event.object);
        },
        (error) => {
          if (finished) return;
          if (error) return finish(error);
          setTimeout(() => void resume(gone), options.reconnectDelayMs ?? DEFAULT_RECONNECT_DELAY_MS);
        },
      );
      if (finished) handle.stop();
    };

    const resume = async (gone: boolean): Promise<void> => {
      if (finished) return;
      try {
        if (gone) {
          options.log(`${ref.namespace}/${ref.name}: watch expired (410 Gone); reading the ${resource.kind.toLowerCase()} again`);
          await observe(await api.get<T>(resource, ref));
          if (finished) return;
        }
        await startWatch(latest.metadata?.resourceVersion);
      } catch (error) {
        fail(error);
      }
    };

    void observe(first).then(() => {
      if (!finished) void resume(false);
    });
  });
}
