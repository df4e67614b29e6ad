import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function build(out: string): void {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--outdir', out], { cwd: root, stdio: 'pipe' });
}

/**
 * A fresh build of the working tree's sources (DIR/dist and DIR/schema; the committed dist/ is left alone), made
 * once per jest run: a build costs about 10 seconds of CPU, and every suite that needs one needs the same one.
 * The first caller takes a lock (mkdir is atomic across workers) and builds; the others wait for its "done" or
 * "failed" marker. Callers must not write into the returned folder; they copy what they change.
 */
export async function sharedBuild(): Promise<string> {
  const base = process.env.PREDATOR_GUARD_SHARED_BUILD;
  if (!base) {
    // Not under this repository's jest config (no globalSetup): build privately.
    const out = mkdtempSync(path.join(tmpdir(), 'predator-guard-build-'));
    build(out);
    return out;
  }
  const out = path.join(base, 'build');
  const done = path.join(base, 'done');
  const failed = path.join(base, 'failed');
  let builder = false;
  try {
    mkdirSync(path.join(base, 'lock'));
    builder = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (builder) {
    try {
      build(out);
      writeFileSync(done, '');
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
      writeFileSync(failed, stderr);
      throw error;
    }
    return out;
  }
  for (;;) {
    if (existsSync(done)) return out;
    if (existsSync(failed)) throw new Error(`the shared build failed in another suite:\n${readFileSync(failed, 'utf8')}`);
    await sleep(500);
  }
}
