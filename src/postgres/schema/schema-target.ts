/**
 * Where a schema loads: the embedded database or a server. `run` sends one command over the simple protocol (as
 * psql does, so BEGIN/COMMIT, DO blocks and function bodies work unchanged) and throws a DatabaseError when the
 * database refuses it.
 */
export interface SchemaTarget {
  /** `the embedded database`, `the server`: who refused a statement, in messages. */
  readonly name: string;
  run(sql: string): Promise<unknown>;
  /**
   * Loads the rows of a `COPY … FROM stdin`, given the COPY as it would read them from a file instead. Absent where
   * the driver cannot stream COPY data; such a schema is then refused with the statement's place.
   */
  copyRows?(readingFile: (path: string) => string, rows: string): Promise<void>;
}
