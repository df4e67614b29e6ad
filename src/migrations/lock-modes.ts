/** The table-level lock modes migrations take, named as PostgreSQL's documentation names them. */
export type LockMode = 'ACCESS EXCLUSIVE' | 'SHARE ROW EXCLUSIVE' | 'SHARE' | 'SHARE UPDATE EXCLUSIVE';

/**
 * Which everyday statements wait while the lock is held, from PostgreSQL's table of conflicting lock modes: SELECT
 * takes ACCESS SHARE, INSERT/UPDATE/DELETE take ROW EXCLUSIVE, and other DDL (and VACUUM) at least SHARE UPDATE
 * EXCLUSIVE.
 */
export function whoWaits(mode: LockMode): string {
  switch (mode) {
    case 'ACCESS EXCLUSIVE':
      return 'reads and writes wait';
    case 'SHARE ROW EXCLUSIVE':
    case 'SHARE':
      return 'writes wait, reads go on';
    case 'SHARE UPDATE EXCLUSIVE':
      return 'reads and writes go on, other DDL and VACUUM wait';
  }
}

/** `ACCESS EXCLUSIVE on orders, reads and writes wait`: the lock half of a finding's message. */
export function lockText(mode: LockMode, table: string): string {
  return `${mode} on ${table}; ${whoWaits(mode)}`;
}

/** The suggestion's reminder that a lock waits behind every running query, and everything after it waits too. */
export const LOCK_TIMEOUT_ADVICE = "Set lock_timeout first (SET lock_timeout = '2s') so that a lock stuck behind a long query fails the migration instead of queueing every query behind it.";
