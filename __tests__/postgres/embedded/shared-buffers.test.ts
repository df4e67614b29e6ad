import { sharedBuffersFor } from '../../../src/postgres/embedded/shared-buffers.js';

describe('sharedBuffersFor', () => {
  it('gives the small pool to a run with no table-rows, or 20,000 rows in all', () => {
    expect(sharedBuffersFor(new Map())).toBe('16MB');
    expect(sharedBuffersFor(new Map([['customers', 5_000], ['orders', 15_000]]))).toBe('16MB');
  });

  it("keeps PostgreSQL's default from 20,001 rows in all, counted over every table", () => {
    expect(sharedBuffersFor(new Map([['customers', 5_000], ['orders', 15_001]]))).toBeUndefined();
    expect(sharedBuffersFor(new Map([['orders', 100_000]]))).toBeUndefined();
  });
});
