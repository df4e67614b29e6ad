import type { Config } from '../core/config.js';
import type { CandidateFile } from './files/collect-files.js';
import { type FileOutcome } from './review-file.js';
type ReviewSettings = Pick<Config, 'rules' | 'overrides' | 'maxFileSize' | 'workers'>;
export declare function workerCount(settings: ReviewSettings, fileCount: number): number;
/** Reviews the files on every core the settings allow, in-process when one thread is enough. */
export declare function reviewFiles(files: readonly CandidateFile[], settings: ReviewSettings): Promise<FileOutcome[]>;
export {};
