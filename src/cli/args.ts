import { parseArgs } from 'node:util';
import { parseChecks, toList, type ConfigLayer } from '../core/config/config.js';
import { UsageError } from '../core/config/usage-error.js';
import { FILTER_MODES, type FilterMode } from '../core/config/choices.js';
import { FAIL_ON_VALUES, type FailOn } from '../core/report.js';
import { parseSize } from '../core/config/size.js';
import { QUERIES_OPTIONS, queriesLayer } from './queries-options.js';
import { ROLLOUT_OPTIONS, rolloutLayer } from './rollout-options.js';

export const COMMANDS = ['review', 'queries', 'rollout', 'check'] as const;
export type Command = (typeof COMMANDS)[number];
export const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliRequest {
  command: Command | 'help' | 'version';
  positionals: string[];
  format: Format;
  output?: string;
  configFile?: string;
  baselineAction?: 'write' | 'prune';
  color?: boolean;
  /** What the flags set; merged over the config file. */
  layer: ConfigLayer;
}

const OPTIONS = {
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
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  ...QUERIES_OPTIONS,
  ...ROLLOUT_OPTIONS,
} as const;

/** Turns argv into a request; every mistake is a UsageError that names the flag, the value and what is allowed. */
export function parseCli(argv: readonly string[]): CliRequest {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional.*$/s, '')}. Run 'predator-guard --help' for the options.`);
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  if (values.version) return { command: 'version', positionals: [], format: 'text', layer: {} };
  if (values.help || first === undefined || first === 'help') return { command: 'help', positionals: [], format: 'text', layer: {} };
  if (!(COMMANDS as readonly string[]).includes(first)) {
    throw new UsageError(`Unknown command '${first}'. Expected one of ${COMMANDS.join(', ')}; run 'predator-guard --help'.`);
  }
  const command = first as Command;
  const layer: ConfigLayer = {};
  if (command === 'review' && rest.length > 0) layer.paths = rest;
  if (command === 'queries') Object.assign(layer, queriesLayer(values, rest));
  if (command === 'rollout') Object.assign(layer, rolloutLayer(values, rest));
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

export const HELP = `predator-guard — code review, query-plan audit and canary check for pull requests

Usage:
  predator-guard review  [PATH…]     review Python and TypeScript/JavaScript (default: the current directory)
  predator-guard check               run every analyzer the config enables
  predator-guard queries [SQL_FILE|GLOB…]  PostgreSQL query-plan audit: EXPLAIN each statement safely
                                     (in a rolled-back transaction) on --database-url URL, or without one on
                                     the embedded PGlite loaded with --schema GLOB and --seed GLOB;
                                     --analyze / --no-analyze, --statement-timeout 30s, --lock-timeout 2s,
                                     --verify-indexes auto|hypopg|transaction|off
  predator-guard queries --plan FILE… audit saved EXPLAIN (FORMAT JSON) plans, no database needed
  predator-guard rollout NAME…       follow Argo Rollouts or Flagger Canaries to a verdict (--kubeconfig FILE,
                                     --context, --namespace, --timeout 10m, --image IMAGE, --kind
                                     rollout|canary, --selector LABELS instead of names, --prometheus-url URL)
  predator-guard rollout --lint [PATH…]  lint Argo Rollout and AnalysisTemplate manifests (default: the
                                     current directory); none found is exit 2 unless --allow-empty

Options:
  -f, --format text|json|sarif|markdown   output format (default text)
  -o, --output FILE                        write the output to FILE instead of stdout
  -c, --config FILE                        config file (default .predator-guard.yml when present)
      --fail-on error|warning|notice|never  lowest severity that fails the run (default error)
      --diff-base REF                      report only what changed against REF, as git diff REF shows it
                                           (untracked files too); only changed files are parsed
      --filter-mode added|diff-context|file|nofilter
                                           with --diff-base, keep findings on added lines (default), within
                                           3 lines of one, anywhere in a changed file, or everywhere
      --include GLOB / --exclude GLOB      limit the files reviewed (repeatable)
      --baseline FILE | --no-baseline      baseline file (default .predator-guard-baseline.json when present)
      --write-baseline                     record every current finding in the baseline and pass
      --prune-baseline                     drop baseline entries that no longer match
      --max-file-size SIZE                 skip larger files (default 1MB)
      --workers N|auto                     worker threads for the review (default auto)
      --color / --no-color                 force or disable colour in text output
  -h, --help    -v, --version

Exit codes: 0 passed, 1 findings at or above --fail-on, 2 usage, config or input error, or a failed analyzer.
`;
