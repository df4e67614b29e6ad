import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Gives the run one scratch folder for the bundle build that several suites need (the release check, the package
 * test). Nothing is built here: the first suite that asks builds, the others wait for it (helpers/shared-build.ts),
 * so a run that selects none of them pays nothing. Workers inherit the variable because they start after this.
 */
export default function globalSetup() {
  if (process.env.PREDATOR_GUARD_SHARED_BUILD) return;
  process.env.PREDATOR_GUARD_SHARED_BUILD = mkdtempSync(path.join(tmpdir(), 'predator-guard-shared-build-'));
  process.env.PREDATOR_GUARD_SHARED_BUILD_OWNED = '1';
}
