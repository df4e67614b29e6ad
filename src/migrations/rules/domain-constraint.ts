import { defineMigrationRule } from '../migration-rule.js';
import { nameParts } from '../migration-statement.js';

/**
 * A CHECK on a domain is checked on every column of that type at once: adding one scans all of them, and PostgreSQL
 * treats a change of a column to a constrained domain as a rewrite.
 */
export const domainConstraint = defineMigrationRule({
  meta: {
    id: 'domain-constraint',
    category: 'migration',
    severity: 'warning',
    description: 'CREATE DOMAIN with a CHECK, or ALTER DOMAIN … ADD CONSTRAINT: every column of the domain is checked, and changing to it rewrites.',
    summary: 'CREATE DOMAIN … CHECK, ALTER DOMAIN … ADD CONSTRAINT',
  },
  check(statement) {
    const node = statement.node;
    const domain = nameParts(statement.kind === 'CreateDomainStmt' ? node.domainname : node.typeName).join('.');
    if (statement.kind === 'CreateDomainStmt') {
      const checks = ((node.constraints ?? []) as { Constraint?: { contype?: string } }[]).filter((item) => item.Constraint?.contype === 'CONSTR_CHECK');
      if (checks.length === 0) return [];
      return [
        {
          message: `CREATE DOMAIN ${domain} with a CHECK: changing the CHECK later checks every column of type ${domain} in every table at once, and changing a column to ${domain} rewrites its table.`,
          suggestion: 'Put the CHECK on the columns themselves (ADD CONSTRAINT … NOT VALID, then VALIDATE), or create the domain without one.',
        },
      ];
    }
    if (statement.kind === 'AlterDomainStmt' && node.subtype === 'C') {
      const validated = (node.def as { Constraint?: { skip_validation?: boolean } } | undefined)?.Constraint?.skip_validation !== true;
      return [
        {
          message: `ALTER DOMAIN ${domain} ADD CONSTRAINT${validated ? '' : ' … NOT VALID'}: ${validated ? 'every column of the domain, in every table, is scanned while it holds its lock' : 'VALIDATE later scans every column of the domain in every table'}.`,
          suggestion: 'Put the CHECK on the columns themselves (ADD CONSTRAINT … NOT VALID, then VALIDATE), one table at a time.',
        },
      ];
    }
    return [];
  },
});
