import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throwaway directory tree; entries map relative paths to contents (a string, bytes, or a symlink target). */
export type TreeEntry = string | Uint8Array | { symlink: string };

export function makeTree(entries: Record<string, TreeEntry>): { root: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'predator-guard-'));
  for (const [relative, content] of Object.entries(entries)) {
    const absolute = path.join(root, relative);
    mkdirSync(path.dirname(absolute), { recursive: true });
    if (typeof content === 'object' && 'symlink' in content) symlinkSync(content.symlink, absolute);
    else writeFileSync(absolute, content);
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
