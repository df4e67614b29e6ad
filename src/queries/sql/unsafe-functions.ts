import { nodesOfType } from './walk-parse-tree.js';

/**
 * Built-in and contrib functions whose effect outlives the audit's ROLLBACK or reaches past its database, refused
 * in every mode before anything is sent: each name with the reason. (The `_xact_` advisory locks are transaction
 * scoped and stay allowed; `set_config(…, true)` is SET LOCAL and stays allowed.)
 */
export const UNSAFE_FUNCTIONS: Readonly<Record<string, string>> = {
  pg_terminate_backend: 'ends another session (backend signalling)',
  pg_cancel_backend: "cancels another session's query (backend signalling)",
  pg_reload_conf: 'makes the server reload its configuration (backend signalling)',
  pg_rotate_logfile: "rotates the server's log file (backend signalling)",
  pg_log_backend_memory_contexts: "writes another session's memory contexts to the server log (backend signalling)",
  pg_promote: 'promotes a standby to primary',
  pg_wal_replay_pause: 'pauses WAL replay on a standby',
  pg_wal_replay_resume: 'resumes WAL replay on a standby',
  pg_switch_wal: 'forces a switch to a new WAL file',
  pg_create_restore_point: 'writes a named restore point into the WAL',
  pg_backup_start: 'starts an online backup',
  pg_backup_stop: 'ends an online backup',
  pg_create_physical_replication_slot: 'creates a replication slot, which persists and holds back WAL',
  pg_create_logical_replication_slot: 'creates a replication slot, which persists and holds back WAL',
  pg_copy_physical_replication_slot: 'creates a replication slot, which persists and holds back WAL',
  pg_copy_logical_replication_slot: 'creates a replication slot, which persists and holds back WAL',
  pg_drop_replication_slot: 'drops a replication slot',
  pg_replication_slot_advance: 'moves a replication slot forward, discarding changes a consumer has not read',
  pg_logical_slot_get_changes: "consumes a logical replication slot's changes",
  pg_logical_slot_get_binary_changes: "consumes a logical replication slot's changes",
  pg_logical_emit_message: 'writes a message into the WAL for logical decoding consumers',
  pg_replication_origin_create: 'creates a replication origin',
  pg_replication_origin_drop: 'drops a replication origin',
  pg_replication_origin_advance: 'moves a replication origin',
  pg_replication_origin_session_setup: "marks the session's changes as coming from a replication origin",
  pg_advisory_lock: 'takes a session-level advisory lock, held after the rollback until the session ends',
  pg_advisory_lock_shared: 'takes a session-level advisory lock, held after the rollback until the session ends',
  pg_try_advisory_lock: 'takes a session-level advisory lock, held after the rollback until the session ends',
  pg_try_advisory_lock_shared: 'takes a session-level advisory lock, held after the rollback until the session ends',
  pg_advisory_unlock: 'releases session-level advisory locks the application may hold',
  pg_advisory_unlock_shared: 'releases session-level advisory locks the application may hold',
  pg_advisory_unlock_all: 'releases session-level advisory locks the application may hold',
  setval: 'sets a sequence, and sequence changes are never rolled back',
  nextval: 'advances a sequence, and sequence changes are never rolled back',
  postgres_fdw_disconnect: 'closes foreign-data connections',
  postgres_fdw_disconnect_all: 'closes foreign-data connections',
  lo_import: 'reads a server file into a large object',
  lo_export: 'writes a large object to a server file',
  lo_create: 'creates a large object',
  lo_creat: 'creates a large object',
  lo_from_bytea: 'creates a large object',
  lo_unlink: 'deletes a large object',
  lo_put: 'writes into a large object',
  lo_open: 'opens a large object descriptor',
  lowrite: 'writes into a large object',
  lo_truncate: 'truncates a large object',
  lo_truncate64: 'truncates a large object',
  pg_read_file: 'reads a file on the database server',
  pg_read_binary_file: 'reads a file on the database server',
  pg_stat_file: 'reads a file on the database server',
  pg_ls_dir: "lists a directory on the database server",
  pg_ls_logdir: "lists a directory on the database server",
  pg_ls_waldir: "lists a directory on the database server",
  pg_ls_tmpdir: "lists a directory on the database server",
  pg_ls_archive_statusdir: "lists a directory on the database server",
  pg_ls_logicalmapdir: "lists a directory on the database server",
  pg_ls_logicalsnapdir: "lists a directory on the database server",
  pg_ls_replslotdir: "lists a directory on the database server",
  pg_file_write: 'writes a file on the database server (adminpack)',
  pg_file_rename: 'renames a file on the database server (adminpack)',
  pg_file_unlink: 'deletes a file on the database server (adminpack)',
  pg_file_sync: 'syncs a file on the database server (adminpack)',
  pg_logdir_ls: "lists the server's log directory (adminpack)",
};

/** Name prefixes refused whole: every dblink function reaches another database, outside this transaction. */
export const UNSAFE_PREFIXES: Readonly<Record<string, string>> = {
  dblink: 'connects to another database, where what it does is not rolled back (dblink)',
};

export interface UnsafeCall {
  /** `pg_terminate_backend()`, `set_config(…, false)`. */
  call: string;
  reason: string;
}

/** The first call in the statement of a function that acts outside the audit's transaction. */
export function unsafeCall(statement: unknown): UnsafeCall | undefined {
  for (const call of nodesOfType(statement, 'FuncCall')) {
    const name = functionName(call);
    if (name === undefined) continue;
    const listed = UNSAFE_FUNCTIONS[name];
    if (listed) return { call: `${name}()`, reason: listed };
    const prefix = Object.keys(UNSAFE_PREFIXES).find((start) => name.startsWith(start));
    if (prefix) return { call: `${name}()`, reason: UNSAFE_PREFIXES[prefix] };
    if (name === 'set_config' && !isLocal(call)) {
      return { call: 'set_config(…, false)', reason: 'changes a setting for the rest of the session, not only this transaction' };
    }
  }
  return undefined;
}

/** The function's own name (the last part of `schema.name`), as the parser folded it. */
export function functionName(call: Record<string, unknown>): string | undefined {
  const parts = Array.isArray(call.funcname) ? call.funcname : [];
  const last = parts.at(-1) as { String?: { sval?: string } } | undefined;
  return last?.String?.sval;
}

/** `set_config(name, value, true)` with a literal true is SET LOCAL; anything else (false, a parameter) may not be. */
function isLocal(call: Record<string, unknown>): boolean {
  const args = Array.isArray(call.args) ? call.args : [];
  const third = args[2] as { A_Const?: { boolval?: { boolval?: boolean } } } | undefined;
  return third?.A_Const?.boolval?.boolval === true;
}
