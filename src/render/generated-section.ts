/**
 * A docs page's generated part sits between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`, so the prose
 * around it stays hand-written while `npm run docs` rewrites the part that must match its source (action.yml, the
 * config schema). A page without the marker is an error: a renamed marker must not leave a stale copy behind.
 */
export function withGeneratedSection(text: string, name: string, content: string, page: string): string {
  const open = `<!-- generated:${name} -->`;
  const close = `<!-- /generated:${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close, start);
  if (start < 0 || end < 0) throw new Error(`${page} has no ${open} … ${close} pair; add both where the generated part belongs.`);
  return `${text.slice(0, start)}${open}\n${content}\n${text.slice(end)}`;
}

/** Text for a table cell: pipes escaped and line breaks folded, so a description cannot break the table. */
export function tableCell(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\|/g, '\\|');
}
