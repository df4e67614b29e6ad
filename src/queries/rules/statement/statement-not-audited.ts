import { defineRule } from '../../../core/rules/rule.js';

/**
 * A statement the audit did not EXPLAIN, and why: DDL applied as schema on the embedded database or left alone on a
 * server, transaction control, statements EXPLAIN cannot plan, parameters that cannot be read for certain, and
 * functions that act outside the audit's transaction. The SQL audit reports it itself (statement-findings.ts).
 */
export const statementNotAudited = defineRule({
  meta: {
    id: 'statement-not-audited',
    category: 'configuration',
    severity: 'notice',
    description: 'A statement of a SQL file that was not explained, with the reason: every statement is audited or says why not.',
    summary: 'a statement that was not explained (DDL, transaction control, unreadable parameters, unsafe functions), with the reason',
  },
  defaultOptions: {},
});
