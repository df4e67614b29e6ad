import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  argoValueText,
  measurementPhase,
  prometheusClient,
  substituteArgs,
  urlWithoutCredentials
} from "./chunk-chunk-QHPGG2HT.js";
import "./chunk-chunk-V4K7GZ5P.js";
import {
  DRY_RUN_RULES
} from "./chunk-chunk-45LV6IBN.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";
import {
  ruleSettingsResolver,
  severityFor
} from "./chunk-chunk-UM3XXW2D.js";
import {
  rulesOf
} from "./chunk-chunk-AE2HRXUO.js";
import "./chunk-chunk-SZAZ6YND.js";

// src/rollout/dry-run/dry-run-manifests.ts
import { createHash } from "node:crypto";

// src/rollout/dry-run/dry-run-template.ts
var DRY_RUN_WINDOW_MS = 60 * 60 * 1e3;
var DRY_RUN_STEP_SECONDS = 60;
var PROBE_VALUES = [Number.NEGATIVE_INFINITY, -1e9, -1, 0, 1e-9, 0.01, 0.5, 0.99, 1, 100, 1e9, Number.POSITIVE_INFINITY, Number.NaN];
async function dryRunTemplate(template, args, prometheus, now) {
  const name = template.metadata?.name ?? "(unnamed)";
  const values = {};
  for (const arg of template.spec?.args ?? []) if (arg.name !== void 0 && arg.value !== void 0) values[arg.name] = arg.value;
  Object.assign(values, args);
  const results = [];
  for (const metric of template.spec?.metrics ?? []) {
    const query = metric.provider?.prometheus?.query;
    if (query === void 0) continue;
    const base = { template: name, metric: metric.name ?? "(unnamed)" };
    const never = neverFails(metric);
    if (never) {
      results.push({ ...base, outcome: never });
      continue;
    }
    const missing = (template.spec?.args ?? []).find((arg) => arg.name !== void 0 && !(arg.name in values));
    if (missing) {
      results.push({ ...base, outcome: { kind: "not-evaluated", reason: `the arg ${missing.name} has no value: give it one under dry-run-args (${missing.name}: \u2026)` } });
      continue;
    }
    const resolved = substituteArgs(query, values);
    if (!resolved.ok) {
      results.push({ ...base, outcome: { kind: "not-evaluated", reason: resolved.reason } });
      continue;
    }
    results.push({ ...base, query: resolved.text, outcome: await measureHour(resolved.text, metric, prometheus, now) });
  }
  return results;
}
function neverFails(metric) {
  if (!metric.successCondition && !metric.failureCondition) return void 0;
  let applicable = 0;
  for (const form of [(value) => [value], (value) => value]) {
    const phases = PROBE_VALUES.map((value) => measurementPhase(form(value), metric.successCondition, metric.failureCondition));
    if (!phases.every((outcome) => outcome.evaluated)) continue;
    applicable++;
    if (phases.some((outcome) => outcome.evaluated && outcome.phase !== "Successful")) return void 0;
  }
  return applicable > 0 ? { kind: "never-fails", tried: PROBE_VALUES.map((value) => argoValueText(value)).join(", ") } : void 0;
}
async function measureHour(query, metric, prometheus, now) {
  const kind = (await prometheus.query(query, now)).kind;
  if (kind !== "scalar" && kind !== "vector") return { kind: "not-evaluated", reason: `the query returns a ${kind}; Argo Rollouts supports only vectors and scalars` };
  const series = await prometheus.queryRange(query, { start: new Date(now.getTime() - DRY_RUN_WINDOW_MS), end: now, stepSeconds: DRY_RUN_STEP_SECONDS });
  const byTime = /* @__PURE__ */ new Map();
  for (const entry of series) {
    for (const point of entry.points) byTime.set(point.time, [...byTime.get(point.time) ?? [], point.value]);
  }
  if (byTime.size === 0) return { kind: "no-data" };
  let failed = 0;
  let firstFailure;
  for (const time of [...byTime.keys()].sort((a, b) => a - b)) {
    const vector = byTime.get(time) ?? [];
    const result = kind === "scalar" ? vector[0] : vector;
    const outcome = measurementPhase(result, metric.successCondition, metric.failureCondition);
    if (!outcome.evaluated) return { kind: "not-evaluated", reason: outcome.reason };
    if (outcome.phase === "Failed") {
      failed++;
      firstFailure ??= { at: new Date(time * 1e3), value: argoValueText(result) };
    }
  }
  if (firstFailure) return { kind: "would-fail", failed, measured: byTime.size, firstFailure };
  return { kind: "passes", measured: byTime.size };
}

// src/rollout/dry-run/dry-run-manifests.ts
async function dryRunManifests(manifests, config, deps, prometheusUrl, liveArgs, now = /* @__PURE__ */ new Date()) {
  refuseCredentialedUnderPullRequestTarget(prometheusUrl);
  const allArgs = dryRunArgs(config.settings["dry-run-args"]);
  const templates = manifests.filter((manifest) => (manifest.kind === "AnalysisTemplate" || manifest.kind === "ClusterAnalysisTemplate") && changed(manifest, config));
  const prometheus = prometheusClient({ url: prometheusUrl, fetch: deps.fetch });
  const settingsFor = ruleSettingsResolver(config);
  const findings = [];
  const stats = { templates: templates.length, metrics: [] };
  for (const manifest of templates) {
    const template = manifest.object;
    const live = liveArgs?.({ name: manifest.name, clusterScope: manifest.kind === "ClusterAnalysisTemplate", args: template.spec?.args ?? [] }) ?? {};
    const results = await dryRunTemplate(template, { ...live, ...allArgs[manifest.name] }, prometheus, now);
    for (const result of results) {
      stats.metrics.push({ metric: result.metric, template: result.template, query: result.query, outcome: result.outcome.kind, ...result.outcome.kind === "not-evaluated" ? { reason: result.outcome.reason } : {} });
      findings.push(...findingsOf(result, manifest, settingsFor(manifest.file)));
    }
  }
  return { findings, stats };
}
function refuseCredentialedUnderPullRequestTarget(prometheusUrl) {
  if (process.env.GITHUB_EVENT_NAME !== "pull_request_target" || !hasCredentials(prometheusUrl)) return;
  throw new UsageError(
    `Refusing the pre-merge dry run under pull_request_target against ${urlWithoutCredentials(prometheusUrl)}: its credentials come from this repository's secrets, and the pull request's queries would run with them. Run the dry run on pull_request, or against a Prometheus that needs no credentials.`
  );
}
function hasCredentials(text) {
  try {
    const url = new URL(text);
    return url.username !== "" || url.password !== "" || [...url.searchParams.keys()].some((key) => /pass|secret|token|key/i.test(key));
  } catch {
    return false;
  }
}
function changed(manifest, config) {
  if (!config.changes || config.changes.wholeFiles) return true;
  const change = config.changes.files.get(manifest.file);
  if (change === void 0 || change.status === "removed") return false;
  if (change.addedLines === "all") return true;
  const keys = ["apiVersion", "kind", "metadata", "spec"].filter((key) => key in manifest.object).map((key) => manifest.locate([key]));
  if (keys.length === 0) return true;
  const first = Math.min(...keys.map((position) => position.line));
  const last = Math.max(...keys.map((position) => position.endLine));
  return [...change.addedLines].some((line) => line >= first && line <= last);
}
function dryRunArgs(value) {
  if (value === void 0 || value === null) return {};
  const expected = "a mapping of AnalysisTemplate name to its args, e.g. dry-run-args: {error-rate: {service: checkout}}";
  if (typeof value !== "object" || Array.isArray(value)) throw new UsageError(`dry-run-args: expected ${expected}.`);
  const result = {};
  for (const [template, args] of Object.entries(value)) {
    if (typeof args !== "object" || args === null || Array.isArray(args)) throw new UsageError(`dry-run-args.${template}: expected ${expected}.`);
    result[template] = {};
    for (const [name, arg] of Object.entries(args)) {
      if (typeof arg !== "string") throw new UsageError(`dry-run-args.${template}.${name}: got ${JSON.stringify(arg)}; expected a string (quote numbers: "5").`);
      result[template][name] = arg;
    }
  }
  return result;
}
function findingsOf(result, manifest, settings) {
  const metrics = manifest.object.spec?.metrics ?? [];
  const index = metrics.findIndex((metric) => metric.name === result.metric);
  const position = manifest.locate(index >= 0 ? ["spec", "metrics", index] : ["spec", "metrics"]);
  return rulesOf(DRY_RUN_RULES).flatMap((rule) => {
    const report = rule.check(result);
    const severity = severityFor(rule.meta, settings[rule.meta.id]?.severity);
    if (!report || !severity) return [];
    return [
      {
        analyzer: "rollout",
        rule: rule.meta.id,
        category: rule.meta.category,
        severity,
        message: report.message,
        suggestion: report.suggestion,
        file: manifest.file,
        ...position,
        fingerprint: createHash("sha256").update(`${rule.meta.id}\0${manifest.file}\0${result.template}\0${result.metric}\0${result.outcome.kind}`).digest("hex").slice(0, 32),
        data: { template: result.template, metric: result.metric, outcome: result.outcome.kind, query: result.query }
      }
    ];
  });
}
export {
  dryRunManifests
};
