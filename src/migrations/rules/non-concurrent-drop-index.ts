import { defineMigrationRule } from '../migration-rule.js';
import { nameParts } from '../migration-statement.js';
import { LOCK_TIMEOUT_ADVICE } from '../lock-modes.js';
import { CONCURRENTLY_NOTE } from './non-concurrent-index.js';

/** `DROP INDEX` at the statement's start: CONCURRENTLY goes right after INDEX. */
const DROP_INDEX = /^(\s*DROP\s+INDEX)(?=\s|$)/i;

/** DROP INDEX without CONCURRENTLY takes ACCESS EXCLUSIVE on the index's table: reads wait too. */
export const nonConcurrentDropIndex = defineMigrationRule({
  meta: {
    id: 'non-concurrent-drop-index',
    category: 'migration',
    severity: 'warning',
    description: "DROP INDEX without CONCURRENTLY: ACCESS EXCLUSIVE on the index's table, so reads and writes wait.",
    summary: 'DROP INDEX without CONCURRENTLY (quiet for an index created in the same change)',
  },
  check(statement, state) {
    if (statement.kind !== 'DropStmt' || statement.node.removeType !== 'OBJECT_INDEX' || statement.node.concurrent === true) return [];
    const objects = (statement.node.objects ?? []) as { List?: { items?: unknown } }[];
    const indexes = objects.map((object) => object.List?.items).filter((names) => !state.isNewIndex(names));
    if (indexes.length === 0) return [];
    const names = indexes.map((names) => nameParts(names).join('.')).join(', ');
    // DROP INDEX CONCURRENTLY takes one index and no CASCADE, and no transaction block: otherwise no machine fix.
    const fixable = objects.length === 1 && statement.node.behavior !== 'DROP_CASCADE' && !state.inTransaction;
    return [
      {
        ...(fixable ? { fix: { firstLine: (line: string) => (DROP_INDEX.test(line) ? line.replace(DROP_INDEX, '$1 CONCURRENTLY') : undefined), note: CONCURRENTLY_NOTE } } : {}),
        message: `DROP INDEX ${names}: ACCESS EXCLUSIVE on the index's table; reads and writes wait.`,
        suggestion: `Use DROP INDEX CONCURRENTLY, outside a transaction, one index per statement (it waits for running queries instead of blocking new ones). ${LOCK_TIMEOUT_ADVICE}`,
      },
    ];
  },
});
