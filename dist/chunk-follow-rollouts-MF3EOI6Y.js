import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  argoResult,
  argoValueText,
  evaluateCondition,
  measurementPhase,
  prometheusClient,
  substituteArgs,
  urlWithoutCredentials
} from "./chunk-chunk-QHPGG2HT.js";
import {
  ANALYSIS_RUNS,
  CANARIES,
  ClusterReadError,
  DEPLOYMENTS,
  REPLICA_SETS,
  ROLLOUTS,
  canaryAnalyses,
  clusterReadError,
  displayServer,
  kubeObjectApi,
  resolveAnalysisArgs
} from "./chunk-chunk-TRF5HZMN.js";
import {
  ObjectCustomObjectsApi
} from "./chunk-chunk-3BAFH7UG.js";
import "./chunk-chunk-V4K7GZ5P.js";
import {
  JUDGE_RULES,
  METRIC_RULES,
  PROBE_RULES,
  VERDICT_RULES,
  formatNumber,
  isIndefinitePause,
  parseDuration,
  readCanaryJudgeSettings,
  stepKinds
} from "./chunk-chunk-45LV6IBN.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";
import {
  severityFor
} from "./chunk-chunk-UM3XXW2D.js";
import {
  rulesOf
} from "./chunk-chunk-AE2HRXUO.js";
import "./chunk-chunk-SZAZ6YND.js";

// src/rollout/cluster/follow-rollouts.ts
import { createHash as createHash2 } from "node:crypto";

// src/rollout/status/canary-progress.ts
var FULL_WEIGHT = 100;
function canaryProgress(rollout, availableCanaryPods) {
  const canary = rollout.spec?.strategy?.canary;
  if (!canary) return void 0;
  const steps = canary.steps ?? [];
  const status = rollout.status ?? {};
  const maxWeight = canary.trafficRouting?.maxTrafficWeight ?? FULL_WEIGHT;
  const stepIndex = status.currentStepIndex ?? 0;
  const allDone = steps.length === 0 || stepIndex >= steps.length;
  const desiredWeight = status.abort === true ? 0 : allDone ? maxWeight : lastWeightUpTo(rollout, stepIndex);
  const kinds = steps.map((step) => {
    const set = stepKinds(step);
    return set.length === 1 ? set[0] : "invalid";
  });
  const current = steps[stepIndex];
  const atIndefinitePause = current !== void 0 && isIndefinitePause(current);
  return { stepIndex, total: steps.length, kinds, atIndefinitePause, desiredWeight, actualWeight: actualWeight(rollout, allDone, maxWeight, desiredWeight, availableCanaryPods) };
}
function lastWeightUpTo(rollout, stepIndex) {
  const steps = rollout.spec?.strategy?.canary?.steps ?? [];
  for (let index = Math.min(stepIndex, steps.length - 1); index >= 0; index -= 1) {
    const weight = steps[index].setWeight;
    if (weight !== void 0) return weight;
  }
  return 0;
}
function actualWeight(rollout, allDone, maxWeight, desired, availableCanaryPods) {
  if (allDone) return maxWeight;
  if (rollout.spec?.strategy?.canary?.trafficRouting) return rollout.status?.canary?.weights?.canary?.weight ?? desired;
  const available = rollout.status?.availableReplicas ?? 0;
  if (availableCanaryPods === void 0) return void 0;
  if (available === 0) return 0;
  return Math.trunc(availableCanaryPods * FULL_WEIGHT / available);
}

// src/rollout/status/canary-step-summary.ts
function summarizeCanarySteps(steps) {
  return steps.map((step) => {
    const kinds = stepKinds(step);
    if (kinds.length !== 1) return { kind: "invalid" };
    const [kind] = kinds;
    if (kind === "setWeight") return { kind, weight: step.setWeight };
    if (kind === "pause") return pauseSummary(step.pause);
    if (kind === "analysis" || kind === "experiment") return { kind, templates: templateNames(step[kind]) };
    if (kind === "setCanaryScale") return scaleSummary(step.setCanaryScale);
    return { kind };
  });
}
function pauseSummary(pause) {
  const duration2 = typeof pause === "object" && pause !== null ? pause.duration : void 0;
  return typeof duration2 === "string" || typeof duration2 === "number" ? { kind: "pause", duration: duration2 } : { kind: "pause" };
}
function scaleSummary(scale) {
  return typeof scale?.weight === "number" ? { kind: "setCanaryScale", weight: scale.weight } : { kind: "setCanaryScale" };
}
function templateNames(block) {
  const templates = Array.isArray(block?.templates) ? block.templates : [];
  return templates.flatMap((template) => {
    if (typeof template !== "object" || template === null) return [];
    const { templateName, name } = template;
    const label = typeof templateName === "string" ? templateName : name;
    return typeof label === "string" ? [label] : [];
  });
}

// src/rollout/cluster/rollout-stats.ts
function followedStats(outcome) {
  const { ref, phase, message, ending, needsPromotion: needsPromotion2 } = outcome;
  return { name: ref.name, namespace: ref.namespace, phase, message, ending, needsPromotion: needsPromotion2 };
}
function rolloutStats(outcome) {
  const replicaSets = outcome.replicaSets;
  const availableCanaryPods = replicaSets?.known ? replicaSets.value.canary?.available : void 0;
  const progress = canaryProgress(outcome.rollout, availableCanaryPods);
  const unknown = {};
  if (outcome.analysisRuns?.known === false) unknown.analysisRuns = outcome.analysisRuns.reason;
  if (replicaSets?.known === false) unknown.replicaSets = replicaSets.reason;
  const canary = outcome.rollout.status?.canary ?? {};
  const runs = [
    ["Step", canary.currentStepAnalysisRunStatus],
    ["Background", canary.currentBackgroundAnalysisRunStatus]
  ];
  return {
    kind: "Rollout",
    ...followedStats(outcome),
    step: progress?.stepIndex,
    steps: progress?.total,
    weights: progress ? { desired: progress.desiredWeight, actual: progress.actualWeight ?? (replicaSets?.known === false ? "unknown" : void 0) } : void 0,
    stepList: progress ? summarizeCanarySteps(outcome.rollout.spec?.strategy?.canary?.steps ?? []) : void 0,
    analysisRuns: outcome.analysisRuns?.known ? outcome.analysisRuns.value : runs.flatMap(([type, run]) => {
      if (typeof run !== "object" || run === null) return [];
      const { name, status, message } = run;
      return [{ type, name: name ?? "", status: status ?? "", message: message ?? "" }];
    }),
    replicaSets: replicaSets === void 0 ? {} : replicaSets.known ? replicaSets.value : "unknown",
    ...Object.keys(unknown).length > 0 ? { unknown } : {}
  };
}

// src/rollout/flagger/canary-stats.ts
function canaryStats(outcome) {
  return {
    kind: "Canary",
    ...followedStats(outcome),
    weights: { actual: outcome.canary.status?.canaryWeight ?? 0 },
    failedChecks: outcome.failedChecks,
    threshold: outcome.threshold,
    revision: outcome.revision,
    stepList: [],
    analysisRuns: [],
    ...outcome.revision.state === "unknown" ? { unknown: { revision: outcome.revision.detail } } : {}
  };
}

// src/rollout/cluster/object-shape.ts
var ROLLOUT_SHAPE = [
  ["metadata", "object"],
  ["spec", "object"],
  ["status", "object"],
  ["spec.strategy.canary.steps", "array"],
  ["status.phase", "string"],
  ["status.message", "string"],
  ["status.currentStepIndex", "number"],
  ["status.conditions", "array"],
  ["status.pauseConditions", "array"],
  ["status.abort", "boolean"],
  ["status.currentPodHash", "string"],
  ["status.stableRS", "string"]
];
var CANARY_SHAPE = [
  ["metadata", "object"],
  ["spec", "object"],
  ["status", "object"],
  ["spec.targetRef.name", "string"],
  ["spec.analysis.threshold", "number"],
  ["status.phase", "string"],
  ["status.failedChecks", "number"],
  ["status.canaryWeight", "number"],
  ["status.conditions", "array"]
];
function shapeProblem(object, spec) {
  if (typeof object !== "object" || object === null || Array.isArray(object)) return `the object is ${describe(object)}, expected a JSON object`;
  for (const [path, expected] of spec) {
    const value = path.split(".").reduce((parent, key) => typeof parent === "object" && parent !== null ? parent[key] : void 0, object);
    if (value === void 0 || value === null) continue;
    if (typeOf(value) !== expected) return `${path} is ${describe(value)}, expected ${expected === "array" ? "a list" : `a${expected === "object" ? "n" : ""} ${expected}`}`;
  }
  return void 0;
}
function assertWellFormed(kind, ref, object, spec) {
  const problem = shapeProblem(object, spec);
  if (problem === void 0) return;
  throw new Error(`${kind} '${ref.name}' in namespace '${ref.namespace}' is malformed: ${problem}; the check cannot judge it. Fix the object (kubectl get ${kind.toLowerCase()} ${ref.name} -n ${ref.namespace} -o yaml), or check the controller version that wrote it.`);
}
function typeOf(value) {
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  return type === "string" || type === "number" || type === "boolean" || type === "object" ? type : "other";
}
function describe(value) {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "string") return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value)})`;
  if (typeof value === "object") return "an object";
  return `a ${typeof value} (${String(value)})`;
}

// src/rollout/cluster/watch-to-ending.ts
var DEFAULT_RECONNECT_DELAY_MS = 250;
async function watchToEnding(api, resource, ref, first, judge, options) {
  return new Promise((resolve, reject) => {
    let latest = first;
    let lastLine = "";
    let handle;
    let finished = false;
    let judging = Promise.resolve();
    const finish = (outcome) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      clearInterval(monitorTimer);
      options.signal?.removeEventListener("abort", cancel);
      handle?.stop();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const fail = (error) => finish(error instanceof Error ? error : new Error(String(error)));
    const timer = setTimeout(() => finish({ object: latest, ending: "timeout" }), options.timeoutMs);
    const monitor = options.monitor;
    const monitorTimer = monitor ? setInterval(() => void monitor.tick().catch(fail), monitor.everyMs) : void 0;
    const cancel = () => fail(new Error(`stopped following ${resource.kind} '${ref.name}' in namespace '${ref.namespace}': ${String(options.signal?.reason ?? "cancelled")}`));
    if (options.signal?.aborted) cancel();
    options.signal?.addEventListener("abort", cancel, { once: true });
    const observe = (object) => {
      latest = object;
      judging = judging.then(async () => {
        if (finished) return;
        const judgement = await judge(object);
        if (judgement.line !== lastLine) options.log(judgement.line);
        lastLine = judgement.line;
        if (judgement.ending) finish({ object, ending: judgement.ending });
      });
      return judging.catch(fail);
    };
    const startWatch = async (resourceVersion) => {
      let gone = false;
      handle = await api.watch(
        resource,
        ref,
        resourceVersion,
        (event) => {
          if (event.kind === "gone") gone = true;
          else void observe(event.object);
        },
        (error) => {
          if (finished) return;
          if (error) return finish(error);
          setTimeout(() => void resume(gone), options.reconnectDelayMs ?? DEFAULT_RECONNECT_DELAY_MS);
        }
      );
      if (finished) handle.stop();
    };
    const resume = async (gone) => {
      if (finished) return;
      try {
        if (gone) {
          options.log(`${ref.namespace}/${ref.name}: watch expired (410 Gone); reading the ${resource.kind.toLowerCase()} again`);
          await observe(await api.get(resource, ref));
          if (finished) return;
        }
        await startWatch(latest.metadata?.resourceVersion);
      } catch (error) {
        fail(error);
      }
    };
    void observe(first).then(() => {
      if (!finished) void resume(false);
    });
  });
}

// src/rollout/flagger/canary-object.ts
var DEFAULT_THRESHOLD = 1;
function promotedCondition(canary) {
  return (canary.status?.conditions ?? []).find((condition) => condition.type === "Promoted");
}

// src/rollout/flagger/canary-phase.ts
var PROMOTED = /* @__PURE__ */ new Set(["Succeeded", "Initialized"]);
var FAILED = /* @__PURE__ */ new Set(["Failed", "Terminating", "Terminated"]);
function canaryPhase(canary) {
  return canary.status?.phase || "Initializing";
}
function canaryPhaseMeaning(canary) {
  const phase = canaryPhase(canary);
  if (PROMOTED.has(phase)) return "promoted";
  if (FAILED.has(phase)) return "failed";
  if (phase === "WaitingPromotion") return "waiting-promotion";
  return "in-progress";
}
function canaryMessage(canary) {
  return promotedCondition(canary)?.message ?? "";
}
function canaryEnding(canary, successOnPause) {
  const meaning = canaryPhaseMeaning(canary);
  if (meaning === "promoted") return "healthy";
  if (meaning === "failed") return "degraded";
  if (meaning === "waiting-promotion" && successOnPause) return "paused";
  return void 0;
}
function canaryProgressLine(ref, canary, threshold) {
  const message = canaryMessage(canary);
  const weight = canary.status?.canaryWeight;
  const checks = `failed checks ${canary.status?.failedChecks ?? 0}/${threshold}`;
  const hint = canaryPhaseMeaning(canary) === "waiting-promotion" ? " (waiting for the confirm-promotion webhook to approve)" : "";
  return `${ref.namespace}/${ref.name}: ${canaryPhase(canary)}${message ? ` - ${message}` : ""}, weight ${weight ?? 0}%, ${checks}${hint}`;
}

// src/rollout/cluster/readable.ts
var HTTP_FORBIDDEN = 403;
async function readOrUnknown(read) {
  try {
    return { known: true, value: await read() };
  } catch (error) {
    if (error instanceof ClusterReadError && error.status === HTTP_FORBIDDEN) return { known: false, reason: error.message };
    throw error;
  }
}

// src/rollout/flagger/canary-revision.ts
var PRIMARY_SUFFIX = "-primary";
async function canaryRevision(api, canary) {
  const namespace = canary.metadata?.namespace ?? "";
  const target = canary.spec?.targetRef?.name;
  if (!target) return { state: "unknown", detail: "spec.targetRef.name is not set" };
  const read = await readOrUnknown(
    () => Promise.all([api.get(DEPLOYMENTS, { namespace, name: target }), api.get(DEPLOYMENTS, { namespace, name: `${target}${PRIMARY_SUFFIX}` })])
  );
  if (!read.known) return { state: "unknown", detail: read.reason };
  const [targetImages, primaryImages] = read.value.map(containerImages);
  if (targetImages === primaryImages) return { state: "current", detail: `deployment '${target}${PRIMARY_SUFFIX}' runs the target's ${targetImages || "containers"}` };
  return {
    state: "stale",
    detail: `Flagger has not promoted the target's current pod template: deployment '${target}' runs ${targetImages || "no containers"}, '${target}${PRIMARY_SUFFIX}' runs ${primaryImages || "no containers"}`
  };
}
function containerImages(deployment) {
  return (deployment.spec?.template?.spec?.containers ?? []).map((container) => `${container.name ?? ""}=${container.image ?? ""}`).sort().join(", ");
}

// src/rollout/flagger/follow-canary.ts
var UNCHECKED = { state: "unchecked", detail: "checked only for a promotion" };
async function followCanary(api, ref, options, first) {
  const initial = first ?? await api.get(CANARIES, ref);
  let revision = UNCHECKED;
  const judge = async (canary2) => {
    assertWellFormed("Canary", ref, canary2, CANARY_SHAPE);
    const line = canaryProgressLine(ref, canary2, thresholdOf(canary2));
    const ending2 = canaryEnding(canary2, options.successOnPause);
    revision = ending2 === "healthy" ? await canaryRevision(api, canary2) : UNCHECKED;
    if (revision.state === "stale") return { line: `${line} (${revision.detail}; waiting)` };
    return { line, ending: ending2 };
  };
  const { object: canary, ending } = await watchToEnding(api, CANARIES, ref, initial, judge, options);
  return canaryOutcome(ref, canary, ending, revision);
}
function canaryOutcome(ref, canary, ending, revision) {
  return {
    ref,
    ending,
    canary,
    phase: canaryPhase(canary),
    message: canaryMessage(canary),
    failedChecks: canary.status?.failedChecks ?? 0,
    threshold: thresholdOf(canary),
    needsPromotion: canaryPhaseMeaning(canary) === "waiting-promotion",
    revision
  };
}
function thresholdOf(canary) {
  return canary.spec?.analysis?.threshold ?? DEFAULT_THRESHOLD;
}

// src/rollout/judge/stats/average-ranks.ts
function averageRanks(values) {
  const order = values.map((_, index) => index).sort((a, b) => values[a] - values[b]);
  const ranks = new Array(values.length);
  const tieSizes = [];
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && values[order[end]] === values[order[start]]) end++;
    const shared = (start + 1 + end) / 2;
    for (let position = start; position < end; position++) ranks[order[position]] = shared;
    tieSizes.push(end - start);
    start = end;
  }
  return { ranks, tieSizes };
}

// src/rollout/judge/stats/brent-root.ts
var DEFAULT_MAX_ITERATIONS = 1e3;
function brentRoot(f, search) {
  let a = search.lower;
  let b = search.upper;
  let fa = search.fLower;
  let fb = search.fUpper;
  let c = a;
  let fc = fa;
  if (fa === 0) return a;
  if (fb === 0) return b;
  const tolerance = search.tolerance;
  for (let remaining = (search.maxIterations ?? DEFAULT_MAX_ITERATIONS) + 1; remaining > 0; remaining--) {
    const previousStep = b - a;
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const actualTolerance = 2 * Number.EPSILON * Math.abs(b) + tolerance / 2;
    let step = (c - b) / 2;
    if (Math.abs(step) <= actualTolerance || fb === 0) return b;
    if (Math.abs(previousStep) >= actualTolerance && Math.abs(fa) > Math.abs(fb)) {
      const cb = c - b;
      let p;
      let q;
      if (a === c) {
        const t1 = fb / fa;
        p = cb * t1;
        q = 1 - t1;
      } else {
        q = fa / fc;
        const t1 = fb / fc;
        const t2 = fb / fa;
        p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1));
        q = (q - 1) * (t1 - 1) * (t2 - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (p < 0.75 * cb * q - Math.abs(actualTolerance * q) / 2 && p < Math.abs(previousStep * q / 2)) step = p / q;
    }
    if (Math.abs(step) < actualTolerance) step = step > 0 ? actualTolerance : -actualTolerance;
    a = b;
    fa = fb;
    b += step;
    fb = f(b);
    if (fb > 0 && fc > 0 || fb < 0 && fc < 0) {
      c = a;
      fc = fa;
    }
  }
  return b;
}

// src/rollout/judge/stats/normal-distribution.ts
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var SERIES_LIMIT = 3;
var CONTINUED_FRACTION_TERMS = 300;
function density(x) {
  return Math.exp(-0.5 * x * x) / SQRT_2PI;
}
function upperTailOfPositive(x) {
  if (x < SERIES_LIMIT) {
    let term = x;
    let sum = x;
    for (let k = 1; Math.abs(term) > Math.abs(sum) * Number.EPSILON; k++) {
      term *= x * x / (2 * k + 1);
      sum += term;
    }
    return 0.5 - density(x) * sum;
  }
  let fraction = x;
  for (let k = CONTINUED_FRACTION_TERMS; k >= 1; k--) fraction = x + k / fraction;
  return density(x) / fraction;
}
function normalUpperTail(x) {
  if (Number.isNaN(x)) return Number.NaN;
  return x >= 0 ? upperTailOfPositive(x) : 1 - upperTailOfPositive(-x);
}
function normalQuantile(p) {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return Number.NEGATIVE_INFINITY;
    if (p === 1) return Number.POSITIVE_INFINITY;
    return Number.NaN;
  }
  if (p === 0.5) return 0;
  if (p > 0.5) return -normalQuantile(1 - p);
  const t = Math.sqrt(-2 * Math.log(p));
  let x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 1308e-6 * t * t * t));
  for (let iteration = 0; iteration < 50; iteration++) {
    const error = upperTailOfPositive(-x) - p;
    const slope = density(x);
    const newton = error / slope;
    const step = newton / (1 + x * newton / 2);
    x -= step;
    if (Math.abs(step) <= Math.abs(x) * Number.EPSILON) break;
  }
  return x;
}

// src/rollout/judge/stats/wilcoxon-distribution.ts
var countCache = /* @__PURE__ */ new Map();
function wilcoxonCounts(m, n) {
  const key = `${m},${n}`;
  const cached = countCache.get(key);
  if (cached) return cached;
  let previous = Array.from({ length: n + 1 }, () => Float64Array.of(1));
  for (let i = 1; i <= m; i++) {
    const row = [Float64Array.of(1)];
    for (let j = 1; j <= n; j++) {
      const counts2 = new Float64Array(i * j + 1);
      const left = row[j - 1];
      for (let w = 0; w < left.length; w++) counts2[w] += left[w];
      const up = previous[j];
      for (let w = 0; w < up.length; w++) counts2[w + j] += up[w];
      row.push(counts2);
    }
    previous = row;
  }
  const result = previous[n];
  countCache.set(key, result);
  return result;
}
function total(counts2) {
  let sum = 0;
  for (const count of counts2) sum += count;
  return sum;
}
function wilcoxonCdf(q, m, n) {
  const counts2 = wilcoxonCounts(m, n);
  const all = total(counts2);
  const w = Math.floor(q + 1e-7);
  if (w < 0) return 0;
  if (w >= m * n) return 1;
  if (w <= m * n / 2) return tailSum(counts2, 0, w, all);
  return 1 - tailSum(counts2, 0, m * n - w - 1, all);
}
function wilcoxonUpperTail(q, m, n) {
  const counts2 = wilcoxonCounts(m, n);
  const all = total(counts2);
  const w = Math.floor(q + 1e-7);
  if (w < 0) return 1;
  if (w >= m * n) return 0;
  if (w > m * n / 2) return tailSum(counts2, 0, m * n - w - 1, all);
  return 1 - tailSum(counts2, 0, w, all);
}
function tailSum(counts2, from, to, all) {
  let p = 0;
  for (let w = from; w <= to; w++) p += counts2[w] / all;
  return p;
}
function wilcoxonQuantile(p, m, n) {
  const counts2 = wilcoxonCounts(m, n);
  const all = total(counts2);
  const target = p - 10 * Number.EPSILON;
  let cumulative = 0;
  for (let w = 0; w <= m * n; w++) {
    cumulative += counts2[w] / all;
    if (cumulative >= target) return w;
  }
  return m * n;
}

// src/rollout/judge/mann-whitney.ts
var DEFAULT_CONFIDENCE = 0.98;
var EXACT_LIMIT = 50;
var ROOT_TOLERANCE = 1e-4;
var UnboundedShiftError = class extends RangeError {
  name = "UnboundedShiftError";
};
function mannWhitney(x, y, confidence = DEFAULT_CONFIDENCE) {
  if (x.length === 0 || y.length === 0) throw new RangeError("mannWhitney needs at least one value in each sample");
  const { ranks, tieSizes } = averageRanks([...x, ...y]);
  const statistic = sumOfFirst(ranks, x.length) - x.length * (x.length + 1) / 2;
  const tied = tieSizes.length !== ranks.length;
  if (x.length < EXACT_LIMIT && y.length < EXACT_LIMIT && !tied) return exactTest(x, y, statistic, confidence);
  return normalTest(x, y, statistic, tieSizes, confidence);
}
function exactTest(x, y, statistic, confidence) {
  const m = x.length;
  const n = y.length;
  const oneSided = statistic > m * n / 2 ? wilcoxonUpperTail(statistic - 1, m, n) : wilcoxonCdf(statistic, m, n);
  const differences = x.flatMap((xi) => y.map((yj) => xi - yj)).sort((a, b) => a - b);
  const alpha = 1 - confidence;
  const qu = Math.max(1, wilcoxonQuantile(alpha / 2, m, n));
  const ql = m * n - qu;
  return {
    method: "exact",
    statistic,
    pValue: Math.min(2 * oneSided, 1),
    estimate: median(differences),
    confidenceInterval: [differences[qu - 1], differences[ql]]
  };
}
function normalTest(x, y, statistic, tieSizes, confidence) {
  const m = x.length;
  const n = y.length;
  const centred = statistic - m * n / 2;
  const z = (centred - Math.sign(centred) * 0.5) / tieCorrectedSigma(m, n, tieSizes);
  const pValue = 2 * normalUpperTail(Math.abs(z));
  const lowest = Math.min(...x) - Math.max(...y);
  const highest = Math.max(...x) - Math.min(...y);
  const corrected = (d) => standardisedShift(x, y, d, true);
  const atLowest = corrected(lowest);
  const atHighest = corrected(highest);
  if (Number.isNaN(atLowest) || Number.isNaN(atHighest)) throw new UnboundedShiftError("shifted onto each other, every value ties: each sample is one repeated value (to double precision)");
  const alpha = 1 - confidence;
  const crossing = (quantile2) => {
    const fLower = atLowest - quantile2;
    if (fLower <= 0) return lowest;
    const fUpper = atHighest - quantile2;
    if (fUpper >= 0) return highest;
    return brentRoot((d) => corrected(d) - quantile2, { lower: lowest, upper: highest, fLower, fUpper, tolerance: ROOT_TOLERANCE });
  };
  const quantile = halfAlphaQuantile(alpha);
  const lower = crossing(-quantile);
  const upper = crossing(quantile);
  const uncorrected = (d) => standardisedShift(x, y, d, false);
  const estimate = brentRoot(uncorrected, { lower: lowest, upper: highest, fLower: uncorrected(lowest), fUpper: uncorrected(highest), tolerance: ROOT_TOLERANCE });
  return { method: "normal", statistic, pValue, estimate, confidenceInterval: [lower, upper] };
}
var halfAlphaQuantiles = /* @__PURE__ */ new Map();
function halfAlphaQuantile(alpha) {
  let quantile = halfAlphaQuantiles.get(alpha);
  if (quantile === void 0) {
    quantile = normalQuantile(alpha / 2);
    halfAlphaQuantiles.set(alpha, quantile);
  }
  return quantile;
}
function standardisedShift(x, y, d, continuityCorrection) {
  const m = x.length;
  const n = y.length;
  const { ranks, tieSizes } = averageRanks([...x.map((xi) => xi - d), ...y]);
  const centred = sumOfFirst(ranks, m) - m * (m + 1) / 2 - m * n / 2;
  const correction = continuityCorrection ? Math.sign(centred) * 0.5 : 0;
  return (centred - correction) / tieCorrectedSigma(m, n, tieSizes);
}
function tieCorrectedSigma(m, n, tieSizes) {
  let ties = 0;
  for (const size of tieSizes) ties += size ** 3 - size;
  return Math.sqrt(m * n / 12 * (m + n + 1 - ties / ((m + n) * (m + n - 1))));
}
function sumOfFirst(values, count) {
  let sum = 0;
  for (let index = 0; index < count; index++) sum += values[index];
  return sum;
}
function median(sorted) {
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
}

// src/rollout/judge/stats/outlier-fences.ts
function withoutOutliers(values, factor) {
  if (values.length < 2) return [...values];
  const sorted = [...values].sort((a, b) => a - b);
  const q1 = percentile(sorted, 0.25);
  const q3 = percentile(sorted, 0.75);
  const spread = q3 - q1;
  const low = q1 - factor * spread;
  const high = q3 + factor * spread;
  return values.filter((value) => value >= low && value <= high);
}
function percentile(sorted, p) {
  const position = p * (sorted.length + 1);
  if (position < 1) return sorted[0];
  if (position >= sorted.length) return sorted[sorted.length - 1];
  const below = Math.floor(position);
  return sorted[below - 1] + (position - below) * (sorted[below] - sorted[below - 1]);
}

// src/rollout/judge/classify-metric.ts
var CONFIDENCE = 0.98;
function classifyMetric(samples, settings, options = { minSamples: 0, tolerance: 0.25 }) {
  const { minSamples, tolerance } = options;
  const canaryKept = cleaned(samples.canary, settings);
  const stableKept = cleaned(samples.stable, settings);
  const canary = settings.outliers === "remove" ? withoutOutliers(canaryKept, settings.outlierFactor) : canaryKept;
  const stable = settings.outliers === "remove" ? withoutOutliers(stableKept, settings.outlierFactor) : stableKept;
  const outliers = canaryKept.length - canary.length + stableKept.length - stable.length;
  const base = { name: settings.name, group: settings.group, critical: settings.critical, canary: summary(canary), stable: summary(stable), ...outliers > 0 ? { outliersLeftOut: outliers } : {} };
  if (canary.length === 0 || stable.length === 0) {
    const missing = [canary.length === 0 ? "canary" : void 0, stable.length === 0 ? "stable" : void 0].filter(Boolean).join(" or ");
    const classification = settings.mustHaveData && !settings.critical ? "NoDataFail" : "NoData";
    return { ...base, classification, criticalFailure: settings.critical, reason: `no ${missing} samples` };
  }
  if (canary.length < minSamples || stable.length < minSamples) {
    return { ...base, classification: "Undecided", criticalFailure: false, reason: `too few samples: ${canary.length} canary and ${stable.length} stable${outliers > 0 ? ` (${outliers} outliers left out)` : ""}, at least ${minSamples} a side needed` };
  }
  const sortedCanary = [...canary].sort((a, b) => a - b);
  const sortedStable = [...stable].sort((a, b) => a - b);
  if (sortedCanary.length === sortedStable.length && sortedCanary.every((value, index) => value === sortedStable[index])) {
    return { ...base, classification: "Pass", criticalFailure: false, meanRatio: 1, reason: "canary and stable samples are identical" };
  }
  if (sortedCanary[0] === sortedCanary[sortedCanary.length - 1] && sortedCanary[0] === sortedStable[0] && sortedStable[0] === sortedStable[sortedStable.length - 1]) {
    return { ...base, classification: "Pass", criticalFailure: false, meanRatio: 1, reason: `every sample is ${formatNumber(sortedCanary[0])}` };
  }
  let test;
  try {
    test = shiftTest(canary, stable, sortedCanary, sortedStable, tolerance);
  } catch (error) {
    if (!(error instanceof UnboundedShiftError)) throw error;
    return { ...base, classification: "Error", criticalFailure: settings.critical, reason: `no test possible: ${error.message}` };
  }
  const meanRatio = ratioOfMeans(base.canary, base.stable);
  return { ...base, meanRatio, test, ...decide(test, meanRatio, settings) };
}
function decide(test, meanRatio, settings) {
  const [lower, upper] = test.confidenceInterval;
  const interval = `shift ${formatNumber(test.estimate)} (98% CI ${formatNumber(lower)} to ${formatNumber(upper)})`;
  const band = `the tolerance band \xB1${formatNumber(test.toleranceBand)}`;
  const ratioText = meanRatio === void 0 ? "mean ratio undefined (a mean is 0)" : `mean ratio ${formatNumber(meanRatio)}`;
  const { allowedIncrease, allowedDecrease, criticalIncrease, criticalDecrease } = settings.effectSize;
  const increase = lower > test.toleranceBand;
  const decrease = upper < -test.toleranceBand;
  if (!increase && !decrease) return { classification: "Pass", criticalFailure: false, reason: `no significant shift: ${interval} reaches into ${band}` };
  const side = increase ? "higher" : "lower";
  const countsThisWay = settings.direction === "either" || settings.direction === (increase ? "increase" : "decrease");
  if (!countsThisWay) return { classification: "Pass", criticalFailure: false, reason: `canary ${side}, ${interval}, but direction is ${settings.direction}` };
  const bound = increase ? allowedIncrease : allowedDecrease;
  const boundName = increase ? "allowed increase" : "allowed decrease";
  const beyond = (limit) => meanRatio === void 0 || (increase ? meanRatio >= limit : meanRatio <= limit);
  if (!beyond(bound)) {
    return { classification: "Pass", criticalFailure: false, reason: `canary ${side}, ${interval} beyond ${band}, but ${ratioText} is within the ${boundName} ${formatNumber(bound)}` };
  }
  const classification = increase ? "High" : "Low";
  const criticalFailure = settings.critical && beyond(increase ? criticalIncrease : criticalDecrease);
  const comparison = meanRatio === void 0 ? "" : ` ${increase ? "\u2265" : "\u2264"} ${boundName} ${formatNumber(bound)}`;
  return { classification, criticalFailure, reason: `canary ${side}: ${interval} beyond ${band}, ${ratioText}${comparison}` };
}
function shiftTest(canary, stable, sortedCanary, sortedStable, tolerance) {
  if (sortedCanary[0] === sortedCanary[sortedCanary.length - 1] && sortedStable[0] === sortedStable[sortedStable.length - 1]) {
    const shift = sortedCanary[0] - sortedStable[0];
    return { method: "constant", estimate: shift, confidenceInterval: [shift, shift], toleranceBand: tolerance * Math.abs(shift) };
  }
  const result = mannWhitney(canary, stable, CONFIDENCE);
  return {
    method: result.method,
    pValue: result.pValue,
    estimate: result.estimate,
    confidenceInterval: result.confidenceInterval,
    toleranceBand: tolerance * Math.abs(result.estimate)
  };
}
function cleaned(values, settings) {
  if (settings.nanStrategy === "replace") return values.map((value) => Number.isFinite(value) ? value : 0);
  return values.filter((value) => Number.isFinite(value));
}
function summary(values) {
  if (values.length === 0) return { count: 0 };
  let sum = 0;
  for (const value of values) sum += value;
  return { count: values.length, mean: sum / values.length };
}
function ratioOfMeans(canary, stable) {
  if (canary.mean === void 0 || stable.mean === void 0 || canary.mean === 0 || stable.mean === 0) return void 0;
  return canary.mean / stable.mean;
}

// src/rollout/judge/judge-canary.ts
var NO_DATA_SHARE_LIMIT = 0.5;
function judgeCanary(inputs, settings) {
  const byName = new Map(inputs.map((input) => [input.name, input]));
  for (const input of inputs) {
    if (!settings.metrics.some((metric) => metric.name === input.name)) throw new RangeError(`judgeCanary: samples for '${input.name}', which is not a configured metric`);
  }
  const metrics = settings.metrics.map((metric) => {
    const input = byName.get(metric.name);
    const samples = { canary: afterWarmUp(input?.canary ?? [], settings.warmUp), stable: afterWarmUp(input?.stable ?? [], settings.warmUp) };
    return classifyMetric(samples, metric, { minSamples: settings.minSamples, tolerance: settings.tolerance });
  });
  const groups = groupScores(metrics, settings.groupWeights);
  const { score, forcedToZero } = summaryScore(metrics, groups);
  const common = { score, ...forcedToZero ? { forcedToZero } : {}, passScore: settings.passScore, marginalScore: settings.marginalScore, groups, metrics };
  if (!metrics.some((metric) => metric.classification === "Undecided")) return { verdict: verdictOf(score, settings), ...common };
  const best = scoreAs(metrics, settings, (metric) => ({ ...metric, classification: "Pass" }));
  const worst = scoreAs(metrics, settings, (metric) => ({ ...metric, classification: "High", criticalFailure: metric.critical }));
  const bestVerdict = verdictOf(best, settings);
  const verdict = bestVerdict === verdictOf(worst, settings) ? bestVerdict : "undecided";
  return { verdict, ...common, undecidedScores: [worst, best] };
}
function scoreAs(metrics, settings, as) {
  const assumed = metrics.map((metric) => metric.classification === "Undecided" ? as(metric) : metric);
  return summaryScore(assumed, groupScores(assumed, settings.groupWeights)).score;
}
function afterWarmUp(side, warmUp) {
  const series = side.length > 0 && Array.isArray(side[0]) ? side : [side];
  return series.flatMap((values) => values.slice(warmUp));
}
function groupScores(metrics, weights) {
  const names = [...new Set(metrics.map((metric) => metric.group))];
  const unweighted = names.filter((name) => !(name in weights));
  const listedTotal = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
  const sharedWeight = unweighted.length > 0 ? (100 - listedTotal) / unweighted.length : 0;
  return names.map((name) => {
    const members = metrics.filter((metric) => metric.group === name);
    const counted = members.filter((metric) => metric.classification !== "NoData" && metric.classification !== "Error" && metric.classification !== "Undecided");
    const passed = counted.filter((metric) => metric.classification === "Pass").length;
    const score = counted.length === 0 ? 100 : passed / counted.length * 100;
    return { name, score, weight: weights[name] ?? sharedWeight };
  });
}
function summaryScore(metrics, groups) {
  if (metrics.some((metric) => metric.criticalFailure)) return { score: 0, forcedToZero: "critical-failure" };
  const noData = metrics.filter((metric) => metric.classification === "NoData").length;
  if (noData >= metrics.length * NO_DATA_SHARE_LIMIT) return { score: 0, forcedToZero: "no-data" };
  const weighted = groups.reduce((sum, group) => sum + group.score * (group.weight / 100), 0);
  return { score: Math.round(weighted * 100) / 100 };
}
function verdictOf(score, settings) {
  if (score >= settings.passScore) return "pass";
  if (score >= settings.marginalScore) return "marginal";
  return "fail";
}

// src/rollout/judge/judge-reports.ts
function judgeReports(result, subject) {
  return rulesOf(JUDGE_RULES).flatMap((rule) => {
    const report = rule.check(result, { subject });
    return report ? [{ meta: rule.meta, report }] : [];
  });
}

// src/rollout/probes/http-probe.ts
async function checkHttpProbe(probe, send = fetch) {
  const url = new URL(probe.url);
  const headers = {};
  if (url.username || url.password) headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString("base64")}`;
  url.username = "";
  url.password = "";
  const started = performance.now();
  let status;
  try {
    const response = await send(url, { headers, redirect: "manual", signal: AbortSignal.timeout(probe.timeoutMs) });
    status = response.status;
    await response.arrayBuffer();
  } catch (error) {
    return { ok: false, error: transportReason(error, probe.timeoutMs) };
  }
  const latencyMs = Math.round(performance.now() - started);
  if (status !== probe.expectStatus) return { ok: false, latencyMs, error: `HTTP ${status}, expected ${probe.expectStatus}` };
  if (latencyMs > probe.maxLatencyMs) return { ok: false, latencyMs, error: `answered in ${latencyMs}ms, over max-latency ${probe.maxLatencyMs}ms` };
  return { ok: true, latencyMs };
}
function httpProbeEndpoint(probe) {
  return urlWithoutCredentials(probe.url);
}
function transportReason(error, timeoutMs) {
  const { name, message, cause } = typeof error === "object" && error !== null ? error : {};
  if (name === "TimeoutError" || name === "AbortError") return `no answer within the timeout of ${timeoutMs}ms`;
  if (typeof cause?.message === "string") return cause.message;
  return typeof message === "string" ? message : String(error);
}

// src/rollout/probes/postgres-probe.ts
async function checkPostgresProbe(probe, env = process.env, createClient) {
  const connectionString = connectionUrl(probe, env);
  const make = createClient ?? await defaultFactory();
  const client = make({ connectionString, connectionTimeoutMillis: probe.timeoutMs, query_timeout: probe.timeoutMs });
  client.on("error", () => void 0);
  const started = performance.now();
  try {
    await client.connect();
    await client.query("SELECT 1");
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: withoutPassword(reasonOf(error), connectionString) };
  } finally {
    await client.end().catch(() => void 0);
  }
}
function postgresProbeEndpoint(probe, env = process.env) {
  const shown = urlWithoutCredentials(connectionUrl(probe, env), { keepUser: true });
  return probe.connection.source === "env" ? `${shown} (from $${probe.connection.variable})` : shown;
}
function connectionUrl(probe, env) {
  return probe.connection.source === "url" ? probe.connection.url : env[probe.connection.variable] ?? "";
}
async function defaultFactory() {
  const { default: pg } = await import("./chunk-esm-LXXPQM3Z.js");
  return (config) => new pg.Client(config);
}
function withoutPassword(text, connectionString) {
  let password = "";
  try {
    password = decodeURIComponent(new URL(connectionString).password);
  } catch {
    return text;
  }
  return password === "" ? text : text.split(password).join("***");
}
function reasonOf(error) {
  const { message, code } = typeof error === "object" && error !== null ? error : {};
  const text = typeof message === "string" && message !== "" ? message : String(error);
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? `${text} (SQLSTATE ${code})` : text;
}

// src/rollout/probes/probe-monitor.ts
function startProbeMonitor(probes, options = {}) {
  const env = options.env ?? process.env;
  const states = probes.map((probe) => ({ probe, summary: { name: probe.name, kind: probe.kind, endpoint: endpointOf(probe, env), checks: 0, failures: 0 } }));
  const runCheck = (state) => {
    state.running ??= check(state.probe, env, options).then((result) => {
      state.summary.checks += 1;
      if (!result.ok) {
        state.summary.failures += 1;
        state.summary.lastError = result.error;
        options.log?.(`health probe '${state.probe.name}' (${state.summary.endpoint}) failed: ${result.error}`);
      }
      state.running = void 0;
    });
    return state.running;
  };
  for (const state of states) {
    void runCheck(state);
    state.timer = setInterval(() => void runCheck(state), state.probe.intervalMs);
  }
  return {
    async stop() {
      for (const state of states) clearInterval(state.timer);
      await Promise.all(states.map((state) => state.running));
      await Promise.all(states.map((state) => runCheck(state)));
      return states.map((state) => ({ ...state.summary }));
    }
  };
}
async function check(probe, env, options) {
  try {
    if (probe.kind === "http") return await checkHttpProbe(probe, options.fetch);
    return await checkPostgresProbe(probe, env, options.createPostgresClient);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
function endpointOf(probe, env) {
  return probe.kind === "http" ? httpProbeEndpoint(probe) : postgresProbeEndpoint(probe, env);
}

// src/rollout/probes/read-health-probes.ts
var DEFAULTS = { interval: "30s", timeout: "10s", "max-latency": "1s", "expect-status": 200 };
function readHealthProbes(setting, env = process.env) {
  if (setting === void 0) return [];
  const entries = setting;
  const seen = /* @__PURE__ */ new Set();
  return entries.map((entry, index) => {
    const where = `health-probes[${index}] ('${entry.name}')`;
    if (seen.has(entry.name)) throw new UsageError(`${where}: another probe already has this name; give each probe its own name, since findings name the probe.`);
    seen.add(entry.name);
    const timing = {
      name: entry.name,
      intervalMs: duration(entry.interval ?? DEFAULTS.interval, `${where}.interval`),
      timeoutMs: duration(entry.timeout ?? DEFAULTS.timeout, `${where}.timeout`)
    };
    if (entry.http !== void 0) {
      if (!isUrl(entry.http, ["http:", "https:"])) throw new UsageError(`${where}.http: expected an http:// or https:// URL such as https://checkout.example.com/healthz.`);
      return {
        ...timing,
        kind: "http",
        url: entry.http,
        expectStatus: entry["expect-status"] ?? DEFAULTS["expect-status"],
        maxLatencyMs: duration(entry["max-latency"] ?? DEFAULTS["max-latency"], `${where}.max-latency`)
      };
    }
    return { ...timing, kind: "postgres", connection: postgresConnection(entry.postgres, where, env) };
  });
}
function postgresConnection(value, where, env) {
  if (typeof value === "object") {
    const url = env[value.env];
    if (url === void 0 || url === "") {
      throw new UsageError(`${where}.postgres.env: the environment variable ${value.env} is not set; set it to the connection URL (postgres://user:password@host:5432/db) in the step's env, e.g. from a secret.`);
    }
    if (!isUrl(url, ["postgres:", "postgresql:"])) throw new UsageError(`${where}.postgres.env: ${value.env} does not hold a postgres:// URL; expected postgres://user:password@host:5432/db.`);
    return { source: "env", variable: value.env };
  }
  if (!isUrl(value ?? "", ["postgres:", "postgresql:"])) {
    throw new UsageError(`${where}.postgres: expected a postgres:// URL, or { env: VARIABLE } naming an environment variable that holds one (keeps the password out of the config file).`);
  }
  return { source: "url", url: value };
}
function duration(text, where) {
  const ms = parseDuration(text);
  if (ms === void 0 || ms <= 0) throw new UsageError(`${where}: got '${text}'; expected a Go-style duration such as 500ms, 30s or 1m.`);
  return ms;
}
function isUrl(text, protocols) {
  try {
    return protocols.includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

// src/rollout/metrics/analysis-template-reader.ts
var ANALYSIS_TEMPLATES = { group: "argoproj.io", version: "v1alpha1", plural: "analysistemplates", kind: "AnalysisTemplate" };
var CLUSTER_ANALYSIS_TEMPLATES = { group: "argoproj.io", version: "v1alpha1", plural: "clusteranalysistemplates", kind: "ClusterAnalysisTemplate" };
function kubeAnalysisTemplateReader(kubeConfig) {
  const customObjects = kubeConfig.makeApiClient(ObjectCustomObjectsApi);
  const server = displayServer(kubeConfig.getCurrentCluster()?.server);
  return async (ref, namespace) => {
    const resource = ref.clusterScope ? CLUSTER_ANALYSIS_TEMPLATES : ANALYSIS_TEMPLATES;
    const coordinates = { group: resource.group, version: resource.version, plural: resource.plural, name: ref.templateName };
    try {
      const object = ref.clusterScope ? await customObjects.getClusterCustomObject(coordinates) : await customObjects.getNamespacedCustomObject({ ...coordinates, namespace });
      return object;
    } catch (error) {
      throw clusterReadError({ verb: "get", resource, namespace: ref.clusterScope ? "(cluster)" : namespace, name: ref.templateName, server }, error);
    }
  };
}

// src/rollout/metrics/evaluate-template-metrics.ts
async function evaluateTemplateMetrics(rollout, ref, readTemplate, prometheus) {
  const evaluations = [];
  const measured = /* @__PURE__ */ new Set();
  const rolloutName = `${ref.namespace}/${ref.name}`;
  for (const analysis of canaryAnalyses(rollout)) {
    for (const templateRef of analysis.templates) {
      const base = { rollout: rolloutName, analysis: analysis.usage, template: templateRef.templateName };
      let template;
      try {
        template = await readTemplate(templateRef, ref.namespace);
      } catch (error) {
        evaluations.push({ ...base, metric: "(all)", notEvaluated: error instanceof Error ? error.message : String(error) });
        continue;
      }
      const args = resolveAnalysisArgs(template.spec?.args ?? [], analysis.args, rollout);
      for (const metric of template.spec?.metrics ?? []) {
        const query = metric.provider?.prometheus?.query;
        if (query === void 0) continue;
        const entry = { ...base, metric: metric.name ?? "(unnamed)", successCondition: metric.successCondition, failureCondition: metric.failureCondition };
        if (!args.ok) {
          evaluations.push({ ...entry, notEvaluated: args.reason });
          continue;
        }
        const resolved = substituteArgs(query, args.values);
        if (!resolved.ok) {
          evaluations.push({ ...entry, notEvaluated: resolved.reason });
          continue;
        }
        const key = `${templateRef.clusterScope}\0${templateRef.templateName}\0${entry.metric}\0${resolved.text}`;
        if (measured.has(key)) continue;
        measured.add(key);
        evaluations.push(await measure({ ...entry, query: resolved.text }, metric, prometheus));
      }
    }
  }
  return evaluations;
}
async function measure(entry, metric, prometheus) {
  const result = argoResult(await prometheus.query(entry.query));
  if (!result.ok) return { ...entry, notEvaluated: result.reason };
  const value = argoValueText(result.result);
  const outcome = measurementPhase(result.result, metric.successCondition, metric.failureCondition);
  if (outcome.evaluated) return { ...entry, value, phase: outcome.phase };
  const noData = Array.isArray(result.result) && result.result.length === 0;
  return { ...entry, value, notEvaluated: noData ? `no data (the query returned an empty vector), and ${outcome.reason}` : outcome.reason };
}

// src/rollout/metrics/rollout-placeholders.ts
var PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
var ROLLOUT_PLACEHOLDERS = ["name", "namespace", "canary-hash", "stable-hash"];
function unknownRolloutPlaceholder(query) {
  return [...query.matchAll(PLACEHOLDER)].map((match) => match[1]).find((name) => valueKey(name) === void 0);
}
function valueKey(placeholder) {
  const key = placeholder.startsWith("rollout.") ? placeholder.slice("rollout.".length) : "";
  return ROLLOUT_PLACEHOLDERS.includes(key) ? key : void 0;
}
function fillRolloutPlaceholders(query, waited) {
  const values = {
    name: waited.ref.name,
    namespace: waited.ref.namespace,
    "canary-hash": waited.rollout.status?.currentPodHash,
    "stable-hash": waited.rollout.status?.stableRS
  };
  let missing = false;
  const filled = query.replace(PLACEHOLDER, (text, placeholder) => {
    const key = valueKey(placeholder);
    if (key === void 0) return text;
    const value = values[key];
    if (value === void 0) missing = true;
    return value ?? "";
  });
  return missing ? void 0 : filled;
}

// src/rollout/metrics/judge-samples.ts
async function judgeSamples(settings, prometheus, waited, end) {
  const window = { start: new Date(end.getTime() - settings.lookbackMs), end, stepSeconds: settings.stepMs / 1e3 };
  const side = async (query) => {
    const filled = fillRolloutPlaceholders(query, waited);
    return filled === void 0 ? [] : seriesValues(await prometheus.queryRange(filled, window));
  };
  const samples = [];
  for (const metric of settings.metrics) {
    const [canary, stable] = await Promise.all([side(metric.canary), side(metric.stable)]);
    samples.push({ name: metric.name, canary, stable });
  }
  return samples;
}
function seriesValues(series) {
  return series.map((entry) => entry.points.map((point) => point.value));
}

// src/rollout/metrics/release-finding.ts
import { createHash } from "node:crypto";
function releaseFinding(meta, report, config, subject, data) {
  const severity = severityFor(meta, config.rules[meta.id]?.severity);
  if (!severity) return [];
  return [
    {
      analyzer: "rollout",
      rule: meta.id,
      category: meta.category,
      severity,
      message: report.message,
      suggestion: report.suggestion,
      fingerprint: createHash("sha256").update(`${meta.id}\0${subject}`).digest("hex").slice(0, 32),
      data
    }
  ];
}

// src/rollout/metrics/release-checks.ts
function startReleaseChecks(config, deps) {
  const settings = config.settings;
  const probes = readHealthProbes(settings["health-probes"]);
  const judge = readCanaryJudgeSettings(settings["canary-judge"]);
  const prometheusUrl = typeof settings["prometheus-url"] === "string" && settings["prometheus-url"] !== "" ? settings["prometheus-url"] : void 0;
  if (prometheusUrl && !isHttpUrl(prometheusUrl)) {
    throw new UsageError(`prometheus-url: got ${urlWithoutCredentials(prometheusUrl)}; expected the Prometheus server's base URL, such as http://prometheus.monitoring:9090.`);
  }
  if (judge && !prometheusUrl) {
    throw new UsageError("canary-judge: the judge reads its metrics from Prometheus, but prometheus-url is not set; add prometheus-url: http://prometheus.monitoring:9090 (or the prometheus-url input).");
  }
  for (const metric of judge?.metrics ?? []) {
    for (const side of ["canary", "stable"]) {
      const unknown = unknownRolloutPlaceholder(metric[side]);
      if (unknown !== void 0) {
        throw new UsageError(`canary-judge.metrics '${metric.name}'.${side}: {{${unknown}}} is not a placeholder the check fills; expected one of ${ROLLOUT_PLACEHOLDERS.map((name) => `{{rollout.${name}}}`).join(", ")}.`);
      }
    }
  }
  const prometheus = prometheusUrl ? prometheusClient({ url: prometheusUrl, fetch: deps.fetch }) : void 0;
  const readTemplate = prometheus && deps.kubeConfig ? kubeAnalysisTemplateReader(deps.kubeConfig) : void 0;
  const monitor = probes.length > 0 ? startProbeMonitor(probes, { fetch: deps.fetch, log: deps.log }) : void 0;
  let stopped;
  const stopProbes = () => stopped ??= monitor ? monitor.stop() : Promise.resolve([]);
  return {
    async finish(waited) {
      const probeSummaries = await stopProbes();
      const stats = monitor ? { probes: probeSummaries } : {};
      const findings = probeSummaries.flatMap(
        (summary2) => rulesOf(PROBE_RULES).flatMap((rule) => {
          const report = rule.check(summary2);
          return report ? releaseFinding(rule.meta, report, config, `probe ${summary2.name}`, { probe: summary2.name, endpoint: summary2.endpoint }) : [];
        })
      );
      if (!prometheus) return { findings, stats };
      for (const entry of waited) {
        if (readTemplate) findings.push(...await measureTemplates(entry, readTemplate, prometheus, config, stats));
        if (judge) findings.push(...await runJudge(entry, judge, prometheus, config, stats));
      }
      return { findings, stats };
    },
    async stop() {
      await stopProbes();
    }
  };
}
async function measureTemplates(waited, readTemplate, prometheus, config, stats) {
  const evaluations = await evaluateTemplateMetrics(waited.rollout, waited.ref, readTemplate, prometheus);
  stats.metrics = [...stats.metrics ?? [], ...evaluations];
  return evaluations.flatMap(
    (evaluation) => rulesOf(METRIC_RULES).flatMap((rule) => {
      const report = rule.check(evaluation);
      if (!report) return [];
      const subject = `${evaluation.rollout} ${evaluation.template} ${evaluation.metric}`;
      return releaseFinding(rule.meta, report, config, subject, { rollout: evaluation.rollout, template: evaluation.template, metric: evaluation.metric, query: evaluation.query, value: evaluation.value });
    })
  );
}
async function runJudge(waited, settings, prometheus, config, stats) {
  const rollout = `${waited.ref.namespace}/${waited.ref.name}`;
  const result = judgeCanary(await judgeSamples(settings, prometheus, waited, /* @__PURE__ */ new Date()), settings);
  stats.canaryJudge = [...stats.canaryJudge ?? [], { rollout, ...result }];
  return judgeReports(result, rollout).flatMap(({ meta, report }) => releaseFinding(meta, report, config, `${rollout} canary-judge`, { rollout, score: result.score, verdict: result.verdict }));
}
function isHttpUrl(text) {
  try {
    const { protocol } = new URL(text);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

// src/rollout/status/calculate-phase.ts
var DEGRADING_REASONS = /* @__PURE__ */ new Set(["RolloutAborted", "ProgressDeadlineExceeded"]);
var FINISHED_ANALYSIS_PHASES = /* @__PURE__ */ new Set(["Successful", "Failed", "Error", "Inconclusive"]);
function calculatePhase(rollout) {
  const spec = rollout.spec ?? {};
  const status = rollout.status ?? {};
  for (const condition of status.conditions ?? []) {
    if (condition.type === "InvalidSpec") return { phase: "Degraded", message: `InvalidSpec: ${condition.message ?? ""}` };
    if (condition.reason && DEGRADING_REASONS.has(condition.reason)) {
      return { phase: "Degraded", message: `${condition.reason}: ${condition.message ?? ""}` };
    }
  }
  if (spec.paused === true) return { phase: "Paused", message: "manually paused" };
  const firstPause = status.pauseConditions?.[0];
  if (firstPause) return { phase: "Paused", message: firstPause.reason ?? "" };
  if (spec.restartAt !== void 0 && !sameInstant(spec.restartAt, status.restartedAt)) {
    return { phase: "Progressing", message: "rollout is restarting" };
  }
  const updated = status.updatedReplicas ?? 0;
  if (updated < (spec.replicas ?? 1)) return { phase: "Progressing", message: "more replicas need to be updated" };
  if ((status.availableReplicas ?? 0) < updated) return { phase: "Progressing", message: "updated replicas are still becoming available" };
  const fullyPromoted = status.stableRS !== void 0 && status.stableRS !== "" && status.stableRS === status.currentPodHash;
  const blueGreen = spec.strategy?.blueGreen;
  if (blueGreen) {
    const active = status.blueGreen?.activeSelector;
    if (!active || active !== status.currentPodHash) return { phase: "Progressing", message: "active service cutover pending" };
    if (!fullyPromoted) return { phase: "Progressing", message: postPromotionMessage(rollout) };
    return { phase: "Healthy", message: "" };
  }
  const canary = spec.strategy?.canary;
  if (canary) {
    if (!canary.trafficRouting && (status.replicas ?? 0) > updated) {
      return { phase: "Progressing", message: "old replicas are pending termination" };
    }
    if (!fullyPromoted) return { phase: "Progressing", message: "waiting for all steps to complete" };
  }
  return { phase: "Healthy", message: "" };
}
function postPromotionMessage(rollout) {
  const configured = rollout.spec?.strategy?.blueGreen?.postPromotionAnalysis !== void 0;
  const runPhase = rollout.status?.blueGreen?.postPromotionAnalysisRunStatus?.status;
  const running = runPhase === void 0 || !FINISHED_ANALYSIS_PHASES.has(runPhase);
  return configured && running ? "waiting for analysis to complete" : "waiting for post-promotion verification to complete";
}
function sameInstant(wanted, actual) {
  if (actual === void 0) return false;
  const wantedMs = Date.parse(wanted);
  const actualMs = Date.parse(actual);
  if (Number.isNaN(wantedMs) || Number.isNaN(actualMs)) return wanted === actual;
  return wantedMs === actualMs;
}

// src/rollout/status/generation-observed.ts
var GO_INTEGER = /^[+-]?\d+$/;
function parseGoInteger(value) {
  if (value === void 0) return void 0;
  const text = String(value);
  return GO_INTEGER.test(text) ? Number(text) : void 0;
}
function isGenerationObserved(rollout) {
  const observed = parseGoInteger(rollout.status?.observedGeneration);
  if (observed === void 0) return true;
  return observed >= (rollout.metadata?.generation ?? 0);
}
var WORKLOAD_GENERATION_ANNOTATION = "rollout.argoproj.io/workload-generation";
function isWorkloadGenerationObserved(rollout) {
  const wanted = parseGoInteger(rollout.metadata?.annotations?.[WORKLOAD_GENERATION_ANNOTATION]);
  const observed = parseGoInteger(rollout.status?.workloadObservedGeneration);
  if (wanted === void 0 || observed === void 0) return true;
  return wanted === observed;
}

// src/rollout/status/rollout-phase.ts
function rolloutPhase(rollout) {
  if (!isGenerationObserved(rollout)) return { phase: "Progressing", message: "waiting for rollout spec update to be observed" };
  const status = rollout.status ?? {};
  if (status.controllerPause === true && (status.pauseConditions ?? []).length === 0) {
    return { phase: "Progressing", message: "waiting for rollout to unpause" };
  }
  if (rollout.spec?.workloadRef !== void 0 && !isWorkloadGenerationObserved(rollout)) {
    return { phase: "Progressing", message: "waiting for rollout spec update to be observed for the reference workload" };
  }
  if (status.phase) return { phase: status.phase, message: status.message ?? "" };
  return calculatePhase(rollout);
}

// src/rollout/expr/measurement-value.ts
var GO_FLOAT = /^(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|NaN|[+-]Inf)$/;
function parseMeasurementValue(text) {
  const trimmed = text.trim();
  if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
    const inner = trimmed.slice(1, -1).trim();
    const items = inner === "" ? [] : inner.split(",").map((item) => item.trim());
    if (items.every((item) => GO_FLOAT.test(item))) return { ok: true, result: items.map(goFloat) };
  } else if (GO_FLOAT.test(trimmed)) {
    return { ok: true, result: goFloat(trimmed) };
  }
  return { ok: false, reason: `the stored value '${text}' is neither a number nor a list of numbers, so the result the condition saw is unknown` };
}
function goFloat(text) {
  if (text === "+Inf") return Number.POSITIVE_INFINITY;
  if (text === "-Inf") return Number.NEGATIVE_INFINITY;
  return Number(text);
}

// src/rollout/status/analysis-run-summary.ts
var DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4;
function summarizeAnalysisRun(run) {
  const specs = run.spec?.metrics ?? run.spec?.analysisSpec?.metrics ?? [];
  const results = run.status?.metricResults ?? [];
  const names = [.../* @__PURE__ */ new Set([...specs.map((spec) => spec.name ?? ""), ...results.map((result) => result.name ?? "")])];
  const labels = run.metadata?.labels ?? {};
  const stepIndex = labels["step-index"] === void 0 ? void 0 : Number(labels["step-index"]);
  return {
    name: run.metadata?.name ?? "",
    phase: run.status?.phase ?? "Pending",
    message: run.status?.message ?? "",
    terminated: run.spec?.terminate === true,
    rolloutType: labels["rollout-type"],
    podTemplateHash: labels["rollouts-pod-template-hash"],
    stepIndex: Number.isInteger(stepIndex) ? stepIndex : void 0,
    metrics: names.map(
      (name) => summarizeMetric(name, specs.find((spec) => spec.name === name) ?? {}, results.find((result) => result.name === name) ?? {}, isDryRun(run, name))
    )
  };
}
function isDryRun(run, metric) {
  return (run.spec?.dryRun ?? []).some((entry) => entry.metricName === metric || entry.metricName === "*");
}
function summarizeMetric(name, spec, result, dryRun) {
  const measurements = result.measurements ?? [];
  const lastValue = measurements.at(-1)?.value;
  return {
    name,
    phase: result.phase ?? "Pending",
    lastValue,
    successCondition: spec.successCondition,
    failureCondition: spec.failureCondition,
    resolvedQuery: result.metadata?.ResolvedPrometheusQuery,
    dryRun,
    conditionChecks: lastValue === void 0 ? [] : checkConditions(spec, lastValue),
    counts: {
      measurements: result.count ?? 0,
      successful: result.successful ?? 0,
      failed: result.failed ?? 0,
      inconclusive: result.inconclusive ?? 0,
      error: result.error ?? 0,
      consecutiveError: result.consecutiveError ?? 0
    },
    limits: {
      count: spec.count,
      failureLimit: spec.failureLimit ?? 0,
      inconclusiveLimit: spec.inconclusiveLimit ?? 0,
      consecutiveErrorLimit: spec.consecutiveErrorLimit ?? DEFAULT_CONSECUTIVE_ERROR_LIMIT
    }
  };
}
var CONDITION_KEYS = ["successCondition", "failureCondition"];
function checkConditions(spec, value) {
  const measured = parseMeasurementValue(value);
  return CONDITION_KEYS.flatMap((condition) => {
    const expression = spec[condition];
    if (expression === void 0 || expression === "") return [];
    const outcome = measured.ok ? evaluateCondition(expression, measured.result) : { evaluated: false, reason: `condition not evaluated: ${measured.reason}` };
    const verdict = outcome.evaluated ? String(outcome.value) : outcome.reason;
    return [{ condition, expression, value, outcome, line: `${condition} ${expression} with ${value}: ${verdict}` }];
  });
}

// src/rollout/cluster/analysis-runs-of-revision.ts
var POD_TEMPLATE_HASH = "rollouts-pod-template-hash";
async function analysisRunsOfRevision(api, rollout) {
  const hash = rollout.status?.currentPodHash;
  const uid = rollout.metadata?.uid;
  const namespace = rollout.metadata?.namespace;
  if (!hash || !uid || !namespace) return { known: true, value: [] };
  return readOrUnknown(async () => {
    const runs = await api.list(ANALYSIS_RUNS, namespace, `${POD_TEMPLATE_HASH}=${hash}`);
    const owned = runs.filter((run) => (run.metadata?.ownerReferences ?? []).some((owner) => owner.uid === uid));
    return owned.map(summarizeAnalysisRun).sort((left, right) => left.name.localeCompare(right.name));
  });
}

// src/rollout/cluster/revision-replica-sets.ts
var POD_TEMPLATE_HASH2 = "rollouts-pod-template-hash";
async function revisionReplicaSets(api, rollout) {
  const canaryHash = rollout.status?.currentPodHash;
  const stableHash = rollout.status?.stableRS;
  const namespace = rollout.metadata?.namespace;
  const hashes = [...new Set([canaryHash, stableHash].filter((hash) => typeof hash === "string" && hash !== ""))];
  if (!namespace || hashes.length === 0) return { known: true, value: {} };
  return readOrUnknown(async () => {
    const sets = await api.list(REPLICA_SETS, namespace, `${POD_TEMPLATE_HASH2} in (${hashes.join(",")})`);
    const uid = rollout.metadata?.uid;
    const owned = sets.filter((set) => uid === void 0 || (set.metadata?.ownerReferences ?? []).some((owner) => owner.uid === uid));
    const withHash = (hash) => owned.find((set) => hash !== void 0 && set.metadata?.labels?.[POD_TEMPLATE_HASH2] === hash);
    return { canary: counts(withHash(canaryHash)), stable: counts(withHash(stableHash)) };
  });
}
function counts(set) {
  if (!set) return void 0;
  const status = set.status ?? {};
  return { name: set.metadata?.name ?? "", replicas: status.replicas ?? 0, ready: status.readyReplicas ?? 0, available: status.availableReplicas ?? 0 };
}

// src/rollout/cluster/follow-rollout.ts
var PROMOTION_PAUSES = /* @__PURE__ */ new Set(["InconclusiveAnalysisRun", "InconclusiveExperiment"]);
async function followRollout(api, ref, options, first) {
  const initial = first ?? await api.get(ROLLOUTS, ref);
  const judge = (rollout2) => {
    assertWellFormed("Rollout", ref, rollout2, ROLLOUT_SHAPE);
    return { line: progressLine(ref, rollout2), ending: endingOf(rollout2, options.successOnPause) };
  };
  const { object: rollout, ending } = await watchToEnding(api, ROLLOUTS, ref, initial, judge, options);
  const [analysisRuns, replicaSets] = await Promise.all([analysisRunsOfRevision(api, rollout), revisionReplicaSets(api, rollout)]);
  for (const [field, reading] of [["AnalysisRuns", analysisRuns], ["ReplicaSets", replicaSets]]) {
    if (!reading.known) options.log(`${ref.namespace}/${ref.name}: ${field} unknown (${reading.reason})`);
  }
  return { ref, ending, rollout, needsPromotion: needsPromotion(rollout), ...rolloutPhase(rollout), analysisRuns, replicaSets };
}
function endingOf(rollout, successOnPause) {
  const { phase } = rolloutPhase(rollout);
  if (phase === "Healthy") return "healthy";
  if (phase === "Degraded") return "degraded";
  if (phase === "Paused" && successOnPause) return "paused";
  return void 0;
}
function needsPromotion(rollout) {
  if (rolloutPhase(rollout).phase !== "Paused") return false;
  if ((rollout.status?.pauseConditions ?? []).some((pause) => PROMOTION_PAUSES.has(pause.reason ?? ""))) return true;
  return canaryProgress(rollout)?.atIndefinitePause === true;
}
function progressLine(ref, rollout) {
  const { phase, message } = rolloutPhase(rollout);
  const progress = canaryProgress(rollout);
  const step = progress && progress.total > 0 ? `, step ${progress.stepIndex}/${progress.total}` : "";
  const hint = needsPromotion(rollout) ? " (needs a promotion: kubectl argo rollouts promote)" : "";
  return `${ref.namespace}/${ref.name}: ${phase}${message ? ` - ${message}` : ""}${step}${hint}`;
}

// src/rollout/cluster/follow-targets.ts
var HTTP_NOT_FOUND = 404;
var HTTP_FORBIDDEN2 = 403;
async function targetsByName(api, names, namespace, kind) {
  return Promise.all(names.map((name) => targetByName(api, name, namespace, kind)));
}
async function targetByName(api, name, namespace, kind) {
  const ref = { name, namespace };
  if (kind === "rollout") return { kind: "Rollout", name, object: await api.get(ROLLOUTS, ref) };
  if (kind === "canary") return { kind: "Canary", name, object: await api.get(CANARIES, ref) };
  const [rollout, canary] = await Promise.all([optional(api.get(ROLLOUTS, ref)), optional(api.get(CANARIES, ref))]);
  if (rollout.error && !isStatus(rollout.error, HTTP_NOT_FOUND)) throw rollout.error;
  if (rollout.object && canary.object) {
    throw new UsageError(`'${name}' names both a Rollout and a Flagger Canary in namespace '${namespace}'; pass --kind rollout or --kind canary (the kind setting) to say which to follow.`);
  }
  if (rollout.object) return { kind: "Rollout", name, object: rollout.object };
  if (canary.object) return { kind: "Canary", name, object: canary.object };
  if (canary.error && !isStatus(canary.error, HTTP_NOT_FOUND) && !isStatus(canary.error, HTTP_FORBIDDEN2)) throw canary.error;
  throw new Error(`neither a Rollout nor a Flagger Canary named '${name}' in namespace '${namespace}': check the name and --namespace (the rollout input / namespace setting), and that the deploy step created it.`);
}
async function targetsBySelector(api, selector, namespace, kind) {
  const rollouts = kind === "canary" ? [] : await api.list(ROLLOUTS, namespace, selector);
  const canaries = kind === "rollout" ? [] : await listCanaries(api, namespace, selector, kind === void 0);
  const targets = [
    ...rollouts.map((object) => ({ kind: "Rollout", name: nameOf(object), object })),
    ...canaries.map((object) => ({ kind: "Canary", name: nameOf(object), object }))
  ];
  if (targets.length === 0) {
    const wanted = kind === "rollout" ? "Rollout" : kind === "canary" ? "Flagger Canary" : "Rollout or Flagger Canary";
    const resources = kind === "rollout" ? "rollouts" : kind === "canary" ? "canaries" : "rollouts,canaries";
    throw new UsageError(`--selector ${selector}: no ${wanted} in namespace '${namespace}' has these labels; check them with 'kubectl get ${resources} -n ${namespace} -l ${selector}', and --namespace.`);
  }
  return targets;
}
async function listCanaries(api, namespace, selector, optionalKind) {
  if (!optionalKind) return api.list(CANARIES, namespace, selector);
  const listed = await optional(api.list(CANARIES, namespace, selector));
  if (listed.error && !isStatus(listed.error, HTTP_NOT_FOUND) && !isStatus(listed.error, HTTP_FORBIDDEN2)) throw listed.error;
  return listed.object ?? [];
}
async function optional(read) {
  try {
    return { object: await read };
  } catch (error) {
    return { error };
  }
}
function isStatus(error, status) {
  return error instanceof ClusterReadError && error.status === status;
}
function nameOf(object) {
  return object.metadata?.name ?? "";
}

// src/rollout/cluster/follow-rollouts.ts
var DEFAULT_TIMEOUT = "10m";
var DEFAULT_NAMESPACE = "default";
async function followRollouts(request, config, deps) {
  if (!deps.kubeConfig) {
    const what = "names" in request ? `rollout ${request.names.join(", ")}` : `--selector ${request.selector}`;
    throw new UsageError(`following ${what} needs a cluster: pass --kubeconfig FILE, set KUBECONFIG, or run inside the cluster.`);
  }
  const api = kubeObjectApi(deps.kubeConfig);
  const settings = config.settings;
  const options = { timeoutMs: timeoutOf(settings["rollout-timeout"]), successOnPause: settings["success-on-pause"] === true, log: deps.log ?? (() => {
  }) };
  const namespace = typeof settings.namespace === "string" && settings.namespace !== "" ? settings.namespace : DEFAULT_NAMESPACE;
  const kind = settings.kind === "rollout" || settings.kind === "canary" ? settings.kind : void 0;
  const image = typeof settings.image === "string" && settings.image !== "" ? settings.image : void 0;
  const started = performance.now();
  const targets = "names" in request ? await targetsByName(api, request.names, namespace, kind) : await targetsBySelector(api, request.selector, namespace, kind);
  const releaseChecks = startReleaseChecks(config, deps);
  const followed = await followAll(targets, (target, signal) => follow(api, target, namespace, { ...options, signal })).catch(async (error) => {
    await releaseChecks.stop();
    throw error;
  });
  const release = await releaseChecks.finish(followed.flatMap((entry) => entry.kind === "Rollout" ? [entry.outcome] : []));
  return {
    findings: [...followed.flatMap((entry) => verdictFindings(entry, config, { image })), ...release.findings],
    stats: {
      mode: "follow",
      rollouts: followed.map((entry) => entry.kind === "Rollout" ? rolloutStats(entry.outcome) : canaryStats(entry.outcome)),
      ...release.stats,
      durationMs: Math.round(performance.now() - started)
    }
  };
}
function timeoutOf(setting) {
  const text = typeof setting === "string" ? setting : DEFAULT_TIMEOUT;
  const timeoutMs = parseDuration(text);
  if (timeoutMs === void 0) throw new UsageError(`rollout-timeout: got '${text}'; expected a Go-style duration such as 10m, 90s or 1h30m.`);
  return timeoutMs;
}
async function followAll(targets, followOne) {
  const controller = new AbortController();
  try {
    return await Promise.all(targets.map((target) => followOne(target, controller.signal)));
  } finally {
    controller.abort("another object could not be followed");
  }
}
async function follow(api, target, namespace, options) {
  const ref = { name: target.name, namespace };
  if (target.kind === "Rollout") return { kind: "Rollout", outcome: await followRollout(api, ref, options, target.object) };
  return { kind: "Canary", outcome: await followCanary(api, ref, options, target.object) };
}
function verdictFindings(followed, config, context) {
  const { ref, phase } = followed.outcome;
  return rulesOf(VERDICT_RULES).flatMap((rule) => {
    const severity = severityFor(rule.meta, config.rules[rule.meta.id]?.severity);
    if (!severity) return [];
    const report = verdictOf2(rule, followed, context);
    if (!report) return [];
    return [
      {
        analyzer: "rollout",
        rule: rule.meta.id,
        category: rule.meta.category,
        severity,
        message: report.message,
        suggestion: report.suggestion,
        fingerprint: fingerprintOf(rule.meta.id, followed),
        data: { rollout: ref.name, namespace: ref.namespace, kind: followed.kind, phase }
      }
    ];
  });
}
function fingerprintOf(rule, followed) {
  const { namespace, name } = followed.outcome.ref;
  const key = followed.kind === "Rollout" ? `${rule}\0${namespace}/${name}` : `${rule}\0Canary\0${namespace}/${name}`;
  return createHash2("sha256").update(key).digest("hex").slice(0, 32);
}
function verdictOf2(rule, followed, context) {
  if (followed.kind === "Rollout") return rule.check(followed.outcome, context);
  return rule.checkCanary?.(followed.outcome, context);
}
export {
  followRollouts
};
