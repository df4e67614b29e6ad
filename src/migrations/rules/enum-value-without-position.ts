import { defineMigrationRule } from '../migration-rule.js';
import { nameParts } from '../migration-statement.js';

/** ALTER TYPE … ADD VALUE without BEFORE/AFTER appends the value, and enums sort in declaration order. */
export const enumValueWithoutPosition = defineMigrationRule({
  meta: {
    id: 'enum-value-without-position',
    category: 'migration',
    severity: 'notice',
    description: 'ALTER TYPE … ADD VALUE without BEFORE or AFTER: the value sorts after every existing one.',
    summary: 'ALTER TYPE … ADD VALUE without BEFORE or AFTER',
  },
  check(statement) {
    // RENAME VALUE has an oldVal; only ADD VALUE appends.
    if (statement.kind !== 'AlterEnumStmt' || statement.node.oldVal !== undefined || typeof statement.node.newVal !== 'string' || statement.node.newValNeighbor !== undefined) return [];
    const type = nameParts(statement.node.typeName).join('.');
    return [
      {
        message: `ALTER TYPE ${type} ADD VALUE '${statement.node.newVal}' with no BEFORE or AFTER: it sorts after every existing value, so comparisons and ORDER BY on ${type} put it last.`,
        suggestion: "Say where it belongs (ADD VALUE '…' BEFORE '…' or AFTER '…'); if last is right, suppress this finding with that reason.",
      },
    ];
  },
});
