import { isMainThread, resourceLimits } from 'node:worker_threads';

/** V8's default stack on the main thread, in KB, unless node was started with `--stack-size`. */
const V8_DEFAULT_STACK_KB = 984;

/**
 * A parser or a walk that recursed too deep throws a RangeError; nothing else a review does throws one with this
 * message, so it is told apart from a bug (which should still surface as one).
 */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack size exceeded/i.test(error.message);
}

/** The stack the current thread has, as a user would write it: `984 KB (main thread)`, `4 MB (helper thread)`. */
export function callStackLimit(): string {
  if (!isMainThread) return `${resourceLimits.stackSizeMb ?? 4} MB (helper thread)`;
  const flag = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].find((arg) => arg.startsWith('--stack-size='));
  const kb = flag ? Number(flag.slice('--stack-size='.length)) : V8_DEFAULT_STACK_KB;
  return `${Number.isFinite(kb) ? kb : V8_DEFAULT_STACK_KB} KB (main thread)`;
}
