/**
 * Inline markdown that every comment renderer shares: text from the analysed code, the cluster or a saved report
 * must stay text in whichever context it lands (a code span, a fenced block, a table cell, link text, HTML). None of
 * these ever returns a line break, except a fenced block, whose fence no line inside can close: so analysed text can
 * never put a line of its own into a comment, which is what keeps the comment's section markers unforgeable.
 */

/** Line breaks (of any kind markdown or a browser honours) folded to one space. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029\u0085\f\v]+\s*/g, ' ');
}

/**
 * A code span with a fence one backtick longer than any run inside, so a path or rule id with backticks stays one
 * span. Line breaks fold to spaces (markdown renders a span's line breaks as spaces anyway), so nothing inside a
 * span can start a line of the comment.
 */
export function codeSpan(text: string): string {
  const flat = oneLine(text);
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A fenced code block (`info` as its language): the fence is longer than any backtick run inside, so no line of
 * the text can close it early, and the comment's reader skips fenced blocks when it looks for section markers.
 */
export function fencedCode(text: string, info: string): string {
  const body = text.replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '');
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${info}\n${body}\n${fence}`;
}

/**
 * Inline text only: line breaks fold to spaces so a message cannot start a heading or leave its list item; the
 * characters that open emphasis, code, links, HTML, tables or strikethrough are backslash-escaped; and `@` gets
 * a zero-width space, since GitHub would otherwise notify whoever a quoted decorator such as `@property` names.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>|~&]/g, (char) => `\\${char}`)
    .replace(/@/g, '@&#8203;');
}

/**
 * Text inside raw HTML (a `<summary>`): markdown's backslash escapes do not apply there, so the characters HTML
 * reads become entities; line breaks fold so the HTML block cannot end early and let markdown in.
 */
export function escapeHtml(text: string): string {
  return oneLine(text)
    .replace(/[&<>"'`|*_[\]\\~]/g, (char) => `&#${char.codePointAt(0)};`)
    .replace(/@/g, '@&#8203;');
}

/**
 * A code span inside a table cell: GitHub splits cells at every unescaped `|`, even inside code, so pipes (as in
 * `len(result) == 0 || …`) are backslash-escaped, which GitHub removes again within the span; line breaks fold.
 */
export function tableCodeSpan(text: string): string {
  return codeSpan(oneLine(text).replace(/\|/g, '\\|'));
}

/**
 * Inline text in which backtick-quoted parts (`` `except ValueError:` `` in a suggestion) become code spans, as
 * their writer meant, instead of showing escaped backticks; everything else is escaped as by escapeMarkdown.
 */
export function escapeMarkdownWithCode(text: string): string {
  return oneLine(text)
    .split(/`([^`]+)`/)
    .map((part, index) => (index % 2 === 1 ? codeSpan(part) : escapeMarkdown(part)))
    .join('');
}
