import { rmSync } from 'node:fs';

/** Removes the run's shared build folder, PGlite cache and PostgreSQL templates, unless the caller supplied them (then they are theirs to keep). */
export default function globalTeardown() {
  if (process.env.PREDATOR_GUARD_PG_TEMPLATES_OWNED === '1' && process.env.PREDATOR_GUARD_PG_TEMPLATES) {
    rmSync(process.env.PREDATOR_GUARD_PG_TEMPLATES, { recursive: true, force: true });
  }
  if (process.env.PREDATOR_GUARD_CACHE_DIR_OWNED === '1' && process.env.PREDATOR_GUARD_CACHE_DIR) {
    rmSync(process.env.PREDATOR_GUARD_CACHE_DIR, { recursive: true, force: true });
  }
  if (process.env.PREDATOR_GUARD_SHARED_BUILD_OWNED !== '1' || !process.env.PREDATOR_GUARD_SHARED_BUILD) return;
  rmSync(process.env.PREDATOR_GUARD_SHARED_BUILD, { recursive: true, force: true });
}
