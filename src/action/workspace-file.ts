import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * A reader of the checked-out files for the review's suggestion blocks: a repository-relative path read under
 * `root`, or undefined when it cannot be read or leads out of it (a path in a report may be anyone's).
 */
export function workspaceFile(root: string): (file: string) => string | undefined {
  return (file) => {
    try {
      const base = realpathSync(root);
      const full = realpathSync(path.resolve(base, file));
      if (full !== base && !full.startsWith(`${base}${path.sep}`)) return undefined;
      return readFileSync(full, 'utf8');
    } catch {
      return undefined;
    }
  };
}
