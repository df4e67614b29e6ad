/**
 * A repository-relative, `/`-separated path as a relative URI reference, for SARIF `uri`s and Markdown links.
 * Each segment is percent-encoded strictly (RFC 3986 unreserved characters only), so a space, `#`, `?` or `%`
 * in a file name cannot turn into a fragment or query, a `:` cannot read as a scheme, and a parenthesis
 * cannot end a Markdown link early.
 */
export function pathAsUri(path: string): string {
  return path.split('/').map(encodeSegment).join('/');
}

function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
