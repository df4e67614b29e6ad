import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Analyzer, AnalyzerOutput, Deps } from './analyzer.js';
import { applyBaseline, readBaseline, staleBaselineFinding } from './baseline.js';
import { DEFAULT_BASELINE, type Config } from './config.js';
import type { AnalyzerName, Finding } from './finding.js';
import { buildReport, type AnalyzerRun, type Report } from './report.js';
import { TOOL } from '../version.js';

/** Analyzers load on demand, so a review never pays for the PostgreSQL or Kubernetes clients. */
const ANALYZER_LOADERS: Record<AnalyzerName, (() => Promise<Analyzer>) | undefined> = {
  review: async () => (await import('../review/index.js')).reviewAnalyzer,
  queries: undefined,
  rollout: undefined,
};

/**
 * Runs every analyzer the config enables and builds the one report. An analyzer that throws becomes a failed run
 * carrying its message (which fails the gate), never a crash that loses the other analyzers' findings.
 */
export async function analyze(config: Config, deps: Deps = {}): Promise<Report> {
  const findings: Finding[] = [];
  const runs: AnalyzerRun[] = [];
  for (const name of config.checks) {
    const output = await runAnalyzer(name, config, deps);
    if ('error' in output) {
      runs.push({ analyzer: name, status: 'failed', error: output.error, stats: {} });
      continue;
    }
    findings.push(...output.findings);
    runs.push({ analyzer: name, status: 'ok', stats: output.stats });
  }
  const baselined = applyConfiguredBaseline(config, findings, runs);
  return buildReport(TOOL, baselined, runs, config.failOn);
}

async function runAnalyzer(name: AnalyzerName, config: Config, deps: Deps): Promise<AnalyzerOutput | { error: string }> {
  const load = ANALYZER_LOADERS[name];
  if (!load) return { error: `the ${name} analyzer is not available in ${TOOL.name} ${TOOL.version}; remove '${name}' from checks.` };
  try {
    const analyzer = await load();
    return await analyzer.run(config, deps);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
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
  const review = runs.find((run) => run.analyzer === 'review');
  if (review) review.stats.baseline = { file: shown, hidden: outcome.hidden, stale: outcome.stale.length };
  return [...outcome.kept, ...outcome.stale.map((entry) => staleBaselineFinding(entry, shown))];
}
