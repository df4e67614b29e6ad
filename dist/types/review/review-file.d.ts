import type { Finding } from '../core/finding.js';
import type { CandidateFile, SkippedFile } from './files/collect-files.js';
import type { RuleSettings } from '../core/rules/settings.js';
export interface FileOutcome {
    file: string;
    findings: Finding[];
    skipped?: SkippedFile;
    bytes: number;
}
/** Reads and reviews one file; a file that cannot be read is reported as skipped with its reason, never thrown. */
export declare function reviewFile(candidate: CandidateFile, rules: RuleSettings, maxFileSize: number): Promise<FileOutcome>;
