import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../core/config/config.js';
import type { CandidateFile } from './files/collect-files.js';
import { reviewFile, type FileOutcome } from './review-file.js';
import { ruleSettingsResolver } from '../core/rules/settings.js';

/** What the pool sends: a batch of files to review. An empty batch asks the worker to stop after the ones before it. */
export type WorkerRequest = CandidateFile[];
/** One message per file, so that if the thread dies the pool knows which file it was reviewing. */
export interface WorkerResponse {
  outcome: FileOutcome;
  /** The batch is done: the pool sends the next one. */
  lastOfBatch: boolean;
}

export interface WorkerSetup {
  rules: Config['rules'];
  overrides: Config['overrides'];
  maxFileSize: number;
  peerSuppressions: boolean;
}

const setup = workerData as WorkerSetup;
const settingsFor = ruleSettingsResolver(setup);

/** Batches are handled strictly in order, so the stop request cannot overtake a batch still being reviewed. */
let previous: Promise<void> = Promise.resolve();
parentPort?.on('message', (batch: WorkerRequest) => {
  previous = previous.then(() => handle(batch));
});

async function handle(batch: WorkerRequest): Promise<void> {
  if (batch.length === 0) {
    parentPort?.close();
    return;
  }
  for (const [index, candidate] of batch.entries()) {
    // reviewFile turns a failure into a skipped file; only the thread's death (out of memory) escapes it.
    const outcome: FileOutcome = await reviewFile(candidate, settingsFor(candidate.file), setup);
    parentPort?.postMessage({ outcome, lastOfBatch: index === batch.length - 1 } satisfies WorkerResponse);
  }
}
