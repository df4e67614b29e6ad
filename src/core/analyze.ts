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
import { buildReport, type AnalyzerRun, type Report } from './report.js';
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
  const analyzers = await Promise.all(config.checks.map(async (name) => ({ name, loaded: await loadAnalyzer(name) })));
  const prepared = await prepareDeps(analyzers.map(({ loaded }) => loaded), config, deps);
  for (const { name, loaded } of analyzers) {
    const output = 'analyzer' in loaded ? await runAnalyzer(loaded.analyzer, config, prepared) : loaded;
    if ('error' in output) {
      runs.push({ analyzer: name, status: 'failed', error: output.error, stats: {} });
      continue;
    }
    findings.push(...output.findings);
    runs.push({ analyzer: name, status: 'ok', stats: output.stats });
  }
  // The baseline sees every finding of the reviewed files, so an accepted finding on an unchanged line still
  // matches its entry and is not reported stale merely because the diff filter would have dropped it.
  const baselined = applyConfiguredBaseline(config, findings, runs);
  const shown = config.changes ? applyDiffFilter(config, config.changes, baselined, runs) : baselined;
  return buildReport(TOOL, shown, runs, config.failOn);
}

async function loadAnalyzer(name: AnalyzerName): Promise<{ analyzer: Analyzer } | { error: string }> {
  try {
    return { analyzer: await ANALYZER_REGISTRY[name].load() };
  } catch (error) {
    return { error: errorMessage(error) };
  }
}

/** Each loaded analyzer completes the clients it needs, in the order of `checks`. */
async function prepareDeps(loaded: readonly ({ analyzer: Analyzer } | { error: string })[], config: Config, deps: Deps): Promise<Deps> {
  let prepared = deps;
  for (const entry of loaded) {
    if ('analyzer' in entry && entry.analyzer.prepare) prepared = await entry.analyzer.prepare(config, prepared);
  }
  return prepared;
}

async function runAnalyzer(analyzer: Analyzer, config: Config, deps: Deps): Promise<AnalyzerOutput | { error: string }> {
  try {
    return await analyzer.run(config, deps);
  } catch (error) {
    return { error: errorMessage(error) };
  }
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
    const run = runs.find((candidate) => candidate.analyzer === analyzer && candidate.status === 'ok');
    if (!run) continue;
    const incomplete = changes.wholeFiles ? { wholeFiles: true } : {};
    run.stats.diff = { mode: config.filterMode, changedFiles: changes.files.size, filteredOut: outcome.filteredOut, ...incomplete };
  }
  return shown;
}
