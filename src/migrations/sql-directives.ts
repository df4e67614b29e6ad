import type { PgParser } from '../postgres/sql/pg-parser.js';
import { SourceText } from '../core/rules/source-text.js';
import { DIRECTIVE_MARKER, parseDirective, type Directive } from '../core/rules/suppressions.js';

/** A migration file's suppression directives, with its text so they can be placed and fingerprinted. */
export interface FileDirectives {
  source: SourceText;
  directives: readonly Directive[];
}

/**
 * Reads the `predator-guard-ignore…` directives of one SQL file from the comments PostgreSQL's own scanner finds
 * (`-- …` and `/* … *\/`), so a marker inside a string, a quoted identifier or a dollar-quoted body never counts.
 */
export function sqlDirectives(parser: PgParser, text: string): FileDirectives {
  const source = new SourceText(text);
  if (!text.includes(DIRECTIVE_MARKER)) return { source, directives: [] };
  const bytes = Buffer.from(text, 'utf8');
  // The scanner counts bytes; the directives and SourceText count UTF-16 code units.
  const offset = (byte: number) => bytes.subarray(0, byte).toString('utf8').length;
  const directives: Directive[] = [];
  for (const token of parser.scan(text).tokens ?? []) {
    if (token.tokenName !== 'SQL_COMMENT' && token.tokenName !== 'C_COMMENT') continue;
    const start = offset(token.start);
    const end = offset(token.end);
    const directive = parseDirective(text.slice(start, end), start, end, source);
    if (directive) directives.push(directive);
  }
  return { source, directives };
}
