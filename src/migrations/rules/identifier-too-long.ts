import { defineMigrationRule } from '../migration-rule.js';
import type { ParseNode } from '../migration-statement.js';

/** PostgreSQL's NAMEDATALEN - 1: longer identifiers are cut to this many bytes, with only a NOTICE. */
const MAX_IDENTIFIER_BYTES = 63;
/** The fields of the parse tree that name something the statement creates or renames. */
const NAME_FIELDS = new Set(['relname', 'idxname', 'conname', 'colname', 'newname', 'indexname']);

/** An identifier over 63 bytes is truncated with only a NOTICE, so the name in the database is not the one written. */
export const identifierTooLong = defineMigrationRule({
  meta: {
    id: 'identifier-too-long',
    category: 'migration',
    severity: 'warning',
    description: 'A table, column, index or constraint name over 63 bytes, which PostgreSQL truncates.',
    summary: 'a name over 63 bytes (PostgreSQL keeps the first 63)',
  },
  check(statement) {
    // PostgreSQL's scanner truncates identifiers before the parse tree exists, so the names as written come from the
    // text; a long word counts when its truncation is a name the statement defines (not a word in a string).
    const defined = new Set(namesIn(statement.node));
    const long = [...new Set(wordsIn(statement.sql))].filter((name) => Buffer.byteLength(name, 'utf8') > MAX_IDENTIFIER_BYTES && defined.has(truncated(name)));
    return long.map((name) => ({
      message: `${name} is ${Buffer.byteLength(name, 'utf8')} bytes: PostgreSQL keeps the first 63, so the object is named ${truncated(name)}; tools that compare names (ORMs, schema diffs) see another name, and two names alike in their first 63 bytes collide.`,
      suggestion: 'Choose a name of at most 63 bytes.',
    }));
  },
});

/** Identifiers as written: quoted ones unquoted, unquoted ones folded to lower case; string literals left out. */
function wordsIn(sql: string): string[] {
  const withoutStrings = sql.replace(/'(?:[^']|'')*'/g, "''");
  return [...withoutStrings.matchAll(/"((?:[^"]|"")+)"|([A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*)/g)].map((match) => (match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2].toLowerCase()));
}

function namesIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(namesIn);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node as ParseNode).flatMap(([key, value]) => (NAME_FIELDS.has(key) && typeof value === 'string' ? [value] : namesIn(value)));
}

/** The first 63 bytes, never cutting a multi-byte character in half (as PostgreSQL truncates). */
function truncated(name: string): string {
  let bytes = 0;
  let result = '';
  for (const char of name) {
    bytes += Buffer.byteLength(char, 'utf8');
    if (bytes > MAX_IDENTIFIER_BYTES) break;
    result += char;
  }
  return result;
}
