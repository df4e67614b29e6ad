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
const SEEDS = Number(process.env.COMMENT_SEEDS ?? 100);
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

/** Ten seeds per test, so a slow machine meets a per-test timeout rather than one for all hundred. */
const BATCHES = Array.from({ length: Math.ceil(SEEDS / 10) }, (_, index) => [index * 10 + 1, Math.min(SEEDS, index * 10 + 10)] as const);

describe(`the comment under concurrent and out-of-order runs: ${SEEDS} seeded interleavings of ${RUNS} runs`, () => {
  it.each(BATCHES)("converges to every section's newest result, seeds %i to %i", async (first, last) => {
    const failures: string[] = [];
    for (let seed = first; seed <= last; seed += 1) {
      const random = seeded(seed);
      latency = () => random() * 4;
      const pullNumber = 100 + seed;
      server.addPullRequest(OWNER, REPO, pullNumber);
      const { pushesMs, runs } = plan(random);
      const pushes = pushesMs.map(async (at, index) => {
        await sleep(at);
        server.pushToPullRequest(OWNER, REPO, pullNumber, HEADS[index]);
      });
      const logs: string[] = [];
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
          log: { info: () => {}, warning: (line) => logs.push(`run ${index}: ${line}`) },
          random: seeded(seed * 1000 + index),
        });
      });
      await Promise.all([...pushes, ...written]);

      const comments = server.comments(OWNER, REPO, pullNumber);
      if (comments.length !== 1) {
        failures.push(`seed ${seed}: ${comments.length} comments`);
        continue;
      }
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
    }
    expect(failures).toEqual([]);
    expect(server.violations).toEqual([]);
  }, 180_000);
});
