import { columnDefinitions, columnText } from '../column-definitions.js';
import { defineMigrationRule } from '../migration-rule.js';

/**
 * character(n) pads values with spaces to its length and ignores the padding when comparing; PostgreSQL stores it
 * no faster than text, and it takes more space. (The quoted "char" one-byte type is another type and not reported.)
 */
export const charColumn = defineMigrationRule({
  meta: {
    id: 'char-column',
    category: 'migration',
    severity: 'warning',
    description: 'A character(n) column: values are padded with spaces, and it is no faster than text in PostgreSQL.',
    summary: 'a char / character(n) column',
  },
  check(statement) {
    return columnDefinitions(statement)
      .filter((column) => column.type === 'bpchar')
      .map((column) => ({
        message: `${columnText(column)} is character(n): values are padded with spaces to the length and compared without them, and PostgreSQL stores it no faster than text.`,
        suggestion: 'Use text (or varchar); if the length matters, add CHECK (char_length(column) <= n).',
        tables: [column.table],
      }));
  },
});
