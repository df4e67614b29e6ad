import { defineMigrationRule } from '../migration-rule.js';
import { alterCommands, alteredTable, tableName } from '../migration-statement.js';
import { LOCK_TIMEOUT_ADVICE, lockText } from '../lock-modes.js';

/** DETACH PARTITION without CONCURRENTLY takes ACCESS EXCLUSIVE on the partitioned table (PostgreSQL 14+ offers CONCURRENTLY). */
export const nonConcurrentDetachPartition = defineMigrationRule({
  meta: {
    id: 'non-concurrent-detach-partition',
    category: 'migration',
    severity: 'warning',
    description: 'ALTER TABLE … DETACH PARTITION without CONCURRENTLY: ACCESS EXCLUSIVE on the partitioned table.',
    summary: 'DETACH PARTITION without CONCURRENTLY on a table not created in the same change',
  },
  check(statement, state) {
    const relation = alteredTable(statement);
    if (relation === undefined || state.isNewTable(relation)) return [];
    const table = tableName(relation);
    return alterCommands(statement)
      .filter((command) => command.subtype === 'AT_DetachPartition' && (command.def?.PartitionCmd as { concurrent?: boolean } | undefined)?.concurrent !== true)
      .map((command) => {
        const partition = tableName((command.def?.PartitionCmd as { name?: unknown } | undefined)?.name);
        return {
          message: `ALTER TABLE ${table} DETACH PARTITION ${partition}: ${lockText('ACCESS EXCLUSIVE', table)}.`,
          suggestion: `Use DETACH PARTITION … CONCURRENTLY (PostgreSQL 14+), outside a transaction: it takes SHARE UPDATE EXCLUSIVE on ${table}. ${LOCK_TIMEOUT_ADVICE}`,
          tables: [table],
        };
      });
  },
});
