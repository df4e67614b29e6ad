import { createHash } from 'node:crypto';
import type { Finding } from '../../core/finding.js';

/**
 * The last line of every inline review comment: `<!-- predator-guard:finding=<key> section=<section id> -->`. The
 * key names the finding across runs (its fingerprint, which follows the code rather than the line number, so a
 * finding that only moved keeps its thread); the section id (`review`, `migrations:backend`) says which run owns the
 * thread, so a job resolves only threads of the analyzers it ran. Only the body's last line is read: a marker quoted
 * in a message or a suggested line is content, never a marker.
 */
const MARKER_LINE = /^<!-- predator-guard:finding=([0-9a-f]{8,64}) section=([a-z][a-z0-9-]{0,31}(?::[A-Za-z0-9._-]{1,64})?) -->$/;
const FINGERPRINT_FORM = /^[0-9a-f]{8,64}$/;

export interface ReviewMarker {
  key: string;
  section: string;
}

/**
 * The finding's key: its fingerprint, or, for a fingerprint not in the expected form (a saved report is data from
 * the pull request's run), a digest of its path, line, rule and message.
 */
export function findingKey(finding: Finding): string {
  if (FINGERPRINT_FORM.test(finding.fingerprint)) return finding.fingerprint;
  const place = `${finding.file ?? ''}\0${finding.line ?? ''}\0${finding.rule}\0${finding.message}`;
  return createHash('sha256').update(place).digest('hex').slice(0, 32);
}

export function reviewMarker(finding: Finding, section: string): string {
  return `<!-- predator-guard:finding=${findingKey(finding)} section=${section} -->`;
}

/** The marker a comment body ends with, or undefined (GitHub may hand bodies back with CRLF line ends). */
export function parseReviewMarker(body: string): ReviewMarker | undefined {
  const last = body.replace(/\r\n/g, '\n').trimEnd().split('\n').at(-1) ?? '';
  const match = MARKER_LINE.exec(last);
  return match === null ? undefined : { key: match[1], section: match[2] };
}
