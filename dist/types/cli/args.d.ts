import { type ConfigLayer } from '../core/config.js';
export declare const COMMANDS: readonly ["review", "queries", "rollout", "check"];
export type Command = (typeof COMMANDS)[number];
export declare const FORMATS: readonly ["text", "json", "sarif", "markdown"];
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
/** Turns argv into a request; every mistake is a UsageError that names the flag, the value and what is allowed. */
export declare function parseCli(argv: readonly string[]): CliRequest;
export declare const HELP = "predator-guard \u2014 code review, query-plan audit and canary check for pull requests\n\nUsage:\n  predator-guard review  [PATH\u2026]     review Python and TypeScript/JavaScript (default: the current directory)\n  predator-guard check               run every analyzer the config enables\n  predator-guard queries --plan FILE\u2026 PostgreSQL query-plan audit of saved EXPLAIN (FORMAT JSON) plans\n                                     (SQL files and --database-url: not available in this version)\n  predator-guard rollout NAME\u2026       follow Argo Rollouts in the cluster to a verdict (--kubeconfig FILE,\n                                     --context, --namespace, --timeout 10m, --image IMAGE)\n  predator-guard rollout --lint [PATH\u2026]  lint Argo Rollout and AnalysisTemplate manifests (default: the\n                                     current directory)\n\nOptions:\n  -f, --format text|json|sarif|markdown   output format (default text)\n  -o, --output FILE                        write the output to FILE instead of stdout\n  -c, --config FILE                        config file (default .predator-guard.yml when present)\n      --fail-on error|warning|notice|never  lowest severity that fails the run (default error)\n      --diff-base REF                      report only what changed against REF, as git diff REF shows it\n                                           (untracked files too); only changed files are parsed\n      --filter-mode added|diff-context|file|nofilter\n                                           with --diff-base, keep findings on added lines (default), within\n                                           3 lines of one, anywhere in a changed file, or everywhere\n      --include GLOB / --exclude GLOB      limit the files reviewed (repeatable)\n      --baseline FILE | --no-baseline      baseline file (default .predator-guard-baseline.json when present)\n      --write-baseline                     record every current finding in the baseline and pass\n      --prune-baseline                     drop baseline entries that no longer match\n      --max-file-size SIZE                 skip larger files (default 1MB)\n      --workers N|auto                     worker threads for the review (default auto)\n      --color / --no-color                 force or disable colour in text output\n  -h, --help    -v, --version\n\nExit codes: 0 passed, 1 findings at or above --fail-on, 2 usage, config or input error, or a failed analyzer.\n";
