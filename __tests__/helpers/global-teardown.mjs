import { rmSync } from 'node:fs';

/** Removes the shared build folder, unless the caller supplied one (then it is theirs to keep). */
export default function globalTeardown() {
  if (process.env.PREDATOR_GUARD_SHARED_BUILD_OWNED !== '1' || !process.env.PREDATOR_GUARD_SHARED_BUILD) return;
  rmSync(process.env.PREDATOR_GUARD_SHARED_BUILD, { recursive: true, force: true });
}
