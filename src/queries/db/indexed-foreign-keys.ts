import type { Finding } from '../../core/finding.js';
import type { PlanDatabase } from '../../postgres/db/plan-database.js';
import { SEARCHES_REFERENCING_TABLE } from '../rules/plan/slow-foreign-key-check.js';

/**
 * For each foreign key named, a valid non-partial index whose leading key columns are its referencing columns (in
 * any order): the index an ON DELETE / ON UPDATE action searches the referencing table with.
 */
const INDEXED_SQL = `
SELECT c.conname AS constraint, min(i.indexrelid::regclass::text) AS index
  FROM pg_constraint c
  JOIN pg_index i ON i.indrelid = c.conrelid AND i.indisvalid AND i.indpred IS NULL
 WHERE c.contype = 'f' AND c.conname = ANY($1::text[])
   AND cardinality(c.conkey) <= i.indnkeyatts
   AND (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] @> c.conkey
 GROUP BY c.conname`;

/**
 * slow-foreign-key-check reads the plan alone, where a slow ON DELETE action looks the same whether it searched
 * the referencing table row by row or found its rows through an index and spent the time deleting or nulling them.
 * With the database at hand the two are told apart: when an index already serves the referencing columns there is
 * nothing to index, so the finding becomes a notice that says which index and where the time went.
 */
export async function settleIndexedForeignKeys(database: PlanDatabase, findings: Finding[]): Promise<Finding[]> {
  const actions = findings.filter((finding) => finding.rule === 'slow-foreign-key-check' && finding.data?.action === true && typeof finding.data.constraint === 'string');
  if (actions.length === 0) return findings;
  const names = [...new Set(actions.map((finding) => String(finding.data?.constraint)))];
  const rows = await database.query(INDEXED_SQL, [names]).catch(() => []);
  const indexOf = new Map(rows.map((row) => [String(row.constraint), String(row.index)]));
  return findings.map((finding) => {
    const index = actions.includes(finding) ? indexOf.get(String(finding.data?.constraint)) : undefined;
    if (!index) return finding;
    const { suggestion: _suggestion, ...rest } = finding;
    return {
      ...rest,
      severity: 'notice',
      message: finding.message.replace(
        SEARCHES_REFERENCING_TABLE,
        ` Its referencing columns are indexed (${index}), so the time is the action's own work on the referencing rows (deleting or updating them), not a search for them.`,
      ),
      data: { ...finding.data, referencingIndex: index },
    };
  });
}
