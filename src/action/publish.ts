import * as core from '@actions/core';
import type { Report } from '../core/report.js';
import { redactDeep } from '../core/secrets.js';
import { renderAnnotations, type RenderedAnnotations } from '../render/annotations.js';
import { renderJobSummary } from '../render/job-summary.js';
import { renderCheckRun } from '../render/check-run.js';
import { rulesDocsBase } from '../render/comment/rule-docs-link.js';
import { ANALYZERS, type Finding } from '../core/finding.js';
import { sectionId } from '../render/comment/comment-sections.js';
import { planReviewComments, REVIEW_COMMENT_CAP, threadsToResolve, type ReviewPlan } from '../render/review-comments/review-comments.js';
import { parseReviewMarker, type ReviewMarker } from '../render/review-comments/review-marker.js';
import { postReview } from '../github/pull-request-review.js';
import { ourReviewThreads, resolveThreads, type OurReviewThread } from '../github/review-threads.js';
import { workspaceFile } from './workspace-file.js';
import { publishCheckRun } from '../github/check-run.js';
import type { GitHubClient, GitHubLog } from '../github/octokit.js';
import type { AnalysisTarget } from './event-target.js';
import { writeCommentSections } from './pr-comment.js';
import type { GitHubContext } from './github-context.js';
import type { ActionSettings } from './inputs.js';
import { writeReportFile, writeSarifFile } from './write-files.js';

type Target = Exclude<AnalysisTarget, { kind: 'unsupported' }>;

/** Everything a channel needs to publish one run's report. */
export interface Publication {
  report: Report;
  settings: ActionSettings;
  context: GitHubContext;
  target: Target;
  octokit: GitHubClient | undefined;
  log: GitHubLog;
}

/**
 * Every channel gets the same report. A channel GitHub refuses (a fork's read-only token) is a warning, never a
 * failure: the summary, the annotations, the outputs and the gate still carry the findings.
 */
export async function publish(unredacted: Publication): Promise<void> {
  // The one redaction step, again here: a saved report never went through analyze().
  const publication = { ...unredacted, report: redactDeep(unredacted.report) };
  const { report, settings, context, target, octokit } = publication;
  setCountOutputs(report);
  core.setOutput('report-file', writeReportFile(report, context.runnerTemp));
  if (settings.sarifFile) core.setOutput('sarif-file', writeSarifFile(report, settings.sarifFile, settings.config.root));
  const linkBase = `${context.serverUrl}/${context.owner}/${context.repo}/blob/${target.headSha}/`;
  const annotations = settings.annotations ? await annotate(publication) : undefined;
  if (context.stepSummaryFile) {
    await core.summary.addRaw(renderJobSummary(report, { linkBase, omittedAnnotations: annotations?.omitted })).write();
  }
  const pullRequest = target.kind === 'pull-request' && octokit ? { target, octokit } : undefined;
  // The review is planned first: the sticky comment counts the findings the per-run cap leaves out of it.
  const review = settings.reviewComments && pullRequest ? await planReview(publication, pullRequest.target, pullRequest.octokit) : undefined;
  if (settings.comment && pullRequest) await comment(publication, pullRequest.target, pullRequest.octokit, linkBase, review?.plan.overCap);
  if (review && pullRequest) await postAndResolve(publication, pullRequest.target, pullRequest.octokit, review);
}

interface PlannedReview {
  plan: ReviewPlan;
  /** Our earlier inline comments' threads; undefined when GitHub did not list them. */
  threads: OurReviewThread<ReviewMarker>[] | undefined;
}

/**
 * Which findings on changed lines get an inline comment this run: not those an earlier run's thread is about
 * (resolved by a reviewer or not: a dismissed finding is not raised again), at most REVIEW_COMMENT_CAP.
 */
async function planReview({ report, settings, context, log }: Publication, target: Extract<Target, { kind: 'pull-request' }>, octokit: GitHubClient): Promise<PlannedReview> {
  const threads = await ourReviewThreads(octokit, { owner: context.owner, repo: context.repo, pullNumber: target.pullNumber, markerOf: parseReviewMarker, log });
  // Suggestion blocks rewrite lines of the files the findings were made from: the checkout, or the pull request's
  // files fetched as data (pull_request_target). A saved report's files are not here, so it gets no suggestions.
  const source = settings.reportFile === undefined ? workspaceFile(target.root ?? settings.config.root) : () => undefined;
  const plan = planReviewComments(report.findings, target.changes, source, {
    docsBase: rulesDocsBase(context.serverUrl, context.actionRepository, context.actionRef),
    section: settings.section,
    posted: new Set((threads ?? []).map((thread) => thread.marker.key)),
  });
  return { plan, threads };
}

/** The new inline comments as one review, then the threads of findings that are gone resolved. */
async function postAndResolve({ report, settings, context, log }: Publication, target: Extract<Target, { kind: 'pull-request' }>, octokit: GitHubClient, { plan, threads }: PlannedReview): Promise<void> {
  const result = await postReview(octokit, { owner: context.owner, repo: context.repo, pullNumber: target.pullNumber, headSha: target.headSha, comments: plan.comments, log });
  if (result.action === 'posted') core.info(`predator-guard: ${result.comments} inline review comments posted (${result.url}).`);
  if (plan.alreadyPosted.length > 0) core.info(`predator-guard: ${plan.alreadyPosted.length} findings on changed lines already have an inline comment from an earlier run.`);
  if (plan.overCap.length > 0) core.info(`predator-guard: ${plan.overCap.length} more findings on changed lines are in the PR comment only (at most ${REVIEW_COMMENT_CAP} inline comments per run).`);
  // A token that may not review may not resolve either: nothing more to try.
  if (result.action === 'forbidden' || threads === undefined) return;
  const ran = new Set(ANALYZERS.filter((analyzer) => report.runs.some((run) => run.analyzer === analyzer)).map((analyzer) => sectionId(analyzer, settings.section)));
  const stale = threadsToResolve(threads, report.findings, ran);
  if (stale.length === 0) return;
  const resolved = await resolveThreads(octokit, stale.map((thread) => thread.id), log);
  core.info(`predator-guard: ${resolved} review threads of fixed findings resolved.`);
}

function setCountOutputs(report: Report): void {
  const { error, warning, notice } = report.gate.counts;
  core.setOutput('passed', String(report.gate.passed));
  core.setOutput('findings', String(report.findings.length));
  core.setOutput('errors', String(error));
  core.setOutput('warnings', String(warning));
  core.setOutput('notices', String(notice));
}

/** A check run carries every annotation; without one (or when it is refused) workflow commands carry the first ten of each level. */
async function annotate({ report, settings, context, target, octokit, log }: Publication): Promise<RenderedAnnotations> {
  if (settings.checkRun && octokit) {
    const result = await publishCheckRun(octokit, { owner: context.owner, repo: context.repo, name: 'predator-guard', headSha: target.headSha, ...renderCheckRun(report), log });
    if (result.action === 'created') return { commands: [], omitted: { error: 0, warning: 0, notice: 0 } };
  }
  const rendered = renderAnnotations(report);
  for (const command of rendered.commands) process.stdout.write(`${command}\n`);
  return rendered;
}

/** The pull request's comment, from this run's report (action/pr-comment.ts). */
async function comment(
  { report, settings, context, log }: Publication,
  target: Extract<Target, { kind: 'pull-request' }>,
  octokit: GitHubClient,
  linkBase: string,
  overCap: readonly Finding[] | undefined,
): Promise<void> {
  const summaryUrl = context.runId ? `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}` : undefined;
  const result = await writeCommentSections(octokit, {
    owner: context.owner,
    repo: context.repo,
    pullNumber: target.pullNumber,
    headSha: target.headSha,
    tag: settings.commentTag,
    section: settings.section,
    report,
    linkBase,
    docsBase: rulesDocsBase(context.serverUrl, context.actionRepository, context.actionRef),
    summaryUrl,
    ...(overCap === undefined ? {} : { inlineOverCap: { findings: overCap, cap: REVIEW_COMMENT_CAP } }),
    log,
  });
  if (result !== undefined && result.action !== 'forbidden') core.setOutput('comment-url', result.url);
}
