import type { PgParser } from '../../postgres/sql/pg-parser.js';
import type { SqlStatement } from '../../postgres/sql/sql-statement.js';
import { SourcePositions } from '../../postgres/sql/source-positions.js';

/** How a file writes its parameters; `auto` reads them from the file and refuses what it cannot read for certain. */
export const PARAMS_STYLES = ['auto', 'postgres', 'sqlc', 'psycopg', 'colon'] as const;
export type ParamsStyle = (typeof PARAMS_STYLES)[number];
export type WrittenStyle = Exclude<ParamsStyle, 'auto'>;

/** One parameter as written: where it is in the statement (characters) and the `$n` it becomes. */
interface Marker {
  style: WrittenStyle;
  start: number;
  end: number;
  /** The name for named styles; positional ones (`%s`, `$n`) have none. */
  name?: string;
  /** Set when the text could also mean something else (`a %s` is also a modulo), with what it could mean. */
  doubt?: string;
  /** Text that takes the marker's place as is: `sqlc.embed(t)` is sqlc's macro for `t.*`, not a parameter. */
  replacement?: string;
}

export interface StatementParameters {
  /** The styles the statement's markers are written in. */
  styles: WrittenStyle[];
  markers: Marker[];
}

/** Tokens whose text is data, not code: strings, quoted identifiers, bit and hex strings, comments. */
function isCode(tokenName: string, text: string): boolean {
  if (tokenName === 'SQL_COMMENT' || tokenName === 'C_COMMENT' || tokenName.endsWith('CONST') && tokenName !== 'ICONST' && tokenName !== 'FCONST') return false;
  return !/['"]/.test(text);
}

/**
 * Finds the parameter markers of a statement with PostgreSQL's own scanner: text inside strings, dollar-quoted
 * bodies, quoted identifiers and comments is never read as a marker. Named markers keep their name, so the same
 * name becomes the same `$n`.
 */
export function findParameters(parser: PgParser, sql: string): StatementParameters {
  const positions = new SourcePositions(sql);
  const code = Array.from({ length: sql.length }, () => ' ');
  for (const token of parser.scan(sql).tokens ?? []) {
    const [start, end] = [positions.charIndex(token.start), positions.charIndex(token.end)];
    const text = sql.slice(start, end);
    if (isCode(token.tokenName, text)) for (let index = start; index < end; index += 1) code[index] = sql[index];
  }
  const masked = code.join('');
  const markers: Marker[] = [];
  for (const match of masked.matchAll(/\$(\d+)/g)) markers.push({ style: 'postgres', start: match.index, end: match.index + match[0].length });
  // sqlc.arg('name') holds a string, which the mask blanks: matched on the text, kept only where the call is code.
  for (const match of sql.matchAll(/\bsqlc\s*\.\s*(arg|narg|slice)\s*\(\s*(?:'([A-Za-z_]\w*)'|"?([A-Za-z_]\w*)"?)\s*\)/gi)) {
    if (masked[match.index] === ' ') continue;
    markers.push({ style: 'sqlc', start: match.index, end: match.index + match[0].length, name: (match[2] ?? match[3]).toLowerCase() });
  }
  // sqlc.embed(t) is expanded by sqlc to t's columns before the server sees it: t.* plans the same. The name may be
  // bare, quoted, or a string, as sqlc's preprocessor takes it.
  for (const match of sql.matchAll(/\bsqlc\s*\.\s*embed\s*\(\s*(?:'([A-Za-z_]\w*)'|("(?:[^"]|"")+")|([A-Za-z_][\w$]*))\s*\)/gi)) {
    if (masked[match.index] === ' ') continue;
    markers.push({ style: 'sqlc', start: match.index, end: match.index + match[0].length, replacement: `${match[1] ?? match[2] ?? match[3]}.*` });
  }
  for (const match of masked.matchAll(/@([A-Za-z_]\w*)/g)) {
    const before = masked[match.index - 1] ?? ' ';
    // `=@id` is how sqlc users write it; `<@x`, `@@x` and `a @x` are the operators.
    const doubt = /[\s(,=]/.test(before) && !followsOperand(masked, match.index) ? undefined : `the ${before === ' ' ? '' : before}@ operator`;
    markers.push({ style: 'sqlc', start: match.index, end: match.index + match[0].length, name: match[1].toLowerCase(), ...(doubt ? { doubt } : {}) });
  }
  for (const match of masked.matchAll(/(?<!%)%(?:\(([A-Za-z_]\w*)\))?s(?!\w)/g)) {
    const doubt = followsOperand(masked, match.index) ? 'the % (modulo) operator' : undefined;
    markers.push({ style: 'psycopg', start: match.index, end: match.index + match[0].length, ...(match[1] ? { name: match[1] } : {}), ...(doubt ? { doubt } : {}) });
  }
  for (const match of masked.matchAll(/(?<![:\w]):([A-Za-z_]\w*)/g)) {
    // `a[lo:hi]` is an array slice, not a parameter.
    if (insideBrackets(masked, match.index)) continue;
    markers.push({ style: 'colon', start: match.index, end: match.index + match[0].length, name: match[1].toLowerCase() });
  }
  markers.sort((a, b) => a.start - b.start);
  // An embed is no parameter: it says the file is sqlc's but gives the statement no parameter style.
  return { styles: [...new Set(markers.filter((marker) => marker.replacement === undefined).map((marker) => marker.style))], markers };
}

/** Whether the code before `index` ends with an operand (a name, a number, `)` or `]`), so an operator there is binary. */
function followsOperand(masked: string, index: number): boolean {
  const before = masked.slice(0, index).trimEnd();
  if (before === '') return false;
  if (/[)\]]$/.test(before) || /\d$/.test(before)) return true;
  const word = /([A-Za-z_]\w*)$/.exec(before)?.[1];
  return word !== undefined && !KEYWORDS_BEFORE_VALUE.has(word.toUpperCase());
}

/** Keywords after which a value comes, so `%s` or `@x` there is a parameter, not a binary operator. */
const KEYWORDS_BEFORE_VALUE = new Set([
  'SELECT', 'WHERE', 'AND', 'OR', 'NOT', 'VALUES', 'IN', 'SET', 'LIMIT', 'OFFSET', 'THEN', 'ELSE', 'WHEN', 'CASE', 'BETWEEN', 'LIKE', 'ILIKE',
  'IS', 'ON', 'RETURNING', 'BY', 'HAVING', 'DISTINCT', 'ALL', 'ANY', 'SOME', 'ARRAY', 'AS', 'FROM', 'USING', 'END', 'RETURN', 'SIMILAR', 'TO', 'ESCAPE',
]);

function insideBrackets(masked: string, index: number): boolean {
  let depth = 0;
  for (let at = 0; at < index; at += 1) {
    if (masked[at] === '[') depth += 1;
    else if (masked[at] === ']') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** What the file as a whole tells about its parameters. */
export interface FileParameters {
  styles: WrittenStyle[];
  /** The file is sqlc's: a `-- name: … :kind` comment or a `sqlc.arg()` call in it. */
  sqlc: boolean;
}

/** The union of the statements' styles, and whether sqlc writes the file. */
export function fileParameters(statements: readonly { statement: SqlStatement; found: StatementParameters }[]): FileParameters {
  const styles = [...new Set(statements.flatMap(({ found }) => found.styles))];
  const sqlc = statements.some(({ statement, found }) => statement.sqlcKind !== undefined || found.markers.some((marker) => /^sqlc/i.test(statement.sql.slice(marker.start))));
  return { styles, sqlc };
}

/** What the audit does with a statement's parameters: the text with `$n` in their place, or why it cannot. */
export type ReadParameters = { statement: SqlStatement } | { refusal: string };

/**
 * Rewrites a statement's markers of the chosen style to `$n` (named ones numbered in order of first use), so the
 * server plans it with real parameters and never reads `@id` as an operator or `:id` as a syntax error. Under
 * `auto` the style is the statement's only one (`fileStyles` says which styles its file uses); a file mixing styles,
 * or a marker that could mean something else, is refused: it must never run with a different meaning.
 */
export function readParameters(statement: SqlStatement, found: StatementParameters, chosen: ParamsStyle, file: FileParameters): ReadParameters {
  const fileStyles = file.styles;
  const nonPostgres = fileStyles.filter((style) => style !== 'postgres');
  // sqlc's own grammar takes $n beside @name and sqlc.arg(): in a file sqlc writes for, that pair is one style.
  const compatible = file.sqlc && nonPostgres.length === 1 && nonPostgres[0] === 'sqlc';
  if (chosen === 'auto' && fileStyles.length > 1 && !compatible) {
    return { refusal: `its file mixes parameter styles (${fileStyles.map(describeStyle).join(', ')}), so which is meant cannot be read for certain. Write one style per file, or set params-style` };
  }
  if (chosen === 'auto' && found.styles.length > 1) {
    return { refusal: `it mixes parameter styles (${found.styles.map(describeStyle).join(', ')}), which sqlc itself refuses in one statement. Write one style per statement` };
  }
  const style: WrittenStyle = chosen === 'auto' ? (nonPostgres[0] ?? 'postgres') : chosen;
  const markers = found.markers.filter((marker) => marker.style === style && marker.replacement === undefined);
  if (chosen === 'auto') {
    // `@x` is also PostgreSQL's absolute-value operator: read as sqlc's parameter only in a file sqlc writes for.
    const doubtful = markers.find((marker) => marker.doubt) ?? (file.sqlc ? undefined : markers.find((marker) => statement.sql[marker.start] === '@' && (marker.doubt = 'the @ (absolute value) operator')));
    if (doubtful) {
      const text = statement.sql.slice(doubtful.start, doubtful.end);
      return { refusal: `'${text}' could be a ${describeStyle(style)} parameter or ${doubtful.doubt}, so it cannot be read for certain. Set params-style: ${style} if it is a parameter, or put a space after the operator` };
    }
  }
  // sqlc.embed() is expanded whatever the style, as sqlc does: left as is, the server would look for a function.
  const embeds = found.markers.filter((marker) => marker.replacement !== undefined);
  const rewritten = style === 'postgres' ? embeds : [...markers, ...embeds].sort((a, b) => a.start - b.start);
  if (rewritten.length === 0) return { statement };
  const numbers = new Map<string, number>();
  let next = 0;
  let sql = '';
  let at = 0;
  for (const marker of rewritten) {
    if (marker.replacement !== undefined) {
      sql += `${statement.sql.slice(at, marker.start)}${marker.replacement}`;
      at = marker.end;
      continue;
    }
    let number: number;
    if (marker.name === undefined) number = ++next;
    else number = numbers.get(marker.name) ?? (numbers.set(marker.name, ++next), next);
    sql += `${statement.sql.slice(at, marker.start)}$${number}`;
    at = marker.end;
  }
  sql += statement.sql.slice(at);
  return { statement: { ...statement, sql, written: statement.sql, parameterNames: nameList(numbers) } };
}

function nameList(numbers: Map<string, number>): string[] | undefined {
  if (numbers.size === 0) return undefined;
  return [...numbers].sort(([, a], [, b]) => a - b).map(([name]) => name);
}

export function describeStyle(style: WrittenStyle): string {
  return { postgres: '$n', sqlc: 'sqlc @name / sqlc.arg(name)', psycopg: 'psycopg %s / %(name)s', colon: ':name' }[style];
}
