import { createHash } from 'node:crypto';
import type { Deps } from '../../core/analyzer.js';
import type { Config } from '../../core/config/config.js';
import { UsageError } from '../../core/config/usage-error.js';
import type { Finding } from '../../core/finding.js';
import { rulesOf } from '../../core/rules/registry.js';
import { ruleSettingsResolver, severityFor, type RuleSettings } from '../../core/rules/settings.js';
import type { Manifest } from '../lint/manifest.js';
import { DRY_RUN_RULES } from '../meta.js';
import type { AnalysisTemplateObject } from '../metrics/analysis-template.js';
import { prometheusClient } from '../metrics/prometheus-client.js';
import { urlWithoutCredentials } from '../metrics/url-without-credentials.js';
import { dryRunTemplate, type DryRunMetric } from './dry-run-template.js';
import type { LiveArgs } from './live-stable-args.js';

export interface DryRunStats {
  templates: number;
  metrics: { metric: string; template: string; query?: string; outcome: string; reason?: string }[];
}

/**
 * The pre-merge dry run of `rollout --lint` with `prometheus-url`: each AnalysisTemplate / ClusterAnalysisTemplate
 * of the lint's manifests that the change adds or edits (every one without a diff) is run against the stable version
 * (dryRunTemplate), with its args from the live stable (`liveArgs`, when a kubeconfig is given) overridden by
 * `dry-run-args.<template name>`.
 */
export async function dryRunManifests(
  manifests: readonly Manifest[],
  config: Config,
  deps: Deps,
  prometheusUrl: string,
  liveArgs?: LiveArgs,
  now = new Date(),
): Promise<{ findings: Finding[]; stats: DryRunStats }> {
  refuseCredentialedUnderPullRequestTarget(prometheusUrl);
  const allArgs = dryRunArgs(config.settings['dry-run-args']);
  const templates = manifests.filter((manifest) => (manifest.kind === 'AnalysisTemplate' || manifest.kind === 'ClusterAnalysisTemplate') && changed(manifest, config));
  const prometheus = prometheusClient({ url: prometheusUrl, fetch: deps.fetch });
  const settingsFor = ruleSettingsResolver(config);
  const findings: Finding[] = [];
  const stats: DryRunStats = { templates: templates.length, metrics: [] };
  for (const manifest of templates) {
    const template = manifest.object as AnalysisTemplateObject;
    const live = liveArgs?.({ name: manifest.name, clusterScope: manifest.kind === 'ClusterAnalysisTemplate', args: template.spec?.args ?? [] }) ?? {};
    const results = await dryRunTemplate(template, { ...live, ...allArgs[manifest.name] }, prometheus, now);
    for (const result of results) {
      stats.metrics.push({ metric: result.metric, template: result.template, query: result.query, outcome: result.outcome.kind, ...(result.outcome.kind === 'not-evaluated' ? { reason: result.outcome.reason } : {}) });
      findings.push(...findingsOf(result, manifest, settingsFor(manifest.file)));
    }
  }
  return { findings, stats };
}

/**
 * Under pull_request_target the workflow runs with the base repository's secrets; a pull request's template must
 * not send its queries to a Prometheus reached with them. The action refuses this before any analyzer runs; this is
 * the same rule for the CLI run inside such a workflow: user:password@, or a query parameter that looks like one.
 */
function refuseCredentialedUnderPullRequestTarget(prometheusUrl: string): void {
  if (process.env.GITHUB_EVENT_NAME !== 'pull_request_target' || !hasCredentials(prometheusUrl)) return;
  throw new UsageError(
    `Refusing the pre-merge dry run under pull_request_target against ${urlWithoutCredentials(prometheusUrl)}: its credentials come from this repository's secrets, and the pull request's queries would run with them. Run the dry run on pull_request, or against a Prometheus that needs no credentials.`,
  );
}

function hasCredentials(text: string): boolean {
  try {
    const url = new URL(text);
    return url.username !== '' || url.password !== '' || [...url.searchParams.keys()].some((key) => /pass|secret|token|key/i.test(key));
  } catch {
    return false;
  }
}

/**
 * Whether the change adds or edits this template: with no diff every template counts; else a line the change added
 * must fall inside the document (from its first top-level key to the end of its last), so an untouched template
 * in a file with an edited one is left alone.
 */
function changed(manifest: Manifest, config: Config): boolean {
  if (!config.changes || config.changes.wholeFiles) return true;
  const change = config.changes.files.get(manifest.file);
  if (change === undefined || change.status === 'removed') return false;
  if (change.addedLines === 'all') return true;
  const keys = ['apiVersion', 'kind', 'metadata', 'spec'].filter((key) => key in manifest.object).map((key) => manifest.locate([key]));
  if (keys.length === 0) return true;
  const first = Math.min(...keys.map((position) => position.line));
  const last = Math.max(...keys.map((position) => position.endLine));
  return [...change.addedLines].some((line) => line >= first && line <= last);
}

function dryRunArgs(value: unknown): Record<string, Record<string, string>> {
  if (value === undefined || value === null) return {};
  const expected = 'a mapping of AnalysisTemplate name to its args, e.g. dry-run-args: {error-rate: {service: checkout}}';
  if (typeof value !== 'object' || Array.isArray(value)) throw new UsageError(`dry-run-args: expected ${expected}.`);
  const result: Record<string, Record<string, string>> = {};
  for (const [template, args] of Object.entries(value as Record<string, unknown>)) {
    if (typeof args !== 'object' || args === null || Array.isArray(args)) throw new UsageError(`dry-run-args.${template}: expected ${expected}.`);
    result[template] = {};
    for (const [name, arg] of Object.entries(args as Record<string, unknown>)) {
      if (typeof arg !== 'string') throw new UsageError(`dry-run-args.${template}.${name}: got ${JSON.stringify(arg)}; expected a string (quote numbers: "5").`);
      result[template][name] = arg;
    }
  }
  return result;
}

/** The rule's findings on one metric's result, at the metric, with the severity the config gives the template's file (overrides included). */
function findingsOf(result: DryRunMetric, manifest: Manifest, settings: RuleSettings): Finding[] {
  const metrics = (manifest.object.spec as { metrics?: { name?: string }[] } | undefined)?.metrics ?? [];
  const index = metrics.findIndex((metric) => metric.name === result.metric);
  const position = manifest.locate(index >= 0 ? ['spec', 'metrics', index] : ['spec', 'metrics']);
  return rulesOf(DRY_RUN_RULES).flatMap((rule) => {
    const report = rule.check(result);
    const severity = severityFor(rule.meta, settings[rule.meta.id]?.severity);
    if (!report || !severity) return [];
    return [
      {
        analyzer: 'rollout',
        rule: rule.meta.id,
        category: rule.meta.category,
        severity,
        message: report.message,
        suggestion: report.suggestion,
        file: manifest.file,
        ...position,
        fingerprint: createHash('sha256').update(`${rule.meta.id}\0${manifest.file}\0${result.template}\0${result.metric}\0${result.outcome.kind}`).digest('hex').slice(0, 32),
        data: { template: result.template, metric: result.metric, outcome: result.outcome.kind, query: result.query },
      } satisfies Finding,
    ];
  });
}
