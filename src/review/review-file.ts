import type { Finding } from '../core/finding.js';
import type { CandidateFile, SkippedFile } from './files/collect-files.js';
import { readSource } from './files/read-source.js';
import type { RuleSettings } from '../core/rules/settings.js';
import { reviewSource } from './review-source.js';

export interface FileOutcome {
  file: string;
  findings: Finding[];
  skipped?: SkippedFile;
  bytes: number;
}

/** Reads and reviews one file; a file that cannot be read is reported as skipped with its reason, never thrown. */
export async function reviewFile(candidate: CandidateFile, rules: RuleSettings, maxFileSize: number): Promise<FileOutcome> {
  const read = readSource(candidate.absolute, maxFileSize);
  if (!read.ok) {
    return { file: candidate.file, findings: [], skipped: { file: candidate.file, reason: read.reason, detail: read.detail }, bytes: 0 };
  }
  const findings = await reviewSource({ file: candidate.file, text: read.text, language: candidate.language, rules });
  return { file: candidate.file, findings, bytes: candidate.size };
}
