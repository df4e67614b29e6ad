import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_CATALOG } from '../../../../src/core/rules/catalog.js';
import { statementNotAudited } from '../../../../src/queries/rules/statement/statement-not-audited.js';
import { notAuditedFinding } from '../../../../src/queries/statement-findings.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const doc = readFileSync(path.join(root, 'docs/rules/statement-not-audited.md'), 'utf8');

describe('statement-not-audited', () => {
  it('is a notice of the queries statement family whose page lists every reason (the SQL audit suites run its example)', () => {
    expect(RULE_CATALOG.filter((rule) => rule.id === 'statement-not-audited')).toEqual([
      {
        analyzer: 'queries',
        family: 'statement',
        id: 'statement-not-audited',
        category: 'configuration',
        severity: 'notice',
        description: statementNotAudited.meta.description,
        summary: statementNotAudited.meta.summary,
      },
    ]);
    for (const reason of ['applied-as-schema', 'schema-on-server', 'not-explainable', 'parameters', 'unsafe-function', 'template']) expect(doc).toContain(`| \`${reason}\``);
  });

  it('carries the reason in data, and a different reason is a different finding', () => {
    const statement = { file: 'q.sql', sql: 'COMMIT', startLine: 4, endLine: 4 };
    const finding = notAuditedFinding(statement, 'not-explainable', 'Not audited: COMMIT …', { statement: 'COMMIT' }, {});
    expect(finding).toMatchObject({ rule: 'statement-not-audited', severity: 'notice', line: 4, endColumn: 7, data: { reason: 'not-explainable', statement: 'COMMIT' } });
    expect(notAuditedFinding(statement, 'parameters', 'Not audited: …', {}, {})?.fingerprint).not.toBe(finding?.fingerprint);
  });
});
