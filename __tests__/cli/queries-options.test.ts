import { parseArgs } from 'node:util';
import { UsageError } from '../../src/core/config/usage-error.js';
import { QUERIES_OPTIONS, queriesLayer } from '../../src/cli/queries-options.js';
import { paramsStyleSetting } from '../../src/queries/audit-sql-setting.js';

/** The queries flags as parseArgs reads them, mapped onto the config file's keys. */
function layerOf(args: string[]) {
  const { values, positionals } = parseArgs({ args, options: QUERIES_OPTIONS, allowPositionals: true, strict: true });
  return queriesLayer(values, positionals);
}

describe('queries flags', () => {
  it('maps files, lists and timeouts onto the config keys', () => {
    expect(layerOf(['sql/a.sql', '--schema', 'db/*.sql,extra.sql', '--statement-timeout', '5s', '--verify-indexes', 'off'])).toEqual({
      settings: { schema: ['db/*.sql', 'extra.sql'], queries: ['sql/a.sql'], 'statement-timeout': '5s', 'verify-indexes': 'off' },
    });
  });

  it('maps --params-style and --allow-functions (repeatable, comma lists) onto their config keys', () => {
    expect(layerOf(['q.sql', '--params-style', 'sqlc', '--allow-functions', 'touch_book,audit.log_it', '--allow-functions', 'bump']).settings).toEqual({
      queries: ['q.sql'],
      'params-style': 'sqlc',
      'allow-functions': ['touch_book', 'audit.log_it', 'bump'],
    });
  });

  it('reads the files after --plan as plans (--plan a.json b.json, a shell-expanded glob), and .sql files as queries', () => {
    expect(layerOf(['--plan', 'plans/a.json', 'plans/b.json', 'plans/c.txt', 'sql/q.sql']).settings).toEqual({
      plan: ['plans/a.json', 'plans/b.json', 'plans/c.txt'],
      queries: ['sql/q.sql'],
    });
    expect(layerOf(['--plan', 'plans/*.json']).settings).toEqual({ plan: ['plans/*.json'] });
    expect(layerOf(['sql/a.sql', 'sql/b.sql']).settings).toEqual({ queries: ['sql/a.sql', 'sql/b.sql'] });
  });

  it('turns ANALYZE on with --analyze and off with --no-analyze (the embedded database analyzes by default), and leaves it unset otherwise', () => {
    expect(layerOf(['q.sql', '--analyze']).settings?.analyze).toBe(true);
    expect(layerOf(['q.sql', '--no-analyze']).settings?.analyze).toBe(false);
    expect(layerOf(['q.sql']).settings).not.toHaveProperty('analyze');
  });

  it('refuses --analyze with --no-analyze', () => {
    expect(() => layerOf(['q.sql', '--analyze', '--no-analyze'])).toThrow(new UsageError('--analyze and --no-analyze: pass one of them, not both.'));
  });

  it('checks params-style where it is used, naming the values', () => {
    expect(paramsStyleSetting(undefined)).toBe('auto');
    expect(paramsStyleSetting('psycopg')).toBe('psycopg');
    expect(() => paramsStyleSetting('named')).toThrow(
      new UsageError('params-style: got "named"; expected one of auto, postgres, sqlc, psycopg, colon (auto reads each file\'s style and refuses what it cannot read for certain).'),
    );
  });
});
