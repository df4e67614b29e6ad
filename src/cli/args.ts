import { parseArgs } from 'node:util';
import { parseChecks, toList, type ConfigLayer } from '../core/config/config.js';
import { UsageError } from '../core/config/usage-error.js';
import { FILTER_MODES, type FilterMode } from '../core/config/choices.js';
import { FAIL_ON_VALUES, type FailOn } from '../core/report.js';
import { parseSize } from '../core/config/size.js';
import { QUERIES_OPTIONS, queriesLayer } from './queries-options.js';
import { ROLLOUT_OPTIONS, rolloutLayer } from './rollout-options.js';
import { closest } from '../core/config/did-you-mean.js';
import { flagsOf } from './help.js';

export const COMMANDS = ['review', 'queries', 'rollout', 'migrations', 'check'] as const;
export type Command = (typeof COMMANDS)[number];
export const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliRequest {
  command: Command | 'help' | 'version';
  /** With `help`: the command whose help was asked for (`review --help`, `help review`); unset, the global help. */
  helpTopic?: Command;
  positionals: string[];
  format: Format;
  output?: string;
  configFile?: string;
  baselineAction?: 'write' | 'prune';
  color?: boolean;
  /** What the flags set; merged over the config file. */
  layer: ConfigLayer;
}

export const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'fail-on': { type: 'string' },
  'diff-base': { type: 'string' },
  'filter-mode': { type: 'string' },
  checks: { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  baseline: { type: 'string' },
  'no-baseline': { type: 'boolean' },
  'write-baseline': { type: 'boolean' },
  'prune-baseline': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  workers: { type: 'string' },
  'peer-suppressions': { type: 'boolean' },
  'no-peer-suppressions': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  // migrations: the static rules only. node:util parseArgs has no negation before Node 22, so the flag is its own.
  'no-measure': { type: 'boolean' },
  ...QUERIES_OPTIONS,
  ...ROLLOUT_OPTIONS,
} as const;

/** Turns argv into a request; every mistake is a UsageError that names the flag, the value and what is allowed. */
export function parseCli(argv: readonly string[]): CliRequest {
  // The command, if one was named, so a mistake in its flags can point at its own help.
  const named = argv.find((arg) => (COMMANDS as readonly string[]).includes(arg)) as Command | undefined;
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(parseErrorMessage((error as Error).message, named));
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  if (values.version) return { command: 'version', positionals: [], format: 'text', layer: {} };
  if (first === 'help') return helpRequest(rest[0]);
  if (values.help || first === undefined) return helpRequest(first);
  if (!(COMMANDS as readonly string[]).includes(first)) throw unknownCommand(first);
  const applicable = new Set(flagsOf(first as Command));
  for (const flag of Object.keys(values)) {
    if (!applicable.has(flag)) throw notForCommand(flag, first as Command);
  }
  const command = first as Command;
  const layer: ConfigLayer = {};
  if (command === 'review' && rest.length > 0) layer.paths = rest;
  if (command === 'queries') Object.assign(layer, queriesLayer(values, rest));
  if (command === 'rollout') Object.assign(layer, rolloutLayer(values, rest));
  if (command === 'migrations' && rest.length > 0) layer.settings = { ...layer.settings, migrations: [...rest] };
  // The migrations are applied (and rolled back) on this server instead of the embedded database.
  if (command === 'migrations' && typeof values['database-url'] === 'string') layer.settings = { ...layer.settings, 'database-url': values['database-url'] };
  if (command === 'migrations' && values['no-measure']) {
    if (typeof values['database-url'] === 'string') throw new UsageError('--no-measure and --database-url: the server is only there to measure on; pass one of them, not both.');
    layer.settings = { ...layer.settings, 'measure-migrations': false };
  }
  if (command !== 'check') layer.checks = [command];
  if (values.checks !== undefined) {
    if (command !== 'check') throw new UsageError(`--checks only goes with 'predator-guard check'; '${command}' runs one analyzer.`);
    layer.checks = parseChecks(values.checks, '--checks');
  }
  if (values['fail-on'] !== undefined) layer.failOn = oneOf('--fail-on', values['fail-on'], FAIL_ON_VALUES) as FailOn;
  Object.assign(layer, parseDiffOptions(values['diff-base'], values['filter-mode']));
  if (values.include) layer.include = values.include.flatMap((value) => toList(value));
  if (values.exclude) layer.exclude = values.exclude.flatMap((value) => toList(value));
  if (values.baseline !== undefined) layer.baseline = values.baseline;
  if (values['no-baseline']) layer.baseline = false;
  if (values['max-file-size'] !== undefined) {
    const size = parseSize(values['max-file-size']);
    if (size === undefined) throw new UsageError(`--max-file-size: got '${values['max-file-size']}'; expected a byte count or a size such as 512KB or 2MB.`);
    layer.maxFileSize = size;
  }
  if (values.workers !== undefined) layer.workers = parseWorkers(values.workers);
  if (values['peer-suppressions'] && values['no-peer-suppressions']) {
    throw new UsageError('--peer-suppressions and --no-peer-suppressions exclude each other: give one.');
  }
  if (values['peer-suppressions']) layer.peerSuppressions = true;
  if (values['no-peer-suppressions']) layer.peerSuppressions = false;
  if (values['write-baseline'] && values['prune-baseline']) {
    throw new UsageError('--write-baseline and --prune-baseline exclude each other: write records every current finding, prune only drops entries.');
  }
  if ((values['write-baseline'] || values['prune-baseline']) && layer.diffBase !== undefined) {
    throw new UsageError('--diff-base cannot go with --write-baseline or --prune-baseline: a baseline must see every finding, not only those on changed lines. Drop --diff-base.');
  }
  return {
    command,
    positionals: rest,
    format: values.format === undefined ? 'text' : (oneOf('--format', values.format, FORMATS) as Format),
    output: values.output,
    configFile: values.config,
    baselineAction: values['write-baseline'] ? 'write' : values['prune-baseline'] ? 'prune' : undefined,
    color: values['no-color'] ? false : values.color ? true : undefined,
    layer,
  };
}

function helpRequest(topic: string | undefined): CliRequest {
  if (topic !== undefined && !(COMMANDS as readonly string[]).includes(topic)) throw unknownCommand(topic);
  return { command: 'help', helpTopic: topic as Command | undefined, positionals: [], format: 'text', layer: {} };
}

function unknownCommand(name: string): UsageError {
  const hint = closest(name, COMMANDS);
  return new UsageError(`Unknown command '${name}'.${hint ? ` Did you mean '${hint}'?` : ''} Expected one of ${COMMANDS.join(', ')}; run 'predator-guard --help'.`);
}

/** A flag the parser knows but the command does not take: refused rather than silently ignored. */
function notForCommand(flag: string, command: Command): UsageError {
  const takers = COMMANDS.filter((other) => flagsOf(other).includes(flag));
  return new UsageError(`--${flag} does not apply to '${command}'; it is an option of ${takers.join(', ')}. Run 'predator-guard ${command} --help' for its options.`);
}

/** node:util's parse errors, with a did-you-mean for an unknown flag and the help to read. */
function parseErrorMessage(message: string, command: Command | undefined): string {
  const helpHint = `Run 'predator-guard ${command ? `${command} ` : ''}--help' for the options.`;
  const unknown = /^Unknown option '(-{1,2})([^']+)'/.exec(message);
  if (unknown) {
    const candidates = command ? flagsOf(command) : Object.keys(OPTIONS);
    const hint = unknown[1] === '--' ? closest(unknown[2], candidates) : undefined;
    return `Unknown option '${unknown[1]}${unknown[2]}'.${hint ? ` Did you mean '--${hint}'?` : ''} ${helpHint}`;
  }
  return `${message.replace(/\. To specify a positional.*$/s, '').replace(/\.$/, '')}. ${helpHint}`;
}

/**
 * The CLI learns what changed only from git, so a filter mode alone has nothing to filter against; it is refused
 * rather than silently ignored.
 */
function parseDiffOptions(diffBase: string | undefined, filterMode: string | undefined): Pick<ConfigLayer, 'diffBase' | 'filterMode'> {
  if (diffBase === undefined) {
    if (filterMode === undefined) return {};
    throw new UsageError(`--filter-mode ${filterMode} needs --diff-base in the CLI: the changed lines come from git diff against that ref. Add --diff-base REF (e.g. --diff-base origin/main).`);
  }
  if (diffBase.trim() === '') throw new UsageError("--diff-base: got an empty ref; expected a branch, tag or commit such as 'origin/main' or 'HEAD~1'.");
  if (filterMode === undefined) return { diffBase };
  return { diffBase, filterMode: oneOf('--filter-mode', filterMode, FILTER_MODES) as FilterMode };
}

function oneOf(flag: string, value: string, allowed: readonly string[]): string {
  if (allowed.includes(value)) return value;
  throw new UsageError(`${flag}: got '${value}'; expected one of ${allowed.join(', ')}.`);
}

function parseWorkers(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  const count = Number(value);
  if (Number.isInteger(count) && count >= 1) return count;
  throw new UsageError(`--workers: got '${value}'; expected a whole number ≥ 1, or auto.`);
}
