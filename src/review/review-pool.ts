import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config } from '../core/config.js';
import type { CandidateFile } from './files/collect-files.js';
import { reviewFile, type FileOutcome } from './review-file.js';
import type { WorkerResponse, WorkerSetup } from './review-worker.js';
import { ruleSettingsResolver } from './rule-settings.js';

/** Below this many files a worker's start-up (loading the parsers again) costs more than it saves. */
const MIN_FILES_PER_WORKER = 40;
/** Small batches keep both cores busy to the end when file sizes vary a lot. */
const BATCH_SIZE = 8;

type ReviewSettings = Pick<Config, 'rules' | 'overrides' | 'maxFileSize' | 'workers'>;

/** The bundled worker sits beside the chunk that runs this code; from the TypeScript sources there is none. */
function workerScript(): string | undefined {
  const script = fileURLToPath(new URL('./review-worker.js', import.meta.url));
  return existsSync(script) ? script : undefined;
}

export function workerCount(settings: ReviewSettings, fileCount: number): number {
  const wanted = settings.workers === 'auto' ? availableParallelism() : settings.workers;
  const useful = Math.floor(fileCount / MIN_FILES_PER_WORKER);
  return Math.max(1, Math.min(wanted, settings.workers === 'auto' ? useful : wanted));
}

/** Reviews the files on every core the settings allow, in-process when one thread is enough. */
export async function reviewFiles(files: readonly CandidateFile[], settings: ReviewSettings): Promise<FileOutcome[]> {
  const count = workerCount(settings, files.length);
  const script = workerScript();
  if (count <= 1 || !script) return reviewInProcess(files, settings);
  return reviewInWorkers(files, settings, count, script);
}

async function reviewInProcess(files: readonly CandidateFile[], settings: ReviewSettings): Promise<FileOutcome[]> {
  const settingsFor = ruleSettingsResolver(settings);
  const outcomes: FileOutcome[] = [];
  for (const candidate of files) outcomes.push(await reviewFile(candidate, settingsFor(candidate.file), settings.maxFileSize));
  return outcomes;
}

function reviewInWorkers(
  files: readonly CandidateFile[],
  settings: ReviewSettings,
  count: number,
  script: string,
): Promise<FileOutcome[]> {
  const setup: WorkerSetup = { rules: settings.rules, overrides: settings.overrides, maxFileSize: settings.maxFileSize };
  const batches: CandidateFile[][] = [];
  for (let index = 0; index < files.length; index += BATCH_SIZE) batches.push(files.slice(index, index + BATCH_SIZE));
  const outcomes: FileOutcome[] = [];
  return new Promise((resolve, reject) => {
    let running = count;
    const workers: Worker[] = [];
    const fail = (error: Error) => {
      for (const worker of workers) void worker.terminate();
      reject(error);
    };
    for (let index = 0; index < count; index++) {
      const worker = new Worker(script, { workerData: setup });
      workers.push(worker);
      const feed = () => worker.postMessage(batches.shift() ?? []);
      worker.on('message', (response: WorkerResponse) => {
        if ('error' in response) return fail(new Error(`review worker failed: ${response.error}`));
        outcomes.push(...response.outcomes);
        feed();
      });
      worker.on('error', fail);
      worker.on('exit', () => {
        running -= 1;
        if (running === 0) resolve(outcomes);
      });
      feed();
    }
  });
}
