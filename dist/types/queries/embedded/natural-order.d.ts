/**
 * Compares file paths the way people number migrations: runs of digits as numbers, so `2_users.sql` comes before
 * `10_orders.sql` even without zero padding, while zero-padded names (`002_`, `010_`) keep their plain order. Other
 * characters compare by code point, so the order is the same on every machine and locale.
 */
export declare function compareNaturally(a: string, b: string): number;
