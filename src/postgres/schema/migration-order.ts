import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../core/config/usage-error.js';
import { compareNaturally } from './natural-order.js';

/** A file to load: absolute for reading, repository-relative (`/`-separated) for messages. */
export interface LoadingFile {
  absolute: string;
  file: string;
}

/** Which tool's order a folder of migrations follows, for the log. */
export type MigrationTool = 'flyway' | 'golang-migrate' | 'sqitch' | 'name order';

export interface OrderedFiles {
  files: LoadingFile[];
  /** Per folder (or sqitch project), the order used and the files left out because their tool never applies them. */
  folders: { folder: string; tool: MigrationTool; left: string[] }[];
}

const FLYWAY_VERSIONED = /^V(\d+(?:[._]\d+)*)__.*\.sql$/i;
const FLYWAY_REPEATABLE = /^R__(.*)\.sql$/i;
const FLYWAY_OTHER = /^[UB]\d+(?:[._]\d+)*__.*\.sql$/i;
const UP = /\.up\.sql$/i;
const DOWN = /\.down\.sql$/i;

/**
 * The files in the order their migration tool applies them, folder by folder (folders in name order):
 * - Flyway (`V<version>__name.sql`): versions compared part by part as numbers (V1.2 < V1.10 < V2), then the
 *   repeatable `R__` migrations by name; undo (`U<n>__`) and baseline (`B<n>__`) files are left out.
 * - golang-migrate and dbmate-style pairs (`1_name.up.sql`): the `.down.sql` files are left out.
 * - sqitch (`deploy/` beside a `sqitch.plan`): the plan's order; `revert/` and `verify/` are left out, and a deploy
 *   script the plan does not list is an error, since sqitch would never deploy it.
 * - Prisma (`migrations/<timestamp>_name/migration.sql`) and anything else: by path, numbers compared as numbers.
 */
export function orderMigrations(files: readonly LoadingFile[], setting: string): OrderedFiles {
  const groups = new Map<string, LoadingFile[]>();
  const sqitchRoots = new Map<string, string | undefined>();
  for (const entry of files) {
    const key = sqitchRoot(entry.absolute, sqitchRoots) ?? path.dirname(entry.absolute);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const ordered: OrderedFiles = { files: [], folders: [] };
  for (const key of [...groups.keys()].sort(compareNaturally)) {
    const group = groups.get(key) ?? [];
    const folder = path.dirname(group[0].file);
    const isSqitch = [...sqitchRoots.values()].includes(key);
    const { tool, kept, left } = isSqitch ? sqitchOrder(key, group, setting) : folderOrder(group);
    ordered.files.push(...kept);
    ordered.folders.push({ folder: isSqitch ? path.dirname(path.dirname(group[0].file)) || '.' : folder, tool, left: left.map((entry) => entry.file) });
  }
  return ordered;
}

function folderOrder(group: LoadingFile[]): { tool: MigrationTool; kept: LoadingFile[]; left: LoadingFile[] } {
  const names = group.map((entry) => path.basename(entry.absolute));
  if (names.some((name) => FLYWAY_VERSIONED.test(name))) {
    const kept = group.filter((entry) => !FLYWAY_OTHER.test(path.basename(entry.absolute)));
    return { tool: 'flyway', kept: kept.sort(compareFlyway), left: group.filter((entry) => !kept.includes(entry)) };
  }
  if (names.some((name) => UP.test(name))) {
    const kept = group.filter((entry) => !DOWN.test(entry.absolute));
    return { tool: 'golang-migrate', kept: kept.sort(byPath), left: group.filter((entry) => !kept.includes(entry)) };
  }
  return { tool: 'name order', kept: [...group].sort(byPath), left: [] };
}

function byPath(a: LoadingFile, b: LoadingFile): number {
  return compareNaturally(a.file, b.file);
}

/** Versioned before repeatable; versions as numbers part by part; repeatable ones by their description. */
function compareFlyway(a: LoadingFile, b: LoadingFile): number {
  const left = flywayKey(path.basename(a.absolute));
  const right = flywayKey(path.basename(b.absolute));
  if (left.rank !== right.rank) return left.rank - right.rank;
  return compareNaturally(left.key, right.key) || byPath(a, b);
}

function flywayKey(name: string): { rank: number; key: string } {
  const versioned = FLYWAY_VERSIONED.exec(name);
  if (versioned) return { rank: 0, key: versioned[1].replace(/_/g, '.') };
  const repeatable = FLYWAY_REPEATABLE.exec(name);
  if (repeatable) return { rank: 1, key: repeatable[1] };
  return { rank: 2, key: name };
}

/** The folder holding `sqitch.plan` when the file sits under its deploy/, revert/ or verify/ folder. */
function sqitchRoot(absolute: string, cache: Map<string, string | undefined>): string | undefined {
  let directory = path.dirname(absolute);
  while (directory !== path.dirname(directory)) {
    const parent = path.dirname(directory);
    if (['deploy', 'revert', 'verify'].includes(path.basename(directory))) {
      if (!cache.has(parent)) cache.set(parent, existsSync(path.join(parent, 'sqitch.plan')) ? parent : undefined);
      const root = cache.get(parent);
      if (root) return root;
    }
    directory = parent;
  }
  return undefined;
}

/**
 * sqitch.plan lists one change per line (`name [deps] date planner <email> # note`), in deploy order, with `%pragma`
 * lines, `@tag` lines, comments and blank lines between; a change reworked after a tag is listed again, and its
 * earlier script is `deploy/name@tag.sql`. Each entry runs `deploy/<name>.sql`.
 */
function sqitchOrder(root: string, group: LoadingFile[], setting: string): { tool: MigrationTool; kept: LoadingFile[]; left: LoadingFile[] } {
  const deploy = path.join(root, 'deploy');
  const byScript = new Map(group.filter((entry) => entry.absolute.startsWith(`${deploy}${path.sep}`)).map((entry) => [entry.absolute, entry]));
  const left = group.filter((entry) => !byScript.has(entry.absolute));
  const kept: LoadingFile[] = [];
  for (const script of sqitchScripts(readFileSync(path.join(root, 'sqitch.plan'), 'utf8'))) {
    const entry = byScript.get(path.join(deploy, `${script}.sql`));
    if (entry === undefined || kept.includes(entry)) continue;
    kept.push(entry);
  }
  const unplanned = [...byScript.values()].find((entry) => !kept.includes(entry));
  if (unplanned) {
    throw new UsageError(
      `${setting}: ${unplanned.file} is not in ${path.join(path.dirname(path.dirname(unplanned.file)), 'sqitch.plan')}, so sqitch never deploys it. Add it to the plan (sqitch add), or leave it out of ${setting}.`,
    );
  }
  return { tool: 'sqitch', kept, left };
}

/**
 * The deploy script of each change, in plan order: `name`, or `name@tag` for an entry reworked later, since
 * `sqitch rework` saves the earlier script under the most recent tag before the rework.
 */
function sqitchScripts(plan: string): string[] {
  const entries: { change?: string; tag?: string }[] = [];
  for (const raw of plan.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '' || line.startsWith('%')) continue;
    const word = line.split(/\s+/)[0];
    entries.push(word.startsWith('@') ? { tag: word } : { change: word });
  }
  const scripts: string[] = [];
  entries.forEach((entry, index) => {
    if (entry.change === undefined) return;
    const rework = entries.findIndex((other, position) => position > index && other.change === entry.change);
    const tag = rework === -1 ? undefined : entries.slice(index + 1, rework).filter((other) => other.tag !== undefined).at(-1)?.tag;
    scripts.push(tag ? `${entry.change}${tag}` : entry.change);
  });
  return scripts;
}
