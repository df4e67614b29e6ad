import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../core/config/config.js';
import type { CandidateFile } from './files/collect-files.js';
import { reviewFile, type FileOutcome } from './review-file.js';
import { ruleSettingsResolver } from '../core/rules/settings.js';

/** What the pool sends: a batch of files to review. An empty batch asks the worker to stop after the ones before it. */
export type WorkerRequest = CandidateFile[];
export type WorkerResponse = { outcomes: FileOutcome[] } | { error: string };

export interface WorkerSetup {
  rules: Config['rules'];
  overrides: Config['overrides'];
  maxFileSize: number;
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
  try {
    const outcomes: FileOutcome[] = [];
    for (const candidate of batch) outcomes.push(await reviewFile(candidate, settingsFor(candidate.file), setup.maxFileSize));
    parentPort?.postMessage({ outcomes } satisfies WorkerResponse);
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerResponse);
  }
}
