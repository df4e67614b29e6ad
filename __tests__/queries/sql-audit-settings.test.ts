import { defaultConfig } from '../../src/core/config/config.js';
import { readSqlAuditSettings } from '../../src/queries/sql-audit-settings.js';

function withSettings(settings: Record<string, unknown>) {
  return { ...defaultConfig('/work'), settings };
}

describe('query-params', () => {
  it('reads values pinned by -- name: and by file:line, with $n or n, as text', () => {
    const read = readSqlAuditSettings(withSettings({ 'query-params': { GetJob: { $1: 'running', $2: 10 }, 'sql/jobs.sql:12': { 1: true } } }), true);
    expect(read.queryParams).toEqual({ GetJob: { 1: 'running', 2: '10' }, 'sql/jobs.sql:12': { 1: 'true' } });
    expect(readSqlAuditSettings(withSettings({}), true).queryParams).toEqual({});
  });

  it('refuses a parameter that is not $n and a value that is not a scalar, naming the key and the expected form', () => {
    const expected = "expected statements (by -- name: or file:line) mapping parameters to values, e.g. { GetJob: { '$1': running, '$2': 10 } }.";
    expect(() => readSqlAuditSettings(withSettings({ 'query-params': { GetJob: { id: 1 } } }), true)).toThrow(`query-params.GetJob.id: got 1; ${expected}`);
    expect(() => readSqlAuditSettings(withSettings({ 'query-params': { GetJob: { $1: [1] } } }), true)).toThrow(`query-params.GetJob.$1: got [1]; ${expected}`);
    expect(() => readSqlAuditSettings(withSettings({ 'query-params': { GetJob: 'running' } }), true)).toThrow(`query-params.GetJob: got "running"; ${expected}`);
    expect(() => readSqlAuditSettings(withSettings({ 'query-params': ['x'] }), true)).toThrow(`query-params: got ["x"]; ${expected}`);
  });
});
