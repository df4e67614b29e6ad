import type { Deps } from '../../core/analyzer.js';
import type { Config } from '../../core/config/config.js';
import { UsageError } from '../../core/config/usage-error.js';
import type { Finding } from '../../core/finding.js';
import { rulesOf } from '../../core/rules/registry.js';
import { METRIC_RULES, PROBE_RULES } from '../meta.js';
import { judgeCanary, judgeReports, readCanaryJudgeSettings, type CanaryJudgeSettings, type JudgeResult } from '../judge/index.js';
import type { ProbeSummary } from '../probes/health-probe.js';
import { startProbeMonitor, type ProbeMonitor } from '../probes/probe-monitor.js';
import { readHealthProbes } from '../probes/read-health-probes.js';
import { kubeAnalysisTemplateReader, type AnalysisTemplateReader } from './analysis-template-reader.js';
import { evaluateTemplateMetrics, type MetricEvaluation } from './evaluate-template-metrics.js';
import { judgeSamples } from './judge-samples.js';
import { prometheusClient, type PrometheusClient } from './prometheus-client.js';
import { releaseFinding } from './release-finding.js';
import { ROLLOUT_PLACEHOLDERS, unknownRolloutPlaceholder } from './rollout-placeholders.js';
import { urlWithoutCredentials } from './url-without-credentials.js';
import type { WaitedRollout } from './waited-rollout.js';

export type { WaitedRollout } from './waited-rollout.js';

/** What the checks beside the wait add to the run's stats; a key is there only when its check is configured. */
export interface ReleaseCheckStats {
  /** Each template metric measured when a Rollout's wait ended: resolved query, value, phase or why not. */
  metrics?: MetricEvaluation[];
  /** The canary judge per Rollout (`canary-judge`). */
  canaryJudge?: ({ rollout: string } & JudgeResult)[];
  /** Each health probe over the whole wait (`health-probes`). */
  probes?: ProbeSummary[];
}

export interface ReleaseChecks {
  /**
   * Once every wait is over: the probes' last round, then each waited Rollout's template metrics and the judge.
   * Throws when Prometheus cannot answer (after the probes have stopped).
   */
  finish(waited: readonly WaitedRollout[]): Promise<{ findings: Finding[]; stats: ReleaseCheckStats }>;
  /** Stops the probes without a verdict, for a wait that failed. */
  stop(): Promise<void>;
}

/**
 * The checks that run beside the wait for Rollouts: health probes from the start of the wait to its end, and — with
 * `prometheus-url` — the canary's template metrics and the canary judge once the waits are over. Settings are read
 * before anything starts, so a bad probe or judge section fails the run (exit 2) before the wait.
 */
export function startReleaseChecks(config: Config, deps: Deps): ReleaseChecks {
  const settings = config.settings;
  const probes = readHealthProbes(settings['health-probes']);
  const judge = readCanaryJudgeSettings(settings['canary-judge']);
  const prometheusUrl = typeof settings['prometheus-url'] === 'string' && settings['prometheus-url'] !== '' ? settings['prometheus-url'] : undefined;
  if (prometheusUrl && !isHttpUrl(prometheusUrl)) {
    throw new UsageError(`prometheus-url: got ${urlWithoutCredentials(prometheusUrl)}; expected the Prometheus server's base URL, such as http://prometheus.monitoring:9090.`);
  }
  if (judge && !prometheusUrl) {
    throw new UsageError('canary-judge: the judge reads its metrics from Prometheus, but prometheus-url is not set; add prometheus-url: http://prometheus.monitoring:9090 (or the prometheus-url input).');
  }
  for (const metric of judge?.metrics ?? []) {
    for (const side of ['canary', 'stable'] as const) {
      const unknown = unknownRolloutPlaceholder(metric[side]);
      if (unknown !== undefined) {
        throw new UsageError(`canary-judge.metrics '${metric.name}'.${side}: {{${unknown}}} is not a placeholder the check fills; expected one of ${ROLLOUT_PLACEHOLDERS.map((name) => `{{rollout.${name}}}`).join(', ')}.`);
      }
    }
  }
  const prometheus = prometheusUrl ? prometheusClient({ url: prometheusUrl, fetch: deps.fetch }) : undefined;
  const readTemplate = prometheus && deps.kubeConfig ? kubeAnalysisTemplateReader(deps.kubeConfig) : undefined;
  const monitor: ProbeMonitor | undefined = probes.length > 0 ? startProbeMonitor(probes, { fetch: deps.fetch, log: deps.log }) : undefined;
  let stopped: Promise<ProbeSummary[]> | undefined;
  const stopProbes = () => (stopped ??= monitor ? monitor.stop() : Promise.resolve([]));

  return {
    async finish(waited) {
      const probeSummaries = await stopProbes();
      const stats: ReleaseCheckStats = monitor ? { probes: probeSummaries } : {};
      const findings = probeSummaries.flatMap((summary) =>
        rulesOf(PROBE_RULES).flatMap((rule) => {
          const report = rule.check(summary);
          return report ? releaseFinding(rule.meta, report, config, `probe ${summary.name}`, { probe: summary.name, endpoint: summary.endpoint }) : [];
        }),
      );
      if (!prometheus) return { findings, stats };
      for (const entry of waited) {
        if (readTemplate) findings.push(...(await measureTemplates(entry, readTemplate, prometheus, config, stats)));
        if (judge) findings.push(...(await runJudge(entry, judge, prometheus, config, stats)));
      }
      return { findings, stats };
    },
    async stop() {
      await stopProbes();
    },
  };
}

async function measureTemplates(waited: WaitedRollout, readTemplate: AnalysisTemplateReader, prometheus: PrometheusClient, config: Config, stats: ReleaseCheckStats): Promise<Finding[]> {
  const evaluations = await evaluateTemplateMetrics(waited.rollout, waited.ref, readTemplate, prometheus);
  stats.metrics = [...(stats.metrics ?? []), ...evaluations];
  return evaluations.flatMap((evaluation) =>
    rulesOf(METRIC_RULES).flatMap((rule) => {
      const report = rule.check(evaluation);
      if (!report) return [];
      const subject = `${evaluation.rollout} ${evaluation.template} ${evaluation.metric}`;
      return releaseFinding(rule.meta, report, config, subject, { rollout: evaluation.rollout, template: evaluation.template, metric: evaluation.metric, query: evaluation.query, value: evaluation.value });
    }),
  );
}

async function runJudge(waited: WaitedRollout, settings: CanaryJudgeSettings, prometheus: PrometheusClient, config: Config, stats: ReleaseCheckStats): Promise<Finding[]> {
  const rollout = `${waited.ref.namespace}/${waited.ref.name}`;
  const result = judgeCanary(await judgeSamples(settings, prometheus, waited, new Date()), settings);
  stats.canaryJudge = [...(stats.canaryJudge ?? []), { rollout, ...result }];
  return judgeReports(result, rollout).flatMap(({ meta, report }) => releaseFinding(meta, report, config, `${rollout} canary-judge`, { rollout, score: result.score, verdict: result.verdict }));
}

function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
