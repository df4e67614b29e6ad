import type { Finding } from '../core/finding.js';
import type { CandidateFile, SkippedFile } from './files/collect-files.js';
import { readSource } from './files/read-source.js';
import type { RuleSettings } from '../core/rules/settings.js';
import { reviewSourceOutcome } from './review-source.js';
import type { SuppressedCounts } from '../core/rules/suppressions.js';

export interface FileOutcome {
  file: string;
  findings: Finding[];
  skipped?: SkippedFile;
  bytes: number;
  /** Findings hidden by directives (ours, and peer linters'); absent when none were. */
  suppressed?: SuppressedCounts;
}

/** What a file's review needs besides its rules, the same on every thread. */
export interface FileReviewSettings {
  maxFileSize: number;
  peerSuppressions: boolean;
}

/** The reason a file's review threw, in one line: the message, never a stack trace. */
export function reviewFailed(file: string, error: unknown): SkippedFile {
  const message = error instanceof Error ? error.message : String(error);
  return { file, reason: 'review-failed', detail: message.split('\n', 1)[0] };
}

/** Reads and reviews one file; a file that cannot be read is reported as skipped with its reason, never thrown. */
export async function reviewFile(candidate: CandidateFile, rules: RuleSettings, settings: FileReviewSettings): Promise<FileOutcome> {
  const read = readSource(candidate.absolute, settings.maxFileSize);
  if (!read.ok) {
    return { file: candidate.file, findings: [], skipped: { file: candidate.file, reason: read.reason, detail: read.detail }, bytes: 0 };
  }
  try {
    const { findings, suppressed } = await reviewSourceOutcome({
      file: candidate.file,
      text: read.text,
      language: candidate.language,
      rules,
      peerSuppressions: settings.peerSuppressions,
    });
    const outcome: FileOutcome = { file: candidate.file, findings, bytes: candidate.size };
    if (suppressed.own + suppressed.peer > 0) outcome.suppressed = suppressed;
    return outcome;
  } catch (error) {
    // One file that breaks the review (a parser bug, a rule's bug) never costs the other files their findings.
    return { file: candidate.file, findings: [], skipped: reviewFailed(candidate.file, error), bytes: 0 };
  }
}
