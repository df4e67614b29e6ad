import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  UsageError
} from "./chunk-chunk-YJM7H7OX.js";

// src/core/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
function parseDuration(text2) {
  const trimmed = text2.trim();
  if (!DURATION.test(trimmed)) return void 0;
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) total += Number(amount) * UNIT_MS[unit];
  return total;
}

// src/rollout/verdict-rules/flagger-canary-failed.ts
var flaggerCanaryFailed = {
  meta: {
    id: "flagger-canary-failed",
    category: "release",
    severity: "error",
    description: "A Flagger Canary that ended Failed (or was terminated): Flagger rolled the release back to the primary."
  },
  check() {
    return void 0;
  },
  checkCanary(outcome) {
    if (outcome.ending !== "degraded") return void 0;
    const { name, namespace } = outcome.ref;
    return {
      message: `Canary '${name}' in namespace '${namespace}' ended ${outcome.phase} with ${outcome.failedChecks} failed checks (threshold ${outcome.threshold}): ${outcome.message || "no condition message recorded"}`,
      suggestion: `Read why the checks failed (kubectl describe canary ${name} -n ${namespace}, and Flagger's log for the metric values), fix the release and deploy again.`
    };
  }
};

// src/rollout/verdict-rules/abort-reason.ts
var ABORTED = "RolloutAborted";
function isAborted(rollout) {
  if (rollout.status?.abort === true) return true;
  return (rollout.status?.conditions ?? []).some((condition) => condition.reason === ABORTED);
}

// src/rollout/verdict-rules/analysis-failure-detail.ts
var FAILING = /* @__PURE__ */ new Set(["Failed", "Error"]);
function analysisFailureDetail(runs) {
  const parts = runs.filter((run) => FAILING.has(run.phase)).flatMap((run) => run.metrics.filter((metric2) => FAILING.has(metric2.phase) && !metric2.dryRun)).map((metric2) => {
    const conditions = [
      metric2.successCondition === void 0 ? void 0 : `success condition ${metric2.successCondition}`,
      metric2.failureCondition === void 0 ? void 0 : `failure condition ${metric2.failureCondition}`
    ].filter((text2) => text2 !== void 0);
    const measured = metric2.lastValue === void 0 ? "measured no value" : `measured ${metric2.lastValue}`;
    return `metric "${metric2.name}" ${measured}${conditions.length > 0 ? ` (${conditions.join(", ")})` : ""}`;
  });
  return parts.join("; ");
}

// src/rollout/verdict-rules/rollout-aborted.ts
var rolloutAborted = {
  meta: {
    id: "rollout-aborted",
    category: "release",
    severity: "error",
    description: "A Rollout that ended Degraded because its update was aborted (reason RolloutAborted)."
  },
  check(outcome) {
    if (outcome.ending !== "degraded" || !isAborted(outcome.rollout)) return void 0;
    const { name, namespace } = outcome.ref;
    const detail = outcome.analysisRuns?.known ? analysisFailureDetail(outcome.analysisRuns.value) : "";
    return {
      message: `Rollout '${name}' in namespace '${namespace}' was aborted: ${outcome.message || "no message recorded"}${detail ? ` \u2014 ${detail}` : ""}`,
      suggestion: `Read the failed AnalysisRun (kubectl argo rollouts get rollout ${name} -n ${namespace}), fix the release, and deploy again; 'kubectl argo rollouts retry rollout ${name}' retries the same revision.`
    };
  }
};

// src/rollout/verdict-rules/rollout-degraded.ts
var rolloutDegraded = {
  meta: {
    id: "rollout-degraded",
    category: "release",
    severity: "error",
    description: "A Rollout that ended Degraded without an abort: an invalid spec or an exceeded progress deadline."
  },
  check(outcome) {
    if (outcome.ending !== "degraded" || isAborted(outcome.rollout)) return void 0;
    const { name, namespace } = outcome.ref;
    return {
      message: `Rollout '${name}' in namespace '${namespace}' is Degraded: ${outcome.message || "no message recorded"}`,
      suggestion: outcome.message.startsWith("InvalidSpec") ? "Fix the Rollout spec the message names and apply it again." : `Find why the new pods do not become available (kubectl describe rollout ${name} -n ${namespace}, the pods' events), or raise spec.progressDeadlineSeconds.`
    };
  }
};

// src/rollout/verdict-rules/rollout-rolled-back.ts
var rolloutRolledBack = {
  meta: {
    id: "rollout-rolled-back",
    category: "release",
    severity: "error",
    description: "A Rollout that ended Healthy without running the image the pull request deployed."
  },
  check(outcome, context) {
    if (outcome.ending !== "healthy" || context.image === void 0) return void 0;
    const images = templateImages(outcome.rollout);
    if (images.includes(context.image)) return void 0;
    const { name, namespace } = outcome.ref;
    return {
      message: `Rollout '${name}' in namespace '${namespace}' is Healthy but its pod template runs ${images.length > 0 ? images.join(", ") : "no image"}, not ${context.image}: the release was rolled back.`,
      suggestion: `Check the rollout's history (kubectl argo rollouts get rollout ${name} -n ${namespace}) for the rollback, or pass the image the deploy step applied as --image.`
    };
  }
};
function templateImages(rollout) {
  return (rollout.spec?.template?.spec?.containers ?? []).flatMap((container) => container.image ? [container.image] : []);
}

// src/rollout/verdict-rules/rollout-timeout.ts
var rolloutTimeout = {
  meta: {
    id: "rollout-timeout",
    category: "release",
    severity: "error",
    description: "A Rollout (or Flagger Canary) that had not reached a final phase when the rollout-timeout ran out."
  },
  check(outcome) {
    if (outcome.ending !== "timeout") return void 0;
    const { name, namespace } = outcome.ref;
    const where = `${outcome.phase}${outcome.message ? ` - ${outcome.message}` : ""}`;
    if (outcome.needsPromotion) {
      return {
        message: `Rollout '${name}' in namespace '${namespace}' timed out while ${where}: it needs a promotion.`,
        suggestion: `Promote it (kubectl argo rollouts promote ${name} -n ${namespace}) or give the pause a duration; set success-on-pause: true when the pause is intended.`
      };
    }
    return {
      message: `Rollout '${name}' in namespace '${namespace}' timed out while ${where}.`,
      suggestion: "Raise rollout-timeout (--timeout) above the total of the pause and analysis steps, or find what holds the rollout back."
    };
  },
  checkCanary(outcome) {
    if (outcome.ending !== "timeout") return void 0;
    const { name, namespace } = outcome.ref;
    const where = `${outcome.phase}${outcome.message ? ` - ${outcome.message}` : ""}`;
    const stale = outcome.revision.state === "stale" ? ` (${outcome.revision.detail})` : "";
    if (outcome.needsPromotion) {
      return {
        message: `Canary '${name}' in namespace '${namespace}' timed out while ${where}: it waits for its confirm-promotion webhook.`,
        suggestion: "Approve the promotion through the webhook the Canary names (spec.analysis.webhooks, type confirm-promotion), or set success-on-pause: true when waiting there is intended."
      };
    }
    return {
      message: `Canary '${name}' in namespace '${namespace}' timed out while ${where}${stale}.`,
      suggestion: "Raise rollout-timeout (--timeout) above the analysis interval times its iterations (or steps to maxWeight), or find what holds the canary back (kubectl describe canary)."
    };
  }
};

// src/rollout/verdict-rules/index.ts
var VERDICT_RULES = [flaggerCanaryFailed, rolloutAborted, rolloutDegraded, rolloutRolledBack, rolloutTimeout];

// src/rollout/probes/health-probe-failed.ts
var healthProbeFailed = {
  meta: {
    id: "health-probe-failed",
    category: "release",
    severity: "error",
    description: "A health probe from the config (an HTTP endpoint or a PostgreSQL SELECT 1) that failed while the rollout was followed."
  },
  check(summary) {
    if (summary.failures === 0) return void 0;
    return {
      message: `Health probe '${summary.name}' (${summary.endpoint}) failed ${summary.failures} of ${summary.checks} checks during the rollout; last: ${summary.lastError ?? "no reason recorded"}.`,
      suggestion: summary.kind === "http" ? "Read the endpoint's logs for what the new version broke, and abort the rollout (kubectl argo rollouts abort NAME) if it is the cause; if the probe's expect-status or max-latency is wrong, fix it in health-probes." : "Check that the database accepts connections (max_connections, a migration holding locks, credentials the release changed), and abort the rollout if it is the cause."
    };
  }
};
var PROBE_RULES = [healthProbeFailed];

// src/rollout/metrics/canary-metric-failed.ts
var canaryMetricFailed = {
  meta: {
    id: "canary-metric-failed",
    category: "release",
    severity: "error",
    description: "A Prometheus metric of the canary's AnalysisTemplates that fails its success or failure condition when the check measures it."
  },
  check(evaluation) {
    if (evaluation.phase !== "Failed") return void 0;
    return {
      message: `Metric '${evaluation.metric}' of template '${evaluation.template}' (${evaluation.analysis} analysis of ${evaluation.rollout}) is Failed: ${evaluation.value} against ${conditionsText(evaluation)}; query: ${evaluation.query}`,
      suggestion: "Look at what the new version does to this metric (the query above, run in Prometheus), fix the release, and deploy again; if the condition is wrong, fix it in the AnalysisTemplate."
    };
  }
};
function conditionsText(evaluation) {
  const parts = [
    evaluation.successCondition ? `successCondition '${evaluation.successCondition}'` : void 0,
    evaluation.failureCondition ? `failureCondition '${evaluation.failureCondition}'` : void 0
  ].filter((part) => part !== void 0);
  return parts.length > 0 ? parts.join(" and ") : "no condition";
}

// src/rollout/metrics/canary-metric-undecided.ts
var canaryMetricUndecided = {
  meta: {
    id: "canary-metric-undecided",
    category: "release",
    severity: "notice",
    description: "A Prometheus metric of the canary's AnalysisTemplates that the check could not decide: not evaluated, no data, or Inconclusive."
  },
  check(evaluation) {
    const where = `Metric '${evaluation.metric}' of template '${evaluation.template}' (${evaluation.analysis} analysis of ${evaluation.rollout})`;
    if (evaluation.notEvaluated !== void 0) {
      return {
        message: `${where} was not evaluated: ${evaluation.notEvaluated}${evaluation.query ? `; query: ${evaluation.query}` : ""}`,
        suggestion: "Guard the condition against empty results (len(result) == 0 || \u2026), give every arg a value, or keep to the documented condition forms; the AnalysisRun in the cluster still decides."
      };
    }
    if (evaluation.phase !== "Inconclusive") return void 0;
    return {
      message: `${where} is Inconclusive: ${evaluation.value} against ${conditionsText(evaluation)}; query: ${evaluation.query}`,
      suggestion: "An Inconclusive measurement pauses the rollout for a person to decide; tighten the conditions so every value passes or fails."
    };
  }
};

// src/rollout/metrics/metric-rules.ts
var METRIC_RULES = [canaryMetricFailed, canaryMetricUndecided];

// src/rollout/judge/format-number.ts
function formatNumber(value) {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}

// src/rollout/judge/describe-metric.ts
function describeMetric(metric2) {
  if (metric2.classification === "NoData" || metric2.classification === "NoDataFail" || metric2.classification === "Error") return `${metric2.name} ${metric2.classification} (${metric2.reason})`;
  const numbers = [
    metric2.canary.mean === void 0 ? void 0 : `canary mean ${formatNumber(metric2.canary.mean)}`,
    metric2.stable.mean === void 0 ? void 0 : `stable mean ${formatNumber(metric2.stable.mean)}`,
    metric2.meanRatio === void 0 ? "mean ratio undefined" : `mean ratio ${formatNumber(metric2.meanRatio)}`,
    metric2.test ? `shift ${formatNumber(metric2.test.estimate)} with 98% CI ${formatNumber(metric2.test.confidenceInterval[0])} to ${formatNumber(metric2.test.confidenceInterval[1])}` : void 0
  ].filter((part) => part !== void 0);
  return `${metric2.name} ${metric2.classification} (${numbers.join(", ")})`;
}
function failingMetrics(metrics) {
  return metrics.filter((metric2) => metric2.classification === "High" || metric2.classification === "Low" || metric2.classification === "NoDataFail");
}

// src/rollout/judge/rules/judge-rule.ts
function judgeName(context) {
  return context.subject ? `Canary judge of ${context.subject}` : "Canary judge";
}

// src/rollout/judge/rules/canary-judge-failed.ts
var canaryJudgeFailed = {
  meta: {
    id: "canary-judge-failed",
    category: "release",
    severity: "error",
    description: "The canary judge (Mann-Whitney, Kayenta-style) scored the canary below the marginal score, or a critical metric failed."
  },
  check(result, context) {
    if (result.verdict !== "fail") return void 0;
    const thresholds = `marginal ${formatNumber(result.marginalScore)}, pass ${formatNumber(result.passScore)}`;
    if (result.forcedToZero === "critical-failure") {
      const critical = result.metrics.filter((metric2) => metric2.criticalFailure);
      return {
        message: `${judgeName(context)} failed: critical ${critical.length === 1 ? "metric" : "metrics"} ${critical.map(describeMetric).join("; ")}; the score is forced to 0 (${thresholds}).`,
        suggestion: "A critical metric fails the canary on its own: fix what the release does to it and deploy again. If the change is intended, raise its effect-size critical-increase / critical-decrease."
      };
    }
    if (result.forcedToZero === "no-data") {
      const missing = result.metrics.filter((metric2) => metric2.classification === "NoData");
      return {
        message: `${judgeName(context)} failed: ${missing.length} of ${result.metrics.length} metrics had no data (${missing.map(describeMetric).join("; ")}); at half or more the score is forced to 0 (${thresholds}).`,
        suggestion: "Check that each metric's canary and stable queries return series over the lookback window (run them in Prometheus); the labels that tell canary from stable pods are the usual culprit."
      };
    }
    const failing = failingMetrics(result.metrics);
    return {
      message: `${judgeName(context)} failed: score ${formatNumber(result.score)} is below the marginal score ${formatNumber(result.marginalScore)} (pass ${formatNumber(result.passScore)}); ${failing.length} of ${result.metrics.length} metrics failed: ${failing.map(describeMetric).join("; ")}.`,
      suggestion: "Look at what the release does to the failing metrics, fix it and deploy again. If a difference is expected, widen that metric's effect-size allowed-increase / allowed-decrease or set its direction."
    };
  }
};

// src/rollout/judge/rules/canary-judge-marginal.ts
var canaryJudgeMarginal = {
  meta: {
    id: "canary-judge-marginal",
    category: "release",
    severity: "warning",
    description: "The canary judge scored the canary below the pass score but not below the marginal score."
  },
  check(result, context) {
    if (result.verdict !== "marginal") return void 0;
    const failing = failingMetrics(result.metrics);
    return {
      message: `${judgeName(context)} is marginal: score ${formatNumber(result.score)} is below the pass score ${formatNumber(result.passScore)} but not below the marginal score ${formatNumber(result.marginalScore)}; ${failing.length} of ${result.metrics.length} metrics failed: ${failing.map(describeMetric).join("; ")}.`,
      suggestion: "Decide before promoting: look at the failing metrics, and promote only if their difference is acceptable. A longer lookback gives the test more samples."
    };
  }
};

// src/rollout/judge/rules/index.ts
var JUDGE_RULES = [canaryJudgeFailed, canaryJudgeMarginal];

// src/rollout/judge/judge-settings.ts
var JUDGE_DIRECTIONS = ["increase", "decrease", "either"];
var NAN_STRATEGIES = ["remove", "replace"];
var DEFAULTS = { lookback: "10m", step: "30s", passScore: 95, marginalScore: 75 };
var SECTION_KEYS = ["lookback", "step", "pass-score", "marginal-score", "group-weights", "metrics"];
var METRIC_KEYS = ["name", "canary", "stable", "direction", "critical", "must-have-data", "group", "effect-size", "nan-strategy"];
var EFFECT_SIZE_KEYS = ["allowed-increase", "allowed-decrease", "critical-increase", "critical-decrease"];
function readCanaryJudgeSettings(value, where = "canary-judge") {
  if (value === void 0 || value === null) return void 0;
  const section = mapping(value, where, "a mapping with a list of metrics, e.g. canary-judge: {metrics: [{name: latency, canary: \u2026, stable: \u2026}]}");
  refuseUnknownKeys(section, SECTION_KEYS, where);
  const lookback = section.lookback ?? DEFAULTS.lookback;
  const step = section.step ?? DEFAULTS.step;
  const lookbackMs = duration(lookback, `${where}.lookback`);
  const stepMs = duration(step, `${where}.step`);
  if (stepMs > lookbackMs) {
    throw new UsageError(`${where}.step: got ${describe(step)}, longer than the lookback ${describe(lookback)}; expected a step shorter than the lookback (e.g. step: 30s with lookback: 10m gives 20 samples).`);
  }
  const passScore = score(section["pass-score"] ?? DEFAULTS.passScore, `${where}.pass-score`);
  const marginalScore = score(section["marginal-score"] ?? DEFAULTS.marginalScore, `${where}.marginal-score`);
  if (marginalScore > passScore) {
    throw new UsageError(`${where}.marginal-score: got ${marginalScore}, above pass-score ${passScore}; expected marginal-score \u2264 pass-score (Kayenta's usual pair is 75 and 95).`);
  }
  const metrics = metricList(section.metrics, `${where}.metrics`);
  const groupWeights = weights(section["group-weights"], `${where}.group-weights`, metrics);
  return { lookbackMs, stepMs, passScore, marginalScore, groupWeights, metrics };
}
function metricList(value, where) {
  if (!Array.isArray(value) || value.length === 0) {
    throw new UsageError(`${where}: got ${describe(value)}; expected a non-empty list of metrics, each with name, canary and stable (PromQL).`);
  }
  const metrics = value.map((entry, index) => metric(entry, `${where}.${index}`));
  const seen = /* @__PURE__ */ new Set();
  metrics.forEach((entry, index) => {
    if (seen.has(entry.name)) throw new UsageError(`${where}.${index}.name: '${entry.name}' is used by an earlier metric; expected each metric name once.`);
    seen.add(entry.name);
  });
  return metrics;
}
function metric(value, where) {
  const entry = mapping(value, where, "a mapping with name, canary and stable");
  refuseUnknownKeys(entry, METRIC_KEYS, where);
  const name = text(entry.name, `${where}.name`, "a metric name such as latency-p99");
  const effectSize = effectSizeBounds(entry["effect-size"], `${where}.effect-size`);
  return {
    name,
    canary: text(entry.canary, `${where}.canary`, "a PromQL query of the canary's series"),
    stable: text(entry.stable, `${where}.stable`, "a PromQL query of the stable's series"),
    direction: oneOf(entry.direction ?? "either", JUDGE_DIRECTIONS, `${where}.direction`),
    critical: flag(entry.critical ?? false, `${where}.critical`),
    mustHaveData: flag(entry["must-have-data"] ?? false, `${where}.must-have-data`),
    group: entry.group === void 0 ? name : text(entry.group, `${where}.group`, "a group name"),
    effectSize,
    nanStrategy: oneOf(entry["nan-strategy"] ?? "remove", NAN_STRATEGIES, `${where}.nan-strategy`)
  };
}
function effectSizeBounds(value, where) {
  const bounds = value === void 0 ? {} : mapping(value, where, "a mapping of allowed-increase, allowed-decrease, critical-increase, critical-decrease");
  refuseUnknownKeys(bounds, EFFECT_SIZE_KEYS, where);
  const allowedIncrease = ratio(bounds["allowed-increase"] ?? 1, `${where}.allowed-increase`, "a ratio \u2265 1 (1.1 allows the canary to be 10% higher)", (r) => r >= 1);
  const allowedDecrease = ratio(bounds["allowed-decrease"] ?? 1, `${where}.allowed-decrease`, "a ratio between 0 and 1 (0.9 allows the canary to be 10% lower)", (r) => r > 0 && r <= 1);
  const criticalIncrease = ratio(bounds["critical-increase"] ?? allowedIncrease, `${where}.critical-increase`, `a ratio \u2265 allowed-increase (${allowedIncrease})`, (r) => r >= allowedIncrease);
  const criticalDecrease = ratio(bounds["critical-decrease"] ?? allowedDecrease, `${where}.critical-decrease`, `a ratio between 0 and allowed-decrease (${allowedDecrease})`, (r) => r > 0 && r <= allowedDecrease);
  return { allowedIncrease, allowedDecrease, criticalIncrease, criticalDecrease };
}
function weights(value, where, metrics) {
  if (value === void 0) return {};
  const given = mapping(value, where, "a mapping of group name to weight in percent, e.g. {latency: 60, errors: 40}");
  const groups = [...new Set(metrics.map((entry) => entry.group))];
  let total = 0;
  for (const [group, weight] of Object.entries(given)) {
    if (!groups.includes(group)) throw new UsageError(`${where}.${group}: no metric is in group '${group}'; expected one of ${groups.join(", ")} (a metric's group, or its name when it has none).`);
    if (typeof weight !== "number" || !(weight > 0)) throw new UsageError(`${where}.${group}: got ${describe(weight)}; expected a weight in percent greater than 0.`);
    total += weight;
  }
  const unweighted = groups.filter((group) => !(group in given));
  if (unweighted.length === 0 && Math.abs(total - 100) > 1e-9) {
    throw new UsageError(`${where}: the weights add up to ${total}; expected 100 when every group has a weight (groups: ${groups.join(", ")}).`);
  }
  if (unweighted.length > 0 && total >= 100) {
    throw new UsageError(`${where}: the weights add up to ${total}, leaving nothing for ${unweighted.join(", ")}; expected less than 100, or a weight for every group adding up to 100.`);
  }
  return given;
}
function mapping(value, where, expected) {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value;
  throw new UsageError(`${where}: got ${describe(value)}; expected ${expected}.`);
}
function refuseUnknownKeys(value, allowed, where) {
  const unknown = Object.keys(value).find((key) => !allowed.includes(key));
  if (unknown !== void 0) throw new UsageError(`${where}: unknown key '${unknown}'. Allowed: ${allowed.join(", ")}.`);
}
function text(value, where, expected) {
  if (typeof value === "string" && value.trim() !== "") return value;
  throw new UsageError(`${where}: got ${describe(value)}; expected ${expected}.`);
}
function flag(value, where) {
  if (typeof value === "boolean") return value;
  throw new UsageError(`${where}: got ${describe(value)}; expected true or false.`);
}
function oneOf(value, allowed, where) {
  if (typeof value === "string" && allowed.includes(value)) return value;
  throw new UsageError(`${where}: got ${describe(value)}; expected one of ${allowed.join(", ")}.`);
}
function duration(value, where) {
  const ms = typeof value === "string" ? parseDuration(value) : void 0;
  if (ms !== void 0 && ms > 0) return ms;
  throw new UsageError(`${where}: got ${describe(value)}; expected a Go-style duration such as 30s, 10m or 1h30m.`);
}
function score(value, where) {
  if (typeof value === "number" && value >= 0 && value <= 100) return value;
  throw new UsageError(`${where}: got ${describe(value)}; expected a score from 0 to 100.`);
}
function ratio(value, where, expected, valid) {
  if (typeof value === "number" && Number.isFinite(value) && valid(value)) return value;
  throw new UsageError(`${where}: got ${describe(value)}; expected ${expected}.`);
}
function describe(value) {
  if (value === null || value === void 0) return "nothing";
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}

// src/rollout/status/step-kind.ts
var STEP_KINDS = ["setWeight", "pause", "experiment", "analysis", "setCanaryScale", "setHeaderRoute", "setMirrorRoute", "plugin"];
function stepKinds(step) {
  return STEP_KINDS.filter((kind) => step[kind] !== void 0);
}
function isIndefinitePause(step) {
  if (step.pause === void 0) return false;
  return typeof step.pause !== "object" || step.pause === null || !("duration" in step.pause) || step.pause.duration === void 0;
}

// node_modules/jsep/dist/jsep.js
var Hooks = class {
  /**
   * @callback HookCallback
   * @this {*|Jsep} this
   * @param {Jsep} env
   * @returns: void
   */
  /**
   * Adds the given callback to the list of callbacks for the given hook.
   *
   * The callback will be invoked when the hook it is registered for is run.
   *
   * One callback function can be registered to multiple hooks and the same hook multiple times.
   *
   * @param {string|object} name The name of the hook, or an object of callbacks keyed by name
   * @param {HookCallback|boolean} callback The callback function which is given environment variables.
   * @param {?boolean} [first=false] Will add the hook to the top of the list (defaults to the bottom)
   * @public
   */
  add(name, callback, first) {
    if (typeof arguments[0] != "string") {
      for (let name2 in arguments[0]) {
        this.add(name2, arguments[0][name2], arguments[1]);
      }
    } else {
      (Array.isArray(name) ? name : [name]).forEach(function(name2) {
        this[name2] = this[name2] || [];
        if (callback) {
          this[name2][first ? "unshift" : "push"](callback);
        }
      }, this);
    }
  }
  /**
   * Runs a hook invoking all registered callbacks with the given environment variables.
   *
   * Callbacks will be invoked synchronously and in the order in which they were registered.
   *
   * @param {string} name The name of the hook.
   * @param {Object<string, any>} env The environment variables of the hook passed to all callbacks registered.
   * @public
   */
  run(name, env) {
    this[name] = this[name] || [];
    this[name].forEach(function(callback) {
      callback.call(env && env.context ? env.context : env, env);
    });
  }
};
var Plugins = class {
  constructor(jsep2) {
    this.jsep = jsep2;
    this.registered = {};
  }
  /**
   * @callback PluginSetup
   * @this {Jsep} jsep
   * @returns: void
   */
  /**
   * Adds the given plugin(s) to the registry
   *
   * @param {object} plugins
   * @param {string} plugins.name The name of the plugin
   * @param {PluginSetup} plugins.init The init function
   * @public
   */
  register(...plugins) {
    plugins.forEach((plugin) => {
      if (typeof plugin !== "object" || !plugin.name || !plugin.init) {
        throw new Error("Invalid JSEP plugin format");
      }
      if (this.registered[plugin.name]) {
        return;
      }
      plugin.init(this.jsep);
      this.registered[plugin.name] = plugin;
    });
  }
};
var Jsep = class _Jsep {
  /**
   * @returns {string}
   */
  static get version() {
    return "1.6.0";
  }
  /**
   * @returns {string}
   */
  static toString() {
    return "JavaScript Expression Parser (JSEP) v" + _Jsep.version;
  }
  // ==================== CONFIG ================================
  /**
   * @method addUnaryOp
   * @param {string} op_name The name of the unary op to add
   * @returns {Jsep}
   */
  static addUnaryOp(op_name) {
    _Jsep.max_unop_len = Math.max(op_name.length, _Jsep.max_unop_len);
    _Jsep.unary_ops[op_name] = 1;
    return _Jsep;
  }
  /**
   * @method jsep.addBinaryOp
   * @param {string} op_name The name of the binary op to add
   * @param {number} precedence The precedence of the binary op (can be a float). Higher number = higher precedence
   * @param {boolean} [isRightAssociative=false] whether operator is right-associative
   * @returns {Jsep}
   */
  static addBinaryOp(op_name, precedence, isRightAssociative) {
    _Jsep.max_binop_len = Math.max(op_name.length, _Jsep.max_binop_len);
    _Jsep.binary_ops[op_name] = precedence;
    if (isRightAssociative) {
      _Jsep.right_associative.add(op_name);
    } else {
      _Jsep.right_associative.delete(op_name);
    }
    return _Jsep;
  }
  /**
   * @method addIdentifierChar
   * @param {string} char The additional character to treat as a valid part of an identifier
   * @returns {Jsep}
   */
  static addIdentifierChar(char) {
    _Jsep.additional_identifier_chars.add(char);
    return _Jsep;
  }
  /**
   * @method addLiteral
   * @param {string} literal_name The name of the literal to add
   * @param {*} literal_value The value of the literal
   * @returns {Jsep}
   */
  static addLiteral(literal_name, literal_value) {
    _Jsep.literals[literal_name] = literal_value;
    return _Jsep;
  }
  /**
   * @method removeUnaryOp
   * @param {string} op_name The name of the unary op to remove
   * @returns {Jsep}
   */
  static removeUnaryOp(op_name) {
    delete _Jsep.unary_ops[op_name];
    if (op_name.length === _Jsep.max_unop_len) {
      _Jsep.max_unop_len = _Jsep.getMaxKeyLen(_Jsep.unary_ops);
    }
    return _Jsep;
  }
  /**
   * @method removeAllUnaryOps
   * @returns {Jsep}
   */
  static removeAllUnaryOps() {
    _Jsep.unary_ops = {};
    _Jsep.max_unop_len = 0;
    return _Jsep;
  }
  /**
   * @method removeIdentifierChar
   * @param {string} char The additional character to stop treating as a valid part of an identifier
   * @returns {Jsep}
   */
  static removeIdentifierChar(char) {
    _Jsep.additional_identifier_chars.delete(char);
    return _Jsep;
  }
  /**
   * @method removeBinaryOp
   * @param {string} op_name The name of the binary op to remove
   * @returns {Jsep}
   */
  static removeBinaryOp(op_name) {
    delete _Jsep.binary_ops[op_name];
    if (op_name.length === _Jsep.max_binop_len) {
      _Jsep.max_binop_len = _Jsep.getMaxKeyLen(_Jsep.binary_ops);
    }
    _Jsep.right_associative.delete(op_name);
    return _Jsep;
  }
  /**
   * @method removeAllBinaryOps
   * @returns {Jsep}
   */
  static removeAllBinaryOps() {
    _Jsep.binary_ops = {};
    _Jsep.max_binop_len = 0;
    return _Jsep;
  }
  /**
   * @method removeLiteral
   * @param {string} literal_name The name of the literal to remove
   * @returns {Jsep}
   */
  static removeLiteral(literal_name) {
    delete _Jsep.literals[literal_name];
    return _Jsep;
  }
  /**
   * @method removeAllLiterals
   * @returns {Jsep}
   */
  static removeAllLiterals() {
    _Jsep.literals = {};
    return _Jsep;
  }
  // ==================== END CONFIG ============================
  /**
   * @returns {string}
   */
  get char() {
    return this.expr.charAt(this.index);
  }
  /**
   * @returns {number}
   */
  get code() {
    return this.expr.charCodeAt(this.index);
  }
  /**
   * @param {string} expr a string with the passed in express
   * @returns Jsep
   */
  constructor(expr) {
    this.expr = expr;
    this.index = 0;
  }
  /**
   * static top-level parser
   * @returns {jsep.Expression}
   */
  static parse(expr) {
    return new _Jsep(expr).parse();
  }
  /**
   * Get the longest key length of any object
   * @param {object} obj
   * @returns {number}
   */
  static getMaxKeyLen(obj) {
    return Math.max(0, ...Object.keys(obj).map((k) => k.length));
  }
  /**
   * `ch` is a character code in the next three functions
   * @param {number} ch
   * @returns {boolean}
   */
  static isDecimalDigit(ch) {
    return ch >= 48 && ch <= 57;
  }
  /**
   * Returns the precedence of a binary operator or `0` if it isn't a binary operator. Can be float.
   * @param {string} op_val
   * @returns {number}
   */
  static binaryPrecedence(op_val) {
    return _Jsep.binary_ops[op_val] || 0;
  }
  /**
   * Looks for start of identifier
   * @param {number} ch
   * @returns {boolean}
   */
  static isIdentifierStart(ch) {
    return ch >= 65 && ch <= 90 || // A...Z
    ch >= 97 && ch <= 122 || // a...z
    ch >= 128 && !_Jsep.binary_ops[String.fromCharCode(ch)] || // any non-ASCII that is not an operator
    _Jsep.additional_identifier_chars.has(String.fromCharCode(ch));
  }
  /**
   * @param {number} ch
   * @returns {boolean}
   */
  static isIdentifierPart(ch) {
    return _Jsep.isIdentifierStart(ch) || _Jsep.isDecimalDigit(ch);
  }
  /**
   * throw error at index of the expression
   * @param {string} message
   * @throws
   */
  throwError(message) {
    const error = new Error(message + " at character " + this.index);
    error.index = this.index;
    error.description = message;
    throw error;
  }
  /**
   * Run a given hook
   * @param {string} name
   * @param {jsep.Expression|false} [node]
   * @returns {?jsep.Expression}
   */
  runHook(name, node) {
    if (_Jsep.hooks[name]) {
      const env = { context: this, node };
      _Jsep.hooks.run(name, env);
      return env.node;
    }
    return node;
  }
  /**
   * Runs a given hook until one returns a node
   * @param {string} name
   * @returns {?jsep.Expression}
   */
  searchHook(name) {
    if (_Jsep.hooks[name]) {
      const env = { context: this };
      _Jsep.hooks[name].find(function(callback) {
        callback.call(env.context, env);
        return env.node;
      });
      return env.node;
    }
  }
  /**
   * Push `index` up to the next non-space character
   */
  gobbleSpaces() {
    let ch = this.code;
    while (ch === _Jsep.SPACE_CODE || ch === _Jsep.TAB_CODE || ch === _Jsep.LF_CODE || ch === _Jsep.CR_CODE) {
      ch = this.expr.charCodeAt(++this.index);
    }
    this.runHook("gobble-spaces");
  }
  /**
   * Top-level method to parse all expressions and returns compound or single node
   * @returns {jsep.Expression}
   */
  parse() {
    this.runHook("before-all");
    const nodes = this.gobbleExpressions();
    const node = nodes.length === 1 ? nodes[0] : {
      type: _Jsep.COMPOUND,
      body: nodes
    };
    return this.runHook("after-all", node);
  }
  /**
   * top-level parser (but can be reused within as well)
   * @param {number} [untilICode]
   * @returns {jsep.Expression[]}
   */
  gobbleExpressions(untilICode) {
    let nodes = [], ch_i, node;
    while (this.index < this.expr.length) {
      ch_i = this.code;
      if (ch_i === _Jsep.SEMCOL_CODE || ch_i === _Jsep.COMMA_CODE) {
        this.index++;
      } else {
        if (node = this.gobbleExpression()) {
          nodes.push(node);
        } else if (this.index < this.expr.length) {
          if (ch_i === untilICode) {
            break;
          }
          this.throwError('Unexpected "' + this.char + '"');
        }
      }
    }
    return nodes;
  }
  /**
   * The main parsing function.
   * @returns {?jsep.Expression}
   */
  gobbleExpression() {
    const node = this.searchHook("gobble-expression") || this.gobbleBinaryExpression();
    this.gobbleSpaces();
    return this.runHook("after-expression", node);
  }
  /**
   * Search for the operation portion of the string (e.g. `+`, `===`)
   * Start by taking the longest possible binary operations (3 characters: `===`, `!==`, `>>>`)
   * and move down from 3 to 2 to 1 character until a matching binary operation is found
   * then, return that binary operation
   * @returns {string|boolean}
   */
  gobbleBinaryOp() {
    this.gobbleSpaces();
    let to_check = this.expr.substr(this.index, _Jsep.max_binop_len);
    let tc_len = to_check.length;
    while (tc_len > 0) {
      if (_Jsep.binary_ops.hasOwnProperty(to_check) && (!_Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
        this.index += tc_len;
        return to_check;
      }
      to_check = to_check.substr(0, --tc_len);
    }
    return false;
  }
  /**
   * This function is responsible for gobbling an individual expression,
   * e.g. `1`, `1+2`, `a+(b*2)-Math.sqrt(2)`
   * @returns {?jsep.BinaryExpression}
   */
  gobbleBinaryExpression() {
    let node, biop, prec, stack, biop_info, left, right, i, cur_biop;
    left = this.gobbleToken();
    if (!left) {
      return left;
    }
    biop = this.gobbleBinaryOp();
    if (!biop) {
      return left;
    }
    biop_info = { value: biop, prec: _Jsep.binaryPrecedence(biop), right_a: _Jsep.right_associative.has(biop) };
    right = this.gobbleToken();
    if (!right) {
      this.throwError("Expected expression after " + biop);
    }
    stack = [left, biop_info, right];
    while (biop = this.gobbleBinaryOp()) {
      prec = _Jsep.binaryPrecedence(biop);
      if (prec === 0) {
        this.index -= biop.length;
        break;
      }
      biop_info = { value: biop, prec, right_a: _Jsep.right_associative.has(biop) };
      cur_biop = biop;
      const comparePrev = (prev) => biop_info.right_a && prev.right_a ? prec > prev.prec : prec <= prev.prec;
      while (stack.length > 2 && comparePrev(stack[stack.length - 2])) {
        right = stack.pop();
        biop = stack.pop().value;
        left = stack.pop();
        node = {
          type: _Jsep.BINARY_EXP,
          operator: biop,
          left,
          right
        };
        stack.push(node);
      }
      node = this.gobbleToken();
      if (!node) {
        this.throwError("Expected expression after " + cur_biop);
      }
      stack.push(biop_info, node);
    }
    i = stack.length - 1;
    node = stack[i];
    while (i > 1) {
      node = {
        type: _Jsep.BINARY_EXP,
        operator: stack[i - 1].value,
        left: stack[i - 2],
        right: node
      };
      i -= 2;
    }
    return node;
  }
  /**
   * An individual part of a binary expression:
   * e.g. `foo.bar(baz)`, `1`, `"abc"`, `(a % 2)` (because it's in parenthesis)
   * @returns {boolean|jsep.Expression}
   */
  gobbleToken() {
    let ch, to_check, tc_len, node;
    this.gobbleSpaces();
    node = this.searchHook("gobble-token");
    if (node) {
      return this.runHook("after-token", node);
    }
    ch = this.code;
    if (_Jsep.isDecimalDigit(ch) || ch === _Jsep.PERIOD_CODE) {
      return this.gobbleNumericLiteral();
    }
    if (ch === _Jsep.SQUOTE_CODE || ch === _Jsep.DQUOTE_CODE) {
      node = this.gobbleStringLiteral();
    } else if (ch === _Jsep.OBRACK_CODE) {
      node = this.gobbleArray();
    } else {
      to_check = this.expr.substr(this.index, _Jsep.max_unop_len);
      tc_len = to_check.length;
      while (tc_len > 0) {
        if (_Jsep.unary_ops.hasOwnProperty(to_check) && (!_Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
          this.index += tc_len;
          const argument = this.gobbleToken();
          if (!argument) {
            this.throwError("missing unaryOp argument");
          }
          return this.runHook("after-token", {
            type: _Jsep.UNARY_EXP,
            operator: to_check,
            argument,
            prefix: true
          });
        }
        to_check = to_check.substr(0, --tc_len);
      }
      if (_Jsep.isIdentifierStart(ch)) {
        node = this.gobbleIdentifier();
        if (_Jsep.literals.hasOwnProperty(node.name)) {
          node = {
            type: _Jsep.LITERAL,
            value: _Jsep.literals[node.name],
            raw: node.name
          };
        } else if (node.name === _Jsep.this_str) {
          node = { type: _Jsep.THIS_EXP };
        }
      } else if (ch === _Jsep.OPAREN_CODE) {
        node = this.gobbleGroup();
      }
    }
    if (!node) {
      return this.runHook("after-token", false);
    }
    node = this.gobbleTokenProperty(node);
    return this.runHook("after-token", node);
  }
  /**
   * Gobble properties of of identifiers/strings/arrays/groups.
   * e.g. `foo`, `bar.baz`, `foo['bar'].baz`
   * It also gobbles function calls:
   * e.g. `Math.acos(obj.angle)`
   * @param {jsep.Expression} node
   * @returns {jsep.Expression}
   */
  gobbleTokenProperty(node) {
    this.gobbleSpaces();
    let ch = this.code;
    while (ch === _Jsep.PERIOD_CODE || ch === _Jsep.OBRACK_CODE || ch === _Jsep.OPAREN_CODE || ch === _Jsep.QUMARK_CODE) {
      let optional;
      if (ch === _Jsep.QUMARK_CODE) {
        if (this.expr.charCodeAt(this.index + 1) !== _Jsep.PERIOD_CODE) {
          break;
        }
        optional = true;
        this.index += 2;
        this.gobbleSpaces();
        ch = this.code;
      }
      this.index++;
      if (ch === _Jsep.OBRACK_CODE) {
        node = {
          type: _Jsep.MEMBER_EXP,
          computed: true,
          object: node,
          property: this.gobbleExpression()
        };
        if (!node.property) {
          this.throwError('Unexpected "' + this.char + '"');
        }
        this.gobbleSpaces();
        ch = this.code;
        if (ch !== _Jsep.CBRACK_CODE) {
          this.throwError("Unclosed [");
        }
        this.index++;
      } else if (ch === _Jsep.OPAREN_CODE) {
        node = {
          type: _Jsep.CALL_EXP,
          "arguments": this.gobbleArguments(_Jsep.CPAREN_CODE),
          callee: node
        };
      } else if (ch === _Jsep.PERIOD_CODE || optional) {
        if (optional) {
          this.index--;
        }
        this.gobbleSpaces();
        node = {
          type: _Jsep.MEMBER_EXP,
          computed: false,
          object: node,
          property: this.gobbleIdentifier()
        };
      }
      if (optional) {
        node.optional = true;
      }
      this.gobbleSpaces();
      ch = this.code;
    }
    return node;
  }
  /**
   * Parse simple numeric literals: `12`, `3.4`, `.5`. Do this by using a string to
   * keep track of everything in the numeric literal and then calling `parseFloat` on that string
   * @returns {jsep.Literal}
   */
  gobbleNumericLiteral() {
    let number = "", ch, chCode;
    while (_Jsep.isDecimalDigit(this.code)) {
      number += this.expr.charAt(this.index++);
    }
    if (this.code === _Jsep.PERIOD_CODE) {
      number += this.expr.charAt(this.index++);
      while (_Jsep.isDecimalDigit(this.code)) {
        number += this.expr.charAt(this.index++);
      }
    }
    ch = this.char;
    if (ch === "e" || ch === "E") {
      number += this.expr.charAt(this.index++);
      ch = this.char;
      if (ch === "+" || ch === "-") {
        number += this.expr.charAt(this.index++);
      }
      while (_Jsep.isDecimalDigit(this.code)) {
        number += this.expr.charAt(this.index++);
      }
      if (!_Jsep.isDecimalDigit(this.expr.charCodeAt(this.index - 1))) {
        this.throwError("Expected exponent (" + number + this.char + ")");
      }
    }
    chCode = this.code;
    if (_Jsep.isIdentifierStart(chCode)) {
      this.throwError("Variable names cannot start with a number (" + number + this.char + ")");
    } else if (chCode === _Jsep.PERIOD_CODE || number.length === 1 && number.charCodeAt(0) === _Jsep.PERIOD_CODE) {
      this.throwError("Unexpected period");
    }
    return {
      type: _Jsep.LITERAL,
      value: parseFloat(number),
      raw: number
    };
  }
  /**
   * Parses a string literal, staring with single or double quotes with basic support for escape codes
   * e.g. `"hello world"`, `'this is\nJSEP'`
   * @returns {jsep.Literal}
   */
  gobbleStringLiteral() {
    let str = "";
    const startIndex = this.index;
    const quote = this.expr.charAt(this.index++);
    let closed = false;
    while (this.index < this.expr.length) {
      let ch = this.expr.charAt(this.index++);
      if (ch === quote) {
        closed = true;
        break;
      } else if (ch === "\\") {
        ch = this.expr.charAt(this.index++);
        switch (ch) {
          case "n":
            str += "\n";
            break;
          case "r":
            str += "\r";
            break;
          case "t":
            str += "	";
            break;
          case "b":
            str += "\b";
            break;
          case "f":
            str += "\f";
            break;
          case "v":
            str += "\v";
            break;
          default:
            str += ch;
        }
      } else {
        str += ch;
      }
    }
    if (!closed) {
      this.throwError('Unclosed quote after "' + str + '"');
    }
    return {
      type: _Jsep.LITERAL,
      value: str,
      raw: this.expr.substring(startIndex, this.index)
    };
  }
  /**
   * Gobbles only identifiers
   * e.g.: `foo`, `_value`, `$x1`
   * Also, this function checks if that identifier is a literal:
   * (e.g. `true`, `false`, `null`) or `this`
   * @returns {jsep.Identifier}
   */
  gobbleIdentifier() {
    let ch = this.code, start = this.index;
    if (_Jsep.isIdentifierStart(ch)) {
      this.index++;
    } else {
      this.throwError("Unexpected " + this.char);
    }
    while (this.index < this.expr.length) {
      ch = this.code;
      if (_Jsep.isIdentifierPart(ch)) {
        this.index++;
      } else {
        break;
      }
    }
    return {
      type: _Jsep.IDENTIFIER,
      name: this.expr.slice(start, this.index)
    };
  }
  /**
   * Gobbles a list of arguments within the context of a function call
   * or array literal. This function also assumes that the opening character
   * `(` or `[` has already been gobbled, and gobbles expressions and commas
   * until the terminator character `)` or `]` is encountered.
   * e.g. `foo(bar, baz)`, `my_func()`, or `[bar, baz]`
   * @param {number} termination
   * @returns {jsep.Expression[]}
   */
  gobbleArguments(termination) {
    const args = [];
    let closed = false;
    let separator_count = 0;
    while (this.index < this.expr.length) {
      this.gobbleSpaces();
      let ch_i = this.code;
      if (ch_i === termination) {
        closed = true;
        this.index++;
        if (termination === _Jsep.CPAREN_CODE && separator_count && separator_count >= args.length) {
          this.throwError("Unexpected token " + String.fromCharCode(termination));
        }
        break;
      } else if (ch_i === _Jsep.COMMA_CODE) {
        this.index++;
        separator_count++;
        if (separator_count !== args.length) {
          if (termination === _Jsep.CPAREN_CODE) {
            this.throwError("Unexpected token ,");
          } else if (termination === _Jsep.CBRACK_CODE) {
            for (let arg = args.length; arg < separator_count; arg++) {
              args.push(null);
            }
          }
        }
      } else if (args.length !== separator_count && separator_count !== 0) {
        this.throwError("Expected comma");
      } else {
        const node = this.gobbleExpression();
        if (!node || node.type === _Jsep.COMPOUND) {
          this.throwError("Expected comma");
        }
        args.push(node);
      }
    }
    if (!closed) {
      this.throwError("Expected " + String.fromCharCode(termination));
    }
    return args;
  }
  /**
   * Responsible for parsing a group of things within parentheses `()`
   * that have no identifier in front (so not a function call)
   * This function assumes that it needs to gobble the opening parenthesis
   * and then tries to gobble everything within that parenthesis, assuming
   * that the next thing it should see is the close parenthesis. If not,
   * then the expression probably doesn't have a `)`
   * @returns {boolean|jsep.Expression}
   */
  gobbleGroup() {
    this.index++;
    let nodes = this.gobbleExpressions(_Jsep.CPAREN_CODE);
    if (this.code === _Jsep.CPAREN_CODE) {
      this.index++;
      if (nodes.length === 1) {
        return nodes[0];
      } else if (!nodes.length) {
        return false;
      } else {
        return {
          type: _Jsep.SEQUENCE_EXP,
          expressions: nodes
        };
      }
    } else {
      this.throwError("Unclosed (");
    }
  }
  /**
   * Responsible for parsing Array literals `[1, 2, 3]`
   * This function assumes that it needs to gobble the opening bracket
   * and then tries to gobble the expressions as arguments.
   * @returns {jsep.ArrayExpression}
   */
  gobbleArray() {
    this.index++;
    return {
      type: _Jsep.ARRAY_EXP,
      elements: this.gobbleArguments(_Jsep.CBRACK_CODE)
    };
  }
};
var hooks = new Hooks();
Object.assign(Jsep, {
  hooks,
  plugins: new Plugins(Jsep),
  // Node Types
  // ----------
  // This is the full set of types that any JSEP node can be.
  // Store them here to save space when minified
  COMPOUND: "Compound",
  SEQUENCE_EXP: "SequenceExpression",
  IDENTIFIER: "Identifier",
  MEMBER_EXP: "MemberExpression",
  LITERAL: "Literal",
  THIS_EXP: "ThisExpression",
  CALL_EXP: "CallExpression",
  UNARY_EXP: "UnaryExpression",
  BINARY_EXP: "BinaryExpression",
  ARRAY_EXP: "ArrayExpression",
  TAB_CODE: 9,
  LF_CODE: 10,
  CR_CODE: 13,
  SPACE_CODE: 32,
  PERIOD_CODE: 46,
  // '.'
  COMMA_CODE: 44,
  // ','
  SQUOTE_CODE: 39,
  // single quote
  DQUOTE_CODE: 34,
  // double quotes
  OPAREN_CODE: 40,
  // (
  CPAREN_CODE: 41,
  // )
  OBRACK_CODE: 91,
  // [
  CBRACK_CODE: 93,
  // ]
  QUMARK_CODE: 63,
  // ?
  SEMCOL_CODE: 59,
  // ;
  COLON_CODE: 58,
  // :
  // Operations
  // ----------
  // Use a quickly-accessible map to store all of the unary operators
  // Values are set to `1` (it really doesn't matter)
  unary_ops: {
    "-": 1,
    "!": 1,
    "~": 1,
    "+": 1
  },
  // Also use a map for the binary operations but set their values to their
  // binary precedence for quick reference (higher number = higher precedence)
  // see [Order of operations](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Operator_Precedence)
  binary_ops: {
    "||": 1,
    "??": 1,
    "&&": 2,
    "|": 3,
    "^": 4,
    "&": 5,
    "==": 6,
    "!=": 6,
    "===": 6,
    "!==": 6,
    "<": 7,
    ">": 7,
    "<=": 7,
    ">=": 7,
    "<<": 8,
    ">>": 8,
    ">>>": 8,
    "+": 9,
    "-": 9,
    "*": 10,
    "/": 10,
    "%": 10,
    "**": 11
  },
  // sets specific binary_ops as right-associative
  right_associative: /* @__PURE__ */ new Set(["**"]),
  // Additional valid identifier chars, apart from a-z, A-Z and 0-9 (except on the starting char)
  additional_identifier_chars: /* @__PURE__ */ new Set(["$", "_"]),
  // Literals
  // ----------
  // Store the values to return for the various literals we may encounter
  literals: {
    "true": true,
    "false": false,
    "null": null
  },
  // Except for `this`, which is special. This could be changed to something like `'self'` as well
  this_str: "this"
});
Jsep.max_unop_len = Jsep.getMaxKeyLen(Jsep.unary_ops);
Jsep.max_binop_len = Jsep.getMaxKeyLen(Jsep.binary_ops);
var jsep = (expr) => new Jsep(expr).parse();
var stdClassProps = Object.getOwnPropertyNames(class Test {
});
Object.getOwnPropertyNames(Jsep).filter((prop) => !stdClassProps.includes(prop) && jsep[prop] === void 0).forEach((m) => {
  jsep[m] = Jsep[m];
});
jsep.Jsep = Jsep;
var CONDITIONAL_EXP = "ConditionalExpression";
var ternary = {
  name: "ternary",
  init(jsep2) {
    jsep2.hooks.add("after-expression", function gobbleTernary(env) {
      if (env.node && this.code === jsep2.QUMARK_CODE) {
        this.index++;
        const test = env.node;
        const consequent = this.gobbleExpression();
        if (!consequent) {
          this.throwError("Expected expression");
        }
        this.gobbleSpaces();
        if (this.code === jsep2.COLON_CODE) {
          this.index++;
          const alternate = this.gobbleExpression();
          if (!alternate) {
            this.throwError("Expected expression");
          }
          env.node = {
            type: CONDITIONAL_EXP,
            test,
            consequent,
            alternate
          };
          if (test.operator && jsep2.binary_ops[test.operator] <= 0.9) {
            let newTest = test;
            while (newTest.right.operator && jsep2.binary_ops[newTest.right.operator] <= 0.9) {
              newTest = newTest.right;
            }
            env.node.test = newTest.right;
            newTest.right = env.node;
            env.node = test;
          }
        } else {
          this.throwError("Expected :");
        }
      }
    });
  }
};
jsep.plugins.register(ternary);

// src/rollout/expr/expr-syntax.ts
var BINARY_PRECEDENCE = [
  ["or", 10],
  ["||", 10],
  ["and", 15],
  ["&&", 15],
  ["==", 20],
  ["!=", 20],
  ["<", 20],
  [">", 20],
  ["<=", 20],
  [">=", 20],
  ["in", 20],
  ["not in", 20],
  ["matches", 20],
  ["not matches", 20],
  ["contains", 20],
  ["not contains", 20],
  ["startsWith", 20],
  ["not startsWith", 20],
  ["endsWith", 20],
  ["not endsWith", 20],
  ["+", 30],
  ["-", 30],
  ["*", 60],
  ["/", 60],
  ["%", 60],
  ["??", 500]
];
var RIGHT_ASSOCIATIVE_POWER = [
  ["**", 100],
  ["^", 100]
];
var UNARY_OPERATORS = ["not", "!", "-", "+"];
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_PAREN = 40;
var CLOSE_PAREN = 41;
function configureJsep() {
  jsep.removeAllBinaryOps();
  jsep.removeAllUnaryOps();
  jsep.removeAllLiterals();
  for (const [operator, precedence] of BINARY_PRECEDENCE) jsep.addBinaryOp(operator, precedence);
  for (const [operator, precedence] of RIGHT_ASSOCIATIVE_POWER) jsep.addBinaryOp(operator, precedence, true);
  for (const operator of UNARY_OPERATORS) jsep.addUnaryOp(operator);
  jsep.addLiteral("true", true);
  jsep.addLiteral("false", false);
  jsep.addLiteral("nil", null);
  jsep.addIdentifierChar("#");
  jsep.plugins.register({
    name: "expr-lang-closures-and-groups",
    init() {
      jsep.hooks.add("gobble-token", function gobbleClosureOrGroup(env) {
        if (isAt(this, OPEN_BRACE)) {
          this.index++;
          const body = this.gobbleExpression();
          this.gobbleSpaces();
          if (!body) this.throwError("Expected a predicate inside { }");
          if (!isAt(this, CLOSE_BRACE)) this.throwError("Unclosed {");
          this.index++;
          env.node = { type: "Closure", body };
          return;
        }
        if (isAt(this, OPEN_PAREN)) {
          this.index++;
          const expression = this.gobbleExpression();
          this.gobbleSpaces();
          if (!expression) this.throwError("Expected an expression inside ( )");
          if (!isAt(this, CLOSE_PAREN)) this.throwError("Unclosed (");
          this.index++;
          env.node = this.gobbleTokenProperty({ type: "Group", expression });
        }
      });
    }
  });
}
configureJsep();
function isAt(scope, code) {
  return scope.code === code;
}
function parseCondition(source) {
  let ast;
  try {
    ast = jsep(source);
  } catch (error) {
    const { description, index } = error;
    return { ok: false, message: description ?? String(error), offset: index ?? 0 };
  }
  if (ast.type === "Compound") {
    const parts = ast.body.length;
    if (parts === 0) return { ok: false, message: "Empty expression" };
    return { ok: false, message: `Expected one expression, found ${parts} side by side` };
  }
  return { ok: true, ast };
}
function syntaxErrorText(error) {
  return error.offset === void 0 ? error.message : `${error.message} at offset ${error.offset}`;
}
var UNCOVERED_SYNTAX = [
  /`/,
  /\.\./,
  /(?<!\|)\|(?!\|)/,
  /\[[^\]]*:/,
  /\{\s*["']?\w+["']?\s*:/,
  /(?:^|[\s(,{!])\.[A-Za-z_]/,
  /\blet\b/,
  /\$env/,
  /\b0[xXoObB]/,
  /\d_\d/,
  /\/\/|\/\*/,
  // `not in` and its kin parse only with a single space between the words.
  /\bnot(?! (?:in|matches|contains|startsWith|endsWith)\b)\s+(?:in|matches|contains|startsWith|endsWith)\b/
];
function usesUncoveredSyntax(source) {
  return UNCOVERED_SYNTAX.some((pattern) => pattern.test(source));
}

export {
  parseCondition,
  syntaxErrorText,
  usesUncoveredSyntax,
  STEP_KINDS,
  stepKinds,
  isIndefinitePause,
  parseDuration,
  VERDICT_RULES,
  PROBE_RULES,
  METRIC_RULES,
  formatNumber,
  JUDGE_RULES,
  JUDGE_DIRECTIONS,
  NAN_STRATEGIES,
  readCanaryJudgeSettings
};
