import type { Command } from './args.js';

/** How a flag is shown and which commands take it; a test checks that every flag the parser accepts is here. */
export interface FlagHelp {
  short?: string;
  value?: string;
  text: string;
  commands: readonly Command[];
}

const ALL: readonly Command[] = ['review', 'queries', 'rollout', 'migrations', 'check'];
const FILES: readonly Command[] = ['review', 'check'];

/** Every flag, in the order the help lists them. `--help` and `--version` are global and listed apart. */
export const FLAG_HELP: Readonly<Record<string, FlagHelp>> = {
  format: { short: 'f', value: 'text|json|sarif|markdown', text: 'output format (default text)', commands: ALL },
  output: { short: 'o', value: 'FILE', text: 'write the output to FILE; a one-line summary goes to stderr', commands: ALL },
  config: { short: 'c', value: 'FILE', text: 'config file (default .predator-guard.yml when present)', commands: ALL },
  'fail-on': { value: 'error|warning|notice|never', text: 'lowest severity that fails the run (default error)', commands: ALL },
  checks: { value: 'LIST', text: 'analyzers to run, a comma list of review, queries, rollout, migrations (default: the config’s)', commands: ['check'] },
  'diff-base': { value: 'REF', text: 'report only what changed against REF, as git diff REF shows it', commands: ALL },
  'filter-mode': { value: 'added|diff-context|file|nofilter', text: 'with --diff-base: which findings count as changed (default added)', commands: ALL },
  include: { value: 'GLOB', text: 'review only files matching GLOB (repeatable)', commands: FILES },
  exclude: { value: 'GLOB', text: 'skip files matching GLOB (repeatable)', commands: FILES },
  'max-file-size': { value: 'SIZE', text: 'skip larger files (default 1MB)', commands: FILES },
  workers: { value: 'N|auto', text: 'worker threads for the review (default auto)', commands: FILES },
  'peer-suppressions': { text: 'honour peers’ # noqa, # pylint: disable=, // eslint-disable… comments (default)', commands: FILES },
  'no-peer-suppressions': { text: 'ignore peers’ suppression comments: report what they silence', commands: FILES },
  baseline: { value: 'FILE', text: 'baseline file (default .predator-guard-baseline.json when present)', commands: ALL },
  'no-baseline': { text: 'use no baseline', commands: ALL },
  'write-baseline': { text: 'record every current finding in the baseline, and pass', commands: ALL },
  'prune-baseline': { text: 'drop baseline entries that no longer match', commands: ALL },
  plan: { value: 'FILE', text: 'audit saved EXPLAIN (FORMAT JSON) plans instead of SQL files (repeatable)', commands: ['queries'] },
  'database-url': { value: 'URL', text: 'explain on this PostgreSQL server; migrations: apply them on this throwaway one (default: the embedded PGlite)', commands: ['queries', 'migrations'] },
  'no-measure': { text: 'static rules only: the migrations are not applied, no database starts', commands: ['migrations'] },
  schema: { value: 'GLOB', text: 'schema (migration) files for the embedded database, in name order (repeatable)', commands: ['queries'] },
  seed: { value: 'GLOB', text: 'seed SQL for the embedded database, after the schema (repeatable)', commands: ['queries'] },
  analyze: { text: 'EXPLAIN ANALYZE, BUFFERS: run each statement, rolled back (default: on embedded only)', commands: ['queries'] },
  'no-analyze': { text: 'plain EXPLAIN: plan only, nothing runs', commands: ['queries'] },
  'statement-timeout': { value: 'DURATION', text: 'statement_timeout of each EXPLAIN (default 30s)', commands: ['queries'] },
  'lock-timeout': { value: 'DURATION', text: 'lock_timeout of each EXPLAIN (default 2s)', commands: ['queries'] },
  'verify-indexes': { value: 'auto|hypopg|transaction|off', text: 'how suggested indexes are verified (default auto)', commands: ['queries'] },
  'params-style': { value: 'auto|postgres|sqlc|psycopg|colon', text: 'how statement parameters are written (default auto)', commands: ['queries'] },
  'allow-functions': { value: 'NAME', text: 'with --analyze: let this VOLATILE function run (repeatable)', commands: ['queries'] },
  lint: { text: 'lint the Rollout and AnalysisTemplate manifests under the paths instead of following', commands: ['rollout'] },
  'allow-empty': { text: 'with --lint: pass when no manifest is found (otherwise exit 2)', commands: ['rollout'] },
  namespace: { value: 'NS', text: 'namespace of the rollouts (default default)', commands: ['rollout'] },
  kubeconfig: { value: 'FILE', text: 'kubeconfig (default KUBECONFIG, ~/.kube/config, else in-cluster)', commands: ['rollout'] },
  context: { value: 'NAME', text: 'kubeconfig context', commands: ['rollout'] },
  timeout: { value: 'DURATION', text: 'how long to follow before rollout-timeout (default 10m)', commands: ['rollout'] },
  image: { value: 'IMAGE', text: 'the image the rollout must end on (else: rolled back)', commands: ['rollout'] },
  kind: { value: 'rollout|canary', text: 'Argo Rollout or Flagger Canary, when a name is both', commands: ['rollout'] },
  selector: { value: 'LABELS', text: 'follow every Rollout/Canary with these labels instead of names', commands: ['rollout'] },
  'prometheus-url': { value: 'URL', text: 'measure the canary’s metrics and run the canary judge on this Prometheus', commands: ['rollout'] },
  color: { text: 'colour the text output even when not on a terminal', commands: ALL },
  'no-color': { text: 'never colour the text output', commands: ALL },
};

interface CommandHelp {
  summary: string;
  usage: readonly string[];
  examples: readonly [string, string][];
}

const COMMAND_HELP: Readonly<Record<Command, CommandHelp>> = {
  review: {
    summary: 'review Python and TypeScript/JavaScript: parameters, nested loops, exception handling, syntax',
    usage: ['predator-guard review [PATH…] [options]     PATHs are files, folders or globs (default: the current folder)'],
    examples: [
      ['predator-guard review src/', 'review everything under src/'],
      ['predator-guard review --diff-base origin/main --fail-on warning', 'only what changed since main; warnings fail too'],
    ],
  },
  queries: {
    summary: 'audit SQL with PostgreSQL’s planner: each statement explained in a rolled-back transaction',
    usage: [
      'predator-guard queries [SQL_FILE|GLOB…] [options]   on --database-url, or on the embedded PGlite',
      'predator-guard queries --plan FILE… [options]       saved EXPLAIN (FORMAT JSON) plans, no database',
    ],
    examples: [
      ["predator-guard queries 'sql/**/*.sql' --schema 'db/migrations/*.sql'", 'embedded database, no server'],
      ["predator-guard queries 'sql/**/*.sql' --database-url \"$DATABASE_URL\" --analyze", 'a server of your own'],
    ],
  },
  rollout: {
    summary: 'follow Argo Rollouts or Flagger Canaries to a verdict, or lint their manifests',
    usage: [
      'predator-guard rollout NAME… [options]           follow the named rollouts (or --selector LABELS)',
      'predator-guard rollout --lint [PATH…] [options]  lint the manifests under PATHs (default: the current folder)',
    ],
    examples: [
      ['predator-guard rollout checkout --namespace shop --timeout 15m', 'wait for the checkout rollout’s verdict'],
      ['predator-guard rollout --lint deploy/', 'lint the manifests under deploy/'],
    ],
  },
  migrations: {
    summary: 'check PostgreSQL migrations for lock-taking DDL, in the order their tool applies them, each lock and rewrite measured on a database',
    usage: ['predator-guard migrations [SQL_FILE|GLOB…] [options]'],
    examples: [
      ["predator-guard migrations 'db/migrations/*.sql'", 'every migration, each against the ones before it'],
      ["predator-guard migrations 'db/migrations/*.sql' --diff-base origin/main", 'only the migrations the change adds'],
    ],
  },
  check: {
    summary: 'run every analyzer the config file enables (checks:), or those --checks names',
    usage: ['predator-guard check [options]'],
    examples: [
      ['predator-guard check', 'what .predator-guard.yml enables'],
      ['predator-guard check --checks review,rollout --format sarif -o results.sarif', 'two analyzers, SARIF for code scanning'],
    ],
  },
};

const EXIT_CODES = 'Exit codes: 0 passed, 1 findings at or above --fail-on, 2 usage, config or input error, or a failed analyzer.';

function flagLabel(name: string, flag: FlagHelp): string {
  const long = `--${name}${flag.value ? ` ${flag.value}` : ''}`;
  return flag.short ? `-${flag.short}, ${long}` : `    ${long}`;
}

function table(rows: readonly [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

/** The flags a command takes, as parseArgs names them. */
export function flagsOf(command: Command): string[] {
  return Object.entries(FLAG_HELP)
    .filter(([, flag]) => flag.commands.includes(command))
    .map(([name]) => name);
}

/** `predator-guard COMMAND --help`: usage, the options that apply, two examples, the exit codes. */
export function commandHelp(command: Command): string {
  const help = COMMAND_HELP[command];
  const options = flagsOf(command).map((name): [string, string] => [flagLabel(name, FLAG_HELP[name]), FLAG_HELP[name].text]);
  return [
    `predator-guard ${command} — ${help.summary}`,
    '',
    'Usage:',
    ...help.usage.map((line) => `  ${line}`),
    '',
    'Options:',
    ...table([...options, ['-h, --help', 'this help']]),
    '',
    'Examples:',
    ...help.examples.flatMap(([example, why]) => [`  ${example}`, `      ${why}`]),
    '',
    EXIT_CODES,
    '',
  ].join('\n');
}

/** `predator-guard --help`: the commands, and where each one's options are. */
export function globalHelp(): string {
  const commands = (Object.keys(COMMAND_HELP) as Command[]).map((command): [string, string] => [command, COMMAND_HELP[command].summary]);
  return [
    'predator-guard — code review, query-plan audit and canary check for pull requests',
    '',
    'Usage:',
    '  predator-guard COMMAND [ARGS…] [options]',
    '',
    'Commands:',
    ...table(commands),
    '',
    'Options:',
    ...table([
      ['-h, --help', 'this help; with a command, that command’s options and examples'],
      ['-v, --version', 'the version'],
    ]),
    '',
    "Run 'predator-guard COMMAND --help' for a command's options, e.g. 'predator-guard review --help'.",
    EXIT_CODES,
    '',
  ].join('\n');
}
