import { columnDefinitions, columnText } from '../column-definitions.js';
import { defineMigrationRule } from '../migration-rule.js';

/** timestamp (without time zone) drops the offset it is given, so instants written from different zones collide. */
export const timestampWithoutTimeZone = defineMigrationRule({
  meta: {
    id: 'timestamp-without-time-zone',
    category: 'migration',
    severity: 'warning',
    description: 'A timestamp without time zone column: the offset a value is written with is dropped.',
    summary: 'a timestamp / timestamp without time zone column, created or changed to',
  },
  check(statement) {
    return columnDefinitions(statement)
      .filter((column) => column.type === 'timestamp')
      .map((column) => ({
        message: `${columnText(column)} is timestamp without time zone: the offset a value comes with is dropped, so 21:00+02 and 21:00-06 are stored as the same time.`,
        suggestion: 'Use timestamptz (timestamp with time zone): it stores the instant and shows it in the session\'s time zone.',
        tables: [column.table],
      }));
  },
});
