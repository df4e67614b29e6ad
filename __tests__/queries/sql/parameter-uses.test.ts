import { parameterUses, statementTables } from '../../../src/queries/params/parameter-uses.js';
import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';

let parser: PgParser;
beforeAll(async () => {
  parser = await pgParser();
});

function usesOf(sql: string) {
  const node = parser.parse(sql).stmts?.[0]?.stmt;
  return { uses: Object.fromEntries(parameterUses(node as never)), tables: statementTables(node as never) };
}

describe('parameterUses', () => {
  it('reads =, mirrored ranges, = ANY, IN, LIKE, BETWEEN, LIMIT and OFFSET, through casts', () => {
    const { uses, tables } = usesOf(
      'SELECT * FROM jobs j JOIN app.users u ON u.id = j.user_id WHERE j.state = $1 AND $2::int < id AND u.tag = ANY($3) AND name LIKE $4 ' +
        'AND x BETWEEN $5 AND $6 AND y IN ($7, $8) AND z <= $9 ORDER BY id LIMIT $10 OFFSET $11',
    );
    expect(uses).toEqual({
      1: { kind: 'equals', column: { qualifier: 'j', name: 'state' } },
      2: { kind: 'lower', column: { name: 'id' } },
      3: { kind: 'any', column: { qualifier: 'u', name: 'tag' } },
      4: { kind: 'prefix', column: { name: 'name' } },
      5: { kind: 'lower', column: { name: 'x' } },
      6: { kind: 'between-upper', column: { name: 'x' } },
      7: { kind: 'equals', column: { name: 'y' } },
      8: { kind: 'equals', column: { name: 'y' } },
      9: { kind: 'upper', column: { name: 'z' } },
      10: { kind: 'limit' },
      11: { kind: 'offset' },
    });
    expect(tables).toEqual([
      { name: 'jobs', alias: 'j' },
      { schema: 'app', name: 'users', alias: 'u' },
    ]);
  });

  it('leaves out a parameter that meets no column, and a NOT LIKE (its values do not pick rows)', () => {
    expect(usesOf("SELECT * FROM t WHERE $1::int > 0 AND name NOT LIKE $2 AND lower(name) = $3").uses).toEqual({});
  });

  it('finds the table an UPDATE or DELETE writes, which the tree holds without its RangeVar wrapper', () => {
    expect(usesOf('DELETE FROM books b WHERE b.book_id = $1')).toEqual({ uses: { 1: { kind: 'equals', column: { qualifier: 'b', name: 'book_id' } } }, tables: [{ name: 'books', alias: 'b' }] });
    expect(usesOf('UPDATE app.books SET title = $2 WHERE id = $1').tables).toEqual([{ schema: 'app', name: 'books' }]);
  });

  it('takes a value written by INSERT … VALUES or UPDATE … SET from its column, after the WHERE uses', () => {
    expect(usesOf('INSERT INTO authors (name, bio) VALUES ($1, $2), ($3, now()::text)').uses).toEqual({
      1: { kind: 'written', column: { name: 'name' } },
      2: { kind: 'written', column: { name: 'bio' } },
      3: { kind: 'written', column: { name: 'name' } },
    });
    expect(usesOf('UPDATE authors SET bio = $2 WHERE id = $1').uses).toEqual({
      1: { kind: 'equals', column: { name: 'id' } },
      2: { kind: 'written', column: { name: 'bio' } },
    });
  });
});
