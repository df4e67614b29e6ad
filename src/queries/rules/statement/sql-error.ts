import { defineRule } from '../../../core/rules/rule.js';

/**
 * A statement of a SQL file that does not parse or that the database refuses (a missing column, a type error, a
 * timeout). Not a plan rule: the SQL audit reports it itself (statement-findings.ts) instead of a plan, and the
 * other statements are still audited.
 */
export const sqlError = defineRule({
  meta: {
    id: 'sql-error',
    category: 'syntax',
    severity: 'error',
    description: 'A statement that does not parse, or that the database refuses to plan or run, with the SQLSTATE and the server message.',
    summary: 'a statement that does not parse or that the database refuses (SQLSTATE and message); the others are still audited',
  },
  defaultOptions: {},
});
