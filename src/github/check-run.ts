import type { Finding, Severity } from '../core/finding.js';
import { isPermissionDenied, statusOfFailedRequest, type GitHubClient, type GitHubLog } from './octokit.js';

/** The Checks API takes at most this many annotations per create or update call; later calls append. */
export const ANNOTATIONS_PER_REQUEST = 50;

/** Check run `output.summary` and `output.text` hold at most this many characters. */
const OUTPUT_TEXT_LIMIT = 65_535;

/** The Checks API's annotation, as it is sent. */
export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  /** Only on a one-line annotation: GitHub rejects columns on a range of lines. */
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
}

const ANNOTATION_LEVELS: Record<Severity, CheckRunAnnotation['annotation_level']> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};

/** A finding as a check run annotation; one with no place in a file (a rollout verdict) cannot be one. */
export function checkRunAnnotationOf(finding: Finding): CheckRunAnnotation | undefined {
  if (finding.file === undefined) return undefined;
  const startLine = finding.line ?? 1;
  const endLine = Math.max(finding.endLine ?? startLine, startLine);
  const message = finding.suggestion === undefined ? finding.message : `${finding.message}\n\n${finding.suggestion}`;
  const annotation: CheckRunAnnotation = {
    path: finding.file,
    start_line: startLine,
    end_line: endLine,
    annotation_level: ANNOTATION_LEVELS[finding.severity],
    message,
    title: `${finding.analyzer}: ${finding.rule}`,
  };
  if (startLine !== endLine || finding.column === undefined) return annotation;
  return { ...annotation, start_column: finding.column, end_column: Math.max(finding.endColumn ?? finding.column, finding.column) };
}

export interface CheckRunPublication {
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  /** Markdown; cut to the 65,535 characters GitHub accepts. */
  summary: string;
  annotations: readonly CheckRunAnnotation[];
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
  const output = { title: publication.title, summary: limitText(publication.summary) };
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

function limitText(text: string): string {
  if (text.length <= OUTPUT_TEXT_LIMIT) return text;
  const note = '\n\n… (cut to the 65,535 characters a check run summary holds; the job summary has the whole report)';
  return `${text.slice(0, OUTPUT_TEXT_LIMIT - note.length)}${note}`;
}
