import { defineMigrationRule } from '../migration-rule.js';
import { hasOption, tableName } from '../migration-statement.js';
import { lockText } from '../lock-modes.js';

/** VACUUM FULL and CLUSTER rewrite the table under ACCESS EXCLUSIVE: nothing reads or writes it until they finish. */
export const vacuumFull = defineMigrationRule({
  meta: {
    id: 'vacuum-full',
    category: 'migration',
    severity: 'warning',
    description: 'VACUUM FULL or CLUSTER in a migration: the table is rewritten under ACCESS EXCLUSIVE.',
    summary: 'VACUUM FULL, CLUSTER',
  },
  check(statement) {
    const node = statement.node;
    let verb: string;
    let tables: string[];
    if (statement.kind === 'ClusterStmt') {
      verb = 'CLUSTER';
      tables = node.relation ? [tableName(node.relation)] : [];
    } else if (statement.kind === 'VacuumStmt' && hasOption(node.options, 'full')) {
      verb = 'VACUUM FULL';
      tables = ((node.rels ?? []) as { VacuumRelation?: { relation?: unknown } }[]).map((item) => tableName(item.VacuumRelation?.relation));
    } else {
      return [];
    }
    const target = tables.length > 0 ? tables.join(', ') : 'every table it may touch';
    return [
      {
        message: `${verb}${tables.length > 0 ? ` ${tables.join(', ')}` : ''}: rewrites ${target}; ${lockText('ACCESS EXCLUSIVE', target)}.`,
        suggestion: 'Rewrite the table online instead: the pg_repack extension, or REPACK CONCURRENTLY where the server has it. Outside maintenance windows, plain VACUUM (no lock on reads or writes) is usually enough.',
        ...(tables.length > 0 ? { tables } : {}),
      },
    ];
  },
});
