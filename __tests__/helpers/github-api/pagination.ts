/**
 * REST pagination as GitHub does it: `per_page` (default 30, at most 100) and `page` (from 1), and a `Link` header
 * whose URLs use the repository's id (`/repositories/1296269/...`), listing prev, next, last and first in that order.
 */

export interface PageRequest {
  page: number;
  perPage: number;
}

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

export function pageRequest(query: URLSearchParams): PageRequest {
  const perPage = Math.min(Math.max(Number(query.get('per_page') ?? DEFAULT_PER_PAGE), 1), MAX_PER_PAGE);
  const page = Math.max(Number(query.get('page') ?? 1), 1);
  return { page, perPage };
}

export function pageOf<T>(items: readonly T[], request: PageRequest): T[] {
  const start = (request.page - 1) * request.perPage;
  return items.slice(start, start + request.perPage);
}

/** `undefined` when everything fits on one page: GitHub sends no Link header then. */
export function linkHeader(linkBase: string, query: URLSearchParams, total: number, request: PageRequest): string | undefined {
  const lastPage = Math.max(Math.ceil(total / request.perPage), 1);
  if (lastPage === 1 && request.page === 1) return undefined;
  const link = (page: number, rel: string) => {
    const params = new URLSearchParams(query);
    params.set('page', String(page));
    return `<${linkBase}?${params.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (request.page > 1) links.push(link(Math.min(request.page - 1, lastPage), 'prev'));
  if (request.page < lastPage) links.push(link(request.page + 1, 'next'), link(lastPage, 'last'));
  if (request.page > 1) links.push(link(1, 'first'));
  return links.join(', ');
}
