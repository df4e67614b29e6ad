import type { CheckRunAnnotation, RenderedCheckRun } from '../render/check-run.js';
import { isPermissionDenied, statusOfFailedRequest, type GitHubClient, type GitHubLog } from './octokit.js';

/** The Checks API takes at most this many annotations per create or update call; later calls append. */
export const ANNOTATIONS_PER_REQUEST = 50;

export interface CheckRunPublication extends RenderedCheckRun {
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  log: GitHubLog;
}

export type CheckRunResult =
  | { action: 'created'; id: number; url: string; annotated: number; rejected: number }
  | { action: 'forbidden'; reason: string };

/**
 * A completed check run carrying every annotation. The run is created bare and each batch of 50 is its own update,
 * so a batch GitHub rejects (422) is counted and reported while every other batch still lands. A token without
 * `checks: write` gives a `forbidden` result and one warning: the caller then annotates through workflow commands.
 */
export async function publishCheckRun(octokit: GitHubClient, publication: CheckRunPublication): Promise<CheckRunResult> {
  const { owner, repo, log } = publication;
  const output = { title: publication.title, summary: publication.summary };
  let created: { id: number; url: string; html_url: string | null };
  try {
    ({ data: created } = await octokit.rest.checks.create({ owner, repo, name: publication.name, head_sha: publication.headSha, status: 'in_progress', output }));
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    log.warning(
      `predator-guard could not create the check run '${publication.name}': GitHub answered 403 (${reason}). Grant ` +
        '`checks: write` to the job for check-run: true; the findings are annotated through workflow commands instead.',
    );
    return { action: 'forbidden', reason };
  }
  const batches = inBatches(publication.annotations, ANNOTATIONS_PER_REQUEST);
  let rejected = 0;
  for (const [index, batch] of batches.entries()) {
    try {
      await octokit.rest.checks.update({ owner, repo, check_run_id: created.id, output: { ...output, annotations: [...batch] } });
    } catch (error) {
      if (statusOfFailedRequest(error) !== 422) throw error;
      rejected += batch.length;
      const files = [...new Set(batch.map((annotation) => annotation.path))].join(', ');
      log.warning(
        `GitHub rejected annotation batch ${index + 1} of ${batches.length} (${batch.length} annotations on ${files}): ` +
          `${error instanceof Error ? error.message : String(error)}. The other batches were still sent.`,
      );
    }
  }
  await octokit.rest.checks.update({
    owner,
    repo,
    check_run_id: created.id,
    status: 'completed',
    conclusion: publication.conclusion,
    completed_at: new Date().toISOString(),
    output,
  });
  const annotated = publication.annotations.length - rejected;
  return { action: 'created', id: created.id, url: created.html_url ?? created.url, annotated, rejected };
}

function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}
