import { statusOfFailedRequest, type GitHubClient } from './octokit.js';

/**
 * One file of the repository at `ref`, through the contents API (nothing is checked out), or undefined when the
 * ref has no such file. Any other failure is thrown: a config that could not be read must not read as "none".
 */
export async function readRepositoryFile(octokit: GitHubClient, where: { owner: string; repo: string; path: string; ref: string }): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({ owner: where.owner, repo: where.repo, path: where.path, ref: where.ref });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (error) {
    if (statusOfFailedRequest(error) === 404) return undefined;
    throw error;
  }
}
