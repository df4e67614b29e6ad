import { defineMigrationRule } from '../migration-rule.js';
import { hasOption, nameParts, tableName } from '../migration-statement.js';

const TARGETS: Record<string, string> = { REINDEX_OBJECT_TABLE: 'TABLE', REINDEX_OBJECT_INDEX: 'INDEX', REINDEX_OBJECT_SCHEMA: 'SCHEMA', REINDEX_OBJECT_DATABASE: 'DATABASE', REINDEX_OBJECT_SYSTEM: 'SYSTEM' };

/**
 * REINDEX without CONCURRENTLY blocks writes to the table for the whole rebuild, and reads that would use the
 * index (PostgreSQL 12+ offers CONCURRENTLY).
 */
export const nonConcurrentReindex = defineMigrationRule({
  meta: {
    id: 'non-concurrent-reindex',
    category: 'migration',
    severity: 'warning',
    description: 'REINDEX without CONCURRENTLY: writes to the table, and reads using the index, wait for the rebuild.',
    summary: 'REINDEX TABLE/INDEX/SCHEMA/DATABASE without CONCURRENTLY',
  },
  check(statement) {
    if (statement.kind !== 'ReindexStmt') return [];
    const node = statement.node;
    if (hasOption(node.params, 'concurrently')) return [];
    const target = TARGETS[String(node.kind)] ?? 'TABLE';
    const name = node.relation ? tableName(node.relation) : typeof node.name === 'string' ? node.name : nameParts(node.name).join('.');
    return [
      {
        message: `REINDEX ${target} ${name}: the table is locked against writes (SHARE) and each index rebuilt under ACCESS EXCLUSIVE, so writes, and reads that use the index, wait for the rebuild.`,
        suggestion: 'Use REINDEX … CONCURRENTLY (PostgreSQL 12+), outside a transaction: reads and writes go on while it rebuilds.',
        ...(node.relation ? { tables: [name] } : {}),
      },
    ];
  },
});
