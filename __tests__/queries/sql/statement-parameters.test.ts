import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';
import { parameterCount } from '../../../src/queries/sql/statement-parameters.js';

let parser: PgParser;
beforeAll(async () => {
  parser = await pgParser();
});

function countOf(sql: string) {
  return parameterCount(parser.parse(sql).stmts![0].stmt!);
}

describe('parameterCount', () => {
  it('is 0 without parameters, even when the text shows a $1 inside a string or a dollar quote', () => {
    expect(countOf('SELECT * FROM orders WHERE id = 1')).toBe(0);
    expect(countOf("SELECT '$1' AS literal, $tag$ $2 $tag$ AS quoted")).toBe(0);
  });

  it('is the highest parameter number, wherever the parameters sit', () => {
    expect(countOf('SELECT * FROM orders WHERE id = $1')).toBe(1);
    expect(countOf('SELECT * FROM orders WHERE id = $1 AND customer_id IN (SELECT id FROM customers WHERE name = $3) LIMIT $2')).toBe(3);
    expect(countOf('UPDATE orders SET total = $2 WHERE id = $1')).toBe(2);
    expect(countOf('SELECT $4')).toBe(4);
  });
});
