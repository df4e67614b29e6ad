/**
 * Placeholders an application or a build tool fills in before the SQL runs, so the file as written is a template and
 * not SQL: listmonk's `%query%`, Go's and Python's printf verbs (`%s`, `%d`, `%[1]s`), and the `{{ … }}` / `{% … %}`
 * tags of Go templates, Jinja and dbt. `%` is also SQL's modulo operator, so a printf verb counts only where a space,
 * a comma or a bracket comes before it, not after an operand (`id%d` stays the operator).
 */
const PLACEHOLDERS = [/%[A-Za-z_][A-Za-z0-9_.]*%/, /(?<=^|[\s,(=<>])%(?:\[\d+\])?[sdvqfx](?![A-Za-z0-9_])/m, /\{\{[\s\S]*?\}\}/, /\{%[\s\S]*?%\}/];

/** String literals, quoted identifiers, dollar-quoted bodies and comments: a `%` in them is text, not a placeholder. */
const QUOTED_OR_COMMENT = /'(?:[^']|'')*'|"(?:[^"]|"")*"|\$([A-Za-z_][A-Za-z0-9_]*)?\$[\s\S]*?\$\1\$|--[^\n]*|\/\*[\s\S]*?\*\//g;

/** A placeholder as written (shortened past 40 characters), and where it starts in the statement. */
export interface TemplatePlaceholder {
  text: string;
  index: number;
}

/**
 * The first template placeholder in `sql` outside its literals and comments; undefined when there is none. Asked
 * only of a statement PostgreSQL could not parse: it tells a template apart from broken SQL.
 */
export function templatePlaceholder(sql: string): TemplatePlaceholder | undefined {
  const code = sql.replace(QUOTED_OR_COMMENT, (text) => ' '.repeat(text.length));
  let first: RegExpExecArray | undefined;
  for (const pattern of PLACEHOLDERS) {
    const match = pattern.exec(code) ?? undefined;
    if (match && (!first || match.index < first.index)) first = match;
  }
  if (!first) return undefined;
  // The blanked copy keeps every offset, so the placeholder is read back from the statement as written.
  const text = sql.slice(first.index, first.index + first[0].length).replace(/\s+/g, ' ');
  return { text: text.length > 40 ? `${text.slice(0, 39)}…` : text, index: first.index };
}
