import { UsageError } from '../../core/config/usage-error.js';
import { shortened } from '../db/statement-error.js';
import type { SchemaFile } from './schema-file.js';

/**
 * The extensions the files create, checked against what the engine can load before it starts: the embedded
 * database loads an extension only when it is named at startup, and one it lacks (PostGIS, TimescaleDB)
 * is the user's engine choice to change, not a statement to fix, so the message says to audit against a server.
 */
export function schemaExtensions(files: readonly SchemaFile[], available: ReadonlySet<string>, setting: string): string[] {
  const names = new Set<string>();
  for (const { steps } of files) {
    for (const step of steps) {
      if (step.kind !== 'extension') continue;
      if (!available.has(step.extension)) {
        const { file, startLine, sql } = step.statement;
        throw new UsageError(
          `${setting}: ${file}:${startLine}: the embedded database (PGlite) has no extension ${step.extension} (${JSON.stringify(shortened(sql))}). ` +
            `Audit against a PostgreSQL server that has ${step.extension} installed: set database-url (--database-url) to it. ` +
            `PGlite loads these: ${[...available].sort().join(', ')}.`,
        );
      }
      names.add(step.extension);
    }
  }
  return [...names];
}
