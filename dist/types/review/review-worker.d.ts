import type { Config } from '../core/config/config.js';
import type { CandidateFile } from './files/collect-files.js';
import { type FileOutcome } from './review-file.js';
/** What the pool sends: a batch of files to review. An empty batch asks the worker to stop after the ones before it. */
export type WorkerRequest = CandidateFile[];
export type WorkerResponse = {
    outcomes: FileOutcome[];
} | {
    error: string;
};
export interface WorkerSetup {
    rules: Config['rules'];
    overrides: Config['overrides'];
    maxFileSize: number;
}
