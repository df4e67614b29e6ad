import { writeCommentSections } from '../../src/action/pr-comment.js';
import type { AnalyzerName, Finding } from '../../src/core/finding.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { parseCommentSections } from '../../src/render/comment/comment-sections.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { completedRun } from '../helpers/run-stats.js';
import { finding, reportOf } from '../render/sample-report.js';

/**
 * Runs that write the pull request's comment at the same time, with the real publishing code (the same function the
 * action calls) against the loopback GitHub, every request held a seeded random time on the way in and out. Pushes
 * move the head while runs are in flight, so results arrive out of order. Whatever the interleaving, the comment
 * must end as one comment holding, for every section, the result about the newest commit any run of it reported.
 */

const OWNER = 'octo';
const REPO = 'shop';
const RUNS = 10;
/**
 * 30 by default: each batch of ten meets both races many times over (the last test holds that). COMMENT_SEEDS=100
 * (or more) runs a deeper search after a change to the comment's write path.
 */
const SEEDS = Number(process.env.COMMENT_SEEDS ?? 30);
const HEADS = Array.from({ length: 5 }, (_, index) => `${String(index + 1).repeat(7)}${'c'.repeat(33)}`);
const SECTIONS: { analyzer: AnalyzerName; section?: string }[] = [{ analyzer: 'review' }, { analyzer: 'review', section: 'blue' }, { analyzer: 'rollout' }];

/** mulberry32: a small seeded generator, so a failing interleaving can be replayed by its seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface PlannedRun {
  head: number;
  startMs: number;
  analyzer: AnalyzerName;
  section?: string;
  findings: Finding[];
}

function plan(random: () => number): { pushesMs: number[]; runs: PlannedRun[] } {
  const pushesMs = HEADS.map((_, index) => index * 25);
  const runs = Array.from({ length: RUNS }, (): PlannedRun => {
    const head = Math.floor(random() * HEADS.length);
    const { analyzer, section } = SECTIONS[Math.floor(random() * SECTIONS.length)];
    // Runs of one section on one commit report the same findings, as re-runs do.
    const count = (head + SECTIONS.findIndex((candidate) => candidate.analyzer === analyzer && candidate.section === section)) % 4;
    const findings = Array.from({ length: count }, (_, index) =>
      finding({ analyzer, rule: 'bare-except', category: 'antipattern', message: `Finding ${index} of ${HEADS[head].slice(0, 7)}.`, file: 'a.py', line: index + 1 }),
    );
    return { head, startMs: pushesMs[head] + random() * 90, analyzer, section, findings };
  });
  return { pushesMs, runs };
}

let server: GitHubApiServer;
let latency: () => number = () => 0;

beforeAll(async () => {
  server = await startGitHubApiServer({ latency: () => latency() });
  // The server compiles each operation's schemas on first use; one run first keeps that out of the timings.
  server.addPullRequest(OWNER, REPO, 1);
  const octokit = createGitHubClient({ token: server.token, apiUrl: server.url, log: { info: () => {}, warning: () => {} }, retryAfterBaseValue: 1, spaceWrites: false });
  const report = reportOf([], { runs: [completedRun('review')] });
  const warmUp = { owner: OWNER, repo: REPO, pullNumber: 1, tag: 'predator-guard', report, log: { info: () => {}, warning: () => {} } };
  await writeCommentSections(octokit, { ...warmUp, headSha: HEADS[0] });
  await writeCommentSections(octokit, { ...warmUp, headSha: HEADS[1], section: 'warm' });
});

afterAll(async () => {
  await server.close();
});

/**
 * One seeded interleaving: its pushes and runs on a pull request of its own, then the check of the comment it left.
 * Returns what went wrong (nothing, when it converged) and how often the runs met each other: a copy merged into
 * the earliest comment, or sections written again after a read-back lacked them.
 */
async function interleaving(seed: number): Promise<{ failures: string[]; merged: number; rewritten: number }> {
  const failures: string[] = [];
  const random = seeded(seed);
  const pullNumber = 100 + seed;
  server.addPullRequest(OWNER, REPO, pullNumber);
  const { pushesMs, runs } = plan(random);
  const pushes = pushesMs.map(async (at, index) => {
    await sleep(at);
    server.pushToPullRequest(OWNER, REPO, pullNumber, HEADS[index]);
  });
  const logs: string[] = [];
  let merged = 0;
  let rewritten = 0;
  const info = (line: string) => {
    if (line.includes('merged into it and deleted the copy')) merged += 1;
    if (line.includes("writing this run's sections again")) rewritten += 1;
  };
  const written = runs.map(async (run, index) => {
    await sleep(run.startMs);
    const octokit = createGitHubClient({ token: server.token, apiUrl: server.url, log: { info: () => {}, warning: (line) => logs.push(line) }, retryAfterBaseValue: 1, spaceWrites: false });
    return writeCommentSections(octokit, {
      owner: OWNER,
      repo: REPO,
      pullNumber,
      headSha: HEADS[run.head],
      tag: 'predator-guard',
      section: run.section,
      report: reportOf(run.findings, { runs: [completedRun(run.analyzer)] }),
      log: { info, warning: (line) => logs.push(`run ${index}: ${line}`) },
      random: seeded(seed * 1000 + index),
    });
  });
  await Promise.all([...pushes, ...written]);

  const comments = server.comments(OWNER, REPO, pullNumber);
  if (comments.length !== 1) return { failures: [`seed ${seed}: ${comments.length} comments`], merged, rewritten };
  const sections = parseCommentSections(comments[0].body);
  const ids = new Set(runs.map((run) => (run.section === undefined ? run.analyzer : `${run.analyzer}:${run.section}`)));
  for (const id of ids) {
    const ofId = runs.filter((run) => (run.section === undefined ? run.analyzer : `${run.analyzer}:${run.section}`) === id);
    const newest = Math.max(...ofId.map((run) => run.head));
    const expectedCounts = ofId.filter((run) => run.head === newest).map((run) => run.findings.length);
    const found = sections.find((section) => section.id === id);
    if (found === undefined) failures.push(`seed ${seed}: section ${id} missing`);
    else if (found.headSha !== HEADS[newest]) failures.push(`seed ${seed}: section ${id} is about ${found.headSha.slice(0, 7)}, not the newest ${HEADS[newest].slice(0, 7)}`);
    else if (!expectedCounts.includes(found.counts.warning)) failures.push(`seed ${seed}: section ${id} has ${found.counts.warning} findings, no run of that head reported that`);
  }
  if (sections.length !== ids.size) failures.push(`seed ${seed}: ${sections.length} sections for ${ids.size} ids`);
  if (logs.length > 0) failures.push(`seed ${seed}: ${logs.join(' | ')}`);
  return { failures, merged, rewritten };
}

/**
 * Ten seeds per test, so a slow machine meets a per-test timeout rather than one for all of them. Five seeds run at
 * a time, each on its own pull request: a run spends its time waiting (held requests, the pause before each
 * read-back), not computing, so five at once take little longer than one, and the runs of one seed still race each
 * other as before (the last test checks that they did).
 */
const BATCHES = Array.from({ length: Math.ceil(SEEDS / 10) }, (_, index) => [index * 10 + 1, Math.min(SEEDS, index * 10 + 10)] as const);
const met = { merged: 0, rewritten: 0 };
const AT_ONCE = 5;

describe(`the comment under concurrent and out-of-order runs: ${SEEDS} seeded interleavings of ${RUNS} runs`, () => {
  it.each(BATCHES)("converges to every section's newest result, seeds %i to %i", async (first, last) => {
    // The held time of each request, from one generator per batch (the seeds' own draws plan their runs).
    const hold = seeded(first * 7919);
    latency = () => hold() * 4;
    const results = [];
    for (let wave = first; wave <= last; wave += AT_ONCE) {
      results.push(...(await Promise.all(Array.from({ length: Math.min(AT_ONCE, last - wave + 1) }, (_, index) => interleaving(wave + index)))));
    }
    for (const result of results) {
      met.merged += result.merged;
      met.rewritten += result.rewritten;
    }
    expect(results.flatMap((result) => result.failures)).toEqual([]);
    expect(server.violations).toEqual([]);
  }, 180_000);

  it('met the races it is about: runs that both created the comment, and writes lost to another run and made again', () => {
    // Without these the interleavings would only prove runs taking turns; every batch of ten meets both.
    expect(met.merged).toBeGreaterThanOrEqual(BATCHES.length);
    expect(met.rewritten).toBeGreaterThanOrEqual(BATCHES.length);
  });
});
