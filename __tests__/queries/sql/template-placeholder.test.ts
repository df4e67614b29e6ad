import { templatePlaceholder } from '../../../src/queries/sql/template-placeholder.js';

describe('templatePlaceholder', () => {
  it.each([
    ['listmonk', 'SELECT * FROM subscribers WHERE %query% ORDER BY %order%', '%query%'],
    ['printf after a space', 'SELECT * FROM t WHERE id = %s', '%s'],
    ['printf after a comma or bracket', 'INSERT INTO t VALUES (%d,%s)', '%d'],
    ['Go indexed verb', 'SELECT * FROM t LIMIT %[1]d', '%[1]d'],
    ['dbt', "SELECT * FROM {{ ref('orders') }} WHERE id = 1", "{{ ref('orders') }}"],
    ['Jinja block', '{% if full %} SELECT 1 {% endif %}', '{% if full %}'],
    ['the first of several, by position', 'SELECT {{ cols }} FROM t WHERE %query%', '{{ cols }}'],
    ['a long tag, shortened', `SELECT {{ ${'x'.repeat(60)} }}`, `{{ ${'x'.repeat(36)}…`],
  ])('finds %s', (_case, sql, expected) => {
    expect(templatePlaceholder(sql)?.text).toBe(expected);
  });

  it('says where the placeholder starts, for the finding\'s line', () => {
    expect(templatePlaceholder("SELECT *\nFROM t WHERE name LIKE '%x%'\n  AND %query%")).toEqual({ text: '%query%', index: 44 });
  });

  it.each([
    ['a LIKE pattern in a literal', "SELECT * FROM t WHERE name LIKE '%son%' AND"],
    ['a quoted identifier', 'SELECT "%s" FROM t WHERE'],
    ['a dollar-quoted body', 'CREATE FUNCTION f() RETURNS text AS $body$ SELECT format($$%s$$, 1) $body$ LANGUAGE sql WHERE'],
    ['a comment', 'SELECT 1 -- filled with %s later\n/* {{ not a tag }} */ FROM'],
    ['the modulo operator', 'SELECT id%d, n % 2, 7%s FROM t WHERE'],
    ['plain broken SQL', 'SELECT count(*) FROM books WHERE'],
  ])('finds nothing in %s', (_case, sql) => {
    expect(templatePlaceholder(sql)).toBeUndefined();
  });
});
