import { toList, type Config } from '../core/config/config.js';
import { UsageError } from '../core/config/usage-error.js';
import { parseDuration } from '../core/config/duration.js';
import { readVerifyIndexesSetting } from './advice/verification-mode.js';
import type { SqlAuditSettings } from './audit-sql-files.js';

const DEFAULT_STATEMENT_TIMEOUT = '30s';
const DEFAULT_LOCK_TIMEOUT = '2s';

/**
 * The EXPLAIN settings of a SQL audit. `analyze` defaults to off against a server, which may be a shared staging
 * replica where running every statement costs others, and to on for the embedded database, which is the run's own.
 */
export function readSqlAuditSettings(config: Config, embedded: boolean): SqlAuditSettings {
  const analyze = config.settings.analyze;
  if (analyze !== undefined && typeof analyze !== 'boolean') {
    throw new UsageError(`analyze: got ${JSON.stringify(analyze)}; expected true or false.`);
  }
  return {
    analyze: analyze ?? embedded,
    statementTimeoutMs: durationSetting(config, 'statement-timeout', DEFAULT_STATEMENT_TIMEOUT),
    lockTimeoutMs: durationSetting(config, 'lock-timeout', DEFAULT_LOCK_TIMEOUT),
    verifyIndexes: readVerifyIndexesSetting(config.settings['verify-indexes']),
    allowFunctions: allowFunctionsSetting(config.settings['allow-functions']),
    queryParams: queryParamsSetting(config.settings['query-params']),
  };
}

/** PostgreSQL's timeouts count whole milliseconds, so `1.5s` is 1500 and `0.1ms` is refused. */
function durationSetting(config: Config, key: string, fallback: string): number {
  const value = config.settings[key] ?? fallback;
  const ms = typeof value === 'string' ? parseDuration(value) : undefined;
  if (ms !== undefined && Number.isInteger(ms) && ms > 0) return ms;
  throw new UsageError(`${key}: got ${JSON.stringify(value)}; expected a Go-style duration of at least 1ms such as 300ms, ${fallback} or 1m.`);
}

/** `allow-functions`: names or schema.names, as a list or a comma list (an action input is one string). */
function allowFunctionsSetting(value: unknown): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))) return toList(value);
  throw new UsageError(`allow-functions: got ${JSON.stringify(value)}; expected function names such as [touch_book, audit.log_change].`);
}

/**
 * `query-params`: `{ <-- name: or file:line>: { $1: value, … } }`, values as their text (PostgreSQL casts them to the
 * parameter's type). The schema checks the shape; this turns `$1` and `1` into the parameter's number.
 */
function queryParamsSetting(value: unknown): Record<string, Record<number, string>> {
  if (value === undefined) return {};
  const expected = "expected statements (by -- name: or file:line) mapping parameters to values, e.g. { GetJob: { '$1': running, '$2': 10 } }";
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`query-params: got ${JSON.stringify(value)}; ${expected}.`);
  return Object.fromEntries(
    Object.entries(value).map(([statement, params]) => {
      if (typeof params !== 'object' || params === null || Array.isArray(params)) throw new UsageError(`query-params.${statement}: got ${JSON.stringify(params)}; ${expected}.`);
      const values = Object.entries(params).map(([key, param]): [number, string] => {
        const number = /^\$?([1-9][0-9]*)$/.exec(key)?.[1];
        if (!number || !['string', 'number', 'boolean'].includes(typeof param)) throw new UsageError(`query-params.${statement}.${key}: got ${JSON.stringify(param)}; ${expected}.`);
        return [Number(number), String(param)];
      });
      return [statement, Object.fromEntries(values)];
    }),
  );
}
