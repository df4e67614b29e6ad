import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMMANDS, OPTIONS, type Command } from '../../src/cli/args.js';
import { commandHelp, FLAG_HELP, flagsOf } from '../../src/cli/help.js';
import { runCli } from '../../src/cli/main.js';

const sample = fileURLToPath(new URL('../fixtures/sample-project', import.meta.url));

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd: sample, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), colorByDefault: false });
  return { code, stdout, stderr };
}

describe('each command’s help', () => {
  it('documents every flag the parser accepts, and only those (--help and --version are global)', () => {
    expect(Object.keys(FLAG_HELP).sort()).toEqual(Object.keys(OPTIONS).filter((flag) => flag !== 'help' && flag !== 'version').sort());
  });

  it.each(COMMANDS.map((command) => [command]))('of %s lists every flag that applies to it, and no other', (command: Command) => {
    const help = commandHelp(command);
    const listed = [...help.matchAll(/^ {2}(?:-\w, )?(?: {4})?--([a-z-]+)/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual([...flagsOf(command), 'help'].sort());
  });

  it.each(COMMANDS.map((command) => [command]))('of %s has its usage, its options and two examples', (command: Command) => {
    const help = commandHelp(command);
    expect(help).toMatch(new RegExp(`^predator-guard ${command} — .+\\n\\nUsage:\\n {2}predator-guard ${command}`));
    const examples = help.slice(help.indexOf('Examples:\n'), help.indexOf('\nExit codes:'));
    expect(examples.match(/^ {2}predator-guard /gm)).toHaveLength(2);
  });

  it('is printed by `COMMAND --help` and `help COMMAND`, and differs per command', async () => {
    const review = await cli(['review', '--help']);
    expect(review).toEqual({ code: 0, stdout: commandHelp('review'), stderr: '' });
    expect(await cli(['help', 'review'])).toEqual(review);
    expect((await cli(['queries', '--help'])).stdout).toBe(commandHelp('queries'));
    expect(commandHelp('queries')).not.toBe(commandHelp('rollout'));
  });
});

describe('usage errors', () => {
  it('suggest the flag meant, pointing at the command’s help', async () => {
    expect(await cli(['review', '--fail-onn', 'warning'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "predator-guard: Unknown option '--fail-onn'. Did you mean '--fail-on'? Run 'predator-guard review --help' for the options.\n",
    });
    expect((await cli(['queries', '--databse-url', 'postgres://x'])).stderr).toBe(
      "predator-guard: Unknown option '--databse-url'. Did you mean '--database-url'? Run 'predator-guard queries --help' for the options.\n",
    );
  });

  it('suggest the command meant, also after help', async () => {
    expect((await cli(['rollotu'])).stderr).toBe(
      "predator-guard: Unknown command 'rollotu'. Did you mean 'rollout'? Expected one of review, queries, rollout, migrations, check; run 'predator-guard --help'.\n",
    );
    expect((await cli(['help', 'qeuries'])).stderr).toContain("Did you mean 'queries'?");
  });

  it('refuse a flag of another command rather than ignoring it', async () => {
    expect(await cli(['review', '--plan', 'p.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "predator-guard: --plan does not apply to 'review'; it is an option of queries. Run 'predator-guard review --help' for its options.\n",
    });
  });

  it('say a missing path once, with no summary after it', async () => {
    expect(await cli(['review', 'nonexistent'])).toEqual({
      code: 2,
      stdout: "✖ The review analyzer failed: The path 'nonexistent' does not exist. Pass files or directories that exist, relative to the current directory.\n",
      stderr: '',
    });
  });
});

it('prints the version of package.json', async () => {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  expect(await cli(['-v'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
});

it('ends a text report with what was looked at as well as what was found', async () => {
  const { stdout } = await cli(['review', 'app']);
  expect(stdout.trimEnd().split('\n').at(-1)).toBe("⚠ 4 problems (0 errors, 1 warning, 3 notices) · 1 file reviewed — gate passed");
});
