/**
 * The environment of a program a suite spawns (the bundle, the packed CLI, the action): the variables the test
 * names, as a runner would give them, and nothing else of the test's own, plus GLIBC_TUNABLES when the run has it.
 * `npm run jest` sets that to put glibc's malloc on transparent huge pages (docs/architecture.md, "Tests"). It
 * changes how memory is backed, not what the program does, and the bundle on Node 24 gains most from it: an audit of
 * 100,000 generated rows took 5.2 s of CPU with it and 8.5 s without (V8's optimising tier for PGlite's wasm
 * compiles in memory that malloc hands out and takes back).
 */
export function spawnEnv(variables: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const tunables = process.env.GLIBC_TUNABLES;
  return tunables === undefined ? variables : { ...variables, GLIBC_TUNABLES: tunables };
}
