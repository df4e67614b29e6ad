import { UsageError } from '../../../src/core/config/usage-error.js';
import { auditableStatement, type AuditableStatement } from '../../../src/queries/sql/auditable-statement.js';
import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';
import { safeExplain, safeExplainExecute, safePrepare } from '../../../src/queries/sql/safe-explain.js';

let parser: PgParser;
beforeAll(async () => {
  parser = await pgParser();
});

function audited(sql: string): AuditableStatement {
  return auditableStatement(parser, { file: 'q.sql', sql, startLine: 3, endLine: 3 });
}

/** A statement whose text no longer matches its checked tree: what the re-parse exists to catch. */
function tampered(checkedSql: string, sentSql: string): AuditableStatement {
  return { ...audited(checkedSql), sql: sentSql };
}

describe('safeExplain', () => {
  it('wraps the statement text in EXPLAIN with the options in order', () => {
    expect(safeExplain(parser, audited('SELECT * FROM orders -- the last comment'), ['COSTS', 'FORMAT JSON'])).toBe(
      'EXPLAIN (COSTS, FORMAT JSON) SELECT * FROM orders -- the last comment',
    );
    expect(safeExplain(parser, audited('(SELECT 1) UNION (SELECT 2)'), ['FORMAT JSON'])).toBe('EXPLAIN (FORMAT JSON) (SELECT 1) UNION (SELECT 2)');
  });

  it('refuses text that would send a second statement beside the EXPLAIN', () => {
    const sneaky = tampered('SELECT 1', 'SELECT 1; COMMIT');
    expect(() => safeExplain(parser, sneaky, ['FORMAT JSON'])).toThrow(UsageError);
    expect(() => safeExplain(parser, sneaky, ['FORMAT JSON'])).toThrow(
      'q.sql:3: refusing to send "EXPLAIN (FORMAT JSON) SELECT 1; COMMIT": expected one ExplainStmt around the audited statement, but it parses as ExplainStmt + TransactionStmt. Rewrite the statement as one plain query.',
    );
  });

  it('refuses text whose EXPLAIN would plan a different statement than the one checked', () => {
    expect(() => safeExplain(parser, tampered('SELECT 1', 'SELECT 2'), ['FORMAT JSON'])).toThrow(
      'q.sql:3: refusing to send "EXPLAIN (FORMAT JSON) SELECT 2": expected one ExplainStmt around the audited statement, but it parses as ExplainStmt. Rewrite the statement as one plain query.',
    );
  });

  it('refuses options that break the EXPLAIN', () => {
    expect(() => safeExplain(parser, audited('SELECT 1'), ['FORMAT JSON) SELECT 1; (x'])).toThrow(
      'q.sql:3: refusing to send "EXPLAIN (FORMAT JSON) SELECT 1; (x) SELECT 1": expected one ExplainStmt around the audited statement, but it does not parse. Rewrite the statement as one plain query.',
    );
  });
});

describe('safePrepare and safeExplainExecute', () => {
  it('prepare the statement under the given name and explain its execution with one NULL per parameter', () => {
    const statement = audited('SELECT * FROM orders WHERE id = $1 AND day > $3');
    expect(safePrepare(parser, statement, 'audit_s')).toBe('PREPARE audit_s AS SELECT * FROM orders WHERE id = $1 AND day > $3');
    expect(safeExplainExecute(parser, statement, ['FORMAT JSON'], 'audit_s')).toBe('EXPLAIN (FORMAT JSON) EXECUTE audit_s(NULL, NULL, NULL)');
  });

  it('refuse a prepared statement that would carry a second statement', () => {
    expect(() => safePrepare(parser, tampered('SELECT $1', 'SELECT $1; DROP TABLE orders'), 'audit_s')).toThrow(
      'q.sql:3: refusing to send "PREPARE audit_s AS SELECT $1; DROP TABLE orders": expected one PrepareStmt around the audited statement, but it parses as PrepareStmt + DropStmt. Rewrite the statement as one plain query.',
    );
  });

  it('refuse a name that is not a plain identifier', () => {
    expect(() => safeExplainExecute(parser, audited('SELECT $1'), ['FORMAT JSON'], 's(1); COMMIT; EXECUTE s')).toThrow(
      'q.sql:3: refusing to send "EXPLAIN (FORMAT JSON) EXECUTE s(1); COMMIT; EXECUTE s(NULL)": expected one ExplainStmt around the audited statement, but it parses as ExplainStmt + TransactionStmt + ExecuteStmt. Rewrite the statement as one plain query.',
    );
  });
});
