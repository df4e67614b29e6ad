type FileChangeStatus = "added" | "modified" | "removed" | "renamed" | "copied" | "changed";
interface FileChange {
	/** Repository-relative, `/`-separated: the path in the new tree (the old path for a removed file). */
	file: string;
	/** GitHub's vocabulary; `changed` is a change of mode or type with no content change. */
	status: FileChangeStatus;
	/** The path before a rename or copy. */
	previousFile?: string;
	/**
	 * Line numbers in the new file that the change added. `all` when the patch is unknown (GitHub omitted it, or the
	 * diff is binary or too large): then every line of the file counts as changed, which is file mode for that file.
	 */
	addedLines: ReadonlySet<number> | "all";
}
interface ChangeSet {
	/** Keyed by `FileChange.file`. */
	files: ReadonlyMap<string, FileChange>;
	/**
	 * Set when the list of files is itself incomplete (GitHub lists at most 3,000 files): no file can be called
	 * unchanged, so every file is treated as changed, in file mode.
	 */
	wholeFiles?: boolean;
}
/** The one type every analyzer produces and every renderer consumes. Data only: it crosses worker threads. */
export declare const ANALYZERS: readonly [
	"review",
	"queries",
	"rollout",
	"migrations"
];
export type AnalyzerName = (typeof ANALYZERS)[number];
/** Ordered from most to least severe; the gate and the renderers rely on this order. */
export declare const SEVERITIES: readonly [
	"error",
	"warning",
	"notice"
];
export type Severity = (typeof SEVERITIES)[number];
export declare const CATEGORIES: readonly [
	"syntax",
	"complexity",
	"performance",
	"antipattern",
	"release",
	"migration",
	"configuration",
	"hygiene"
];
export type Category = (typeof CATEGORIES)[number];
export declare const CATEGORY_ICONS: Record<Category, string>;
export interface Finding {
	analyzer: AnalyzerName;
	rule: string;
	category: Category;
	severity: Severity;
	message: string;
	/** Repository-relative, `/`-separated. Absent for findings with no place in a file. */
	file?: string;
	line?: number;
	column?: number;
	endLine?: number;
	endColumn?: number;
	suggestion?: string;
	fingerprint: string;
	data?: Record<string, unknown>;
}
declare const FILTER_MODES: readonly [
	"added",
	"diff-context",
	"file",
	"nofilter"
];
export type FilterMode = (typeof FILTER_MODES)[number];
interface MigrationsRunStats {
	/** The migration files checked, in the order their tool applies them. */
	files: string[];
	/** Statements read from them. */
	statements: number;
	/**
	 * `measured`: the checked migrations were applied in a rolled-back transaction and their locks and rewrites read
	 * from the database; `static`: the rules read the SQL only (no migration to apply, `measure-migrations: false`, or the
	 * database could not start).
	 */
	mode: "static" | "measured";
	/** Where the figures come from: `generated rows in the embedded database (PostgreSQL 18.6 (PGlite 0.5.16))`, `the server …`. */
	measuredOn?: string;
	/** Statements applied and measured, and statements that could not be (CONCURRENTLY, refused by the database). */
	measuredStatements?: number;
	notMeasured?: number;
	/** Why the run is static, or stopped measuring early. */
	note?: string;
	durationMs: number;
}
/** A JSON Schema fragment: one rule option, or one config-file setting an analyzer reads. */
export type OptionSchema = Readonly<Record<string, unknown>>;
/**
 * What every rule of every analyzer says about itself. The catalog, the config schema, SARIF and the docs tables
 * read only this, so none of them loads a parser, a database or a cluster client.
 */
export interface RuleMeta<Id extends string = string> {
	/** Kebab-case; the rule's file, test file and docs page are named after it. */
	readonly id: Id;
	readonly category: Category;
	/** Default severity; the config may change it or turn the rule off. A rule may grade a finding higher itself. */
	readonly severity: Severity;
	/** One sentence: what the rule reports. Shown in SARIF and the config schema. */
	readonly description: string;
	/** The docs tables' "reports" cell (markdown) when it says more than the description: thresholds, exemptions. */
	readonly summary?: string;
	/** Option name (kebab-case, as written in the config file) → its schema. */
	readonly options?: Readonly<Record<string, OptionSchema>>;
}
/** What the catalog knows of a rule: its metadata, the analyzer that reports it and the family it belongs to. */
export interface RuleDescriptor extends RuleMeta {
	readonly analyzer: AnalyzerName;
	/** The rule's family within its analyzer (`plan`, `lint`, `verdict`…): the folder under `<analyzer>/rules/`. */
	readonly family: string;
}
/** One statement of a SQL file, located for findings and refusals. */
export interface SqlStatement {
	file: string;
	/** The statement as written, from its first token to its last: no `;`, no comments before or after it. */
	sql: string;
	/** 1-based lines of its first and last token. */
	startLine: number;
	endLine: number;
	/** Its name from a `-- name: GetAuthor :one` (sqlc) or `-- name: get-author` (yesql) comment just before it, if any. */
	name?: string;
	/** sqlc's kind after the name (`one`, `many`, `exec`, …): set only when the name comment is sqlc's. */
	sqlcKind?: string;
	/** The statement as written, when its parameters were rewritten to `$n` in `sql` (params-style). */
	written?: string;
	/** The names of `$1`, `$2`, … when they were written as named parameters (`@author_id`, `%(id)s`, `:id`). */
	parameterNames?: string[];
}
interface IndexAdviceStats {
	/** Candidates for tables the plan reads badly. */
	candidates: number;
	/** EXPLAINs run to verify candidates (the audit's own plan is the baseline and not counted). */
	plannerCalls: number;
	kept: number;
	skipped: number;
}
type PlanFeature = "analyze" | "buffers";
interface MissingFeature {
	rule: string;
	needs: PlanFeature[];
}
/**
 * What a queries run reports in `runs[].stats`. Renderers read it back from the report, which may be a saved JSON
 * file, so this is the contract between the analyzer and every output that shows the run's facts.
 */
export type QueriesRunStats = {
	/** Plans judged: saved plans plus explained statements. */
	plans: number;
	/** `PostgreSQL 15.18`; null when only saved plans were audited (their EXPLAIN output does not carry it). */
	serverVersion: string | null;
	/** Rules that could not judge at least one plan, with what EXPLAIN lacked, one entry per rule. */
	notRun: MissingFeature[];
	durationMs: number;
} & Partial<SqlAuditStats>;
/** Present when SQL files were explained on a database. */
export type SqlAuditStats = {
	/** Where, never with a password: `postgres://app@db:5432/app` or `PGlite (in-process)`. */
	server: string;
	statements: number;
	/** Statements reported as statement-not-audited (DDL, refusals), when there are any. */
	notAudited?: number;
	/** Statements reported as sql-error (do not parse, refused by the database), when there are any. */
	sqlErrors?: number;
	analyze: boolean;
	/** `file:line` of each statement that got a generic plan (it has `$n` parameters): estimates only. */
	estimateOnly: string[];
	indexAdvice: IndexAdviceStats;
	/** Only on the embedded database: rows per table once loaded, the sizes the plans saw. */
	rowCounts?: Record<string, number>;
};
type SkipReason = "symlink-loop" | "broken-symlink" | "duplicate-symlink" | "unreadable" | "too-large" | "binary" | "not-utf8"
/** A FIFO, socket or device: reading one could block forever. */
 | "not-a-regular-file"
/** The name's bytes are not UTF-8: it cannot be reported, filtered or fingerprinted faithfully. */
 | "non-utf8-file-name"
/** Reviewing the file threw, or the helper thread reviewing it died; the detail says how. */
 | "review-failed"
/** Inside git: tracked files .gitattributes marks generated or vendored, minified files, and files the config excludes. */
 | "linguist-generated" | "linguist-vendored" | "minified" | "excluded";
interface SkippedFile {
	file: string;
	reason: SkipReason;
	detail?: string;
}
/**
 * What a review run reports in `runs[].stats`. Renderers read it back from the report, which may be a saved JSON
 * file, so this is the contract between the analyzer and every output that shows the run's facts.
 */
export interface ReviewRunStats {
	/** Files reviewed (read and parsed), not counting those skipped. */
	files: number;
	/** Files selected per language, skipped ones included. */
	languages: {
		python: number;
		typescript: number;
	};
	bytes: number;
	/** Files that could not be reviewed, each with the reason: the outputs list them, never drop them. */
	skipped: SkippedFile[];
	/** Skipped files beyond the first 100 listed in `skipped`, counted only (a vendored tree can hold thousands). */
	skippedOmitted?: number;
	/** Findings hidden by suppression directives: our own (`predator-guard-ignore`) and peer linters' (absent in reports of older versions). */
	suppressed?: {
		own: number;
		peer: number;
	};
	/** Threads that reviewed, the main one included. */
	workers: number;
	durationMs: number;
}
type ConditionOutcome = {
	evaluated: true;
	value: boolean;
} | {
	evaluated: false;
	reason: string;
};
interface MetricSummary {
	name: string;
	phase: string;
	/** The last measurement's value as stored (Prometheus vectors are array text such as `[0.97]`). */
	lastValue?: string;
	successCondition?: string;
	failureCondition?: string;
	/** The query after argument substitution, when the controller recorded it. */
	resolvedQuery?: string;
	dryRun: boolean;
	/** The last value against each condition the metric sets, so the report says why a metric failed, not only that it did. */
	conditionChecks: ConditionCheck[];
	counts: {
		measurements: number;
		successful: number;
		failed: number;
		inconclusive: number;
		error: number;
		consecutiveError: number;
	};
	/** Spec values may be strings (`{{args.limit}}`) until the controller resolves them. */
	limits: {
		count?: number | string;
		failureLimit: number | string;
		inconclusiveLimit: number | string;
		consecutiveErrorLimit: number | string;
	};
}
interface ConditionCheck {
	condition: "successCondition" | "failureCondition";
	expression: string;
	value: string;
	outcome: ConditionOutcome;
	/** `successCondition result[0] >= 0.95 with [0.97]: true`, or `…: condition not evaluated: <why>`. */
	line: string;
}
interface AnalysisRunSummary {
	name: string;
	phase: string;
	message: string;
	/** `spec.terminate`: the rollout stopped the run, so Successful means "stopped before a failure", not "passed". */
	terminated: boolean;
	rolloutType?: string;
	podTemplateHash?: string;
	stepIndex?: number;
	metrics: MetricSummary[];
}
declare const STEP_KINDS: readonly [
	"setWeight",
	"pause",
	"experiment",
	"analysis",
	"setCanaryScale",
	"setHeaderRoute",
	"setMirrorRoute",
	"plugin"
];
type StepKind = (typeof STEP_KINDS)[number];
interface CanaryStepSummary {
	kind: StepKind | "invalid";
	/** setWeight (and setCanaryScale's weight): the canary's traffic share in percent. */
	weight?: number;
	/** pause: the duration as written (`30s`, or seconds as a number); absent means it waits for a promote. */
	duration?: string | number;
	/** analysis and experiment: the AnalysisTemplates (or experiment templates) it runs. */
	templates?: string[];
}
interface ReplicaSetCounts {
	name: string;
	replicas: number;
	ready: number;
	available: number;
}
interface RevisionReplicaSets {
	canary?: ReplicaSetCounts;
	stable?: ReplicaSetCounts;
}
type FollowEnding = "healthy" | "degraded" | "paused" | "timeout";
type UnknownFields = Partial<Record<"analysisRuns" | "replicaSets" | "revision", string>>;
interface NamedAnalysisRun {
	type: string;
	name: string;
	status: string;
	message: string;
}
interface FollowedStats {
	name: string;
	namespace: string;
	phase: string;
	message: string;
	ending: FollowEnding;
	/** Paused where only a promotion moves it on (an indefinite pause, an inconclusive analysis, a webhook gate). */
	needsPromotion: boolean;
}
/**
 * One followed Argo Rollout in `runs[].stats.rollouts` (`--format json`), the input of the verdict table and the
 * step diagram. `kind` tells it from a Flagger Canary (src/rollout/flagger/canary-stats.ts).
 */
export interface RolloutStats extends FollowedStats {
	kind: "Rollout";
	/** Current step index and the number of steps ("i/n"); undefined for blue-green. */
	step?: number;
	steps?: number;
	/** `actual` is "unknown" when it needs the canary ReplicaSet and ReplicaSets could not be read. */
	weights?: {
		desired: number;
		actual?: number | "unknown";
	};
	/** The canary steps in order, with what each sets: the comment draws them as a flow. Undefined for blue-green. */
	stepList?: CanaryStepSummary[];
	/**
	 * The AnalysisRuns of the current revision read from the API (owner uid + pod-template-hash label), with each
	 * metric's phase, last value, conditions, counts against limits and resolved query. When they could not be listed
	 * (`unknown.analysisRuns` says why), the current runs as the Rollout's status names them.
	 */
	analysisRuns: AnalysisRunSummary[] | NamedAnalysisRun[];
	/** Ready counts of the canary (current revision) and stable ReplicaSets, or "unknown". */
	replicaSets: RevisionReplicaSets | "unknown";
	unknown?: UnknownFields;
}
interface DryRunStats {
	templates: number;
	metrics: {
		metric: string;
		template: string;
		query?: string;
		outcome: string;
		reason?: string;
	}[];
}
interface CanaryRevision {
	state: "current" | "stale" | "unknown" | "unchecked";
	detail: string;
}
/**
 * One followed Flagger Canary in `runs[].stats.rollouts`, beside the Rollouts (src/rollout/cluster/rollout-stats.ts):
 * the same phase/message/ending fields the verdict table reads, and Flagger's own: the canary weight, failed
 * checks against the threshold, and whether the verdict is about the target's current revision.
 */
export interface CanaryStats extends FollowedStats {
	kind: "Canary";
	/** Flagger's `status.canaryWeight`: the traffic share the canary had when the wait ended. */
	weights: {
		actual: number;
	};
	failedChecks: number;
	threshold: number;
	revision: CanaryRevision;
	/** Flagger's steps are not a list like a Rollout's; the renderers take these as empty. */
	stepList: [
	];
	analysisRuns: [
	];
	unknown?: {
		revision: string;
	};
}
type Classification = "Pass" | "High" | "Low" | "NoData" | "NoDataFail" | "Error" | "Undecided";
interface SampleSummary {
	count: number;
	mean?: number;
}
interface ShiftTest {
	method: "exact" | "normal" | "constant";
	/** Absent when both sides are constant: nothing varies, so there is nothing to test. */
	pValue?: number;
	/** Hodges–Lehmann estimate of canary − stable. */
	estimate: number;
	/** Its 98% confidence interval. */
	confidenceInterval: [
		number,
		number
	];
	/** ±0.25 × |estimate|: the interval must clear it to count. */
	toleranceBand: number;
}
interface MetricJudgement {
	name: string;
	group: string;
	critical: boolean;
	classification: Classification;
	/** A critical metric that fails the whole judgement. */
	criticalFailure: boolean;
	/** Why, in words, with the numbers. */
	reason: string;
	canary: SampleSummary;
	stable: SampleSummary;
	/** Samples of both sides left out as outliers (absent when none). */
	outliersLeftOut?: number;
	/** mean(canary) / mean(stable); absent when either mean is 0 or missing, as Kayenta's NaN. */
	meanRatio?: number;
	test?: ShiftTest;
}
interface GroupScore {
	name: string;
	/** Pass / (Pass + High + Low + NoDataFail) × 100; 100 when the group has nothing to count (only NoData, Error). */
	score: number;
	/** The weight in percent the summary gives it. */
	weight: number;
}
type JudgeVerdict = "pass" | "marginal" | "fail" | "undecided";
interface JudgeResult {
	verdict: JudgeVerdict;
	/** The summary score, 0–100, rounded to 2 decimals; 0 when forced. */
	score: number;
	/** Why the score was forced to 0, when it was. */
	forcedToZero?: "critical-failure" | "no-data";
	/** With Undecided metrics: the score had they all been High (worst) and all Pass (best). */
	undecidedScores?: [
		number,
		number
	];
	passScore: number;
	marginalScore: number;
	groups: GroupScore[];
	metrics: MetricJudgement[];
}
type PostgresConnection = {
	source: "url";
	url: string;
} | {
	source: "env";
	variable: string;
};
interface ProbeTiming {
	name: string;
	/** How often the probe runs during the wait; it also runs once when the wait ends. */
	intervalMs: number;
	/** How long one check may take before it counts as failed. */
	timeoutMs: number;
}
interface HttpProbe extends ProbeTiming {
	kind: "http";
	url: string;
	expectStatus: number;
	maxLatencyMs: number;
}
interface PostgresProbe extends ProbeTiming {
	kind: "postgres";
	connection: PostgresConnection;
}
type HealthProbe = HttpProbe | PostgresProbe;
interface ProbeSummary {
	name: string;
	kind: HealthProbe["kind"];
	endpoint: string;
	checks: number;
	failures: number;
	/** The most recent failure's reason; undefined when every check passed. */
	lastError?: string;
}
type MeasurementPhase = "Successful" | "Failed" | "Inconclusive";
interface MetricEvaluation {
	/** `namespace/name` of the Rollout. */
	rollout: string;
	/** Which analysis named the template: `background` or `step N`. */
	analysis: string;
	template: string;
	metric: string;
	/** The PromQL after `{{args.…}}` substitution: what Argo records as ResolvedPrometheusQuery. */
	query?: string;
	/** The measurement as Argo writes it: `[0.1]` for a vector, `0.1` for a scalar. */
	value?: string;
	successCondition?: string;
	failureCondition?: string;
	/** The measurement's phase when the conditions could be decided. */
	phase?: MeasurementPhase;
	/** Why no phase: the template could not be read, an arg has no value, a condition is outside what we evaluate. */
	notEvaluated?: string;
}
interface ReleaseCheckStats {
	/** Each template metric measured when a Rollout's wait ended: resolved query, value, phase or why not. */
	metrics?: MetricEvaluation[];
	/** The canary judge per Rollout (`canary-judge`). */
	canaryJudge?: ({
		rollout: string;
	} & JudgeResult)[];
	/** Each health probe over the whole wait (`health-probes`). */
	probes?: ProbeSummary[];
}
/**
 * What a rollout run reports in `runs[].stats`: the manifests it linted, or the objects it followed with what the
 * checks beside the wait measured. Renderers read it back from the report, which may be a saved JSON file, so this
 * is the contract between the analyzer and every output that shows the run's facts.
 */
export type RolloutRunStats = LintRunStats | FollowRunStats;
export interface LintRunStats {
	mode: "lint";
	files: number;
	/** Canary and MetricTemplate (Flagger) are absent in reports of older versions. */
	manifests: {
		Rollout: number;
		AnalysisTemplate: number;
		ClusterAnalysisTemplate: number;
		Canary?: number;
		MetricTemplate?: number;
	};
	/** Files read but not linted, with why (Helm/Go template syntax); absent in reports of older versions. */
	skipped?: {
		file: string;
		reason: string;
	}[];
	/** The pre-merge dry run, with prometheus-url: each template metric's resolved query and outcome. */
	dryRun?: DryRunStats;
	durationMs: number;
}
export type FollowRunStats = {
	mode: "follow";
	/** Each followed Argo Rollout or Flagger Canary, told apart by `kind`. */
	rollouts: (RolloutStats | CanaryStats)[];
	durationMs: number;
} & ReleaseCheckStats;
/** What each analyzer reports about its run, as its meta.ts declares it. */
export interface AnalyzerStats {
	review: ReviewRunStats;
	queries: QueriesRunStats;
	rollout: RolloutRunStats;
	migrations: MigrationsRunStats;
}
/** What the diff filter did to a run's findings, when the run was of a change. */
export interface DiffStats {
	mode: FilterMode;
	changedFiles: number;
	filteredOut: number;
	/** The list of changed files was cut at GitHub's limit: every file was reviewed whole. */
	wholeFiles?: boolean;
}
/** What the baseline hid, added to the review's run (the baseline is the core's, and the review's run carries it). */
export interface BaselineStats {
	file: string;
	hidden: number;
	stale: number;
}
/** What the core adds to a completed run's stats: the diff filter's counts, and (on the review's run) the baseline's. */
export interface CoreRunStats {
	diff?: DiffStats;
	baseline?: BaselineStats;
}
/** A completed run's stats in the report: the analyzer's own, and what the core added. */
export type RunStats<Name extends AnalyzerName> = AnalyzerStats[Name] & CoreRunStats;
/** A failed or skipped run's stats: empty, or the baseline file when reading the baseline is what failed. */
export interface FailedRunStats {
	baseline?: string | BaselineStats;
}
export type FailOn = Severity | "never";
export type RunStatus = "ok" | "skipped" | "failed";
/** A run that completed, with the stats its analyzer reports (typed by `analyzer`). */
export interface CompletedRun<Name extends AnalyzerName = AnalyzerName> {
	analyzer: Name;
	status: "ok";
	/** A note on a completed run, when there is one. */
	error?: string;
	stats: RunStats<Name>;
}
export interface FailedRun<Name extends AnalyzerName = AnalyzerName> {
	analyzer: Name;
	status: "failed" | "skipped";
	/** Names what went wrong (or why it was skipped) and how to fix it. */
	error?: string;
	stats: FailedRunStats;
}
/** One analyzer's run in the report: `analyzer` and `status` say what `stats` holds. */
export type AnalyzerRun = {
	[Name in AnalyzerName]: CompletedRun<Name> | FailedRun<Name>;
}[AnalyzerName];
/** The completed runs of one analyzer, with their stats typed. */
export declare function completedRuns<Name extends AnalyzerName>(runs: readonly AnalyzerRun[], analyzer: Name): CompletedRun<Name>[];
export interface Gate {
	failOn: FailOn;
	passed: boolean;
	counts: Record<Severity, number>;
	/** One line for a failed gate: what crossed the threshold, or which run failed. */
	reason?: string;
}
export interface Report {
	tool: {
		name: string;
		version: string;
	};
	findings: Finding[];
	runs: AnalyzerRun[];
	gate: Gate;
}
/**
 * The gate is computed once, here. A failed run fails it whatever `failOn` says: a database that could not be
 * reached must never read as "no problems found".
 */
export declare function gate(findings: readonly Finding[], runs: readonly AnalyzerRun[], failOn: FailOn): Gate;
export declare function buildReport(tool: Report["tool"], findings: readonly Finding[], runs: readonly AnalyzerRun[], failOn: FailOn): Report;
/** A rule's settings as written in the config file: `severity` plus the rule's own kebab-case options. */
export type RuleConfig = {
	severity?: "error" | "warning" | "notice" | "off";
} & Record<string, unknown>;
export interface Override {
	files: string[];
	rules: Record<string, RuleConfig>;
}
/**
 * Everything a run needs, whichever door it came through. The config file, CLI flags and action inputs all map
 * onto this one shape (kebab-case keys in files and inputs, camelCase here).
 */
export interface Config {
	/** Repository root: paths in findings are relative to it. */
	root: string;
	checks: AnalyzerName[];
	paths: string[];
	include: string[];
	exclude: string[];
	failOn: FailOn;
	filterMode: FilterMode;
	/** Git ref whose diff decides which lines count as changed (CLI `--diff-base`). */
	diffBase?: string;
	/**
	 * The files and lines the change touched, when a door knows them (the CLI from `git diff`, the action from
	 * GitHub's API); unset reviews and reports everything under `paths`. It is data rather than a client in `Deps`
	 * on purpose: a door fetches it once, and the core, the library and the tests can build or replay it without
	 * git or HTTP.
	 */
	changes?: ChangeSet;
	/** Baseline file whose findings are hidden; unset uses .predator-guard-baseline.json when present, false none. */
	baseline?: string | false;
	maxFileSize: number;
	/** Worker threads for the review; `auto` uses every core when there are enough files. */
	workers: number | "auto";
	/** Honour peer linters' suppression comments (`# noqa`, `# pylint: disable=`, `// eslint-disable-line`, …). */
	peerSuppressions: boolean;
	rules: Record<string, RuleConfig>;
	overrides: Override[];
	/** Keys for the other analyzers and channels, validated by the schema and read by their owners. */
	settings: Record<string, unknown>;
}
export declare function defaultConfig(root: string): Config;
/** What a config file or a door may set; unset keys keep the value from the layer below. */
export type ConfigLayer = Partial<Omit<Config, "root">>;
/** Reads and validates a config file; a bad file is a UsageError naming the key, the value and what is allowed. */
export declare function loadConfig(file: string): ConfigLayer;
/** Finds `.predator-guard.yml` at the root when no config was named. */
export declare function findConfigFile(root: string): string | undefined;
/**
 * The library's merge: each layer is validated like a config file (see checkedLayer), so the library refuses what
 * the CLI refuses, then merged as mergeLayers does.
 */
export declare function mergeConfig(base: Config, ...layers: ConfigLayer[]): Config;
/**
 * A connected PostgreSQL client, as the query-plan audit uses one: node-postgres's `Client` fits. Described here by
 * what the audit calls, so the library's types need no PostgreSQL package (the bundle carries its own node-postgres).
 */
export interface PgClient {
	readonly host: string;
	readonly port: number;
	readonly user?: string;
	readonly database?: string;
	/** Only read to keep it out of messages. */
	readonly password?: unknown;
	query(text: string, values?: unknown[]): Promise<{
		rows: unknown[];
	}>;
	end(): Promise<void>;
}
/**
 * The cluster the rollout check reads Rollouts from: @kubernetes/client-node's `KubeConfig` fits, loaded from a
 * file, the in-cluster account or built in code. Described by what the check's API client and watch call, so the
 * library's types need no Kubernetes package.
 */
export interface KubeClientConfig {
	getCurrentCluster(): {
		readonly server: string;
	} | null;
	applyToFetchOptions(options: object): Promise<object>;
	makeApiClient<T extends object>(apiClientType: new (configuration: any) => T): T;
}
/** Clients an analyzer may need, passed in so tests and embedders can supply their own. */
export interface Deps {
	/** Where a text progress line goes (the CLI's stderr, the action's log); silent when absent. */
	log?: (line: string) => void;
	/** The cluster the rollout check follows Rollouts in; the CLI and the action build it from the settings. */
	kubeConfig?: KubeClientConfig;
	/** The HTTP client for Prometheus queries and HTTP health probes; the global fetch when absent. */
	fetch?: typeof fetch;
	/**
	 * A connected node-postgres client for the query-plan audit and the migration check (a throwaway database for
	 * the latter: the migrations take real locks there until they are rolled back); it replaces `database-url` and
	 * stays open (its owner ends it).
	 */
	pgClient?: PgClient;
}
export interface AnalyzerOutput<Name extends AnalyzerName = AnalyzerName> {
	findings: Finding[];
	stats: AnalyzerStats[Name];
}
export interface Analyzer<Name extends AnalyzerName = AnalyzerName> {
	name: Name;
	/**
	 * Completes the clients the run needs from the settings, before any analyzer runs (the rollout check loads the
	 * kubeconfig): a door passes only what it was given, and a bad setting fails the whole run as a usage error.
	 */
	prepare?(config: Config, deps: Deps): Promise<Deps>;
	run(config: Config, deps: Deps): Promise<AnalyzerOutput<Name>>;
}
/**
 * Runs every analyzer the config enables and builds the one report. An analyzer that throws becomes a failed run
 * carrying its message (which fails the gate), never a crash that loses the other analyzers' findings. Only a
 * client an analyzer cannot be given from the settings (a kubeconfig that does not load) throws, before anything
 * runs, as a door's own usage errors do.
 */
export declare function analyze(config: Config, deps?: Deps): Promise<Report>;
/** Findings a team has accepted for now: later runs hide them, matched by fingerprint, up to `count` each. */
export interface BaselineEntry {
	fingerprint: string;
	rule: string;
	file?: string;
	count: number;
	/** For people reading the file in review; not used for matching. */
	message: string;
}
export interface Baseline {
	version: 1;
	entries: BaselineEntry[];
}
export declare function readBaseline(file: string): Baseline;
export declare function baselineFrom(findings: readonly Finding[]): Baseline;
export declare function writeBaseline(file: string, baseline: Baseline): void;
interface BaselineOutcome {
	kept: Finding[];
	hidden: number;
	/** Entries (with the count that went unmatched) whose findings are gone: fixed, or changed beyond recognition. */
	stale: BaselineEntry[];
}
export declare function applyBaseline(findings: readonly Finding[], baseline: Baseline): BaselineOutcome;
/** Drops what no longer matches and lowers counts to what still matches. */
export declare function pruneBaseline(baseline: Baseline, findings: readonly Finding[]): Baseline;
/**
 * The JSON Schema of `.predator-guard.yml`. It is built from the rules' own metadata so that a rule's options are
 * validated where they are declared; `npm run build` writes it to schema/predator-guard.schema.json for editors.
 */
export declare function configSchema(): Record<string, unknown>;
/**
 * A problem with what the user asked for (a flag, an input, the config file, a path): exit code 2, and a message
 * that names the bad value, the expected form and the fix. Anything else that escapes is a bug.
 */
export declare class UsageError extends Error {
	readonly name = "UsageError";
}
interface MarkdownOptions {
	/** Only this analyzer's findings and runs: the pull-request comment holds one section per analyzer. */
	analyzer?: AnalyzerName;
	/** A blob URL ending in `/`, e.g. `https://github.com/o/r/blob/<sha>/`: places become links to their lines. */
	linkBase?: string;
	/**
	 * List only this many findings, the first in the order shown (by category, then file); the caller says what became
	 * of the rest (the comment's size cap). Headings still count every finding of their category.
	 */
	shownFindings?: number;
}
/**
 * The body of one pull-request comment section: a summary line, any failed or skipped run, the rollouts a rollout
 * run followed (their verdicts, step diagrams and analysis), what a queries run audited where (and what it could
 * not judge), then the findings by category (in CATEGORIES order) and by file. Everything that comes from the
 * analysed code is escaped, because a message quoting user code must not be able to break, restyle or inject into
 * the comment.
 */
export declare function renderMarkdown(report: Report, options?: MarkdownOptions): string;
/**
 * What SARIF says about a rule, from the catalog's descriptors (the caller passes them, so that rendering imports
 * no analyzer and, through one, no parser).
 */
export type SarifRule = Pick<RuleDescriptor, "analyzer" | "id" | "category" | "severity" | "description"> & {
	/** Defaults to the rule's page under docs/rules/ in the repository. */
	helpUri?: string;
	/** Plain text; defaults to the description and a pointer to the docs page. */
	help?: string;
};
interface SarifOptions {
	/** Every rule of every analyzer, not only those with results: code scanning lists them all. */
	rules: readonly SarifRule[];
	/** Absolute path of the checkout; recorded as %SRCROOT% so that local SARIF viewers can open the files. */
	root?: string;
}
/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: one run per analyzer, each with its own automation id so that
 * uploads of different analyzers do not replace one another's alerts.
 */
export declare function renderSarif(report: Report, options: SarifOptions): string;
interface TextOptions {
	/** ANSI colours; the caller decides (a TTY with NO_COLOR unset), so the renderer stays pure. */
	color?: boolean;
}
/**
 * The terminal report: findings grouped by file, each led by `file:line:column` so terminals and editors make it
 * clickable; the rollouts a rollout run followed; what a queries run audited where; what a migrations run checked; findings with no file under
 * their analyzer; then failed or skipped runs; then one summary line, which counts what was looked at as well as
 * what was found. When nothing ran, the failed runs' own lines are the whole output: one message per error.
 */
export declare function renderText(report: Report, options?: TextOptions): string;
/** The report exactly as the `Report` type describes it, for scripts and for the `--format json` output. */
export declare function renderJson(report: Report): string;
export declare const REPORT_FORMATS: readonly [
	"text",
	"json",
	"sarif",
	"markdown"
];
export type ReportFormat = (typeof REPORT_FORMATS)[number];
interface RenderOptions extends TextOptions, MarkdownOptions {
	/** For SARIF; without them a run lists only the rules that reported something. */
	rules?: readonly SarifRule[];
	/** For SARIF: the checkout's absolute path. */
	root?: string;
}
export declare function renderReport(report: Report, format: ReportFormat, options?: RenderOptions): string;
/**
 * Every rule of every analyzer, metadata only, built from each analyzer's meta.ts: importing it loads no parser,
 * database or cluster client. The config schema, SARIF and the docs tables read it; the order is the analyzers',
 * then each analyzer's families', then each family's.
 */
export declare const RULE_CATALOG: readonly RuleDescriptor[];
/** The rules as the SARIF renderer describes them. */
export declare function describeRules(): RuleDescriptor[];
type QuerySource = "QSRC_ORIGINAL" | "QSRC_PARSER" | "QSRC_INSTEAD_RULE" | "QSRC_QUAL_INSTEAD_RULE" | "QSRC_NON_INSTEAD_RULE";
type SortByDir = "SORTBY_DEFAULT" | "SORTBY_ASC" | "SORTBY_DESC" | "SORTBY_USING";
type SortByNulls = "SORTBY_NULLS_DEFAULT" | "SORTBY_NULLS_FIRST" | "SORTBY_NULLS_LAST";
type A_Expr_Kind = "AEXPR_OP" | "AEXPR_OP_ANY" | "AEXPR_OP_ALL" | "AEXPR_DISTINCT" | "AEXPR_NOT_DISTINCT" | "AEXPR_NULLIF" | "AEXPR_IN" | "AEXPR_LIKE" | "AEXPR_ILIKE" | "AEXPR_SIMILAR" | "AEXPR_BETWEEN" | "AEXPR_NOT_BETWEEN" | "AEXPR_BETWEEN_SYM" | "AEXPR_NOT_BETWEEN_SYM";
type RoleSpecType = "ROLESPEC_CSTRING" | "ROLESPEC_CURRENT_ROLE" | "ROLESPEC_CURRENT_USER" | "ROLESPEC_SESSION_USER" | "ROLESPEC_PUBLIC";
type DefElemAction = "DEFELEM_UNSPEC" | "DEFELEM_SET" | "DEFELEM_ADD" | "DEFELEM_DROP";
type PartitionStrategy = "PARTITION_STRATEGY_LIST" | "PARTITION_STRATEGY_RANGE" | "PARTITION_STRATEGY_HASH";
type PartitionRangeDatumKind = "PARTITION_RANGE_DATUM_MINVALUE" | "PARTITION_RANGE_DATUM_VALUE" | "PARTITION_RANGE_DATUM_MAXVALUE";
type RTEKind = "RTE_RELATION" | "RTE_SUBQUERY" | "RTE_JOIN" | "RTE_FUNCTION" | "RTE_TABLEFUNC" | "RTE_VALUES" | "RTE_CTE" | "RTE_NAMEDTUPLESTORE" | "RTE_RESULT" | "RTE_GROUP";
type WCOKind = "WCO_VIEW_CHECK" | "WCO_RLS_INSERT_CHECK" | "WCO_RLS_UPDATE_CHECK" | "WCO_RLS_CONFLICT_CHECK" | "WCO_RLS_MERGE_UPDATE_CHECK" | "WCO_RLS_MERGE_DELETE_CHECK";
type GroupingSetKind = "GROUPING_SET_EMPTY" | "GROUPING_SET_SIMPLE" | "GROUPING_SET_ROLLUP" | "GROUPING_SET_CUBE" | "GROUPING_SET_SETS";
type CTEMaterialize = "CTEMaterializeDefault" | "CTEMaterializeAlways" | "CTEMaterializeNever";
type ReturningOptionKind = "RETURNING_OPTION_OLD" | "RETURNING_OPTION_NEW";
type JsonQuotes = "JS_QUOTES_UNSPEC" | "JS_QUOTES_KEEP" | "JS_QUOTES_OMIT";
type JsonTableColumnType = "JTC_FOR_ORDINALITY" | "JTC_REGULAR" | "JTC_EXISTS" | "JTC_FORMATTED" | "JTC_NESTED";
type SetOperation = "SETOP_NONE" | "SETOP_UNION" | "SETOP_INTERSECT" | "SETOP_EXCEPT";
type ObjectType = "OBJECT_ACCESS_METHOD" | "OBJECT_AGGREGATE" | "OBJECT_AMOP" | "OBJECT_AMPROC" | "OBJECT_ATTRIBUTE" | "OBJECT_CAST" | "OBJECT_COLUMN" | "OBJECT_COLLATION" | "OBJECT_CONVERSION" | "OBJECT_DATABASE" | "OBJECT_DEFAULT" | "OBJECT_DEFACL" | "OBJECT_DOMAIN" | "OBJECT_DOMCONSTRAINT" | "OBJECT_EVENT_TRIGGER" | "OBJECT_EXTENSION" | "OBJECT_FDW" | "OBJECT_FOREIGN_SERVER" | "OBJECT_FOREIGN_TABLE" | "OBJECT_FUNCTION" | "OBJECT_INDEX" | "OBJECT_LANGUAGE" | "OBJECT_LARGEOBJECT" | "OBJECT_MATVIEW" | "OBJECT_OPCLASS" | "OBJECT_OPERATOR" | "OBJECT_OPFAMILY" | "OBJECT_PARAMETER_ACL" | "OBJECT_POLICY" | "OBJECT_PROCEDURE" | "OBJECT_PUBLICATION" | "OBJECT_PUBLICATION_NAMESPACE" | "OBJECT_PUBLICATION_REL" | "OBJECT_ROLE" | "OBJECT_ROUTINE" | "OBJECT_RULE" | "OBJECT_SCHEMA" | "OBJECT_SEQUENCE" | "OBJECT_SUBSCRIPTION" | "OBJECT_STATISTIC_EXT" | "OBJECT_TABCONSTRAINT" | "OBJECT_TABLE" | "OBJECT_TABLESPACE" | "OBJECT_TRANSFORM" | "OBJECT_TRIGGER" | "OBJECT_TSCONFIGURATION" | "OBJECT_TSDICTIONARY" | "OBJECT_TSPARSER" | "OBJECT_TSTEMPLATE" | "OBJECT_TYPE" | "OBJECT_USER_MAPPING" | "OBJECT_VIEW";
type DropBehavior = "DROP_RESTRICT" | "DROP_CASCADE";
type AlterTableType = "AT_AddColumn" | "AT_AddColumnToView" | "AT_ColumnDefault" | "AT_CookedColumnDefault" | "AT_DropNotNull" | "AT_SetNotNull" | "AT_SetExpression" | "AT_DropExpression" | "AT_SetStatistics" | "AT_SetOptions" | "AT_ResetOptions" | "AT_SetStorage" | "AT_SetCompression" | "AT_DropColumn" | "AT_AddIndex" | "AT_ReAddIndex" | "AT_AddConstraint" | "AT_ReAddConstraint" | "AT_ReAddDomainConstraint" | "AT_AlterConstraint" | "AT_ValidateConstraint" | "AT_AddIndexConstraint" | "AT_DropConstraint" | "AT_ReAddComment" | "AT_AlterColumnType" | "AT_AlterColumnGenericOptions" | "AT_ChangeOwner" | "AT_ClusterOn" | "AT_DropCluster" | "AT_SetLogged" | "AT_SetUnLogged" | "AT_DropOids" | "AT_SetAccessMethod" | "AT_SetTableSpace" | "AT_SetRelOptions" | "AT_ResetRelOptions" | "AT_ReplaceRelOptions" | "AT_EnableTrig" | "AT_EnableAlwaysTrig" | "AT_EnableReplicaTrig" | "AT_DisableTrig" | "AT_EnableTrigAll" | "AT_DisableTrigAll" | "AT_EnableTrigUser" | "AT_DisableTrigUser" | "AT_EnableRule" | "AT_EnableAlwaysRule" | "AT_EnableReplicaRule" | "AT_DisableRule" | "AT_AddInherit" | "AT_DropInherit" | "AT_AddOf" | "AT_DropOf" | "AT_ReplicaIdentity" | "AT_EnableRowSecurity" | "AT_DisableRowSecurity" | "AT_ForceRowSecurity" | "AT_NoForceRowSecurity" | "AT_GenericOptions" | "AT_AttachPartition" | "AT_DetachPartition" | "AT_DetachPartitionFinalize" | "AT_AddIdentity" | "AT_SetIdentity" | "AT_DropIdentity" | "AT_ReAddStatistics";
type GrantTargetType = "ACL_TARGET_OBJECT" | "ACL_TARGET_ALL_IN_SCHEMA" | "ACL_TARGET_DEFAULTS";
type VariableSetKind = "VAR_SET_VALUE" | "VAR_SET_DEFAULT" | "VAR_SET_CURRENT" | "VAR_SET_MULTI" | "VAR_RESET" | "VAR_RESET_ALL";
type ConstrType = "CONSTR_NULL" | "CONSTR_NOTNULL" | "CONSTR_DEFAULT" | "CONSTR_IDENTITY" | "CONSTR_GENERATED" | "CONSTR_CHECK" | "CONSTR_PRIMARY" | "CONSTR_UNIQUE" | "CONSTR_EXCLUSION" | "CONSTR_FOREIGN" | "CONSTR_ATTR_DEFERRABLE" | "CONSTR_ATTR_NOT_DEFERRABLE" | "CONSTR_ATTR_DEFERRED" | "CONSTR_ATTR_IMMEDIATE" | "CONSTR_ATTR_ENFORCED" | "CONSTR_ATTR_NOT_ENFORCED";
type ImportForeignSchemaType = "FDW_IMPORT_SCHEMA_ALL" | "FDW_IMPORT_SCHEMA_LIMIT_TO" | "FDW_IMPORT_SCHEMA_EXCEPT";
type RoleStmtType = "ROLESTMT_ROLE" | "ROLESTMT_USER" | "ROLESTMT_GROUP";
type FetchDirection = "FETCH_FORWARD" | "FETCH_BACKWARD" | "FETCH_ABSOLUTE" | "FETCH_RELATIVE";
type FunctionParameterMode = "FUNC_PARAM_IN" | "FUNC_PARAM_OUT" | "FUNC_PARAM_INOUT" | "FUNC_PARAM_VARIADIC" | "FUNC_PARAM_TABLE" | "FUNC_PARAM_DEFAULT";
type TransactionStmtKind = "TRANS_STMT_BEGIN" | "TRANS_STMT_START" | "TRANS_STMT_COMMIT" | "TRANS_STMT_ROLLBACK" | "TRANS_STMT_SAVEPOINT" | "TRANS_STMT_RELEASE" | "TRANS_STMT_ROLLBACK_TO" | "TRANS_STMT_PREPARE" | "TRANS_STMT_COMMIT_PREPARED" | "TRANS_STMT_ROLLBACK_PREPARED";
type ViewCheckOption = "NO_CHECK_OPTION" | "LOCAL_CHECK_OPTION" | "CASCADED_CHECK_OPTION";
type DiscardMode = "DISCARD_ALL" | "DISCARD_PLANS" | "DISCARD_SEQUENCES" | "DISCARD_TEMP";
type ReindexObjectType = "REINDEX_OBJECT_INDEX" | "REINDEX_OBJECT_TABLE" | "REINDEX_OBJECT_SCHEMA" | "REINDEX_OBJECT_SYSTEM" | "REINDEX_OBJECT_DATABASE";
type AlterTSConfigType = "ALTER_TSCONFIG_ADD_MAPPING" | "ALTER_TSCONFIG_ALTER_MAPPING_FOR_TOKEN" | "ALTER_TSCONFIG_REPLACE_DICT" | "ALTER_TSCONFIG_REPLACE_DICT_FOR_TOKEN" | "ALTER_TSCONFIG_DROP_MAPPING";
type PublicationObjSpecType = "PUBLICATIONOBJ_TABLE" | "PUBLICATIONOBJ_TABLES_IN_SCHEMA" | "PUBLICATIONOBJ_TABLES_IN_CUR_SCHEMA" | "PUBLICATIONOBJ_CONTINUATION";
type AlterPublicationAction = "AP_AddObjects" | "AP_DropObjects" | "AP_SetObjects";
type AlterSubscriptionType = "ALTER_SUBSCRIPTION_OPTIONS" | "ALTER_SUBSCRIPTION_CONNECTION" | "ALTER_SUBSCRIPTION_SET_PUBLICATION" | "ALTER_SUBSCRIPTION_ADD_PUBLICATION" | "ALTER_SUBSCRIPTION_DROP_PUBLICATION" | "ALTER_SUBSCRIPTION_REFRESH" | "ALTER_SUBSCRIPTION_ENABLED" | "ALTER_SUBSCRIPTION_SKIP";
type OverridingKind = "OVERRIDING_NOT_SET" | "OVERRIDING_USER_VALUE" | "OVERRIDING_SYSTEM_VALUE";
type OnCommitAction = "ONCOMMIT_NOOP" | "ONCOMMIT_PRESERVE_ROWS" | "ONCOMMIT_DELETE_ROWS" | "ONCOMMIT_DROP";
type TableFuncType = "TFT_XMLTABLE" | "TFT_JSON_TABLE";
type VarReturningType = "VAR_RETURNING_DEFAULT" | "VAR_RETURNING_OLD" | "VAR_RETURNING_NEW";
type ParamKind = "PARAM_EXTERN" | "PARAM_EXEC" | "PARAM_SUBLINK" | "PARAM_MULTIEXPR";
type CoercionContext = "COERCION_IMPLICIT" | "COERCION_ASSIGNMENT" | "COERCION_PLPGSQL" | "COERCION_EXPLICIT";
type CoercionForm = "COERCE_EXPLICIT_CALL" | "COERCE_EXPLICIT_CAST" | "COERCE_IMPLICIT_CAST" | "COERCE_SQL_SYNTAX";
type BoolExprType = "AND_EXPR" | "OR_EXPR" | "NOT_EXPR";
type SubLinkType = "EXISTS_SUBLINK" | "ALL_SUBLINK" | "ANY_SUBLINK" | "ROWCOMPARE_SUBLINK" | "EXPR_SUBLINK" | "MULTIEXPR_SUBLINK" | "ARRAY_SUBLINK" | "CTE_SUBLINK";
type MinMaxOp = "IS_GREATEST" | "IS_LEAST";
type SQLValueFunctionOp = "SVFOP_CURRENT_DATE" | "SVFOP_CURRENT_TIME" | "SVFOP_CURRENT_TIME_N" | "SVFOP_CURRENT_TIMESTAMP" | "SVFOP_CURRENT_TIMESTAMP_N" | "SVFOP_LOCALTIME" | "SVFOP_LOCALTIME_N" | "SVFOP_LOCALTIMESTAMP" | "SVFOP_LOCALTIMESTAMP_N" | "SVFOP_CURRENT_ROLE" | "SVFOP_CURRENT_USER" | "SVFOP_USER" | "SVFOP_SESSION_USER" | "SVFOP_CURRENT_CATALOG" | "SVFOP_CURRENT_SCHEMA";
type XmlExprOp = "IS_XMLCONCAT" | "IS_XMLELEMENT" | "IS_XMLFOREST" | "IS_XMLPARSE" | "IS_XMLPI" | "IS_XMLROOT" | "IS_XMLSERIALIZE" | "IS_DOCUMENT";
type XmlOptionType = "XMLOPTION_DOCUMENT" | "XMLOPTION_CONTENT";
type JsonEncoding = "JS_ENC_DEFAULT" | "JS_ENC_UTF8" | "JS_ENC_UTF16" | "JS_ENC_UTF32";
type JsonFormatType = "JS_FORMAT_DEFAULT" | "JS_FORMAT_JSON" | "JS_FORMAT_JSONB";
type JsonConstructorType = "JSCTOR_JSON_OBJECT" | "JSCTOR_JSON_ARRAY" | "JSCTOR_JSON_OBJECTAGG" | "JSCTOR_JSON_ARRAYAGG" | "JSCTOR_JSON_PARSE" | "JSCTOR_JSON_SCALAR" | "JSCTOR_JSON_SERIALIZE";
type JsonValueType = "JS_TYPE_ANY" | "JS_TYPE_OBJECT" | "JS_TYPE_ARRAY" | "JS_TYPE_SCALAR";
type JsonWrapper = "JSW_UNSPEC" | "JSW_NONE" | "JSW_CONDITIONAL" | "JSW_UNCONDITIONAL";
type JsonBehaviorType = "JSON_BEHAVIOR_NULL" | "JSON_BEHAVIOR_ERROR" | "JSON_BEHAVIOR_EMPTY" | "JSON_BEHAVIOR_TRUE" | "JSON_BEHAVIOR_FALSE" | "JSON_BEHAVIOR_UNKNOWN" | "JSON_BEHAVIOR_EMPTY_ARRAY" | "JSON_BEHAVIOR_EMPTY_OBJECT" | "JSON_BEHAVIOR_DEFAULT";
type JsonExprOp = "JSON_EXISTS_OP" | "JSON_QUERY_OP" | "JSON_VALUE_OP" | "JSON_TABLE_OP";
type NullTestType = "IS_NULL" | "IS_NOT_NULL";
type BoolTestType = "IS_TRUE" | "IS_NOT_TRUE" | "IS_FALSE" | "IS_NOT_FALSE" | "IS_UNKNOWN" | "IS_NOT_UNKNOWN";
type MergeMatchKind = "MERGE_WHEN_MATCHED" | "MERGE_WHEN_NOT_MATCHED_BY_SOURCE" | "MERGE_WHEN_NOT_MATCHED_BY_TARGET";
type CmdType = "CMD_UNKNOWN" | "CMD_SELECT" | "CMD_UPDATE" | "CMD_INSERT" | "CMD_DELETE" | "CMD_MERGE" | "CMD_UTILITY" | "CMD_NOTHING";
type JoinType = "JOIN_INNER" | "JOIN_LEFT" | "JOIN_FULL" | "JOIN_RIGHT" | "JOIN_SEMI" | "JOIN_ANTI" | "JOIN_RIGHT_SEMI" | "JOIN_RIGHT_ANTI" | "JOIN_UNIQUE_OUTER" | "JOIN_UNIQUE_INNER";
type AggSplit = "AGGSPLIT_SIMPLE" | "AGGSPLIT_INITIAL_SERIAL" | "AGGSPLIT_FINAL_DESERIAL";
type OnConflictAction = "ONCONFLICT_NONE" | "ONCONFLICT_NOTHING" | "ONCONFLICT_UPDATE";
type LimitOption = "LIMIT_OPTION_DEFAULT" | "LIMIT_OPTION_COUNT" | "LIMIT_OPTION_WITH_TIES";
type LockClauseStrength = "LCS_NONE" | "LCS_FORKEYSHARE" | "LCS_FORSHARE" | "LCS_FORNOKEYUPDATE" | "LCS_FORUPDATE";
type LockWaitPolicy = "LockWaitBlock" | "LockWaitSkip" | "LockWaitError";
type CompareType = "COMPARE_INVALID" | "COMPARE_LT" | "COMPARE_LE" | "COMPARE_EQ" | "COMPARE_GE" | "COMPARE_GT" | "COMPARE_NE" | "COMPARE_OVERLAP" | "COMPARE_CONTAINED_BY";
type KeywordKind = "NO_KEYWORD" | "UNRESERVED_KEYWORD" | "COL_NAME_KEYWORD" | "TYPE_FUNC_NAME_KEYWORD" | "RESERVED_KEYWORD";
type Token = "NUL" | "ASCII_36" | "ASCII_37" | "ASCII_40" | "ASCII_41" | "ASCII_42" | "ASCII_43" | "ASCII_44" | "ASCII_45" | "ASCII_46" | "ASCII_47" | "ASCII_58" | "ASCII_59" | "ASCII_60" | "ASCII_61" | "ASCII_62" | "ASCII_63" | "ASCII_91" | "ASCII_92" | "ASCII_93" | "ASCII_94" | "IDENT" | "UIDENT" | "FCONST" | "SCONST" | "USCONST" | "BCONST" | "XCONST" | "Op" | "ICONST" | "PARAM" | "TYPECAST" | "DOT_DOT" | "COLON_EQUALS" | "EQUALS_GREATER" | "LESS_EQUALS" | "GREATER_EQUALS" | "NOT_EQUALS" | "SQL_COMMENT" | "C_COMMENT" | "ABORT_P" | "ABSENT" | "ABSOLUTE_P" | "ACCESS" | "ACTION" | "ADD_P" | "ADMIN" | "AFTER" | "AGGREGATE" | "ALL" | "ALSO" | "ALTER" | "ALWAYS" | "ANALYSE" | "ANALYZE" | "AND" | "ANY" | "ARRAY" | "AS" | "ASC" | "ASENSITIVE" | "ASSERTION" | "ASSIGNMENT" | "ASYMMETRIC" | "ATOMIC" | "AT" | "ATTACH" | "ATTRIBUTE" | "AUTHORIZATION" | "BACKWARD" | "BEFORE" | "BEGIN_P" | "BETWEEN" | "BIGINT" | "BINARY" | "BIT" | "BOOLEAN_P" | "BOTH" | "BREADTH" | "BY" | "CACHE" | "CALL" | "CALLED" | "CASCADE" | "CASCADED" | "CASE" | "CAST" | "CATALOG_P" | "CHAIN" | "CHAR_P" | "CHARACTER" | "CHARACTERISTICS" | "CHECK" | "CHECKPOINT" | "CLASS" | "CLOSE" | "CLUSTER" | "COALESCE" | "COLLATE" | "COLLATION" | "COLUMN" | "COLUMNS" | "COMMENT" | "COMMENTS" | "COMMIT" | "COMMITTED" | "COMPRESSION" | "CONCURRENTLY" | "CONDITIONAL" | "CONFIGURATION" | "CONFLICT" | "CONNECTION" | "CONSTRAINT" | "CONSTRAINTS" | "CONTENT_P" | "CONTINUE_P" | "CONVERSION_P" | "COPY" | "COST" | "CREATE" | "CROSS" | "CSV" | "CUBE" | "CURRENT_P" | "CURRENT_CATALOG" | "CURRENT_DATE" | "CURRENT_ROLE" | "CURRENT_SCHEMA" | "CURRENT_TIME" | "CURRENT_TIMESTAMP" | "CURRENT_USER" | "CURSOR" | "CYCLE" | "DATA_P" | "DATABASE" | "DAY_P" | "DEALLOCATE" | "DEC" | "DECIMAL_P" | "DECLARE" | "DEFAULT" | "DEFAULTS" | "DEFERRABLE" | "DEFERRED" | "DEFINER" | "DELETE_P" | "DELIMITER" | "DELIMITERS" | "DEPENDS" | "DEPTH" | "DESC" | "DETACH" | "DICTIONARY" | "DISABLE_P" | "DISCARD" | "DISTINCT" | "DO" | "DOCUMENT_P" | "DOMAIN_P" | "DOUBLE_P" | "DROP" | "EACH" | "ELSE" | "EMPTY_P" | "ENABLE_P" | "ENCODING" | "ENCRYPTED" | "END_P" | "ENFORCED" | "ENUM_P" | "ERROR_P" | "ESCAPE" | "EVENT" | "EXCEPT" | "EXCLUDE" | "EXCLUDING" | "EXCLUSIVE" | "EXECUTE" | "EXISTS" | "EXPLAIN" | "EXPRESSION" | "EXTENSION" | "EXTERNAL" | "EXTRACT" | "FALSE_P" | "FAMILY" | "FETCH" | "FILTER" | "FINALIZE" | "FIRST_P" | "FLOAT_P" | "FOLLOWING" | "FOR" | "FORCE" | "FOREIGN" | "FORMAT" | "FORWARD" | "FREEZE" | "FROM" | "FULL" | "FUNCTION" | "FUNCTIONS" | "GENERATED" | "GLOBAL" | "GRANT" | "GRANTED" | "GREATEST" | "GROUP_P" | "GROUPING" | "GROUPS" | "HANDLER" | "HAVING" | "HEADER_P" | "HOLD" | "HOUR_P" | "IDENTITY_P" | "IF_P" | "ILIKE" | "IMMEDIATE" | "IMMUTABLE" | "IMPLICIT_P" | "IMPORT_P" | "IN_P" | "INCLUDE" | "INCLUDING" | "INCREMENT" | "INDENT" | "INDEX" | "INDEXES" | "INHERIT" | "INHERITS" | "INITIALLY" | "INLINE_P" | "INNER_P" | "INOUT" | "INPUT_P" | "INSENSITIVE" | "INSERT" | "INSTEAD" | "INT_P" | "INTEGER" | "INTERSECT" | "INTERVAL" | "INTO" | "INVOKER" | "IS" | "ISNULL" | "ISOLATION" | "JOIN" | "JSON" | "JSON_ARRAY" | "JSON_ARRAYAGG" | "JSON_EXISTS" | "JSON_OBJECT" | "JSON_OBJECTAGG" | "JSON_QUERY" | "JSON_SCALAR" | "JSON_SERIALIZE" | "JSON_TABLE" | "JSON_VALUE" | "KEEP" | "KEY" | "KEYS" | "LABEL" | "LANGUAGE" | "LARGE_P" | "LAST_P" | "LATERAL_P" | "LEADING" | "LEAKPROOF" | "LEAST" | "LEFT" | "LEVEL" | "LIKE" | "LIMIT" | "LISTEN" | "LOAD" | "LOCAL" | "LOCALTIME" | "LOCALTIMESTAMP" | "LOCATION" | "LOCK_P" | "LOCKED" | "LOGGED" | "MAPPING" | "MATCH" | "MATCHED" | "MATERIALIZED" | "MAXVALUE" | "MERGE" | "MERGE_ACTION" | "METHOD" | "MINUTE_P" | "MINVALUE" | "MODE" | "MONTH_P" | "MOVE" | "NAME_P" | "NAMES" | "NATIONAL" | "NATURAL" | "NCHAR" | "NESTED" | "NEW" | "NEXT" | "NFC" | "NFD" | "NFKC" | "NFKD" | "NO" | "NONE" | "NORMALIZE" | "NORMALIZED" | "NOT" | "NOTHING" | "NOTIFY" | "NOTNULL" | "NOWAIT" | "NULL_P" | "NULLIF" | "NULLS_P" | "NUMERIC" | "OBJECT_P" | "OBJECTS_P" | "OF" | "OFF" | "OFFSET" | "OIDS" | "OLD" | "OMIT" | "ON" | "ONLY" | "OPERATOR" | "OPTION" | "OPTIONS" | "OR" | "ORDER" | "ORDINALITY" | "OTHERS" | "OUT_P" | "OUTER_P" | "OVER" | "OVERLAPS" | "OVERLAY" | "OVERRIDING" | "OWNED" | "OWNER" | "PARALLEL" | "PARAMETER" | "PARSER" | "PARTIAL" | "PARTITION" | "PASSING" | "PASSWORD" | "PATH" | "PERIOD" | "PLACING" | "PLAN" | "PLANS" | "POLICY" | "POSITION" | "PRECEDING" | "PRECISION" | "PRESERVE" | "PREPARE" | "PREPARED" | "PRIMARY" | "PRIOR" | "PRIVILEGES" | "PROCEDURAL" | "PROCEDURE" | "PROCEDURES" | "PROGRAM" | "PUBLICATION" | "QUOTE" | "QUOTES" | "RANGE" | "READ" | "REAL" | "REASSIGN" | "RECURSIVE" | "REF_P" | "REFERENCES" | "REFERENCING" | "REFRESH" | "REINDEX" | "RELATIVE_P" | "RELEASE" | "RENAME" | "REPEATABLE" | "REPLACE" | "REPLICA" | "RESET" | "RESTART" | "RESTRICT" | "RETURN" | "RETURNING" | "RETURNS" | "REVOKE" | "RIGHT" | "ROLE" | "ROLLBACK" | "ROLLUP" | "ROUTINE" | "ROUTINES" | "ROW" | "ROWS" | "RULE" | "SAVEPOINT" | "SCALAR" | "SCHEMA" | "SCHEMAS" | "SCROLL" | "SEARCH" | "SECOND_P" | "SECURITY" | "SELECT" | "SEQUENCE" | "SEQUENCES" | "SERIALIZABLE" | "SERVER" | "SESSION" | "SESSION_USER" | "SET" | "SETS" | "SETOF" | "SHARE" | "SHOW" | "SIMILAR" | "SIMPLE" | "SKIP" | "SMALLINT" | "SNAPSHOT" | "SOME" | "SOURCE" | "SQL_P" | "STABLE" | "STANDALONE_P" | "START" | "STATEMENT" | "STATISTICS" | "STDIN" | "STDOUT" | "STORAGE" | "STORED" | "STRICT_P" | "STRING_P" | "STRIP_P" | "SUBSCRIPTION" | "SUBSTRING" | "SUPPORT" | "SYMMETRIC" | "SYSID" | "SYSTEM_P" | "SYSTEM_USER" | "TABLE" | "TABLES" | "TABLESAMPLE" | "TABLESPACE" | "TARGET" | "TEMP" | "TEMPLATE" | "TEMPORARY" | "TEXT_P" | "THEN" | "TIES" | "TIME" | "TIMESTAMP" | "TO" | "TRAILING" | "TRANSACTION" | "TRANSFORM" | "TREAT" | "TRIGGER" | "TRIM" | "TRUE_P" | "TRUNCATE" | "TRUSTED" | "TYPE_P" | "TYPES_P" | "UESCAPE" | "UNBOUNDED" | "UNCONDITIONAL" | "UNCOMMITTED" | "UNENCRYPTED" | "UNION" | "UNIQUE" | "UNKNOWN" | "UNLISTEN" | "UNLOGGED" | "UNTIL" | "UPDATE" | "USER" | "USING" | "VACUUM" | "VALID" | "VALIDATE" | "VALIDATOR" | "VALUE_P" | "VALUES" | "VARCHAR" | "VARIADIC" | "VARYING" | "VERBOSE" | "VERSION_P" | "VIEW" | "VIEWS" | "VIRTUAL" | "VOLATILE" | "WHEN" | "WHERE" | "WHITESPACE_P" | "WINDOW" | "WITH" | "WITHIN" | "WITHOUT" | "WORK" | "WRAPPER" | "WRITE" | "XML_P" | "XMLATTRIBUTES" | "XMLCONCAT" | "XMLELEMENT" | "XMLEXISTS" | "XMLFOREST" | "XMLNAMESPACES" | "XMLPARSE" | "XMLPI" | "XMLROOT" | "XMLSERIALIZE" | "XMLTABLE" | "YEAR_P" | "YES_P" | "ZONE" | "FORMAT_LA" | "NOT_LA" | "NULLS_LA" | "WITH_LA" | "WITHOUT_LA" | "MODE_TYPE_NAME" | "MODE_PLPGSQL_EXPR" | "MODE_PLPGSQL_ASSIGN1" | "MODE_PLPGSQL_ASSIGN2" | "MODE_PLPGSQL_ASSIGN3" | "UMINUS";
type Context = "None" | "Select" | "DML" | "DDL" | "Call";
type Node = {
	ParseResult: ParseResult;
} | {
	ScanResult: ScanResult;
} | {
	Integer: Integer;
} | {
	Float: Float;
} | {
	Boolean: Boolean$1;
} | {
	String: String$1;
} | {
	BitString: BitString;
} | {
	List: List;
} | {
	OidList: OidList;
} | {
	IntList: IntList;
} | {
	A_Const: A_Const;
} | {
	Alias: Alias;
} | {
	RangeVar: RangeVar;
} | {
	TableFunc: TableFunc;
} | {
	IntoClause: IntoClause;
} | {
	Var: Var;
} | {
	Param: Param;
} | {
	Aggref: Aggref;
} | {
	GroupingFunc: GroupingFunc;
} | {
	WindowFunc: WindowFunc;
} | {
	WindowFuncRunCondition: WindowFuncRunCondition;
} | {
	MergeSupportFunc: MergeSupportFunc;
} | {
	SubscriptingRef: SubscriptingRef;
} | {
	FuncExpr: FuncExpr;
} | {
	NamedArgExpr: NamedArgExpr;
} | {
	OpExpr: OpExpr;
} | {
	DistinctExpr: DistinctExpr;
} | {
	NullIfExpr: NullIfExpr;
} | {
	ScalarArrayOpExpr: ScalarArrayOpExpr;
} | {
	BoolExpr: BoolExpr;
} | {
	SubLink: SubLink;
} | {
	SubPlan: SubPlan;
} | {
	AlternativeSubPlan: AlternativeSubPlan;
} | {
	FieldSelect: FieldSelect;
} | {
	FieldStore: FieldStore;
} | {
	RelabelType: RelabelType;
} | {
	CoerceViaIO: CoerceViaIO;
} | {
	ArrayCoerceExpr: ArrayCoerceExpr;
} | {
	ConvertRowtypeExpr: ConvertRowtypeExpr;
} | {
	CollateExpr: CollateExpr;
} | {
	CaseExpr: CaseExpr;
} | {
	CaseWhen: CaseWhen;
} | {
	CaseTestExpr: CaseTestExpr;
} | {
	ArrayExpr: ArrayExpr;
} | {
	RowExpr: RowExpr;
} | {
	RowCompareExpr: RowCompareExpr;
} | {
	CoalesceExpr: CoalesceExpr;
} | {
	MinMaxExpr: MinMaxExpr;
} | {
	SQLValueFunction: SQLValueFunction;
} | {
	XmlExpr: XmlExpr;
} | {
	JsonFormat: JsonFormat;
} | {
	JsonReturning: JsonReturning;
} | {
	JsonValueExpr: JsonValueExpr;
} | {
	JsonConstructorExpr: JsonConstructorExpr;
} | {
	JsonIsPredicate: JsonIsPredicate;
} | {
	JsonBehavior: JsonBehavior;
} | {
	JsonExpr: JsonExpr;
} | {
	JsonTablePath: JsonTablePath;
} | {
	JsonTablePathScan: JsonTablePathScan;
} | {
	JsonTableSiblingJoin: JsonTableSiblingJoin;
} | {
	NullTest: NullTest;
} | {
	BooleanTest: BooleanTest;
} | {
	MergeAction: MergeAction;
} | {
	CoerceToDomain: CoerceToDomain;
} | {
	CoerceToDomainValue: CoerceToDomainValue;
} | {
	SetToDefault: SetToDefault;
} | {
	CurrentOfExpr: CurrentOfExpr;
} | {
	NextValueExpr: NextValueExpr;
} | {
	InferenceElem: InferenceElem;
} | {
	ReturningExpr: ReturningExpr;
} | {
	TargetEntry: TargetEntry;
} | {
	RangeTblRef: RangeTblRef;
} | {
	JoinExpr: JoinExpr;
} | {
	FromExpr: FromExpr;
} | {
	OnConflictExpr: OnConflictExpr;
} | {
	Query: Query;
} | {
	TypeName: TypeName;
} | {
	ColumnRef: ColumnRef;
} | {
	ParamRef: ParamRef;
} | {
	A_Expr: A_Expr;
} | {
	TypeCast: TypeCast;
} | {
	CollateClause: CollateClause;
} | {
	RoleSpec: RoleSpec;
} | {
	FuncCall: FuncCall;
} | {
	A_Star: A_Star;
} | {
	A_Indices: A_Indices;
} | {
	A_Indirection: A_Indirection;
} | {
	A_ArrayExpr: A_ArrayExpr;
} | {
	ResTarget: ResTarget;
} | {
	MultiAssignRef: MultiAssignRef;
} | {
	SortBy: SortBy;
} | {
	WindowDef: WindowDef;
} | {
	RangeSubselect: RangeSubselect;
} | {
	RangeFunction: RangeFunction;
} | {
	RangeTableFunc: RangeTableFunc;
} | {
	RangeTableFuncCol: RangeTableFuncCol;
} | {
	RangeTableSample: RangeTableSample;
} | {
	ColumnDef: ColumnDef;
} | {
	TableLikeClause: TableLikeClause;
} | {
	IndexElem: IndexElem;
} | {
	DefElem: DefElem;
} | {
	LockingClause: LockingClause;
} | {
	XmlSerialize: XmlSerialize;
} | {
	PartitionElem: PartitionElem;
} | {
	PartitionSpec: PartitionSpec;
} | {
	PartitionBoundSpec: PartitionBoundSpec;
} | {
	PartitionRangeDatum: PartitionRangeDatum;
} | {
	PartitionCmd: PartitionCmd;
} | {
	RangeTblEntry: RangeTblEntry;
} | {
	RTEPermissionInfo: RTEPermissionInfo;
} | {
	RangeTblFunction: RangeTblFunction;
} | {
	TableSampleClause: TableSampleClause;
} | {
	WithCheckOption: WithCheckOption;
} | {
	SortGroupClause: SortGroupClause;
} | {
	GroupingSet: GroupingSet;
} | {
	WindowClause: WindowClause;
} | {
	RowMarkClause: RowMarkClause;
} | {
	WithClause: WithClause;
} | {
	InferClause: InferClause;
} | {
	OnConflictClause: OnConflictClause;
} | {
	CTESearchClause: CTESearchClause;
} | {
	CTECycleClause: CTECycleClause;
} | {
	CommonTableExpr: CommonTableExpr;
} | {
	MergeWhenClause: MergeWhenClause;
} | {
	ReturningOption: ReturningOption;
} | {
	ReturningClause: ReturningClause;
} | {
	TriggerTransition: TriggerTransition;
} | {
	JsonOutput: JsonOutput;
} | {
	JsonArgument: JsonArgument;
} | {
	JsonFuncExpr: JsonFuncExpr;
} | {
	JsonTablePathSpec: JsonTablePathSpec;
} | {
	JsonTable: JsonTable;
} | {
	JsonTableColumn: JsonTableColumn;
} | {
	JsonKeyValue: JsonKeyValue;
} | {
	JsonParseExpr: JsonParseExpr;
} | {
	JsonScalarExpr: JsonScalarExpr;
} | {
	JsonSerializeExpr: JsonSerializeExpr;
} | {
	JsonObjectConstructor: JsonObjectConstructor;
} | {
	JsonArrayConstructor: JsonArrayConstructor;
} | {
	JsonArrayQueryConstructor: JsonArrayQueryConstructor;
} | {
	JsonAggConstructor: JsonAggConstructor;
} | {
	JsonObjectAgg: JsonObjectAgg;
} | {
	JsonArrayAgg: JsonArrayAgg;
} | {
	RawStmt: RawStmt;
} | {
	InsertStmt: InsertStmt;
} | {
	DeleteStmt: DeleteStmt;
} | {
	UpdateStmt: UpdateStmt;
} | {
	MergeStmt: MergeStmt;
} | {
	SelectStmt: SelectStmt;
} | {
	SetOperationStmt: SetOperationStmt;
} | {
	ReturnStmt: ReturnStmt;
} | {
	PLAssignStmt: PLAssignStmt;
} | {
	CreateSchemaStmt: CreateSchemaStmt;
} | {
	AlterTableStmt: AlterTableStmt;
} | {
	AlterTableCmd: AlterTableCmd;
} | {
	ATAlterConstraint: ATAlterConstraint;
} | {
	ReplicaIdentityStmt: ReplicaIdentityStmt;
} | {
	AlterCollationStmt: AlterCollationStmt;
} | {
	AlterDomainStmt: AlterDomainStmt;
} | {
	GrantStmt: GrantStmt;
} | {
	ObjectWithArgs: ObjectWithArgs;
} | {
	AccessPriv: AccessPriv;
} | {
	GrantRoleStmt: GrantRoleStmt;
} | {
	AlterDefaultPrivilegesStmt: AlterDefaultPrivilegesStmt;
} | {
	CopyStmt: CopyStmt;
} | {
	VariableSetStmt: VariableSetStmt;
} | {
	VariableShowStmt: VariableShowStmt;
} | {
	CreateStmt: CreateStmt;
} | {
	Constraint: Constraint;
} | {
	CreateTableSpaceStmt: CreateTableSpaceStmt;
} | {
	DropTableSpaceStmt: DropTableSpaceStmt;
} | {
	AlterTableSpaceOptionsStmt: AlterTableSpaceOptionsStmt;
} | {
	AlterTableMoveAllStmt: AlterTableMoveAllStmt;
} | {
	CreateExtensionStmt: CreateExtensionStmt;
} | {
	AlterExtensionStmt: AlterExtensionStmt;
} | {
	AlterExtensionContentsStmt: AlterExtensionContentsStmt;
} | {
	CreateFdwStmt: CreateFdwStmt;
} | {
	AlterFdwStmt: AlterFdwStmt;
} | {
	CreateForeignServerStmt: CreateForeignServerStmt;
} | {
	AlterForeignServerStmt: AlterForeignServerStmt;
} | {
	CreateForeignTableStmt: CreateForeignTableStmt;
} | {
	CreateUserMappingStmt: CreateUserMappingStmt;
} | {
	AlterUserMappingStmt: AlterUserMappingStmt;
} | {
	DropUserMappingStmt: DropUserMappingStmt;
} | {
	ImportForeignSchemaStmt: ImportForeignSchemaStmt;
} | {
	CreatePolicyStmt: CreatePolicyStmt;
} | {
	AlterPolicyStmt: AlterPolicyStmt;
} | {
	CreateAmStmt: CreateAmStmt;
} | {
	CreateTrigStmt: CreateTrigStmt;
} | {
	CreateEventTrigStmt: CreateEventTrigStmt;
} | {
	AlterEventTrigStmt: AlterEventTrigStmt;
} | {
	CreatePLangStmt: CreatePLangStmt;
} | {
	CreateRoleStmt: CreateRoleStmt;
} | {
	AlterRoleStmt: AlterRoleStmt;
} | {
	AlterRoleSetStmt: AlterRoleSetStmt;
} | {
	DropRoleStmt: DropRoleStmt;
} | {
	CreateSeqStmt: CreateSeqStmt;
} | {
	AlterSeqStmt: AlterSeqStmt;
} | {
	DefineStmt: DefineStmt;
} | {
	CreateDomainStmt: CreateDomainStmt;
} | {
	CreateOpClassStmt: CreateOpClassStmt;
} | {
	CreateOpClassItem: CreateOpClassItem;
} | {
	CreateOpFamilyStmt: CreateOpFamilyStmt;
} | {
	AlterOpFamilyStmt: AlterOpFamilyStmt;
} | {
	DropStmt: DropStmt;
} | {
	TruncateStmt: TruncateStmt;
} | {
	CommentStmt: CommentStmt;
} | {
	SecLabelStmt: SecLabelStmt;
} | {
	DeclareCursorStmt: DeclareCursorStmt;
} | {
	ClosePortalStmt: ClosePortalStmt;
} | {
	FetchStmt: FetchStmt;
} | {
	IndexStmt: IndexStmt;
} | {
	CreateStatsStmt: CreateStatsStmt;
} | {
	StatsElem: StatsElem;
} | {
	AlterStatsStmt: AlterStatsStmt;
} | {
	CreateFunctionStmt: CreateFunctionStmt;
} | {
	FunctionParameter: FunctionParameter;
} | {
	AlterFunctionStmt: AlterFunctionStmt;
} | {
	DoStmt: DoStmt;
} | {
	InlineCodeBlock: InlineCodeBlock;
} | {
	CallStmt: CallStmt;
} | {
	CallContext: CallContext;
} | {
	RenameStmt: RenameStmt;
} | {
	AlterObjectDependsStmt: AlterObjectDependsStmt;
} | {
	AlterObjectSchemaStmt: AlterObjectSchemaStmt;
} | {
	AlterOwnerStmt: AlterOwnerStmt;
} | {
	AlterOperatorStmt: AlterOperatorStmt;
} | {
	AlterTypeStmt: AlterTypeStmt;
} | {
	RuleStmt: RuleStmt;
} | {
	NotifyStmt: NotifyStmt;
} | {
	ListenStmt: ListenStmt;
} | {
	UnlistenStmt: UnlistenStmt;
} | {
	TransactionStmt: TransactionStmt;
} | {
	CompositeTypeStmt: CompositeTypeStmt;
} | {
	CreateEnumStmt: CreateEnumStmt;
} | {
	CreateRangeStmt: CreateRangeStmt;
} | {
	AlterEnumStmt: AlterEnumStmt;
} | {
	ViewStmt: ViewStmt;
} | {
	LoadStmt: LoadStmt;
} | {
	CreatedbStmt: CreatedbStmt;
} | {
	AlterDatabaseStmt: AlterDatabaseStmt;
} | {
	AlterDatabaseRefreshCollStmt: AlterDatabaseRefreshCollStmt;
} | {
	AlterDatabaseSetStmt: AlterDatabaseSetStmt;
} | {
	DropdbStmt: DropdbStmt;
} | {
	AlterSystemStmt: AlterSystemStmt;
} | {
	ClusterStmt: ClusterStmt;
} | {
	VacuumStmt: VacuumStmt;
} | {
	VacuumRelation: VacuumRelation;
} | {
	ExplainStmt: ExplainStmt;
} | {
	CreateTableAsStmt: CreateTableAsStmt;
} | {
	RefreshMatViewStmt: RefreshMatViewStmt;
} | {
	CheckPointStmt: CheckPointStmt;
} | {
	DiscardStmt: DiscardStmt;
} | {
	LockStmt: LockStmt;
} | {
	ConstraintsSetStmt: ConstraintsSetStmt;
} | {
	ReindexStmt: ReindexStmt;
} | {
	CreateConversionStmt: CreateConversionStmt;
} | {
	CreateCastStmt: CreateCastStmt;
} | {
	CreateTransformStmt: CreateTransformStmt;
} | {
	PrepareStmt: PrepareStmt;
} | {
	ExecuteStmt: ExecuteStmt;
} | {
	DeallocateStmt: DeallocateStmt;
} | {
	DropOwnedStmt: DropOwnedStmt;
} | {
	ReassignOwnedStmt: ReassignOwnedStmt;
} | {
	AlterTSDictionaryStmt: AlterTSDictionaryStmt;
} | {
	AlterTSConfigurationStmt: AlterTSConfigurationStmt;
} | {
	PublicationTable: PublicationTable;
} | {
	PublicationObjSpec: PublicationObjSpec;
} | {
	CreatePublicationStmt: CreatePublicationStmt;
} | {
	AlterPublicationStmt: AlterPublicationStmt;
} | {
	CreateSubscriptionStmt: CreateSubscriptionStmt;
} | {
	AlterSubscriptionStmt: AlterSubscriptionStmt;
} | {
	DropSubscriptionStmt: DropSubscriptionStmt;
} | {
	ScanToken: ScanToken;
} | {
	SummaryResult: SummaryResult;
} | {
	Table: Table;
} | {
	Function: Function$1;
} | {
	FilterColumn: FilterColumn;
};
interface ParseResult {
	version?: number;
	stmts?: RawStmt[];
}
interface ScanResult {
	version?: number;
	tokens?: ScanToken[];
}
interface Integer {
	ival?: number;
}
interface Float {
	fval?: string;
}
interface Boolean$1 {
	boolval?: boolean;
}
interface String$1 {
	sval?: string;
}
interface BitString {
	bsval?: string;
}
interface List {
	items?: Node[];
}
interface OidList {
	items?: Node[];
}
interface IntList {
	items?: Node[];
}
interface A_Const {
	ival?: Integer;
	fval?: Float;
	boolval?: Boolean$1;
	sval?: String$1;
	bsval?: BitString;
	isnull?: boolean;
	location?: number;
}
interface Alias {
	aliasname?: string;
	colnames?: Node[];
}
interface RangeVar {
	catalogname?: string;
	schemaname?: string;
	relname?: string;
	inh?: boolean;
	relpersistence?: string;
	alias?: Alias;
	location?: number;
}
interface TableFunc {
	functype?: TableFuncType;
	ns_uris?: Node[];
	ns_names?: Node[];
	docexpr?: Node;
	rowexpr?: Node;
	colnames?: Node[];
	coltypes?: Node[];
	coltypmods?: Node[];
	colcollations?: Node[];
	colexprs?: Node[];
	coldefexprs?: Node[];
	colvalexprs?: Node[];
	passingvalexprs?: Node[];
	notnulls?: bigint[];
	plan?: Node;
	ordinalitycol?: number;
	location?: number;
}
interface IntoClause {
	rel?: RangeVar;
	colNames?: Node[];
	accessMethod?: string;
	options?: Node[];
	onCommit?: OnCommitAction;
	tableSpaceName?: string;
	viewQuery?: Query;
	skipData?: boolean;
}
interface Var {
	xpr?: Node;
	varno?: number;
	varattno?: number;
	vartype?: number;
	vartypmod?: number;
	varcollid?: number;
	varnullingrels?: bigint[];
	varlevelsup?: number;
	varreturningtype?: VarReturningType;
	location?: number;
}
interface Param {
	xpr?: Node;
	paramkind?: ParamKind;
	paramid?: number;
	paramtype?: number;
	paramtypmod?: number;
	paramcollid?: number;
	location?: number;
}
interface Aggref {
	xpr?: Node;
	aggfnoid?: number;
	aggtype?: number;
	aggcollid?: number;
	inputcollid?: number;
	aggargtypes?: Node[];
	aggdirectargs?: Node[];
	args?: Node[];
	aggorder?: Node[];
	aggdistinct?: Node[];
	aggfilter?: Node;
	aggstar?: boolean;
	aggvariadic?: boolean;
	aggkind?: string;
	agglevelsup?: number;
	aggsplit?: AggSplit;
	aggno?: number;
	aggtransno?: number;
	location?: number;
}
interface GroupingFunc {
	xpr?: Node;
	args?: Node[];
	refs?: Node[];
	agglevelsup?: number;
	location?: number;
}
interface WindowFunc {
	xpr?: Node;
	winfnoid?: number;
	wintype?: number;
	wincollid?: number;
	inputcollid?: number;
	args?: Node[];
	aggfilter?: Node;
	runCondition?: Node[];
	winref?: number;
	winstar?: boolean;
	winagg?: boolean;
	location?: number;
}
interface WindowFuncRunCondition {
	xpr?: Node;
	opno?: number;
	inputcollid?: number;
	wfunc_left?: boolean;
	arg?: Node;
}
interface MergeSupportFunc {
	xpr?: Node;
	msftype?: number;
	msfcollid?: number;
	location?: number;
}
interface SubscriptingRef {
	xpr?: Node;
	refcontainertype?: number;
	refelemtype?: number;
	refrestype?: number;
	reftypmod?: number;
	refcollid?: number;
	refupperindexpr?: Node[];
	reflowerindexpr?: Node[];
	refexpr?: Node;
	refassgnexpr?: Node;
}
interface FuncExpr {
	xpr?: Node;
	funcid?: number;
	funcresulttype?: number;
	funcretset?: boolean;
	funcvariadic?: boolean;
	funcformat?: CoercionForm;
	funccollid?: number;
	inputcollid?: number;
	args?: Node[];
	location?: number;
}
interface NamedArgExpr {
	xpr?: Node;
	arg?: Node;
	name?: string;
	argnumber?: number;
	location?: number;
}
interface OpExpr {
	xpr?: Node;
	opno?: number;
	opresulttype?: number;
	opretset?: boolean;
	opcollid?: number;
	inputcollid?: number;
	args?: Node[];
	location?: number;
}
interface DistinctExpr {
	xpr?: Node;
	opno?: number;
	opresulttype?: number;
	opretset?: boolean;
	opcollid?: number;
	inputcollid?: number;
	args?: Node[];
	location?: number;
}
interface NullIfExpr {
	xpr?: Node;
	opno?: number;
	opresulttype?: number;
	opretset?: boolean;
	opcollid?: number;
	inputcollid?: number;
	args?: Node[];
	location?: number;
}
interface ScalarArrayOpExpr {
	xpr?: Node;
	opno?: number;
	useOr?: boolean;
	inputcollid?: number;
	args?: Node[];
	location?: number;
}
interface BoolExpr {
	xpr?: Node;
	boolop?: BoolExprType;
	args?: Node[];
	location?: number;
}
interface SubLink {
	xpr?: Node;
	subLinkType?: SubLinkType;
	subLinkId?: number;
	testexpr?: Node;
	operName?: Node[];
	subselect?: Node;
	location?: number;
}
interface SubPlan {
	xpr?: Node;
	subLinkType?: SubLinkType;
	testexpr?: Node;
	paramIds?: Node[];
	plan_id?: number;
	plan_name?: string;
	firstColType?: number;
	firstColTypmod?: number;
	firstColCollation?: number;
	useHashTable?: boolean;
	unknownEqFalse?: boolean;
	parallel_safe?: boolean;
	setParam?: Node[];
	parParam?: Node[];
	args?: Node[];
	startup_cost?: number;
	per_call_cost?: number;
}
interface AlternativeSubPlan {
	xpr?: Node;
	subplans?: Node[];
}
interface FieldSelect {
	xpr?: Node;
	arg?: Node;
	fieldnum?: number;
	resulttype?: number;
	resulttypmod?: number;
	resultcollid?: number;
}
interface FieldStore {
	xpr?: Node;
	arg?: Node;
	newvals?: Node[];
	fieldnums?: Node[];
	resulttype?: number;
}
interface RelabelType {
	xpr?: Node;
	arg?: Node;
	resulttype?: number;
	resulttypmod?: number;
	resultcollid?: number;
	relabelformat?: CoercionForm;
	location?: number;
}
interface CoerceViaIO {
	xpr?: Node;
	arg?: Node;
	resulttype?: number;
	resultcollid?: number;
	coerceformat?: CoercionForm;
	location?: number;
}
interface ArrayCoerceExpr {
	xpr?: Node;
	arg?: Node;
	elemexpr?: Node;
	resulttype?: number;
	resulttypmod?: number;
	resultcollid?: number;
	coerceformat?: CoercionForm;
	location?: number;
}
interface ConvertRowtypeExpr {
	xpr?: Node;
	arg?: Node;
	resulttype?: number;
	convertformat?: CoercionForm;
	location?: number;
}
interface CollateExpr {
	xpr?: Node;
	arg?: Node;
	collOid?: number;
	location?: number;
}
interface CaseExpr {
	xpr?: Node;
	casetype?: number;
	casecollid?: number;
	arg?: Node;
	args?: Node[];
	defresult?: Node;
	location?: number;
}
interface CaseWhen {
	xpr?: Node;
	expr?: Node;
	result?: Node;
	location?: number;
}
interface CaseTestExpr {
	xpr?: Node;
	typeId?: number;
	typeMod?: number;
	collation?: number;
}
interface ArrayExpr {
	xpr?: Node;
	array_typeid?: number;
	array_collid?: number;
	element_typeid?: number;
	elements?: Node[];
	multidims?: boolean;
	list_start?: number;
	list_end?: number;
	location?: number;
}
interface RowExpr {
	xpr?: Node;
	args?: Node[];
	row_typeid?: number;
	row_format?: CoercionForm;
	colnames?: Node[];
	location?: number;
}
interface RowCompareExpr {
	xpr?: Node;
	cmptype?: CompareType;
	opnos?: Node[];
	opfamilies?: Node[];
	inputcollids?: Node[];
	largs?: Node[];
	rargs?: Node[];
}
interface CoalesceExpr {
	xpr?: Node;
	coalescetype?: number;
	coalescecollid?: number;
	args?: Node[];
	location?: number;
}
interface MinMaxExpr {
	xpr?: Node;
	minmaxtype?: number;
	minmaxcollid?: number;
	inputcollid?: number;
	op?: MinMaxOp;
	args?: Node[];
	location?: number;
}
interface SQLValueFunction {
	xpr?: Node;
	op?: SQLValueFunctionOp;
	type?: number;
	typmod?: number;
	location?: number;
}
interface XmlExpr {
	xpr?: Node;
	op?: XmlExprOp;
	name?: string;
	named_args?: Node[];
	arg_names?: Node[];
	args?: Node[];
	xmloption?: XmlOptionType;
	indent?: boolean;
	type?: number;
	typmod?: number;
	location?: number;
}
interface JsonFormat {
	format_type?: JsonFormatType;
	encoding?: JsonEncoding;
	location?: number;
}
interface JsonReturning {
	format?: JsonFormat;
	typid?: number;
	typmod?: number;
}
interface JsonValueExpr {
	raw_expr?: Node;
	formatted_expr?: Node;
	format?: JsonFormat;
}
interface JsonConstructorExpr {
	xpr?: Node;
	type?: JsonConstructorType;
	args?: Node[];
	func?: Node;
	coercion?: Node;
	returning?: JsonReturning;
	absent_on_null?: boolean;
	unique?: boolean;
	location?: number;
}
interface JsonIsPredicate {
	expr?: Node;
	format?: JsonFormat;
	item_type?: JsonValueType;
	unique_keys?: boolean;
	location?: number;
}
interface JsonBehavior {
	btype?: JsonBehaviorType;
	expr?: Node;
	coerce?: boolean;
	location?: number;
}
interface JsonExpr {
	xpr?: Node;
	op?: JsonExprOp;
	column_name?: string;
	formatted_expr?: Node;
	format?: JsonFormat;
	path_spec?: Node;
	returning?: JsonReturning;
	passing_names?: Node[];
	passing_values?: Node[];
	on_empty?: JsonBehavior;
	on_error?: JsonBehavior;
	use_io_coercion?: boolean;
	use_json_coercion?: boolean;
	wrapper?: JsonWrapper;
	omit_quotes?: boolean;
	collation?: number;
	location?: number;
}
interface JsonTablePath {
	name?: string;
}
interface JsonTablePathScan {
	plan?: Node;
	path?: JsonTablePath;
	errorOnError?: boolean;
	child?: Node;
	colMin?: number;
	colMax?: number;
}
interface JsonTableSiblingJoin {
	plan?: Node;
	lplan?: Node;
	rplan?: Node;
}
interface NullTest {
	xpr?: Node;
	arg?: Node;
	nulltesttype?: NullTestType;
	argisrow?: boolean;
	location?: number;
}
interface BooleanTest {
	xpr?: Node;
	arg?: Node;
	booltesttype?: BoolTestType;
	location?: number;
}
interface MergeAction {
	matchKind?: MergeMatchKind;
	commandType?: CmdType;
	override?: OverridingKind;
	qual?: Node;
	targetList?: Node[];
	updateColnos?: Node[];
}
interface CoerceToDomain {
	xpr?: Node;
	arg?: Node;
	resulttype?: number;
	resulttypmod?: number;
	resultcollid?: number;
	coercionformat?: CoercionForm;
	location?: number;
}
interface CoerceToDomainValue {
	xpr?: Node;
	typeId?: number;
	typeMod?: number;
	collation?: number;
	location?: number;
}
interface SetToDefault {
	xpr?: Node;
	typeId?: number;
	typeMod?: number;
	collation?: number;
	location?: number;
}
interface CurrentOfExpr {
	xpr?: Node;
	cvarno?: number;
	cursor_name?: string;
	cursor_param?: number;
}
interface NextValueExpr {
	xpr?: Node;
	seqid?: number;
	typeId?: number;
}
interface InferenceElem {
	xpr?: Node;
	expr?: Node;
	infercollid?: number;
	inferopclass?: number;
}
interface ReturningExpr {
	xpr?: Node;
	retlevelsup?: number;
	retold?: boolean;
	retexpr?: Node;
}
interface TargetEntry {
	xpr?: Node;
	expr?: Node;
	resno?: number;
	resname?: string;
	ressortgroupref?: number;
	resorigtbl?: number;
	resorigcol?: number;
	resjunk?: boolean;
}
interface RangeTblRef {
	rtindex?: number;
}
interface JoinExpr {
	jointype?: JoinType;
	isNatural?: boolean;
	larg?: Node;
	rarg?: Node;
	usingClause?: Node[];
	join_using_alias?: Alias;
	quals?: Node;
	alias?: Alias;
	rtindex?: number;
}
interface FromExpr {
	fromlist?: Node[];
	quals?: Node;
}
interface OnConflictExpr {
	action?: OnConflictAction;
	arbiterElems?: Node[];
	arbiterWhere?: Node;
	constraint?: number;
	onConflictSet?: Node[];
	onConflictWhere?: Node;
	exclRelIndex?: number;
	exclRelTlist?: Node[];
}
interface Query {
	commandType?: CmdType;
	querySource?: QuerySource;
	canSetTag?: boolean;
	utilityStmt?: Node;
	resultRelation?: number;
	hasAggs?: boolean;
	hasWindowFuncs?: boolean;
	hasTargetSRFs?: boolean;
	hasSubLinks?: boolean;
	hasDistinctOn?: boolean;
	hasRecursive?: boolean;
	hasModifyingCTE?: boolean;
	hasForUpdate?: boolean;
	hasRowSecurity?: boolean;
	hasGroupRTE?: boolean;
	isReturn?: boolean;
	cteList?: Node[];
	rtable?: Node[];
	rteperminfos?: Node[];
	jointree?: FromExpr;
	mergeActionList?: Node[];
	mergeTargetRelation?: number;
	mergeJoinCondition?: Node;
	targetList?: Node[];
	override?: OverridingKind;
	onConflict?: OnConflictExpr;
	returningOldAlias?: string;
	returningNewAlias?: string;
	returningList?: Node[];
	groupClause?: Node[];
	groupDistinct?: boolean;
	groupingSets?: Node[];
	havingQual?: Node;
	windowClause?: Node[];
	distinctClause?: Node[];
	sortClause?: Node[];
	limitOffset?: Node;
	limitCount?: Node;
	limitOption?: LimitOption;
	rowMarks?: Node[];
	setOperations?: Node;
	constraintDeps?: Node[];
	withCheckOptions?: Node[];
	stmt_location?: number;
	stmt_len?: number;
}
interface TypeName {
	names?: Node[];
	typeOid?: number;
	setof?: boolean;
	pct_type?: boolean;
	typmods?: Node[];
	typemod?: number;
	arrayBounds?: Node[];
	location?: number;
}
interface ColumnRef {
	fields?: Node[];
	location?: number;
}
interface ParamRef {
	number?: number;
	location?: number;
}
interface A_Expr {
	kind?: A_Expr_Kind;
	name?: Node[];
	lexpr?: Node;
	rexpr?: Node;
	rexpr_list_start?: number;
	rexpr_list_end?: number;
	location?: number;
}
interface TypeCast {
	arg?: Node;
	typeName?: TypeName;
	location?: number;
}
interface CollateClause {
	arg?: Node;
	collname?: Node[];
	location?: number;
}
interface RoleSpec {
	roletype?: RoleSpecType;
	rolename?: string;
	location?: number;
}
interface FuncCall {
	funcname?: Node[];
	args?: Node[];
	agg_order?: Node[];
	agg_filter?: Node;
	over?: WindowDef;
	agg_within_group?: boolean;
	agg_star?: boolean;
	agg_distinct?: boolean;
	func_variadic?: boolean;
	funcformat?: CoercionForm;
	location?: number;
}
interface A_Star {
}
interface A_Indices {
	is_slice?: boolean;
	lidx?: Node;
	uidx?: Node;
}
interface A_Indirection {
	arg?: Node;
	indirection?: Node[];
}
interface A_ArrayExpr {
	elements?: Node[];
	list_start?: number;
	list_end?: number;
	location?: number;
}
interface ResTarget {
	name?: string;
	indirection?: Node[];
	val?: Node;
	location?: number;
}
interface MultiAssignRef {
	source?: Node;
	colno?: number;
	ncolumns?: number;
}
interface SortBy {
	node?: Node;
	sortby_dir?: SortByDir;
	sortby_nulls?: SortByNulls;
	useOp?: Node[];
	location?: number;
}
interface WindowDef {
	name?: string;
	refname?: string;
	partitionClause?: Node[];
	orderClause?: Node[];
	frameOptions?: number;
	startOffset?: Node;
	endOffset?: Node;
	location?: number;
}
interface RangeSubselect {
	lateral?: boolean;
	subquery?: Node;
	alias?: Alias;
}
interface RangeFunction {
	lateral?: boolean;
	ordinality?: boolean;
	is_rowsfrom?: boolean;
	functions?: Node[];
	alias?: Alias;
	coldeflist?: Node[];
}
interface RangeTableFunc {
	lateral?: boolean;
	docexpr?: Node;
	rowexpr?: Node;
	namespaces?: Node[];
	columns?: Node[];
	alias?: Alias;
	location?: number;
}
interface RangeTableFuncCol {
	colname?: string;
	typeName?: TypeName;
	for_ordinality?: boolean;
	is_not_null?: boolean;
	colexpr?: Node;
	coldefexpr?: Node;
	location?: number;
}
interface RangeTableSample {
	relation?: Node;
	method?: Node[];
	args?: Node[];
	repeatable?: Node;
	location?: number;
}
interface ColumnDef {
	colname?: string;
	typeName?: TypeName;
	compression?: string;
	inhcount?: number;
	is_local?: boolean;
	is_not_null?: boolean;
	is_from_type?: boolean;
	storage?: string;
	storage_name?: string;
	raw_default?: Node;
	cooked_default?: Node;
	identity?: string;
	identitySequence?: RangeVar;
	generated?: string;
	collClause?: CollateClause;
	collOid?: number;
	constraints?: Node[];
	fdwoptions?: Node[];
	location?: number;
}
interface TableLikeClause {
	relation?: RangeVar;
	options?: number;
	relationOid?: number;
}
interface IndexElem {
	name?: string;
	expr?: Node;
	indexcolname?: string;
	collation?: Node[];
	opclass?: Node[];
	opclassopts?: Node[];
	ordering?: SortByDir;
	nulls_ordering?: SortByNulls;
}
interface DefElem {
	defnamespace?: string;
	defname?: string;
	arg?: Node;
	defaction?: DefElemAction;
	location?: number;
}
interface LockingClause {
	lockedRels?: Node[];
	strength?: LockClauseStrength;
	waitPolicy?: LockWaitPolicy;
}
interface XmlSerialize {
	xmloption?: XmlOptionType;
	expr?: Node;
	typeName?: TypeName;
	indent?: boolean;
	location?: number;
}
interface PartitionElem {
	name?: string;
	expr?: Node;
	collation?: Node[];
	opclass?: Node[];
	location?: number;
}
interface PartitionSpec {
	strategy?: PartitionStrategy;
	partParams?: Node[];
	location?: number;
}
interface PartitionBoundSpec {
	strategy?: string;
	is_default?: boolean;
	modulus?: number;
	remainder?: number;
	listdatums?: Node[];
	lowerdatums?: Node[];
	upperdatums?: Node[];
	location?: number;
}
interface PartitionRangeDatum {
	kind?: PartitionRangeDatumKind;
	value?: Node;
	location?: number;
}
interface PartitionCmd {
	name?: RangeVar;
	bound?: PartitionBoundSpec;
	concurrent?: boolean;
}
interface RangeTblEntry {
	alias?: Alias;
	eref?: Alias;
	rtekind?: RTEKind;
	relid?: number;
	inh?: boolean;
	relkind?: string;
	rellockmode?: number;
	perminfoindex?: number;
	tablesample?: TableSampleClause;
	subquery?: Query;
	security_barrier?: boolean;
	jointype?: JoinType;
	joinmergedcols?: number;
	joinaliasvars?: Node[];
	joinleftcols?: Node[];
	joinrightcols?: Node[];
	join_using_alias?: Alias;
	functions?: Node[];
	funcordinality?: boolean;
	tablefunc?: TableFunc;
	values_lists?: Node[];
	ctename?: string;
	ctelevelsup?: number;
	self_reference?: boolean;
	coltypes?: Node[];
	coltypmods?: Node[];
	colcollations?: Node[];
	enrname?: string;
	enrtuples?: number;
	groupexprs?: Node[];
	lateral?: boolean;
	inFromCl?: boolean;
	securityQuals?: Node[];
}
interface RTEPermissionInfo {
	relid?: number;
	inh?: boolean;
	requiredPerms?: bigint;
	checkAsUser?: number;
	selectedCols?: bigint[];
	insertedCols?: bigint[];
	updatedCols?: bigint[];
}
interface RangeTblFunction {
	funcexpr?: Node;
	funccolcount?: number;
	funccolnames?: Node[];
	funccoltypes?: Node[];
	funccoltypmods?: Node[];
	funccolcollations?: Node[];
	funcparams?: bigint[];
}
interface TableSampleClause {
	tsmhandler?: number;
	args?: Node[];
	repeatable?: Node;
}
interface WithCheckOption {
	kind?: WCOKind;
	relname?: string;
	polname?: string;
	qual?: Node;
	cascaded?: boolean;
}
interface SortGroupClause {
	tleSortGroupRef?: number;
	eqop?: number;
	sortop?: number;
	reverse_sort?: boolean;
	nulls_first?: boolean;
	hashable?: boolean;
}
interface GroupingSet {
	kind?: GroupingSetKind;
	content?: Node[];
	location?: number;
}
interface WindowClause {
	name?: string;
	refname?: string;
	partitionClause?: Node[];
	orderClause?: Node[];
	frameOptions?: number;
	startOffset?: Node;
	endOffset?: Node;
	startInRangeFunc?: number;
	endInRangeFunc?: number;
	inRangeColl?: number;
	inRangeAsc?: boolean;
	inRangeNullsFirst?: boolean;
	winref?: number;
	copiedOrder?: boolean;
}
interface RowMarkClause {
	rti?: number;
	strength?: LockClauseStrength;
	waitPolicy?: LockWaitPolicy;
	pushedDown?: boolean;
}
interface WithClause {
	ctes?: Node[];
	recursive?: boolean;
	location?: number;
}
interface InferClause {
	indexElems?: Node[];
	whereClause?: Node;
	conname?: string;
	location?: number;
}
interface OnConflictClause {
	action?: OnConflictAction;
	infer?: InferClause;
	targetList?: Node[];
	whereClause?: Node;
	location?: number;
}
interface CTESearchClause {
	search_col_list?: Node[];
	search_breadth_first?: boolean;
	search_seq_column?: string;
	location?: number;
}
interface CTECycleClause {
	cycle_col_list?: Node[];
	cycle_mark_column?: string;
	cycle_mark_value?: Node;
	cycle_mark_default?: Node;
	cycle_path_column?: string;
	location?: number;
	cycle_mark_type?: number;
	cycle_mark_typmod?: number;
	cycle_mark_collation?: number;
	cycle_mark_neop?: number;
}
interface CommonTableExpr {
	ctename?: string;
	aliascolnames?: Node[];
	ctematerialized?: CTEMaterialize;
	ctequery?: Node;
	search_clause?: CTESearchClause;
	cycle_clause?: CTECycleClause;
	location?: number;
	cterecursive?: boolean;
	cterefcount?: number;
	ctecolnames?: Node[];
	ctecoltypes?: Node[];
	ctecoltypmods?: Node[];
	ctecolcollations?: Node[];
}
interface MergeWhenClause {
	matchKind?: MergeMatchKind;
	commandType?: CmdType;
	override?: OverridingKind;
	condition?: Node;
	targetList?: Node[];
	values?: Node[];
}
interface ReturningOption {
	option?: ReturningOptionKind;
	value?: string;
	location?: number;
}
interface ReturningClause {
	options?: Node[];
	exprs?: Node[];
}
interface TriggerTransition {
	name?: string;
	isNew?: boolean;
	isTable?: boolean;
}
interface JsonOutput {
	typeName?: TypeName;
	returning?: JsonReturning;
}
interface JsonArgument {
	val?: JsonValueExpr;
	name?: string;
}
interface JsonFuncExpr {
	op?: JsonExprOp;
	column_name?: string;
	context_item?: JsonValueExpr;
	pathspec?: Node;
	passing?: Node[];
	output?: JsonOutput;
	on_empty?: JsonBehavior;
	on_error?: JsonBehavior;
	wrapper?: JsonWrapper;
	quotes?: JsonQuotes;
	location?: number;
}
interface JsonTablePathSpec {
	string?: Node;
	name?: string;
	name_location?: number;
	location?: number;
}
interface JsonTable {
	context_item?: JsonValueExpr;
	pathspec?: JsonTablePathSpec;
	passing?: Node[];
	columns?: Node[];
	on_error?: JsonBehavior;
	alias?: Alias;
	lateral?: boolean;
	location?: number;
}
interface JsonTableColumn {
	coltype?: JsonTableColumnType;
	name?: string;
	typeName?: TypeName;
	pathspec?: JsonTablePathSpec;
	format?: JsonFormat;
	wrapper?: JsonWrapper;
	quotes?: JsonQuotes;
	columns?: Node[];
	on_empty?: JsonBehavior;
	on_error?: JsonBehavior;
	location?: number;
}
interface JsonKeyValue {
	key?: Node;
	value?: JsonValueExpr;
}
interface JsonParseExpr {
	expr?: JsonValueExpr;
	output?: JsonOutput;
	unique_keys?: boolean;
	location?: number;
}
interface JsonScalarExpr {
	expr?: Node;
	output?: JsonOutput;
	location?: number;
}
interface JsonSerializeExpr {
	expr?: JsonValueExpr;
	output?: JsonOutput;
	location?: number;
}
interface JsonObjectConstructor {
	exprs?: Node[];
	output?: JsonOutput;
	absent_on_null?: boolean;
	unique?: boolean;
	location?: number;
}
interface JsonArrayConstructor {
	exprs?: Node[];
	output?: JsonOutput;
	absent_on_null?: boolean;
	location?: number;
}
interface JsonArrayQueryConstructor {
	query?: Node;
	output?: JsonOutput;
	format?: JsonFormat;
	absent_on_null?: boolean;
	location?: number;
}
interface JsonAggConstructor {
	output?: JsonOutput;
	agg_filter?: Node;
	agg_order?: Node[];
	over?: WindowDef;
	location?: number;
}
interface JsonObjectAgg {
	constructor?: JsonAggConstructor;
	arg?: JsonKeyValue;
	absent_on_null?: boolean;
	unique?: boolean;
}
interface JsonArrayAgg {
	constructor?: JsonAggConstructor;
	arg?: JsonValueExpr;
	absent_on_null?: boolean;
}
interface RawStmt {
	stmt?: Node;
	stmt_location?: number;
	stmt_len?: number;
}
interface InsertStmt {
	relation?: RangeVar;
	cols?: Node[];
	selectStmt?: Node;
	onConflictClause?: OnConflictClause;
	returningClause?: ReturningClause;
	withClause?: WithClause;
	override?: OverridingKind;
}
interface DeleteStmt {
	relation?: RangeVar;
	usingClause?: Node[];
	whereClause?: Node;
	returningClause?: ReturningClause;
	withClause?: WithClause;
}
interface UpdateStmt {
	relation?: RangeVar;
	targetList?: Node[];
	whereClause?: Node;
	fromClause?: Node[];
	returningClause?: ReturningClause;
	withClause?: WithClause;
}
interface MergeStmt {
	relation?: RangeVar;
	sourceRelation?: Node;
	joinCondition?: Node;
	mergeWhenClauses?: Node[];
	returningClause?: ReturningClause;
	withClause?: WithClause;
}
interface SelectStmt {
	distinctClause?: Node[];
	intoClause?: IntoClause;
	targetList?: Node[];
	fromClause?: Node[];
	whereClause?: Node;
	groupClause?: Node[];
	groupDistinct?: boolean;
	havingClause?: Node;
	windowClause?: Node[];
	valuesLists?: Node[];
	sortClause?: Node[];
	limitOffset?: Node;
	limitCount?: Node;
	limitOption?: LimitOption;
	lockingClause?: Node[];
	withClause?: WithClause;
	op?: SetOperation;
	all?: boolean;
	larg?: SelectStmt;
	rarg?: SelectStmt;
}
interface SetOperationStmt {
	op?: SetOperation;
	all?: boolean;
	larg?: Node;
	rarg?: Node;
	colTypes?: Node[];
	colTypmods?: Node[];
	colCollations?: Node[];
	groupClauses?: Node[];
}
interface ReturnStmt {
	returnval?: Node;
}
interface PLAssignStmt {
	name?: string;
	indirection?: Node[];
	nnames?: number;
	val?: SelectStmt;
	location?: number;
}
interface CreateSchemaStmt {
	schemaname?: string;
	authrole?: RoleSpec;
	schemaElts?: Node[];
	if_not_exists?: boolean;
}
interface AlterTableStmt {
	relation?: RangeVar;
	cmds?: Node[];
	objtype?: ObjectType;
	missing_ok?: boolean;
}
interface AlterTableCmd {
	subtype?: AlterTableType;
	name?: string;
	num?: number;
	newowner?: RoleSpec;
	def?: Node;
	behavior?: DropBehavior;
	missing_ok?: boolean;
	recurse?: boolean;
}
interface ATAlterConstraint {
	conname?: string;
	alterEnforceability?: boolean;
	is_enforced?: boolean;
	alterDeferrability?: boolean;
	deferrable?: boolean;
	initdeferred?: boolean;
	alterInheritability?: boolean;
	noinherit?: boolean;
}
interface ReplicaIdentityStmt {
	identity_type?: string;
	name?: string;
}
interface AlterCollationStmt {
	collname?: Node[];
}
interface AlterDomainStmt {
	subtype?: string;
	typeName?: Node[];
	name?: string;
	def?: Node;
	behavior?: DropBehavior;
	missing_ok?: boolean;
}
interface GrantStmt {
	is_grant?: boolean;
	targtype?: GrantTargetType;
	objtype?: ObjectType;
	objects?: Node[];
	privileges?: Node[];
	grantees?: Node[];
	grant_option?: boolean;
	grantor?: RoleSpec;
	behavior?: DropBehavior;
}
interface ObjectWithArgs {
	objname?: Node[];
	objargs?: Node[];
	objfuncargs?: Node[];
	args_unspecified?: boolean;
}
interface AccessPriv {
	priv_name?: string;
	cols?: Node[];
}
interface GrantRoleStmt {
	granted_roles?: Node[];
	grantee_roles?: Node[];
	is_grant?: boolean;
	opt?: Node[];
	grantor?: RoleSpec;
	behavior?: DropBehavior;
}
interface AlterDefaultPrivilegesStmt {
	options?: Node[];
	action?: GrantStmt;
}
interface CopyStmt {
	relation?: RangeVar;
	query?: Node;
	attlist?: Node[];
	is_from?: boolean;
	is_program?: boolean;
	filename?: string;
	options?: Node[];
	whereClause?: Node;
}
interface VariableSetStmt {
	kind?: VariableSetKind;
	name?: string;
	args?: Node[];
	jumble_args?: boolean;
	is_local?: boolean;
	location?: number;
}
interface VariableShowStmt {
	name?: string;
}
interface CreateStmt {
	relation?: RangeVar;
	tableElts?: Node[];
	inhRelations?: Node[];
	partbound?: PartitionBoundSpec;
	partspec?: PartitionSpec;
	ofTypename?: TypeName;
	constraints?: Node[];
	nnconstraints?: Node[];
	options?: Node[];
	oncommit?: OnCommitAction;
	tablespacename?: string;
	accessMethod?: string;
	if_not_exists?: boolean;
}
interface Constraint {
	contype?: ConstrType;
	conname?: string;
	deferrable?: boolean;
	initdeferred?: boolean;
	is_enforced?: boolean;
	skip_validation?: boolean;
	initially_valid?: boolean;
	is_no_inherit?: boolean;
	raw_expr?: Node;
	cooked_expr?: string;
	generated_when?: string;
	generated_kind?: string;
	nulls_not_distinct?: boolean;
	keys?: Node[];
	without_overlaps?: boolean;
	including?: Node[];
	exclusions?: Node[];
	options?: Node[];
	indexname?: string;
	indexspace?: string;
	reset_default_tblspc?: boolean;
	access_method?: string;
	where_clause?: Node;
	pktable?: RangeVar;
	fk_attrs?: Node[];
	pk_attrs?: Node[];
	fk_with_period?: boolean;
	pk_with_period?: boolean;
	fk_matchtype?: string;
	fk_upd_action?: string;
	fk_del_action?: string;
	fk_del_set_cols?: Node[];
	old_conpfeqop?: Node[];
	old_pktable_oid?: number;
	location?: number;
}
interface CreateTableSpaceStmt {
	tablespacename?: string;
	owner?: RoleSpec;
	location?: string;
	options?: Node[];
}
interface DropTableSpaceStmt {
	tablespacename?: string;
	missing_ok?: boolean;
}
interface AlterTableSpaceOptionsStmt {
	tablespacename?: string;
	options?: Node[];
	isReset?: boolean;
}
interface AlterTableMoveAllStmt {
	orig_tablespacename?: string;
	objtype?: ObjectType;
	roles?: Node[];
	new_tablespacename?: string;
	nowait?: boolean;
}
interface CreateExtensionStmt {
	extname?: string;
	if_not_exists?: boolean;
	options?: Node[];
}
interface AlterExtensionStmt {
	extname?: string;
	options?: Node[];
}
interface AlterExtensionContentsStmt {
	extname?: string;
	action?: number;
	objtype?: ObjectType;
	object?: Node;
}
interface CreateFdwStmt {
	fdwname?: string;
	func_options?: Node[];
	options?: Node[];
}
interface AlterFdwStmt {
	fdwname?: string;
	func_options?: Node[];
	options?: Node[];
}
interface CreateForeignServerStmt {
	servername?: string;
	servertype?: string;
	version?: string;
	fdwname?: string;
	if_not_exists?: boolean;
	options?: Node[];
}
interface AlterForeignServerStmt {
	servername?: string;
	version?: string;
	options?: Node[];
	has_version?: boolean;
}
interface CreateForeignTableStmt {
	base?: CreateStmt;
	servername?: string;
	options?: Node[];
}
interface CreateUserMappingStmt {
	user?: RoleSpec;
	servername?: string;
	if_not_exists?: boolean;
	options?: Node[];
}
interface AlterUserMappingStmt {
	user?: RoleSpec;
	servername?: string;
	options?: Node[];
}
interface DropUserMappingStmt {
	user?: RoleSpec;
	servername?: string;
	missing_ok?: boolean;
}
interface ImportForeignSchemaStmt {
	server_name?: string;
	remote_schema?: string;
	local_schema?: string;
	list_type?: ImportForeignSchemaType;
	table_list?: Node[];
	options?: Node[];
}
interface CreatePolicyStmt {
	policy_name?: string;
	table?: RangeVar;
	cmd_name?: string;
	permissive?: boolean;
	roles?: Node[];
	qual?: Node;
	with_check?: Node;
}
interface AlterPolicyStmt {
	policy_name?: string;
	table?: RangeVar;
	roles?: Node[];
	qual?: Node;
	with_check?: Node;
}
interface CreateAmStmt {
	amname?: string;
	handler_name?: Node[];
	amtype?: string;
}
interface CreateTrigStmt {
	replace?: boolean;
	isconstraint?: boolean;
	trigname?: string;
	relation?: RangeVar;
	funcname?: Node[];
	args?: Node[];
	row?: boolean;
	timing?: number;
	events?: number;
	columns?: Node[];
	whenClause?: Node;
	transitionRels?: Node[];
	deferrable?: boolean;
	initdeferred?: boolean;
	constrrel?: RangeVar;
}
interface CreateEventTrigStmt {
	trigname?: string;
	eventname?: string;
	whenclause?: Node[];
	funcname?: Node[];
}
interface AlterEventTrigStmt {
	trigname?: string;
	tgenabled?: string;
}
interface CreatePLangStmt {
	replace?: boolean;
	plname?: string;
	plhandler?: Node[];
	plinline?: Node[];
	plvalidator?: Node[];
	pltrusted?: boolean;
}
interface CreateRoleStmt {
	stmt_type?: RoleStmtType;
	role?: string;
	options?: Node[];
}
interface AlterRoleStmt {
	role?: RoleSpec;
	options?: Node[];
	action?: number;
}
interface AlterRoleSetStmt {
	role?: RoleSpec;
	database?: string;
	setstmt?: VariableSetStmt;
}
interface DropRoleStmt {
	roles?: Node[];
	missing_ok?: boolean;
}
interface CreateSeqStmt {
	sequence?: RangeVar;
	options?: Node[];
	ownerId?: number;
	for_identity?: boolean;
	if_not_exists?: boolean;
}
interface AlterSeqStmt {
	sequence?: RangeVar;
	options?: Node[];
	for_identity?: boolean;
	missing_ok?: boolean;
}
interface DefineStmt {
	kind?: ObjectType;
	oldstyle?: boolean;
	defnames?: Node[];
	args?: Node[];
	definition?: Node[];
	if_not_exists?: boolean;
	replace?: boolean;
}
interface CreateDomainStmt {
	domainname?: Node[];
	typeName?: TypeName;
	collClause?: CollateClause;
	constraints?: Node[];
}
interface CreateOpClassStmt {
	opclassname?: Node[];
	opfamilyname?: Node[];
	amname?: string;
	datatype?: TypeName;
	items?: Node[];
	isDefault?: boolean;
}
interface CreateOpClassItem {
	itemtype?: number;
	name?: ObjectWithArgs;
	number?: number;
	order_family?: Node[];
	class_args?: Node[];
	storedtype?: TypeName;
}
interface CreateOpFamilyStmt {
	opfamilyname?: Node[];
	amname?: string;
}
interface AlterOpFamilyStmt {
	opfamilyname?: Node[];
	amname?: string;
	isDrop?: boolean;
	items?: Node[];
}
interface DropStmt {
	objects?: Node[];
	removeType?: ObjectType;
	behavior?: DropBehavior;
	missing_ok?: boolean;
	concurrent?: boolean;
}
interface TruncateStmt {
	relations?: Node[];
	restart_seqs?: boolean;
	behavior?: DropBehavior;
}
interface CommentStmt {
	objtype?: ObjectType;
	object?: Node;
	comment?: string;
}
interface SecLabelStmt {
	objtype?: ObjectType;
	object?: Node;
	provider?: string;
	label?: string;
}
interface DeclareCursorStmt {
	portalname?: string;
	options?: number;
	query?: Node;
}
interface ClosePortalStmt {
	portalname?: string;
}
interface FetchStmt {
	direction?: FetchDirection;
	howMany?: bigint;
	portalname?: string;
	ismove?: boolean;
}
interface IndexStmt {
	idxname?: string;
	relation?: RangeVar;
	accessMethod?: string;
	tableSpace?: string;
	indexParams?: Node[];
	indexIncludingParams?: Node[];
	options?: Node[];
	whereClause?: Node;
	excludeOpNames?: Node[];
	idxcomment?: string;
	indexOid?: number;
	oldNumber?: number;
	oldCreateSubid?: number;
	oldFirstRelfilelocatorSubid?: number;
	unique?: boolean;
	nulls_not_distinct?: boolean;
	primary?: boolean;
	isconstraint?: boolean;
	iswithoutoverlaps?: boolean;
	deferrable?: boolean;
	initdeferred?: boolean;
	transformed?: boolean;
	concurrent?: boolean;
	if_not_exists?: boolean;
	reset_default_tblspc?: boolean;
}
interface CreateStatsStmt {
	defnames?: Node[];
	stat_types?: Node[];
	exprs?: Node[];
	relations?: Node[];
	stxcomment?: string;
	transformed?: boolean;
	if_not_exists?: boolean;
}
interface StatsElem {
	name?: string;
	expr?: Node;
}
interface AlterStatsStmt {
	defnames?: Node[];
	stxstattarget?: Node;
	missing_ok?: boolean;
}
interface CreateFunctionStmt {
	is_procedure?: boolean;
	replace?: boolean;
	funcname?: Node[];
	parameters?: Node[];
	returnType?: TypeName;
	options?: Node[];
	sql_body?: Node;
}
interface FunctionParameter {
	name?: string;
	argType?: TypeName;
	mode?: FunctionParameterMode;
	defexpr?: Node;
	location?: number;
}
interface AlterFunctionStmt {
	objtype?: ObjectType;
	func?: ObjectWithArgs;
	actions?: Node[];
}
interface DoStmt {
	args?: Node[];
}
interface InlineCodeBlock {
	source_text?: string;
	langOid?: number;
	langIsTrusted?: boolean;
	atomic?: boolean;
}
interface CallStmt {
	funccall?: FuncCall;
	funcexpr?: FuncExpr;
	outargs?: Node[];
}
interface CallContext {
	atomic?: boolean;
}
interface RenameStmt {
	renameType?: ObjectType;
	relationType?: ObjectType;
	relation?: RangeVar;
	object?: Node;
	subname?: string;
	newname?: string;
	behavior?: DropBehavior;
	missing_ok?: boolean;
}
interface AlterObjectDependsStmt {
	objectType?: ObjectType;
	relation?: RangeVar;
	object?: Node;
	extname?: String$1;
	remove?: boolean;
}
interface AlterObjectSchemaStmt {
	objectType?: ObjectType;
	relation?: RangeVar;
	object?: Node;
	newschema?: string;
	missing_ok?: boolean;
}
interface AlterOwnerStmt {
	objectType?: ObjectType;
	relation?: RangeVar;
	object?: Node;
	newowner?: RoleSpec;
}
interface AlterOperatorStmt {
	opername?: ObjectWithArgs;
	options?: Node[];
}
interface AlterTypeStmt {
	typeName?: Node[];
	options?: Node[];
}
interface RuleStmt {
	relation?: RangeVar;
	rulename?: string;
	whereClause?: Node;
	event?: CmdType;
	instead?: boolean;
	actions?: Node[];
	replace?: boolean;
}
interface NotifyStmt {
	conditionname?: string;
	payload?: string;
}
interface ListenStmt {
	conditionname?: string;
}
interface UnlistenStmt {
	conditionname?: string;
}
interface TransactionStmt {
	kind?: TransactionStmtKind;
	options?: Node[];
	savepoint_name?: string;
	gid?: string;
	chain?: boolean;
	location?: number;
}
interface CompositeTypeStmt {
	typevar?: RangeVar;
	coldeflist?: Node[];
}
interface CreateEnumStmt {
	typeName?: Node[];
	vals?: Node[];
}
interface CreateRangeStmt {
	typeName?: Node[];
	params?: Node[];
}
interface AlterEnumStmt {
	typeName?: Node[];
	oldVal?: string;
	newVal?: string;
	newValNeighbor?: string;
	newValIsAfter?: boolean;
	skipIfNewValExists?: boolean;
}
interface ViewStmt {
	view?: RangeVar;
	aliases?: Node[];
	query?: Node;
	replace?: boolean;
	options?: Node[];
	withCheckOption?: ViewCheckOption;
}
interface LoadStmt {
	filename?: string;
}
interface CreatedbStmt {
	dbname?: string;
	options?: Node[];
}
interface AlterDatabaseStmt {
	dbname?: string;
	options?: Node[];
}
interface AlterDatabaseRefreshCollStmt {
	dbname?: string;
}
interface AlterDatabaseSetStmt {
	dbname?: string;
	setstmt?: VariableSetStmt;
}
interface DropdbStmt {
	dbname?: string;
	missing_ok?: boolean;
	options?: Node[];
}
interface AlterSystemStmt {
	setstmt?: VariableSetStmt;
}
interface ClusterStmt {
	relation?: RangeVar;
	indexname?: string;
	params?: Node[];
}
interface VacuumStmt {
	options?: Node[];
	rels?: Node[];
	is_vacuumcmd?: boolean;
}
interface VacuumRelation {
	relation?: RangeVar;
	oid?: number;
	va_cols?: Node[];
}
interface ExplainStmt {
	query?: Node;
	options?: Node[];
}
interface CreateTableAsStmt {
	query?: Node;
	into?: IntoClause;
	objtype?: ObjectType;
	is_select_into?: boolean;
	if_not_exists?: boolean;
}
interface RefreshMatViewStmt {
	concurrent?: boolean;
	skipData?: boolean;
	relation?: RangeVar;
}
interface CheckPointStmt {
}
interface DiscardStmt {
	target?: DiscardMode;
}
interface LockStmt {
	relations?: Node[];
	mode?: number;
	nowait?: boolean;
}
interface ConstraintsSetStmt {
	constraints?: Node[];
	deferred?: boolean;
}
interface ReindexStmt {
	kind?: ReindexObjectType;
	relation?: RangeVar;
	name?: string;
	params?: Node[];
}
interface CreateConversionStmt {
	conversion_name?: Node[];
	for_encoding_name?: string;
	to_encoding_name?: string;
	func_name?: Node[];
	def?: boolean;
}
interface CreateCastStmt {
	sourcetype?: TypeName;
	targettype?: TypeName;
	func?: ObjectWithArgs;
	context?: CoercionContext;
	inout?: boolean;
}
interface CreateTransformStmt {
	replace?: boolean;
	type_name?: TypeName;
	lang?: string;
	fromsql?: ObjectWithArgs;
	tosql?: ObjectWithArgs;
}
interface PrepareStmt {
	name?: string;
	argtypes?: Node[];
	query?: Node;
}
interface ExecuteStmt {
	name?: string;
	params?: Node[];
}
interface DeallocateStmt {
	name?: string;
	isall?: boolean;
	location?: number;
}
interface DropOwnedStmt {
	roles?: Node[];
	behavior?: DropBehavior;
}
interface ReassignOwnedStmt {
	roles?: Node[];
	newrole?: RoleSpec;
}
interface AlterTSDictionaryStmt {
	dictname?: Node[];
	options?: Node[];
}
interface AlterTSConfigurationStmt {
	kind?: AlterTSConfigType;
	cfgname?: Node[];
	tokentype?: Node[];
	dicts?: Node[];
	override?: boolean;
	replace?: boolean;
	missing_ok?: boolean;
}
interface PublicationTable {
	relation?: RangeVar;
	whereClause?: Node;
	columns?: Node[];
}
interface PublicationObjSpec {
	pubobjtype?: PublicationObjSpecType;
	name?: string;
	pubtable?: PublicationTable;
	location?: number;
}
interface CreatePublicationStmt {
	pubname?: string;
	options?: Node[];
	pubobjects?: Node[];
	for_all_tables?: boolean;
}
interface AlterPublicationStmt {
	pubname?: string;
	options?: Node[];
	pubobjects?: Node[];
	for_all_tables?: boolean;
	action?: AlterPublicationAction;
}
interface CreateSubscriptionStmt {
	subname?: string;
	conninfo?: string;
	publication?: Node[];
	options?: Node[];
}
interface AlterSubscriptionStmt {
	kind?: AlterSubscriptionType;
	subname?: string;
	conninfo?: string;
	publication?: Node[];
	options?: Node[];
}
interface DropSubscriptionStmt {
	subname?: string;
	missing_ok?: boolean;
	behavior?: DropBehavior;
}
interface ScanToken {
	start?: number;
	end?: number;
	token?: Token;
	keywordKind?: KeywordKind;
}
interface SummaryResult {
	tables?: Table[];
	aliases?: string;
	cteNames?: string[];
	functions?: Function$1[];
	filterColumns?: FilterColumn[];
	statementTypes?: string[];
	truncatedQuery?: string;
}
interface Table {
	name?: string;
	schemaName?: string;
	tableName?: string;
	context?: Context;
}
interface Function$1 {
	name?: string;
	functionName?: string;
	schemaName?: string;
	context?: Context;
}
interface FilterColumn {
	schemaName?: string;
	tableName?: string;
	column?: string;
}
interface ScanToken$1 {
	start: number;
	end: number;
	text: string;
	tokenType: number;
	tokenName: string;
	keywordKind: number;
	keywordName: string;
}
interface ScanResult$1 {
	version: number;
	tokens: ScanToken$1[];
}
/** The two calls of the real PostgreSQL parser this audit needs; tests pass the real one too. */
export interface PgParser {
	parse(sql: string): ParseResult;
	scan(sql: string): ScanResult$1;
}
/** One parser per process, loaded on first use. */
export declare function pgParser(): Promise<PgParser>;
/**
 * Splits a SQL file into its statements with PostgreSQL's own grammar, so semicolons inside strings, quoted
 * identifiers, comments and dollar-quoted bodies never split a statement. libpg-query gives each statement's byte
 * range (the first has no `stmt_location`, the last may have no `stmt_len`); the range includes the comments and
 * blank lines before it, so the scanner's tokens narrow it to the statement's own first and last token.
 */
export declare function splitSqlFile(parser: PgParser, file: string, text: string): SqlStatement[];
/** Kept equal to package.json's version by a test; a constant keeps the bundle free of a package.json read. */
export declare const VERSION = "0.1.0";
/**
 * The JSON Schema of what `--format json` prints and the action's `report-file` holds, built from the same
 * constants the types are (analyzers, categories, severities) and each analyzer's stats schema; shipped as
 * schema/predator-guard-report.schema.json.
 */
export declare function reportSchema(): Record<string, unknown>;

export {};
