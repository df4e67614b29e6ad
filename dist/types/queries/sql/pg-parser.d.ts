import type { ParseResult, ScanResult } from 'libpg-query';
/** The two calls of the real PostgreSQL parser this audit needs; tests pass the real one too. */
export interface PgParser {
    parse(sql: string): ParseResult;
    scan(sql: string): ScanResult;
}
/** One parser per process, loaded on first use. */
export declare function pgParser(): Promise<PgParser>;
