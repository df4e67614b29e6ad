/**
 * The one redaction step every output passes (log lines, the failure message, the report and so everything
 * rendered from it: text, JSON, SARIF, markdown, the comment, the job summary, annotations). Two parts:
 *
 * - secrets the program was given (a token, a database password, a kubeconfig's credentials), registered where they
 *   are read; the action also hands each to the runner's masking (`core.setSecret`) through `onSecret`;
 * - shapes that are credentials wherever they appear, for what an error body echoes that was never registered (an
 *   Authorization header, a bearer token, a GitHub token, a JWT, a password in a URL).
 */

export const REDACTED = '[redacted]';

/** Shorter values are not treated as secrets: redacting them would blank out ordinary words. */
const SHORTEST_SECRET = 6;

const registered = new Set<string>();
const listeners: ((secret: string) => void)[] = [];

const CREDENTIAL_SHAPES: readonly [RegExp, string][] = [
  // `Authorization: token X`, `"authorization":"Bearer X"`, `Proxy-Authorization = Basic X`
  [/((?:proxy-)?authorization["']?\s*[:=]\s*["']?)(?:(?:bearer|token|basic)\s+)?[^\s"',}]+/gi, `$1${REDACTED}`],
  [/\b(bearer|token)\s+[A-Za-z0-9._~+/-]{16,}=*/gi, `$1 ${REDACTED}`],
  [/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g, REDACTED],
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, REDACTED],
  // scheme://user:password@host
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:)[^\s/@]+@/gi, `$1${REDACTED}@`],
];

/** A value no output may show. Registered once; each listener (the runner's masking) hears it once. */
export function registerSecret(value: string | undefined | null): void {
  if (typeof value !== 'string') return;
  const secret = value.trim();
  if (secret.length < SHORTEST_SECRET || registered.has(secret)) return;
  registered.add(secret);
  for (const listener of listeners) listener(secret);
  // Error bodies often quote a value JSON- or URL-encoded; those forms are secrets too.
  for (const form of [JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]) {
    if (form !== secret && !registered.has(form)) {
      registered.add(form);
      for (const listener of listeners) listener(form);
    }
  }
}

/** Called for every secret registered so far and every later one. */
export function onSecret(listener: (secret: string) => void): void {
  listeners.push(listener);
  for (const secret of registered) listener(secret);
}

/** The text with every registered secret and every credential shape replaced by `[redacted]`. */
export function redact(text: string): string {
  let result = text;
  for (const secret of [...registered].sort((a, b) => b.length - a.length)) {
    if (result.includes(secret)) result = result.split(secret).join(REDACTED);
  }
  for (const [shape, replacement] of CREDENTIAL_SHAPES) result = result.replace(shape, replacement);
  return result;
}

/** Every string in a value (a report, stats, a finding's data) redacted; the value is copied, not changed. */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item)])) as T;
  }
  return value;
}

/** For tests: forget every registered secret and listener. */
export function resetSecrets(): void {
  registered.clear();
  listeners.length = 0;
}

/** The password (and a `password`/`token` parameter) of a URL setting such as `database-url`, as written and decoded. */
export function registerUrlCredentials(text: unknown): void {
  if (typeof text !== 'string') return;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return;
  }
  const values = [url.password, ...[...url.searchParams].filter(([key]) => /pass|secret|token|key/i.test(key)).map(([, value]) => value)];
  for (const value of values) {
    registerSecret(value);
    try {
      registerSecret(decodeURIComponent(value));
    } catch {
      // a malformed escape: the written form is registered
    }
  }
}
