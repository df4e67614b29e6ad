/**
 * A URL as messages, logs and reports may show it: the user name and password of `https://user:secret@host/`
 * dropped, so a `prometheus-url` or a probe's address can be named without leaking what authenticates it.
 * `keepUser` keeps the user name where it only says who connects, as PostgreSQL users are named in messages
 * (`postgres://app@db:5432/app`). Text that is not a URL is not shown at all: it might hold a password.
 */
export function urlWithoutCredentials(text: string, { keepUser = false } = {}): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return '(not a valid URL)';
  }
  if (!keepUser) url.username = '';
  url.password = '';
  for (const key of [...url.searchParams.keys()]) {
    // libpq and many HTTP APIs accept secrets as query parameters too (`?password=`, `?token=`).
    if (/pass|secret|token|key/i.test(key)) url.searchParams.set(key, '***');
  }
  return url.toString();
}
