import { fileURLToPath } from 'node:url';
import { filesUnder } from './files-under.js';

/**
 * Loads every rule spec under `folderUrl` into the calling suite, whose `describe` blocks they add at import.
 *
 * Why one suite per analyzer and not one per rule: Jest gives every suite a fresh module registry, so each of a
 * hundred and more rule suites loaded its analyzer again (the SQL parser's WebAssembly, the YAML reader, the rule
 * set) for a few cases that run in milliseconds; that loading was a third of `npm run test:unit`. The specs stay one
 * file per rule; run one rule's cases with `npx jest <analyzer>-rules -t <rule-id>`.
 */
export async function loadRuleSpecs(folderUrl: URL): Promise<void> {
  const files = filesUnder(fileURLToPath(folderUrl), /\.spec\.ts$/);
  if (files.length === 0) throw new Error(`no *.spec.ts rule specs under ${fileURLToPath(folderUrl)}`);
  for (const file of files) await import(file);
}
