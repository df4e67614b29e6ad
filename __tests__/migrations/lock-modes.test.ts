import { blockedStatements, conflicts, LOCK_MODES, lockModeOf, whoWaits } from '../../src/migrations/lock-modes.js';

describe("PostgreSQL's lock conflict table", () => {
  it('is symmetric, and ACCESS EXCLUSIVE conflicts with every mode while ACCESS SHARE conflicts with it alone', () => {
    for (const held of LOCK_MODES) for (const wanted of LOCK_MODES) expect([held, wanted, conflicts(held, wanted)]).toEqual([held, wanted, conflicts(wanted, held)]);
    expect(LOCK_MODES.filter((mode) => conflicts('ACCESS EXCLUSIVE', mode))).toEqual([...LOCK_MODES]);
    expect(LOCK_MODES.filter((mode) => conflicts('ACCESS SHARE', mode))).toEqual(['ACCESS EXCLUSIVE']);
    expect(LOCK_MODES.filter((mode) => conflicts('ROW EXCLUSIVE', mode))).toEqual(['SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE']);
    expect(conflicts('SHARE', 'SHARE')).toBe(false);
    expect(conflicts('SHARE UPDATE EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE')).toBe(true);
  });

  it('says who waits for each mode, in words and as the everyday statements held up', () => {
    expect(LOCK_MODES.map((mode) => `${mode}: ${whoWaits(mode)}`)).toEqual([
      'ACCESS SHARE: reads and writes go on',
      'ROW SHARE: reads and writes go on',
      'ROW EXCLUSIVE: reads and writes go on, CREATE INDEX and stronger DDL wait',
      'SHARE UPDATE EXCLUSIVE: reads and writes go on, other DDL and VACUUM wait',
      'SHARE: writes wait, reads go on',
      'SHARE ROW EXCLUSIVE: writes wait, reads go on',
      'EXCLUSIVE: writes and SELECT … FOR UPDATE wait, reads go on',
      'ACCESS EXCLUSIVE: reads and writes wait',
    ]);
    expect(blockedStatements('SHARE')).toEqual(['INSERT/UPDATE/DELETE', 'VACUUM, ANALYZE, CREATE INDEX CONCURRENTLY', 'ALTER TABLE, DROP, TRUNCATE']);
    expect(blockedStatements('ACCESS SHARE')).toEqual(['ALTER TABLE, DROP, TRUNCATE']);
  });

  it("reads pg_locks' mode names, and nothing else", () => {
    expect(['AccessShareLock', 'RowExclusiveLock', 'ShareUpdateExclusiveLock', 'AccessExclusiveLock', 'ExclusiveLock'].map(lockModeOf)).toEqual([
      'ACCESS SHARE',
      'ROW EXCLUSIVE',
      'SHARE UPDATE EXCLUSIVE',
      'ACCESS EXCLUSIVE',
      'EXCLUSIVE',
    ]);
    expect(lockModeOf('SIReadLock')).toBeUndefined();
  });
});
