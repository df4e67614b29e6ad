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

/** The reason a file's review threw, in one line: the message, never a stack trace. */
export function reviewFailed(file: string, error: unknown): SkippedFile {
  const message = error instanceof Error ? error.message : String(error);
  return { file, reason: 'review-failed', detail: message.split('\n', 1)[0] };
}

/** Reads and reviews one file; a file that cannot be read is reported as skipped with its reason, never thrown. */
export async function reviewFile(candidate: CandidateFile, rules: RuleSettings, maxFileSize: number): Promise<FileOutcome> {
  const read = readSource(candidate.absolute, maxFileSize);
  if (!read.ok) {
    return { file: candidate.file, findings: [], skipped: { file: candidate.file, reason: read.reason, detail: read.detail }, bytes: 0 };
  }
  try {
    const findings = await reviewSource({ file: candidate.file, text: read.text, language: candidate.language, rules });
    return { file: candidate.file, findings, bytes: candidate.size };
  } catch (error) {
    // One file that breaks the review (a parser bug, a rule's bug) never costs the other files their findings.
    return { file: candidate.file, findings: [], skipped: reviewFailed(candidate.file, error), bytes: 0 };
  }
}
