/** The library: the same core the CLI and the action run. */
export { analyze } from './core/analyze.js';
export type { Analyzer, AnalyzerOutput, Deps, KubeClientConfig, PgClient } from './core/analyzer.js';
export { applyBaseline, baselineFrom, pruneBaseline, readBaseline, writeBaseline, type Baseline, type BaselineEntry } from './core/baseline.js';
export {
  defaultConfig,
  findConfigFile,
  loadConfig,
  mergeConfig,
  type Config,
  type ConfigLayer,
  type FilterMode,
  type Override,
  type RuleConfig,
} from './core/config/config.js';
export { configSchema } from './core/config/schema.js';
export { UsageError } from './core/config/usage-error.js';
export { ANALYZERS, CATEGORIES, CATEGORY_ICONS, SEVERITIES, type AnalyzerName, type Category, type Finding, type Severity } from './core/finding.js';
export { buildReport, completedRuns, gate, type AnalyzerRun, type CompletedRun, type FailedRun, type FailOn, type Gate, type Report, type RunStatus } from './core/report.js';
export { renderJson, renderMarkdown, renderReport, renderSarif, renderText, REPORT_FORMATS, type ReportFormat, type SarifRule } from './render/index.js';
export { describeRules, RULE_CATALOG } from './core/rules/catalog.js';
export type { OptionSchema, RuleDescriptor, RuleMeta } from './core/rules/rule.js';
export { pgParser, type PgParser } from './postgres/sql/pg-parser.js';
export { splitSqlFile } from './postgres/sql/split-sql-file.js';
export type { SqlStatement } from './postgres/sql/sql-statement.js';
export { VERSION } from './version.js';
// The shapes of the analyzers' run stats in a report, for tools that read `runs[].stats`, and the report's schema.
export type { AnalyzerStats, BaselineStats, CoreRunStats, DiffStats, FailedRunStats, RunStats } from './core/run-stats.js';
export { reportSchema } from './core/report-schema.js';
export type { ReviewRunStats } from './review/meta.js';
export type { QueriesRunStats, SqlAuditStats } from './queries/meta.js';
export type { CanaryStats, FollowRunStats, LintRunStats, RolloutRunStats, RolloutStats } from './rollout/meta.js';
