import { ClusterReadError } from './cluster-error.js';

const HTTP_FORBIDDEN = 403;

/** A field the checker's account may not be allowed to read: its value, or unknown with the reason. */
export type Readable<T> = { known: true; value: T } | { known: false; reason: string };

/**
 * Reads a field that only explains a verdict (AnalysisRuns, ReplicaSets, a Flagger target): a 403 makes it unknown
 * rather than failing the run, because the checker's account may reasonably be denied it. Other errors still fail.
 */
export async function readOrUnknown<T>(read: () => Promise<T>): Promise<Readable<T>> {
  try {
    return { known: true, value: await read() };
  } catch (error) {
    if (error instanceof ClusterReadError && error.status === HTTP_FORBIDDEN) return { known: false, reason: error.message };
    throw error;
  }
}
