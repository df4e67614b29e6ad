/** PostgreSQL's table-level lock modes, weakest first, named as its documentation names them. */
export const LOCK_MODES = [
  'ACCESS SHARE',
  'ROW SHARE',
  'ROW EXCLUSIVE',
  'SHARE UPDATE EXCLUSIVE',
  'SHARE',
  'SHARE ROW EXCLUSIVE',
  'EXCLUSIVE',
  'ACCESS EXCLUSIVE',
] as const;
export type LockMode = (typeof LOCK_MODES)[number];

/**
 * PostgreSQL's table of conflicting lock modes ("Explicit Locking", the same in 15 and 18): which modes each mode
 * waits for, and makes wait. The relation is symmetric.
 */
const CONFLICTS: Record<LockMode, readonly LockMode[]> = {
  'ACCESS SHARE': ['ACCESS EXCLUSIVE'],
  'ROW SHARE': ['EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  'ROW EXCLUSIVE': ['SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  'SHARE UPDATE EXCLUSIVE': ['SHARE UPDATE EXCLUSIVE', 'SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  SHARE: ['ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  'SHARE ROW EXCLUSIVE': ['ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE', 'SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  EXCLUSIVE: ['ROW SHARE', 'ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE', 'SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  'ACCESS EXCLUSIVE': [...LOCK_MODES],
};

export function conflicts(held: LockMode, wanted: LockMode): boolean {
  return CONFLICTS[held].includes(wanted);
}

/** The everyday statements a table lock can hold up, each with the lock it asks for (PostgreSQL's documentation). */
export const EVERYDAY_STATEMENTS: readonly { statement: string; mode: LockMode }[] = [
  { statement: 'SELECT', mode: 'ACCESS SHARE' },
  { statement: 'SELECT … FOR UPDATE/SHARE', mode: 'ROW SHARE' },
  { statement: 'INSERT/UPDATE/DELETE', mode: 'ROW EXCLUSIVE' },
  { statement: 'VACUUM, ANALYZE, CREATE INDEX CONCURRENTLY', mode: 'SHARE UPDATE EXCLUSIVE' },
  { statement: 'CREATE INDEX', mode: 'SHARE' },
  { statement: 'ALTER TABLE, DROP, TRUNCATE', mode: 'ACCESS EXCLUSIVE' },
];

/** The everyday statements that wait while `mode` is held, for the finding's data. */
export function blockedStatements(mode: LockMode): string[] {
  return EVERYDAY_STATEMENTS.filter((everyday) => conflicts(mode, everyday.mode)).map((everyday) => everyday.statement);
}

/** The strongest of some modes (they are ordered weakest first). */
export function strongestMode(modes: Iterable<LockMode>): LockMode | undefined {
  let strongest: LockMode | undefined;
  for (const mode of modes) if (strongest === undefined || LOCK_MODES.indexOf(mode) > LOCK_MODES.indexOf(strongest)) strongest = mode;
  return strongest;
}

/** `AccessExclusiveLock`, as pg_locks names a mode, to `ACCESS EXCLUSIVE`; undefined for a mode no table lock has. */
export function lockModeOf(pgLocksMode: string): LockMode | undefined {
  const words = pgLocksMode.replace(/Lock$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
  return (LOCK_MODES as readonly string[]).includes(words) ? (words as LockMode) : undefined;
}

/**
 * Who waits while the lock is held, in words, from the conflict table: SELECT takes ACCESS SHARE, INSERT/UPDATE/
 * DELETE take ROW EXCLUSIVE, and other DDL (and VACUUM) at least SHARE UPDATE EXCLUSIVE.
 */
export function whoWaits(mode: LockMode): string {
  const reads = conflicts(mode, 'ACCESS SHARE');
  const writes = conflicts(mode, 'ROW EXCLUSIVE');
  if (reads) return 'reads and writes wait';
  if (writes) return conflicts(mode, 'ROW SHARE') ? 'writes and SELECT … FOR UPDATE wait, reads go on' : 'writes wait, reads go on';
  if (conflicts(mode, 'SHARE UPDATE EXCLUSIVE')) return 'reads and writes go on, other DDL and VACUUM wait';
  if (conflicts(mode, 'SHARE')) return 'reads and writes go on, CREATE INDEX and stronger DDL wait';
  return 'reads and writes go on';
}

/** `ACCESS EXCLUSIVE on orders, reads and writes wait`: the lock half of a finding's message. */
export function lockText(mode: LockMode, table: string): string {
  return `${mode} on ${table}; ${whoWaits(mode)}`;
}

/** The suggestion's reminder that a lock waits behind every running query, and everything after it waits too. */
export const LOCK_TIMEOUT_ADVICE = "Set lock_timeout first (SET lock_timeout = '2s') so that a lock stuck behind a long query fails the migration instead of queueing every query behind it.";
