import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Gives the run one scratch folder for the bundle build that several suites need (the release check, the package
 * test). Nothing is built here: the first suite that asks builds, the others wait for it (helpers/shared-build.ts),
 * so a run that selects none of them pays nothing. Workers inherit the variables because they start after this.
 * The same folder holds GitHub's OpenAPI paths without their indentation, saved by the first suite that starts the
 * test GitHub (helpers/github-api/openapi.ts).
 *
 * And one PGlite data-directory cache for the run (PREDATOR_GUARD_CACHE_DIR), so no suite writes to the user's
 * ~/.cache and the suites that start PGlite share one fresh initdb instead of each making its own: the first to
 * start PGlite saves the data directory (under a temporary name, then renamed, so suites side by side never read
 * half a file), the others start from it. Suites about the cache itself set their own empty folder.
 *
 * And one folder of PostgreSQL data-directory templates (PREDATOR_GUARD_PG_TEMPLATES): initdb costs about a second
 * of CPU per cluster, so the first suite that starts a cluster of a version initdbs it once into this folder (under a
 * temporary name, then renamed) and every cluster of the run copies it (helpers/test-postgres.ts). As root the
 * servers run as the `postgres` OS user, who makes and copies the templates, so it must be able to enter the folder.
 */
export default function globalSetup() {
  if (!process.env.PREDATOR_GUARD_PG_TEMPLATES) {
    process.env.PREDATOR_GUARD_PG_TEMPLATES = mkdtempSync(path.join(tmpdir(), 'predator-guard-pg-templates-'));
    process.env.PREDATOR_GUARD_PG_TEMPLATES_OWNED = '1';
    if (process.getuid?.() === 0) chmodSync(process.env.PREDATOR_GUARD_PG_TEMPLATES, 0o755);
  }
  if (!process.env.PREDATOR_GUARD_CACHE_DIR) {
    process.env.PREDATOR_GUARD_CACHE_DIR = mkdtempSync(path.join(tmpdir(), 'predator-guard-test-cache-'));
    process.env.PREDATOR_GUARD_CACHE_DIR_OWNED = '1';
  }
  if (process.env.PREDATOR_GUARD_SHARED_BUILD) return;
  process.env.PREDATOR_GUARD_SHARED_BUILD = mkdtempSync(path.join(tmpdir(), 'predator-guard-shared-build-'));
  process.env.PREDATOR_GUARD_SHARED_BUILD_OWNED = '1';
}
