/** The smaller pool, and the most rows `table-rows` may ask for in all before the embedded database keeps PostgreSQL's 128 MB. */
const SMALL_POOL = '16MB';
const SMALL_DATA_ROWS = 20_000;

/**
 * The embedded database's `shared_buffers`, chosen from the rows `table-rows` asks for before PGlite starts.
 *
 * PGlite zeroes its buffer pool at every start. At PostgreSQL's default of 128 MB that is about half a second of CPU
 * (on a virtual machine mostly the first touch of each page) and 128 MB of memory, for a run whose tables hold a few
 * rows, as they do without `table-rows`. 16 MB holds such data whole, and a start takes about a third less CPU.
 *
 * Larger data keeps the default: PostgreSQL scans a table larger than a quarter of the pool (4 MB here, about 20,000
 * narrow rows) through a small ring of buffers, so EXPLAIN ANALYZE of a 300,000-row table scanned five times took a
 * fifth longer with 16 MB. The plans are the same at any size: the planner reads `effective_cache_size`, never
 * `shared_buffers`. Returns undefined for PostgreSQL's default.
 */
export function sharedBuffersFor(tableRows: ReadonlyMap<string, number>): string | undefined {
  let rows = 0;
  for (const count of tableRows.values()) rows += count;
  return rows <= SMALL_DATA_ROWS ? SMALL_POOL : undefined;
}
