import path from 'node:path';
import { defineMigrationRule } from '../migration-rule.js';

/** Flyway re-runs a repeatable migration (`R__…`) whenever it changes: editing it is how it is used. */
const REPEATABLE = /^R__/i;

/**
 * A change that edits (or renames) a migration the base already has: migration tools record what they applied by
 * name or version, so the edit never runs where the old text already ran, and production and a fresh database
 * drift apart (Flyway refuses to start on the changed checksum).
 */
export const migrationEdited = defineMigrationRule({
  meta: {
    id: 'migration-edited',
    category: 'migration',
    severity: 'error',
    description: 'A pull request or --diff-base change edits or renames a migration that was already merged: it never runs where it already ran.',
    summary: 'an edit or rename of a migration the base already has (Flyway repeatable `R__` files left out)',
  },
  check(statement, state) {
    const change = state.fileChange;
    if (state.statementsBeforeInFile > 0 || change === undefined) return [];
    if (change.status !== 'modified' && change.status !== 'renamed') return [];
    if (REPEATABLE.test(path.posix.basename(change.file))) return [];
    const added = change.addedLines === 'all' ? [] : [...change.addedLines].sort((a, b) => a - b);
    const edited = change.status === 'modified' || change.addedLines === 'all' || added.length > 0;
    const what = change.status === 'renamed' ? `was already merged as ${change.previousFile ?? 'another name'}, and this change renames${edited ? ' and edits' : ''} it` : 'was already merged, and this change edits it';
    return [
      {
        message: `${change.file} ${what}: databases that ran it will not run it again${change.status === 'renamed' ? ' (or, where the name carries the version, run it twice)' : ''}, so they and a fresh database end up with different schemas.`,
        suggestion: 'Leave merged migrations as they are and put the change in a new migration after them.',
        ...(added.length > 0 ? { line: added[0] } : {}),
      },
    ];
  },
});
