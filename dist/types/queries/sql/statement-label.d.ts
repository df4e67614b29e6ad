/** What users call a statement, for messages: `COMMIT`, `CREATE INDEX CONCURRENTLY`, `ALTER TABLE`. */
export declare function statementLabel(type: string, fields: Record<string, unknown>): string;
