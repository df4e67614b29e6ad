import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Analyzer, AnalyzerOutput, Deps } from './analyzer.js';
import { ANALYZER_REGISTRY } from './analyzers.js';
import { applyBaseline, readBaseline } from './baseline.js';
import type { ChangeSet } from './changes.js';
import { DEFAULT_BASELINE, type Config } from './config/config.js';
import { filterFindings, touchesFile } from './diff/filter-findings.js';
import type { AnalyzerName, Finding } from './finding.js';
import { staleBaselineEntry, staleBaselineFinding } from './rules/hygiene/stale-baseline-entry.js';
import { severityFor } from './rules/settings.js';
import { buildReport, completedRuns, type AnalyzerRun, type CompletedRun, type FailedRun, type Report } from './report.js';
import { redact, redactDeep } from './secrets.js';
import { TOOL } from '../version.js';

/**
 * Runs every analyzer the config enables and builds the one report. An analyzer that throws becomes a failed run
 * carrying its message (which fails the gate), never a crash that loses the other analyzers' findings. Only a
 * client an analyzer cannot be given from the settings (a kubeconfig that does not load) throws, before anything
 * runs, as a door's own usage errors do.
 */
export async function analyze(config: Config, deps: Deps = {}): Promise<Report> {
  const findings: Finding[] = [];
  const runs: AnalyzerRun[] = [];
  const analyzers = await Promise.all(config.checks.map(loadAnalyzer));
  const log = deps.log;
  const prepared = await prepareDeps(analyzers, config, log === undefined ? deps : { ...deps, log: (line: string) => log(redact(line)) });
  for (const loaded of analyzers) {
    const { run, runFindings } = await runLoaded(loaded, config, prepared);
    runs.push(run);
    findings.push(...runFindings);
  }
  // The baseline sees every finding of the reviewed files, so an accepted finding on an unchanged line still
  // matches its entry and is not reported stale merely because the diff filter would have dropped it.
  const baselined = applyConfiguredBaseline(config, findings, runs);
  const shown = config.changes ? applyDiffFilter(config, config.changes, baselined, runs) : baselined;
  // One redaction step for everything rendered from the report: an error body that echoed a credential (a
  // Kubernetes 401 quoting the kubeconfig's token, a driver quoting a URL) never reaches an output.
  return redactDeep(buildReport(TOOL, shown, runs, config.failOn));
}

type Loaded<Name extends AnalyzerName> = { name: Name; analyzer: Analyzer<Name> } | { name: Name; error: string };

async function loadAnalyzer<Name extends AnalyzerName>(name: Name): Promise<Loaded<Name>> {
  try {
    return { name, analyzer: await ANALYZER_REGISTRY[name].load() };
  } catch (error) {
    return { name, error: errorMessage(error) };
  }
}

/** Each loaded analyzer completes the clients it needs, in the order of `checks`. */
async function prepareDeps(analyzers: readonly Loaded<AnalyzerName>[], config: Config, deps: Deps): Promise<Deps> {
  let prepared = deps;
  for (const loaded of analyzers) {
    if ('analyzer' in loaded && loaded.analyzer.prepare) prepared = await loaded.analyzer.prepare(config, prepared);
  }
  return prepared;
}

/** One analyzer's run: its entry in the report (its stats typed by its name) and its findings. */
async function runLoaded<Name extends AnalyzerName>(loaded: Loaded<Name>, config: Config, deps: Deps): Promise<{ run: AnalyzerRun; runFindings: Finding[] }> {
  const failed = (error: string) => {
    const run: FailedRun<Name> = { analyzer: loaded.name, status: 'failed', error, stats: {} };
    return { run: run as AnalyzerRun, runFindings: [] };
  };
  if ('error' in loaded) return failed(loaded.error);
  let output: AnalyzerOutput<Name>;
  try {
    output = await loaded.analyzer.run(config, deps);
  } catch (error) {
    return failed(errorMessage(error));
  }
  // `Name` is one analyzer's name, so these runs are that analyzer's members of the AnalyzerRun union.
  const run: CompletedRun<Name> = { analyzer: loaded.name, status: 'ok', stats: output.stats };
  return { run: run as AnalyzerRun, runFindings: output.findings };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The configured baseline file, or the default one when it exists; `false` turns baselines off. */
export function baselinePath(config: Config): string | undefined {
  if (config.baseline === false) return undefined;
  if (config.baseline) return path.resolve(config.root, config.baseline);
  const fallback = path.join(config.root, DEFAULT_BASELINE);
  return existsSync(fallback) ? fallback : undefined;
}

function applyConfiguredBaseline(config: Config, findings: Finding[], runs: AnalyzerRun[]): Finding[] {
  const file = baselinePath(config);
  if (!file) return findings;
  const shown = path.relative(config.root, file).split(path.sep).join('/');
  let outcome: ReturnType<typeof applyBaseline>;
  try {
    outcome = applyBaseline(findings, readBaseline(file));
  } catch (error) {
    // An unreadable baseline would otherwise resurface every accepted finding at once.
    runs.push({ analyzer: 'review', status: 'failed', error: (error as Error).message, stats: { baseline: shown } });
    return findings;
  }
  const stale = outcome.stale.filter((entry) => wasReviewed(config, entry.file));
  const review = runs.find((run) => run.analyzer === 'review');
  if (review) review.stats.baseline = { file: shown, hidden: outcome.hidden, stale: stale.length };
  // The notice obeys `rules: { stale-baseline-entry: { severity } }` like any rule.
  const severity = severityFor(staleBaselineEntry.meta, config.rules[staleBaselineEntry.meta.id]?.severity);
  if (!severity) return outcome.kept;
  return [...outcome.kept, ...stale.map((entry) => ({ ...staleBaselineFinding(entry, shown), severity }))];
}

/** A diff run reviews only changed files; an entry for a file it never opened is not known to be stale. */
function wasReviewed(config: Config, file: string | undefined): boolean {
  if (!config.changes || config.filterMode === 'nofilter' || file === undefined) return true;
  return touchesFile(config.changes, file);
}

/** Filters each analyzer's findings to the change and records in its run what the filter dropped. */
function applyDiffFilter(config: Config, changes: ChangeSet, findings: readonly Finding[], runs: AnalyzerRun[]): Finding[] {
  const shown: Finding[] = [];
  const analyzers = new Set([...runs.map((run) => run.analyzer), ...findings.map((finding) => finding.analyzer)]);
  for (const analyzer of analyzers) {
    const outcome = filterFindings(findings.filter((finding) => finding.analyzer === analyzer), changes, config.filterMode);
    shown.push(...outcome.kept);
    const [run] = completedRuns(runs, analyzer);
    if (!run) continue;
    const incomplete = changes.wholeFiles ? { wholeFiles: true } : {};
    run.stats.diff = { mode: config.filterMode, changedFiles: changes.files.size, filteredOut: outcome.filteredOut, ...incomplete };
  }
  return shown;
}
