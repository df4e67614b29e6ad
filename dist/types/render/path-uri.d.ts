/**
 * A repository-relative, `/`-separated path as a relative URI reference, for SARIF `uri`s and Markdown links.
 * Each segment is percent-encoded strictly (RFC 3986 unreserved characters only), so a space, `#`, `?` or `%`
 * in a file name cannot turn into a fragment or query, a `:` cannot read as a scheme, and a parenthesis
 * cannot end a Markdown link early.
 */
export declare function pathAsUri(path: string): string;
