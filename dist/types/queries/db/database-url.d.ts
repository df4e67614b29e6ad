/** Where a database URL points, and the secrets in it that no message may ever show. */
export interface DatabaseAddress {
    /** `postgres://app@db.internal:5432/app`: the URL without password and query parameters. */
    location: string;
    /** `db.internal:5432/app`, for messages that already say what it is. */
    hostPortDatabase: string;
    host: string;
    port: number;
    database: string;
    user: string;
    /** Every form a password may take in text: as written in the URL and decoded. */
    secrets: string[];
}
/**
 * Reads the parts of a `database-url` that messages and the report may name. The value itself is never echoed:
 * a URL that does not parse may still hold a password.
 */
export declare function describeDatabaseUrl(url: string): DatabaseAddress;
