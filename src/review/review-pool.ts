import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config } from '../core/config/config.js';
import type { CandidateFile } from './files/collect-files.js';
import { reviewFile, type FileOutcome } from './review-file.js';
import type { WorkerResponse, WorkerSetup } from './review-worker.js';
import { ruleSettingsResolver } from '../core/rules/settings.js';

/**
 * A helper thread has to load its parsers again before it can help: tree-sitter in tens of milliseconds, the
 * TypeScript compiler (10 MB of JavaScript, compiled cold) in a few hundred. So a helper is started only for clearly
 * more work than that, measured in bytes per language rather than in files.
 */
const BYTES_PER_HELPER = { python: 512 * 1024, typescript: 4 * 1024 * 1024 };
/** Small batches keep every thread busy to the end when file sizes vary a lot. */
const BATCH_SIZE = 8;

type ReviewSettings = Pick<Config, 'rules' | 'overrides' | 'maxFileSize' | 'workers'>;

/** The bundled worker sits beside the chunk that runs this code; from the TypeScript sources there is none. */
function workerScript(): string | undefined {
  const script = fileURLToPath(new URL('./review-worker.js', import.meta.url));
  return existsSync(script) ? script : undefined;
}

/** Threads reviewing, the main one included: `workers: N` asks for N, `auto` for every core the work can use. */
export function threadCount(settings: Pick<Config, 'workers'>, files: readonly CandidateFile[]): number {
  if (settings.workers !== 'auto') return Math.max(1, Math.min(settings.workers, files.length));
  const helpers = files.reduce((total, file) => total + file.size / BYTES_PER_HELPER[file.language], 0);
  return Math.max(1, Math.min(availableParallelism(), 1 + Math.floor(helpers)));
}

/**
 * Reviews the files on the main thread and, when the work is large enough, on helper threads too. All of them take
 * batches from one queue. Results come back in any order; the report sorts them.
 */
export async function reviewFiles(files: readonly CandidateFile[], settings: ReviewSettings): Promise<FileOutcome[]> {
  const queue: CandidateFile[][] = [];
  for (let index = 0; index < files.length; index += BATCH_SIZE) queue.push(files.slice(index, index + BATCH_SIZE));
  const script = workerScript();
  const helpers = script ? threadCount(settings, files) - 1 : 0;
  const outcomes: FileOutcome[] = [];
  const helpersDone = Array.from({ length: helpers }, () => runHelper(script!, settings, queue, outcomes));
  await reviewOnMainThread(settings, queue, outcomes);
  await Promise.all(helpersDone);
  return outcomes;
}

async function reviewOnMainThread(settings: ReviewSettings, queue: CandidateFile[][], outcomes: FileOutcome[]): Promise<void> {
  const settingsFor = ruleSettingsResolver(settings);
  for (let batch = queue.shift(); batch; batch = queue.shift()) {
    for (const candidate of batch) outcomes.push(await reviewFile(candidate, settingsFor(candidate.file), settings.maxFileSize));
    // Parsing is synchronous: yield to the event loop so helper threads asking for work are answered.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function runHelper(script: string, settings: ReviewSettings, queue: CandidateFile[][], outcomes: FileOutcome[]): Promise<void> {
  const setup: WorkerSetup = { rules: settings.rules, overrides: settings.overrides, maxFileSize: settings.maxFileSize };
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: setup });
    const feed = () => worker.postMessage(queue.shift() ?? []);
    worker.on('message', (response: WorkerResponse) => {
      if ('error' in response) {
        void worker.terminate();
        reject(new Error(`review worker failed: ${response.error}`));
        return;
      }
      outcomes.push(...response.outcomes);
      feed();
    });
    worker.on('error', reject);
    worker.on('exit', () => resolve());
    // Two batches in flight: the main thread answers only between its own batches, and the helper should not idle.
    feed();
    feed();
  });
}
