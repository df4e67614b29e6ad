import { ANALYZERS, type AnalyzerName, type Finding } from '../core/finding.js';
import { countBySeverity, type Report } from '../core/report.js';
import { convergeComment } from '../github/convergent-comment.js';
import type { GitHubClient, GitHubLog } from '../github/octokit.js';
import { readCurrentHead } from '../github/pull-request.js';
import type { StickyCommentResult } from '../github/sticky-comment.js';
import { commentBody } from '../render/comment/comment-body.js';
import { opensWithMarker, sectionId } from '../render/comment/comment-sections.js';
import { holdsSection } from '../render/comment/section-precedence.js';

export interface CommentSectionsWrite {
  owner: string;
  repo: string;
  pullNumber: number;
  /** The commit the report is about. */
  headSha: string;
  /** The `comment-tag` input. */
  tag: string;
  /** The `section` input. */
  section?: string;
  report: Report;
  linkBase?: string;
  /** The action's docs/rules/ URL at its ref: rule ids link to their pages. */
  docsBase?: string;
  summaryUrl?: string;
  /** Findings on changed lines left without an inline review comment by the per-run cap, and the cap. */
  inlineOverCap?: { findings: readonly Finding[]; cap: number };
  log: GitHubLog;
  /** Jitter source; tests pass a seeded one. */
  random?: () => number;
}

/**
 * One section per analyzer that ran (`<analyzer>[:<section>]`), all written into the pull request's one comment in
 * one write, converging with other runs that write it at the same time. Each write reads the pull request's head
 * first, so a result about an older commit never replaces one about a newer commit. Undefined when no analyzer ran.
 */
export async function writeCommentSections(octokit: GitHubClient, write: CommentSectionsWrite): Promise<StickyCommentResult | undefined> {
  const { report, tag, section, headSha } = write;
  const analyzers = ANALYZERS.filter((analyzer) => report.runs.some((run) => run.analyzer === analyzer));
  if (analyzers.length === 0) return undefined;
  const ownSections = analyzers.map((analyzer) => ({
    id: sectionId(analyzer, section),
    headSha,
    counts: countBySeverity(report.findings.filter((finding) => finding.analyzer === analyzer)),
  }));
  return convergeComment(octokit, {
    owner: write.owner,
    repo: write.repo,
    issueNumber: write.pullNumber,
    isOurs: (body) => opensWithMarker(body, tag),
    bodyFor: (existing, currentHead) =>
      analyzers.reduce<string | undefined>(
        (body, analyzer) =>
          commentBody(body, { tag, report, analyzer, section, headSha, currentHead, linkBase: write.linkBase, docsBase: write.docsBase, summaryUrl: write.summaryUrl, inlineOverCap: overCapOf(write, analyzer) }),
        existing,
      ) as string,
    holds: (body, currentHead) => ownSections.every((own) => holdsSection(body, own, currentHead)),
    readHead: () => readCurrentHead(octokit, { owner: write.owner, repo: write.repo, pullNumber: write.pullNumber }),
    log: write.log,
    random: write.random,
  });
}

function overCapOf(write: CommentSectionsWrite, analyzer: AnalyzerName): { count: number; cap: number } | undefined {
  if (write.inlineOverCap === undefined) return undefined;
  const count = write.inlineOverCap.findings.filter((finding) => finding.analyzer === analyzer).length;
  return count === 0 ? undefined : { count, cap: write.inlineOverCap.cap };
}
