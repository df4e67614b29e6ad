import type { Config } from '../core/config/config.js';
import type { CandidateFile } from './files/collect-files.js';
import { type FileOutcome } from './review-file.js';
type ReviewSettings = Pick<Config, 'rules' | 'overrides' | 'maxFileSize' | 'workers'>;
/** Threads reviewing, the main one included: `workers: N` asks for N, `auto` for every core the work can use. */
export declare function threadCount(settings: Pick<Config, 'workers'>, files: readonly CandidateFile[]): number;
/**
 * Reviews the files on the main thread and, when the work is large enough, on helper threads too. All of them take
 * batches from one queue. Results come back in any order; the report sorts them.
 */
export declare function reviewFiles(files: readonly CandidateFile[], settings: ReviewSettings): Promise<FileOutcome[]>;
export {};
