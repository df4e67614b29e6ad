import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_CATALOG } from '../../../../src/core/rules/catalog.js';
import { sqlError } from '../../../../src/queries/rules/statement/sql-error.js';
import { sqlErrorFinding } from '../../../../src/queries/statement-findings.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const doc = readFileSync(path.join(root, 'docs/rules/sql-error.md'), 'utf8');
const statement = { file: 'sql/q.sql', sql: 'SELECT count(*)\n  FROM shipments', startLine: 2, endLine: 3, name: 'CountShipments' };

describe('sql-error', () => {
  it('is an error of the queries statement family (the SQL audit suites run its example on both databases)', () => {
    expect(RULE_CATALOG.filter((rule) => rule.id === 'sql-error')).toEqual([
      { analyzer: 'queries', family: 'statement', id: 'sql-error', category: 'syntax', severity: 'error', description: sqlError.meta.description, summary: sqlError.meta.summary },
    ]);
    expect(doc).toContain('Default severity: error');
  });

  it('is a finding over the statement, named by sqlc, with a fingerprint that ignores the line', () => {
    const finding = sqlErrorFinding(statement, 'The database refused the statement: boom (SQLSTATE 42P01).', { sqlstate: '42P01' }, {});
    expect(finding).toEqual({
      analyzer: 'queries',
      rule: 'sql-error',
      category: 'syntax',
      severity: 'error',
      message: 'CountShipments: The database refused the statement: boom (SQLSTATE 42P01).',
      file: 'sql/q.sql',
      line: 2,
      column: 1,
      endLine: 3,
      endColumn: 17,
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      data: { sqlstate: '42P01', statementName: 'CountShipments' },
    });
    const moved = sqlErrorFinding({ ...statement, startLine: 20, endLine: 21 }, 'The database refused the statement: boom (SQLSTATE 42P01).', { sqlstate: '42P01' }, {});
    expect(moved?.fingerprint).toBe(finding?.fingerprint);
  });

  it('takes the configured severity, and is not made when the rule is off', () => {
    expect(sqlErrorFinding(statement, 'x', {}, { 'sql-error': { severity: 'warning', options: {} } })?.severity).toBe('warning');
    expect(sqlErrorFinding(statement, 'x', {}, { 'sql-error': { severity: 'off', options: {} } })).toBeUndefined();
  });
});
