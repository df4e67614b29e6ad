import type { PGlite } from '@electric-sql/pglite';
import { DatabaseError, type DatabaseIdentity, type PlanDatabase } from '../db/plan-database.js';

/**
 * The embedded default as a PlanDatabase: PGlite runs PostgreSQL in this process, so there is no URL, no password
 * and no network. `run` goes through `exec` (the simple query protocol) because `query` always binds, and a bind
 * with no parameters makes `EXPLAIN (GENERIC_PLAN) … $1` fail with "bind message supplies 0 parameters".
 */
export class PgliteDatabase implements PlanDatabase {
  private constructor(
    private readonly db: PGlite,
    readonly identity: DatabaseIdentity,
  ) {}

  /** PGlite is single-process (no parallel workers) and sets its own search_path; none of it is the application's. */
  readonly engineSettings = ['max_parallel_workers', 'max_parallel_workers_per_gather', 'search_path'] as const;

  static async over(db: PGlite): Promise<PgliteDatabase> {
    const result = await db.query<{ version: string; version_num: string }>(
      "SELECT version() AS version, current_setting('server_version_num') AS version_num",
    );
    const { version, version_num: versionNum } = result.rows[0];
    return new PgliteDatabase(db, { kind: 'embedded', version: shortVersion(version), versionNum: Number(versionNum), location: 'PGlite (in-process)' });
  }

  async run(sql: string): Promise<Record<string, unknown>[]> {
    refuseCopyFromStdin(sql);
    const results = await withDatabaseErrors(() => this.db.exec(sql));
    // One command gives one result; should a caller send more, the last one is what it asked for.
    return (results.at(-1)?.rows ?? []) as Record<string, unknown>[];
  }

  /** Who refused a statement, in the schema loader's messages. */
  readonly name = 'the embedded database';

  /** PGlite reads COPY rows from a Blob that the COPY names as the file `/dev/blob`. */
  async copyRows(readingFile: (path: string) => string, rows: string): Promise<void> {
    await withDatabaseErrors(() => this.db.query(readingFile('/dev/blob'), [], { blob: new Blob([rows]) }));
  }

  async query(sql: string, params: readonly unknown[] = []): Promise<Record<string, unknown>[]> {
    refuseCopyFromStdin(sql);
    const result = await withDatabaseErrors(() => this.db.query<Record<string, unknown>>(sql, [...params]));
    return result.rows;
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
  }
}

/** `COPY … FROM stdin`, anywhere in a command (`exec` takes several); its rows must come through copyRows. */
const COPY_FROM_STDIN = /\bcopy\b[^;]*\bfrom\s+stdin\b/i;

/**
 * PGlite answers a `COPY … FROM stdin` that has no rows attached by waiting for them in a loop that never yields:
 * the whole process freezes, and no timeout can fire. Such a command is refused before it is sent; a false match
 * (the words inside a string) only costs an error.
 */
function refuseCopyFromStdin(sql: string): void {
  if (COPY_FROM_STDIN.test(sql)) {
    throw new DatabaseError('COPY … FROM stdin cannot run here: the embedded database has no stdin to read the rows from', '0A000', undefined);
  }
}

/** `PostgreSQL 18.6 (PGlite 0.5.16) on wasm32-unknown-emscripten, compiled by …` → `PostgreSQL 18.6 (PGlite 0.5.16)`. */
function shortVersion(version: string): string {
  const onPlatform = version.indexOf(' on ');
  return onPlatform === -1 ? version : version.slice(0, onPlatform);
}

async function withDatabaseErrors<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw toDatabaseError(error);
  }
}

/** PGlite throws the protocol's error message, whose `position` is the 1-based character offset as a string. */
function toDatabaseError(error: unknown): unknown {
  if (!(error instanceof Error) || !('code' in error)) return error;
  const code = typeof error.code === 'string' ? error.code : undefined;
  const position = 'position' in error && typeof error.position === 'string' ? Number(error.position) : undefined;
  return new DatabaseError(error.message, code, Number.isInteger(position) ? position : undefined);
}
