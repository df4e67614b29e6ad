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

type ReviewSettings = Pick<Config, 'rules' | 'overrides' | 'maxFileSize' | 'workers' | 'peerSuppressions'>;

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
 * batches from one queue. Results come back in any order; the report sorts them. A helper that dies costs only the
 * file it was reviewing (skipped, with the reason); the files it had been sent after that go back to the queue.
 * `script` is the helper's code: the bundled worker unless a test hands in another.
 */
export async function reviewFiles(
  files: readonly CandidateFile[],
  settings: ReviewSettings,
  script: string | undefined = workerScript(),
): Promise<FileOutcome[]> {
  const queue: CandidateFile[][] = [];
  for (let index = 0; index < files.length; index += BATCH_SIZE) queue.push(files.slice(index, index + BATCH_SIZE));
  const helpers = script ? threadCount(settings, files) - 1 : 0;
  const outcomes: FileOutcome[] = [];
  const helpersDone = Array.from({ length: helpers }, () => runHelper(script!, settings, queue, outcomes));
  await reviewOnMainThread(settings, queue, outcomes);
  await Promise.all(helpersDone);
  // A helper that died after the main thread ran out of work handed its remaining files back.
  await reviewOnMainThread(settings, queue, outcomes);
  return outcomes;
}

async function reviewOnMainThread(settings: ReviewSettings, queue: CandidateFile[][], outcomes: FileOutcome[]): Promise<void> {
  const settingsFor = ruleSettingsResolver(settings);
  for (let batch = queue.shift(); batch; batch = queue.shift()) {
    for (const candidate of batch) outcomes.push(await reviewFile(candidate, settingsFor(candidate.file), settings));
    // Parsing is synchronous: yield to the event loop so helper threads asking for work are answered.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Never rejects: whatever happens to the thread, its files are reviewed elsewhere or skipped with the reason. */
function runHelper(script: string, settings: ReviewSettings, queue: CandidateFile[][], outcomes: FileOutcome[]): Promise<void> {
  const setup: WorkerSetup = {
    rules: settings.rules,
    overrides: settings.overrides,
    maxFileSize: settings.maxFileSize,
    peerSuppressions: settings.peerSuppressions,
  };
  return new Promise((resolve) => {
    /** Files sent and not yet answered, in the order the helper reviews them: the first is the one in its hands. */
    const inFlight: CandidateFile[] = [];
    let failure: string | undefined;
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: setup });
    } catch {
      resolve();
      return;
    }
    const feed = () => {
      const batch = queue.shift() ?? [];
      inFlight.push(...batch);
      worker.postMessage(batch);
    };
    worker.on('message', (response: WorkerResponse) => {
      inFlight.shift();
      outcomes.push(response.outcome);
      if (response.lastOfBatch) feed();
    });
    worker.on('error', (error) => {
      // A thrown error crosses the thread boundary as its message, sometimes prefixed with its class name.
      failure = (error instanceof Error ? error.message : String(error)).replace(/^\w*Error: /, '');
    });
    worker.on('exit', (code) => {
      const [current, ...rest] = inFlight;
      if (current) {
        const why = failure ?? `exit code ${code}`;
        outcomes.push({ file: current.file, findings: [], skipped: { file: current.file, reason: 'review-failed', detail: `the helper thread reviewing it stopped: ${why.split('\n', 1)[0]}` }, bytes: 0 });
        for (let index = 0; index < rest.length; index += BATCH_SIZE) queue.push(rest.slice(index, index + BATCH_SIZE));
      }
      resolve();
    });
    // Two batches in flight: the main thread answers only between its own batches, and the helper should not idle.
    feed();
    feed();
  });
}
