import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `folder` whose name matches `keep`, as absolute paths, depth first and sorted by name at each level. */
export function filesUnder(folder: string, keep: RegExp): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) return filesUnder(file, keep);
      return keep.test(entry.name) ? [file] : [];
    });
}
