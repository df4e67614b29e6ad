import { readFileSync, statSync, type Stats } from 'node:fs';
import type { SkipReason } from './collect-files.js';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: SkipReason; detail: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** Git's heuristic: a NUL byte in the first 8000 bytes means binary. */
const BINARY_PROBE_BYTES = 8000;

/**
 * Reads a source file for review, or says why it cannot be reviewed. The size is checked before reading so a
 * huge generated file costs one stat. A BOM is dropped (TextDecoder does it) so columns start at 1 on line 1.
 */
export function readSource(absolute: string, maxFileSize: number): ReadResult {
  let bytes: Buffer;
  try {
    const stats = statSync(absolute);
    const size = stats.size;
    // A FIFO would block the read until something writes to it; a device may never end.
    if (!stats.isFile()) return { ok: false, reason: 'not-a-regular-file', detail: fileKind(stats) };
    if (size > maxFileSize) {
      return { ok: false, reason: 'too-large', detail: `${size} bytes, over the limit of ${maxFileSize} (max-file-size)` };
    }
    bytes = readFileSync(absolute);
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  const probe = bytes.subarray(0, BINARY_PROBE_BYTES);
  if (probe.includes(0)) return { ok: false, reason: 'binary', detail: 'contains NUL bytes' };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not-utf8', detail: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}` };
  }
}

/** Finds where decoding fails, so the message can point at it. */
function firstInvalidUtf8(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return Math.max(0, low - 1);
}

/** What a path that is not a regular file is, in the words `ls -l` users know. */
export function fileKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isDirectory()) return 'a directory';
  return 'not a regular file';
}
