/** A psql meta-command (`\connect app`) found between statements, with its 1-based line. */
export interface MetaCommand {
  line: number;
  /** Without the backslash: `restrict`, `connect`, `set`. */
  name: string;
  /** The rest of the line, as written. */
  argument: string;
}

/** The rows that followed a `COPY … FROM stdin;`, up to the `\.` line, with the line they start on. */
export interface CopyData {
  line: number;
  text: string;
}

/**
 * A script as psql reads it, split into what the SQL parser can read and what only psql understands: `sql` is the
 * script with each meta-command line and each block of COPY data replaced by empty lines, so the parser's line
 * numbers stay those of the file; the meta-commands and data blocks come beside it, in file order.
 */
export interface PsqlScript {
  sql: string;
  metaCommands: MetaCommand[];
  /** One block per `COPY … FROM stdin` statement, in the order of those statements. */
  copyData: CopyData[];
}

/**
 * pg_dump writes psql scripts, not SQL: `\restrict KEY` at the top (PostgreSQL 13.22, 14.19, 15.14, 16.10 and 17.6
 * on), `\connect` in a dump of several databases, and table data as `COPY … FROM stdin;` followed by tab-separated
 * rows and a `\.` line. psql takes a backslash at the start of a line outside quotes and comments as a meta-command,
 * so this reader tracks quotes, dollar quotes and comments the way psql's lexer does, and reads nothing else.
 */
export function readPsqlScript(text: string): PsqlScript {
  const lines = text.split('\n');
  const out: string[] = [];
  const metaCommands: MetaCommand[] = [];
  const copyData: CopyData[] = [];
  const lexer = new StatementLexer();
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (lexer.betweenTokens() && /^\s*\\/.test(line)) {
      const [, name = '', argument = ''] = /^\s*\\(\S*)\s*(.*)$/.exec(line.replace(/\r$/, '')) ?? [];
      metaCommands.push({ line: index + 1, name, argument });
      out.push('');
      continue;
    }
    out.push(line);
    if (!lexer.feed(`${line}\n`)) continue;
    // A COPY … FROM stdin statement ended on this line: its rows follow, up to `\.` (or the end of the file).
    const first = index + 1;
    let last = first;
    while (last < lines.length && lines[last].replace(/\r$/, '') !== '\\.') last += 1;
    copyData.push({ line: first + 1, text: lines.slice(first, last).map((row) => `${row.replace(/\r$/, '')}\n`).join('') });
    for (let blank = first; blank <= Math.min(last, lines.length - 1); blank += 1) out.push('');
    index = last;
  }
  return { sql: out.join('\n'), metaCommands, copyData };
}

type LexState = 'code' | 'single' | 'escape-string' | 'double' | 'dollar' | 'line-comment' | 'block-comment';

/**
 * Follows a script character by character, only far enough to know where statements end and whether a line starts
 * inside a string, an identifier, a dollar-quoted body or a comment. `feed` returns whether a `COPY … FROM stdin`
 * statement ended in the text it was given.
 */
class StatementLexer {
  private state: LexState = 'code';
  private dollarTag = '';
  private commentDepth = 0;
  /** The current statement's code outside strings and comments, to recognise COPY … FROM stdin when it ends. */
  private statementCode = '';

  /** Whether the next character is outside every string, identifier, body and comment. */
  betweenTokens(): boolean {
    return this.state === 'code' || this.state === 'line-comment';
  }

  feed(text: string): boolean {
    let copyEnded = false;
    for (let index = 0; index < text.length; index += 1) {
      const char = text[index];
      const next = text[index + 1] ?? '';
      switch (this.state) {
        case 'code':
          if (char === '-' && next === '-') {
            this.state = 'line-comment';
            index += 1;
          } else if (char === '/' && next === '*') {
            this.state = 'block-comment';
            this.commentDepth = 1;
            index += 1;
          } else if (char === "'") {
            // E'…' strings take backslash escapes; the E must start a token, not end an identifier.
            const escape = /(^|[^\w$])[eE]$/.test(this.statementCode);
            this.state = escape ? 'escape-string' : 'single';
            this.statementCode += ' ';
          } else if (char === '"') {
            this.state = 'double';
            this.statementCode += ' x ';
          } else if (char === '$' && !/[\w$]$/.test(this.statementCode)) {
            const tag = /^\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.exec(text.slice(index));
            if (tag) {
              this.state = 'dollar';
              this.dollarTag = tag[0];
              index += tag[0].length - 1;
              this.statementCode += ' ';
            } else this.statementCode += char;
          } else if (char === ';') {
            copyEnded ||= isCopyFromStdin(this.statementCode);
            this.statementCode = '';
          } else this.statementCode += char;
          break;
        case 'line-comment':
          if (char === '\n') {
            this.state = 'code';
            this.statementCode += '\n';
          }
          break;
        case 'block-comment':
          if (char === '/' && next === '*') {
            this.commentDepth += 1;
            index += 1;
          } else if (char === '*' && next === '/') {
            this.commentDepth -= 1;
            index += 1;
            if (this.commentDepth === 0) {
              this.state = 'code';
              this.statementCode += ' ';
            }
          }
          break;
        case 'single':
          if (char === "'") {
            if (next === "'") index += 1;
            else this.state = 'code';
          }
          break;
        case 'escape-string':
          if (char === '\\') index += 1;
          else if (char === "'") {
            if (next === "'") index += 1;
            else this.state = 'code';
          }
          break;
        case 'double':
          if (char === '"') {
            if (next === '"') index += 1;
            else this.state = 'code';
          }
          break;
        case 'dollar':
          if (char === '$' && text.startsWith(this.dollarTag, index)) {
            index += this.dollarTag.length - 1;
            this.state = 'code';
          }
          break;
      }
    }
    return copyEnded;
  }
}

/** `COPY t (a, b) FROM stdin`, as pg_dump and hand-written seeds write it; quoted names were blanked by the lexer. */
function isCopyFromStdin(code: string): boolean {
  return /^\s*COPY\b/i.test(code) && /\bFROM\s+STDIN\b/i.test(code);
}
