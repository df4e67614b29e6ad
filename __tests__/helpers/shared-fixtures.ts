import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A folder of ../shared/fixtures (the corpora beside the repository, read in place, never copied into it). A fresh
 * clone has no ../shared: there a test that needs it is skipped with the reason printed, since a silent skip looks
 * like a pass; under CI=true it fails instead, so CI cannot pass without the corpora.
 */
export function sharedFixtures(relative: string): { directory: string; available: boolean } {
  const directory = path.resolve(root, '..', 'shared', 'fixtures', relative);
  return { directory, available: existsSync(directory) };
}

/** `it` when the shared folder is there; otherwise a skip with the reason printed, or a failure under CI. */
export function itWithShared(relative: string, name: string, body: (directory: string) => void | Promise<void>, timeout?: number): void {
  const { directory, available } = sharedFixtures(relative);
  if (available) {
    it(name, async () => body(directory), timeout);
  } else if (process.env.CI === 'true') {
    it(`${name} (needs ${directory})`, () => {
      throw new Error(`${directory} is missing; under CI=true a test that reads ../shared fails instead of skipping. Check out the shared fixtures beside the repository.`);
    });
  } else {
    console.warn(`SKIPPED “${name}”: ${directory} does not exist (a clone without ../shared); under CI=true this fails.`);
    it.skip(`${name} — SKIPPED: ${directory} does not exist`, () => undefined);
  }
}
