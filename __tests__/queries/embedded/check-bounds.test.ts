import { checkBounds } from '../../../src/postgres/embedded/check-bounds.js';
import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';

let parser: PgParser;
beforeAll(async () => {
  parser = await pgParser();
});

/** CHECK expressions as pg_get_expr prints them back from the catalog. */
const bounds = (...expressions: string[]) => Object.fromEntries(checkBounds(parser, expressions.map((expression) => ({ columns: [], expression }))));

describe('checkBounds', () => {
  it('reads comparisons with constants, ranges (ANDs) and value lists, through casts', () => {
    expect(
      bounds(
        '(amount > (0)::numeric)',
        '((quantity >= 1) AND (quantity <= 20))',
        "(status = ANY (ARRAY['new'::text, 'paid'::text]))",
        "((kind)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))",
        "(score >= '-5'::integer)",
        "(currency = 'EUR'::text)",
      ),
    ).toEqual({
      amount: { min: { value: 0, inclusive: false } },
      quantity: { min: { value: 1, inclusive: true }, max: { value: 20, inclusive: true } },
      status: { values: ['new', 'paid'] },
      kind: { values: ['a', 'b'] },
      score: { min: { value: -5, inclusive: true } },
      currency: { values: ['EUR'] },
    });
  });

  it('leaves alone what it cannot model: columns compared with columns, functions, ORs', () => {
    expect(bounds('(shipped_at >= placed_at)', '(length(code) = 3)', '((a > 0) OR (b > 0))')).toEqual({});
  });
});
