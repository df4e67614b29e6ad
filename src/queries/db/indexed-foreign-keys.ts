import type { Finding } from '../../core/finding.js';
import type { PlanDatabase } from '../../postgres/db/plan-database.js';
import { formatCount } from '../plan/plan-numbers.js';
import { MIN_REFERENCING_ROWS_DEFAULT, SEARCHES_REFERENCING_TABLE } from '../rules/plan/slow-foreign-key-check.js';

/**
 * For each foreign key named, its referencing table (as regclass text, quoted where it must be) and a valid
 * non-partial index whose leading key columns are its referencing columns (in any order): the index an ON DELETE /
 * ON UPDATE action searches the referencing table with.
 */
const REFERENCING_SQL = `
SELECT c.conname AS constraint, c.conrelid::regclass::text AS referencing,
       (SELECT min(i.indexrelid::regclass::text)
          FROM pg_index i
         WHERE i.indrelid = c.conrelid AND i.indisvalid AND i.indpred IS NULL
           AND cardinality(c.conkey) <= i.indnkeyatts
           AND (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] @> c.conkey) AS index
  FROM pg_constraint c
 WHERE c.contype = 'f' AND c.conname = ANY($1::text[])`;

interface Referencing {
  table: string;
  index?: string;
  /** Rows of the referencing table, counted up to the floor (so a large table costs one short read). */
  rows?: number;
}

/**
 * slow-foreign-key-check reads the plan alone, where a slow ON DELETE action looks the same whether it searched
 * the referencing table row by row or found its rows through an index and spent the time deleting or nulling them.
 * With the database at hand the two are told apart: when an index already serves the referencing columns there is
 * nothing to index, so the finding becomes a notice that says which index and where the time went. A referencing
 * table under `min-referencing-rows` is searched in well under a millisecond with or without an index: the time
 * measured is the machine's (a loaded one, a cold cache), so that finding is a notice too.
 */
export async function settleIndexedForeignKeys(database: PlanDatabase, findings: Finding[], minReferencingRows = MIN_REFERENCING_ROWS_DEFAULT): Promise<Finding[]> {
  const actions = findings.filter((finding) => finding.rule === 'slow-foreign-key-check' && finding.data?.action === true && typeof finding.data.constraint === 'string');
  if (actions.length === 0) return findings;
  const referencing = await referencingTables(database, [...new Set(actions.map((finding) => String(finding.data?.constraint)))], minReferencingRows);
  return findings.map((finding) => {
    const found = actions.includes(finding) ? referencing.get(String(finding.data?.constraint)) : undefined;
    if (!found) return finding;
    const { suggestion: _suggestion, ...rest } = finding;
    if (found.index) {
      return {
        ...rest,
        severity: 'notice',
        message: finding.message.replace(
          SEARCHES_REFERENCING_TABLE,
          ` Its referencing columns are indexed (${found.index}), so the time is the action's own work on the referencing rows (deleting or updating them), not a search for them.`,
        ),
        data: { ...finding.data, referencingIndex: found.index },
      };
    }
    if (found.rows === undefined || found.rows >= minReferencingRows) return finding;
    return {
      ...rest,
      severity: 'notice',
      message: finding.message.replace(
        SEARCHES_REFERENCING_TABLE,
        ` The referencing table ${found.table} holds ${formatCount(found.rows)} ${found.rows === 1 ? 'row' : 'rows'}, too few for an index to change the search: the time measured is the machine's, not the table's.`,
      ),
      data: { ...finding.data, referencingRows: found.rows },
    };
  });
}

async function referencingTables(database: PlanDatabase, constraints: string[], floor: number): Promise<Map<string, Referencing>> {
  const rows = await database.query(REFERENCING_SQL, [constraints]).catch(() => []);
  const found = new Map<string, Referencing>();
  for (const row of rows) {
    const table = String(row.referencing);
    const index = row.index === null || row.index === undefined ? undefined : String(row.index);
    // regclass text is the catalog's own quoting of the name, safe to place in the statement as it is.
    const counted = index ? undefined : await database.query(`SELECT count(*)::int AS rows FROM (SELECT 1 FROM ${table} LIMIT ${Math.ceil(floor)}) AS counted`).catch(() => undefined);
    found.set(String(row.constraint), { table, index, rows: counted?.[0] ? Number(counted[0].rows) : undefined });
  }
  return found;
}
