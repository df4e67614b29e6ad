import type { Node } from 'libpg-query';
import { functionName } from '../sql/unsafe-functions.js';
import { nodesOfType } from '../sql/walk-parse-tree.js';
import type { PlanDatabase } from '../../postgres/db/plan-database.js';

/** A user-defined function the statement may run, as pg_proc describes it. */
export interface CalledFunction {
  /** `public.touch_book` */
  name: string;
  volatility: 'immutable' | 'stable' | 'volatile';
  language: string;
  /** How the statement reaches it: `call`, `trigger books_touch on books`, `default of books.slug`. */
  via: string;
  /** The extension that owns it (its code is the extension's, vetted like a built-in), if any. */
  extension?: string;
}

const VOLATILITY = { i: 'immutable', s: 'stable', v: 'volatile' } as const;

/** Functions outside pg_catalog and information_schema: the ones the application (or an extension) defined. */
const USER_FUNCTION = `
  JOIN pg_namespace n ON n.oid = p.pronamespace
  JOIN pg_language l ON l.oid = p.prolang
  LEFT JOIN pg_depend e ON e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e'
  LEFT JOIN pg_extension x ON x.oid = e.refobjid
 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')`;
const COLUMNS = `n.nspname || '.' || p.proname AS name, p.provolatile AS volatility, l.lanname AS language, x.extname AS extension`;

/**
 * Every user-defined function the statement calls by name, and with `withTargets` (under ANALYZE, when the
 * statement runs) every function that the triggers and column defaults of the tables it writes fire. Looked up by
 * name in every schema: an overload or another schema's namesake is listed too, which errs on the side of caution.
 */
export async function calledFunctions(database: PlanDatabase, statement: Node, withTargets: boolean): Promise<CalledFunction[]> {
  const names = [...new Set(nodesOfType(statement, 'FuncCall').flatMap((call) => functionName(call) ?? []))];
  const found: CalledFunction[] = [];
  if (names.length > 0) {
    const rows = await database.query(`SELECT ${COLUMNS}, 'call' AS via FROM pg_proc p ${USER_FUNCTION} AND p.proname = ANY($1::text[]) ORDER BY 1`, [names]);
    found.push(...rows.map(asFunction));
  }
  if (withTargets) {
    for (const [table, { shown, events }] of targetTables(statement)) {
      const rows = await database.query(
        `SELECT ${COLUMNS}, 'trigger ' || t.tgname || ' on ' || $2 AS via
           FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid ${USER_FUNCTION} AND NOT t.tgisinternal AND t.tgrelid = to_regclass($1) AND (t.tgtype::int & $3::int) <> 0
         UNION ALL
         SELECT ${COLUMNS}, 'default of ' || $2 || '.' || a.attname AS via
           FROM pg_attrdef d
           JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
           JOIN pg_depend dep ON dep.classid = 'pg_attrdef'::regclass AND dep.objid = d.oid AND dep.refclassid = 'pg_proc'::regclass
           JOIN pg_proc p ON p.oid = dep.refobjid ${USER_FUNCTION} AND d.adrelid = to_regclass($1) AND ($3::int & ${INSERT | UPDATE}) <> 0
         ORDER BY 5, 1`,
        [table, shown, events],
      );
      found.push(...rows.map(asFunction));
    }
  }
  return found;
}

function asFunction(row: Record<string, unknown>): CalledFunction {
  const volatility = VOLATILITY[String(row.volatility) as keyof typeof VOLATILITY] ?? 'volatile';
  return { name: String(row.name), volatility, language: String(row.language), via: String(row.via), ...(row.extension ? { extension: String(row.extension) } : {}) };
}

/** pg_trigger.tgtype's event bits: a trigger fires only for the events it names; defaults only on INSERT or UPDATE. */
const INSERT = 4;
const DELETE = 8;
const UPDATE = 16;
const EVENTS: Record<string, number> = { InsertStmt: INSERT, UpdateStmt: UPDATE, DeleteStmt: DELETE, MergeStmt: INSERT | UPDATE | DELETE };

/** The tables an INSERT, UPDATE, DELETE or MERGE writes (a data-modifying WITH included): their SQL name → their name as shown. */
function targetTables(statement: Node): Map<string, { shown: string; events: number }> {
  const tables = new Map<string, { shown: string; events: number }>();
  for (const [type, events] of Object.entries(EVENTS)) {
    for (const fields of nodesOfType(statement, type)) {
      const relation = fields.relation as { schemaname?: string; relname?: string } | undefined;
      if (!relation?.relname) continue;
      const sql = relation.schemaname ? `${quote(relation.schemaname)}.${quote(relation.relname)}` : quote(relation.relname);
      const shown = relation.schemaname ? `${relation.schemaname}.${relation.relname}` : relation.relname;
      tables.set(sql, { shown, events: (tables.get(sql)?.events ?? 0) | events });
    }
  }
  return tables;
}

/** to_regclass reads SQL names: quoted, so a mixed-case or odd name resolves as the parser read it. */
function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The functions ANALYZE would run that the config does not allow: VOLATILE, user-defined, not an extension's. */
export function refusedUnderAnalyze(functions: readonly CalledFunction[], allowed: readonly string[]): CalledFunction[] {
  const allow = new Set(allowed.map((name) => name.toLowerCase()));
  return functions.filter((fn) => fn.volatility === 'volatile' && !fn.extension && !allow.has(fn.name.toLowerCase()) && !allow.has(fn.name.split('.').slice(1).join('.').toLowerCase()));
}

