import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  ObjectCustomObjectsApi,
  Watch
} from "./chunk-chunk-3BAFH7UG.js";
import {
  registerSecret
} from "./chunk-chunk-V4K7GZ5P.js";
import {
  JUDGE_RULES,
  METRIC_RULES,
  PROBE_RULES,
  VERDICT_RULES,
  formatNumber,
  isIndefinitePause,
  parseCondition,
  parseDuration,
  readCanaryJudgeSettings,
  stepKinds,
  syntaxErrorText,
  usesUncoveredSyntax
} from "./chunk-chunk-JTAD7NCS.js";
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

// src/rollout/cluster/kube-resources.ts
var ROLLOUTS = { group: "argoproj.io", version: "v1alpha1", plural: "rollouts", kind: "Rollout" };
var ANALYSIS_RUNS = { group: "argoproj.io", version: "v1alpha1", plural: "analysisruns", kind: "AnalysisRun" };
var CANARIES = { group: "flagger.app", version: "v1beta1", plural: "canaries", kind: "Canary" };
var REPLICA_SETS = { group: "apps", version: "v1", plural: "replicasets", kind: "ReplicaSet" };
var DEPLOYMENTS = { group: "apps", version: "v1", plural: "deployments", kind: "Deployment" };
function resourceName(resource) {
  return `${resource.plural}.${resource.group}`;
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

// src/rollout/cluster/cluster-error.ts
function httpStatusOf(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const { code, statusCode } = error;
  if (typeof code === "number") return code;
  if (typeof statusCode === "number") return statusCode;
  return void 0;
}
var ClusterReadError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
    this.name = "ClusterReadError";
  }
  status;
};
function clusterReadError(target, error) {
  const status = httpStatusOf(error);
  const resource = resourceName(target.resource);
  const object = target.name === void 0 ? "" : ` '${target.name}'`;
  const where = `namespace '${target.namespace}'`;
  if (status === 404 && target.name !== void 0) {
    return new ClusterReadError(`${target.resource.kind} '${target.name}' not found in ${where}: check the name and --namespace (the rollout input / namespace setting), and that the deploy step created it.`, status);
  }
  if (status === 401) {
    return new ClusterReadError(`cannot ${target.verb} ${resource}${object} in ${where}: the API server rejected the credentials (HTTP 401); check the kubeconfig user and --context.`, status);
  }
  if (status === 403) {
    return new ClusterReadError(`forbidden: cannot ${target.verb} ${resource}${object} in ${where} (HTTP 403); grant get, list and watch on ${resource} to the checker's account (see docs/rbac.yaml).`, status);
  }
  const systemCode = error?.code;
  if (status === void 0 && typeof systemCode === "string") {
    return new ClusterReadError(`cannot reach the Kubernetes API server at ${target.server} (${systemCode}) to ${target.verb} ${resource}${object} in ${where}: check the cluster's server in the kubeconfig, --context, and that this runner can reach it.`, void 0);
  }
  const detail = status === void 0 ? error instanceof Error ? error.message : String(error) : `HTTP ${status}${statusMessage(error)}`;
  return new ClusterReadError(`cannot ${target.verb} ${resource}${object} in ${where}: ${detail}`, status);
}
function statusMessage(error) {
  const body = error?.body;
  const parsed = typeof body === "string" ? safeJson(body) : body;
  const message = parsed?.message;
  return typeof message === "string" && message !== "" ? `: ${message}` : "";
}
function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function displayServer(server) {
  if (!server) return "(no server configured)";
  try {
    const url = new URL(server);
    url.username = "";
    url.password = "";
    url.search = "";
    return url.toString().replace(/\/$/, "");
  } catch {
    return "(an unparsable server URL)";
  }
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
  const crossing = (quantile) => {
    const fLower = atLowest - quantile;
    if (fLower <= 0) return lowest;
    const fUpper = atHighest - quantile;
    if (fUpper >= 0) return highest;
    return brentRoot((d) => corrected(d) - quantile, { lower: lowest, upper: highest, fLower, fUpper, tolerance: ROOT_TOLERANCE });
  };
  const lower = crossing(-normalQuantile(alpha / 2));
  const upper = crossing(normalQuantile(alpha / 2));
  const uncorrected = (d) => standardisedShift(x, y, d, false);
  const estimate = brentRoot(uncorrected, { lower: lowest, upper: highest, fLower: uncorrected(lowest), fUpper: uncorrected(highest), tolerance: ROOT_TOLERANCE });
  return { method: "normal", statistic, pValue, estimate, confidenceInterval: [lower, upper] };
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

// src/rollout/judge/classify-metric.ts
var CONFIDENCE = 0.98;
var TOLERANCE = 0.25;
function classifyMetric(samples, settings) {
  const canary = cleaned(samples.canary, settings);
  const stable = cleaned(samples.stable, settings);
  const base = { name: settings.name, group: settings.group, critical: settings.critical, canary: summary(canary), stable: summary(stable) };
  if (canary.length === 0 || stable.length === 0) {
    const missing = [canary.length === 0 ? "canary" : void 0, stable.length === 0 ? "stable" : void 0].filter(Boolean).join(" or ");
    const classification = settings.mustHaveData && !settings.critical ? "NoDataFail" : "NoData";
    return { ...base, classification, criticalFailure: settings.critical, reason: `no ${missing} samples` };
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
    test = shiftTest(canary, stable, sortedCanary, sortedStable);
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
function shiftTest(canary, stable, sortedCanary, sortedStable) {
  if (sortedCanary[0] === sortedCanary[sortedCanary.length - 1] && sortedStable[0] === sortedStable[sortedStable.length - 1]) {
    const shift = sortedCanary[0] - sortedStable[0];
    return { method: "constant", estimate: shift, confidenceInterval: [shift, shift], toleranceBand: TOLERANCE * Math.abs(shift) };
  }
  const result = mannWhitney(canary, stable, CONFIDENCE);
  return {
    method: result.method,
    pValue: result.pValue,
    estimate: result.estimate,
    confidenceInterval: result.confidenceInterval,
    toleranceBand: TOLERANCE * Math.abs(result.estimate)
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
  const metrics = settings.metrics.map((metric) => classifyMetric(byName.get(metric.name) ?? { name: metric.name, canary: [], stable: [] }, metric));
  const groups = groupScores(metrics, settings.groupWeights);
  const { score, forcedToZero } = summaryScore(metrics, groups);
  return { verdict: verdictOf(score, settings), score, ...forcedToZero ? { forcedToZero } : {}, passScore: settings.passScore, marginalScore: settings.marginalScore, groups, metrics };
}
function groupScores(metrics, weights) {
  const names = [...new Set(metrics.map((metric) => metric.group))];
  const unweighted = names.filter((name) => !(name in weights));
  const listedTotal = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
  const sharedWeight = unweighted.length > 0 ? (100 - listedTotal) / unweighted.length : 0;
  return names.map((name) => {
    const members = metrics.filter((metric) => metric.group === name);
    const counted = members.filter((metric) => metric.classification !== "NoData" && metric.classification !== "Error");
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

// src/rollout/metrics/url-without-credentials.ts
function urlWithoutCredentials(text, { keepUser = false } = {}) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return "(not a valid URL)";
  }
  if (!keepUser) url.username = "";
  url.password = "";
  for (const key of [...url.searchParams.keys()]) {
    if (/pass|secret|token|key/i.test(key)) url.searchParams.set(key, "***");
  }
  return url.toString();
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
    const coordinates2 = { group: resource.group, version: resource.version, plural: resource.plural, name: ref.templateName };
    try {
      const object = ref.clusterScope ? await customObjects.getClusterCustomObject(coordinates2) : await customObjects.getNamespacedCustomObject({ ...coordinates2, namespace });
      return object;
    } catch (error) {
      throw clusterReadError({ verb: "get", resource, namespace: ref.clusterScope ? "(cluster)" : namespace, name: ref.templateName, server }, error);
    }
  };
}

// src/rollout/metrics/argo-result.ts
function argoResult(value) {
  if (value.kind === "scalar") return { ok: true, result: value.value };
  if (value.kind === "vector") return { ok: true, result: value.samples.map((sample) => sample.value) };
  return { ok: false, reason: `the query returned a ${value.kind}; Argo Rollouts supports only vectors and scalars (drop a range selector such as [5m] left outside a function)` };
}
function argoValueText(result) {
  if (Array.isArray(result)) return `[${result.map(goFloatText).join(",")}]`;
  return goFloatText(result);
}
function goFloatText(value) {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "+Inf";
  if (value === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(value);
}

// src/rollout/metrics/canary-analyses.ts
function canaryAnalyses(rollout) {
  const canary = rollout.spec?.strategy?.canary;
  if (!canary) return [];
  const analyses = [];
  if (canary.analysis) analyses.push(analysisOf("background", canary.analysis));
  (canary.steps ?? []).forEach((step, index) => {
    if (step.analysis) analyses.push(analysisOf(`step ${index + 1}`, step.analysis));
  });
  return analyses;
}
function analysisOf(usage, block) {
  const templates = (block.templates ?? []).flatMap((entry) => typeof entry.templateName === "string" ? [{ templateName: entry.templateName, clusterScope: entry.clusterScope === true }] : []);
  return { usage, templates, args: block.args ?? [] };
}

// src/rollout/expr/expr-value.ts
var ExprRuntimeError = class extends Error {
};
var ExprUnsupportedError = class extends Error {
};
function typeName(value) {
  if (value === null) return "nil";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "string") return "string";
  if (typeof value === "bigint") return "int";
  if (typeof value === "number") return "float64";
  if (Array.isArray(value)) return "array";
  return "map";
}
function isNumber(value) {
  return typeof value === "bigint" || typeof value === "number";
}
function isMap(value) {
  return value instanceof Map;
}
function int64(value) {
  return BigInt.asIntN(64, value);
}
function toExprValue(input) {
  if (input === null || input === void 0) return null;
  if (typeof input === "boolean" || typeof input === "string" || typeof input === "number") return input;
  if (typeof input === "bigint") return int64(input);
  if (Array.isArray(input)) return input.map(toExprValue);
  if (typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype) {
    return new Map(Object.entries(input).map(([key, value]) => [key, toExprValue(value)]));
  }
  throw new ExprUnsupportedError(`the result is a ${typeof input}, not plain data`);
}
function describeValue(value) {
  if (value === null) return "nil";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return goFloat(value);
  if (Array.isArray(value)) return value.length > 5 ? `[${value.slice(0, 5).map(describeValue).join(", ")}, \u2026]` : `[${value.map(describeValue).join(", ")}]`;
  if (isMap(value)) return `map with keys ${[...value.keys()].join(", ") || "(none)"}`;
  return String(value);
}
function goFloat(value) {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "+Inf";
  if (value === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(value);
}

// src/rollout/expr/expr-functions.ts
var GO_INT_PATTERN = /^[+-]?\d+$/;
var GO_FLOAT_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
var GO_INFINITY_PATTERN = /^([+-]?)(?:inf|infinity)$/i;
var INT64_MIN = -(2n ** 63n);
var INT64_MAX = 2n ** 63n - 1n;
var EXPR_FUNCTIONS = /* @__PURE__ */ new Map([
  ["len", (args) => length(single("len", args))],
  ["abs", (args) => absolute(single("abs", args))],
  ["max", (args) => extreme("max", args)],
  ["min", (args) => extreme("min", args)],
  ["isNaN", (args) => Number.isNaN(float64Argument("isNaN", single("isNaN", args)))],
  ["isInf", (args) => Math.abs(float64Argument("isInf", single("isInf", args))) === Number.POSITIVE_INFINITY],
  ["asInt", (args) => asInt(single("asInt", args))],
  ["asFloat", (args) => asFloat(single("asFloat", args))],
  ["isNil", (args, result) => {
    single("isNil", args);
    return result === null;
  }],
  ["default", (args, result) => {
    if (args.length !== 2) throw new ExprRuntimeError(`default takes 2 arguments, got ${args.length}`);
    return result === null ? args[1] : result;
  }]
]);
function single(name, args) {
  if (args.length !== 1) throw new ExprRuntimeError(`${name} takes 1 argument, got ${args.length}`);
  return args[0];
}
function length(value) {
  if (typeof value === "string") return BigInt([...value].length);
  if (Array.isArray(value)) return BigInt(value.length);
  if (value !== null && isMap(value)) return BigInt(value.size);
  throw new ExprRuntimeError(`invalid argument for len (type ${typeName(value)})`);
}
function absolute(value) {
  if (typeof value === "bigint") return value < 0n ? -value : value;
  if (typeof value === "number") return Math.abs(value);
  throw new ExprRuntimeError(`invalid argument for abs (type ${typeName(value)})`);
}
function extreme(name, args) {
  const candidates = args.flatMap((arg) => Array.isArray(arg) ? arg : [arg]);
  if (candidates.length === 0) throw new ExprRuntimeError(`not enough arguments to call ${name}`);
  let best;
  for (const candidate of candidates) {
    if (!isNumber(candidate)) throw new ExprRuntimeError(`invalid argument for ${name} (type ${typeName(candidate)})`);
    if (Number.isNaN(candidate)) throw new ExprUnsupportedError(`${name} over NaN is outside the evaluated subset`);
    if (best === void 0 || (name === "max" ? Number(candidate) > Number(best) : Number(candidate) < Number(best))) best = candidate;
  }
  return best ?? null;
}
function float64Argument(name, value) {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") throw new ExprUnsupportedError(`${name} of an int is outside the evaluated subset`);
  throw new ExprRuntimeError(`${name} expects a float64, got ${typeName(value)} ${describeValue(value)}`);
}
function asInt(value) {
  if (typeof value === "bigint") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || Math.abs(value) >= 2 ** 63) throw new ExprUnsupportedError(`asInt of ${describeValue(value)} is implementation-defined in Go`);
    return BigInt(Math.trunc(value));
  }
  if (typeof value === "string") {
    const parsed = GO_INT_PATTERN.test(value) ? BigInt(value) : void 0;
    if (parsed === void 0 || parsed < INT64_MIN || parsed > INT64_MAX) throw new ExprRuntimeError(`strconv.ParseInt: parsing ${JSON.stringify(value)}: invalid syntax`);
    return parsed;
  }
  throw new ExprRuntimeError(`asInt() not supported on ${typeName(value)} ${describeValue(value)}`);
}
function asFloat(value) {
  if (isNumber(value)) return Number(value);
  if (typeof value !== "string") throw new ExprRuntimeError(`asFloat() not supported on ${typeName(value)} ${describeValue(value)}`);
  if (GO_FLOAT_PATTERN.test(value)) return Number(value);
  if (/^nan$/i.test(value)) return Number.NaN;
  const infinity = GO_INFINITY_PATTERN.exec(value);
  if (infinity) return infinity[1] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (/^[+-]?0[xX]|_/.test(value)) throw new ExprUnsupportedError(`asFloat of ${JSON.stringify(value)} (hex or underscores) is outside the evaluated subset`);
  throw new ExprRuntimeError(`strconv.ParseFloat: parsing ${JSON.stringify(value)}: invalid syntax`);
}

// src/rollout/expr/expr-operators.ts
function exprEqual(left, right) {
  if (isNumber(left) && isNumber(right)) {
    if (typeof left === "bigint" && typeof right === "bigint") return left === right;
    return Number(left) === Number(right);
  }
  if (Array.isArray(left) || Array.isArray(right) || left !== null && isMap(left) || right !== null && isMap(right)) {
    throw new ExprUnsupportedError("== on lists or maps is outside the evaluated subset");
  }
  return left === right;
}
function applyUnary(operator, operand) {
  if (operator === "not" || operator === "!") {
    if (typeof operand !== "boolean") throw mismatch(operator, operand);
    return !operand;
  }
  if (typeof operand === "bigint") return operator === "-" ? int64(-operand) : operand;
  if (typeof operand === "number") return operator === "-" ? -operand : operand;
  throw mismatch(operator, operand);
}
function applyBinary(operator, left, right) {
  switch (operator) {
    case "==":
      return exprEqual(left, right);
    case "!=":
      return !exprEqual(left, right);
    case "<":
    case ">":
    case "<=":
    case ">=":
      return compare(operator, left, right);
    case "+":
      if (typeof left === "string" && typeof right === "string") return left + right;
      return arithmetic(operator, left, right);
    case "-":
    case "*":
      return arithmetic(operator, left, right);
    case "/":
      if (!isNumber(left) || !isNumber(right)) throw mismatch(operator, left, right);
      return Number(left) / Number(right);
    case "%":
      return modulo(left, right);
    case "**":
    case "^":
      if (!isNumber(left) || !isNumber(right)) throw mismatch(operator, left, right);
      return Number(left) ** Number(right);
    case "in":
      return contains(right, left);
    case "not in":
      return !contains(right, left);
    case "contains":
    case "startsWith":
    case "endsWith":
      return stringTest(operator, left, right);
    case "not contains":
    case "not startsWith":
    case "not endsWith":
      return !stringTest(operator.slice("not ".length), left, right);
    default:
      throw new ExprUnsupportedError(`the operator ${operator} is outside the evaluated subset`);
  }
}
function compare(operator, left, right) {
  if (typeof left === "string" && typeof right === "string") return ordered(operator, left, right);
  if (!isNumber(left) || !isNumber(right)) throw mismatch(operator, left, right);
  if (typeof left === "bigint" && typeof right === "bigint") return ordered(operator, left, right);
  return ordered(operator, Number(left), Number(right));
}
function ordered(operator, left, right) {
  if (operator === "<") return left < right;
  if (operator === ">") return left > right;
  if (operator === "<=") return left <= right;
  return left >= right;
}
function arithmetic(operator, left, right) {
  if (!isNumber(left) || !isNumber(right)) throw mismatch(operator, left, right);
  if (typeof left === "bigint" && typeof right === "bigint") {
    if (operator === "+") return int64(left + right);
    if (operator === "-") return int64(left - right);
    return int64(left * right);
  }
  if (operator === "+") return Number(left) + Number(right);
  if (operator === "-") return Number(left) - Number(right);
  return Number(left) * Number(right);
}
function modulo(left, right) {
  if (typeof left !== "bigint" || typeof right !== "bigint") throw mismatch("%", left, right);
  if (right === 0n) throw new ExprRuntimeError("integer divide by zero");
  return left % right;
}
function contains(container, needle) {
  if (Array.isArray(container)) return container.some((element) => exprEqual(element, needle));
  if (container !== null && isMap(container)) {
    if (typeof needle !== "string") throw mismatch("in", needle, container);
    return container.has(needle);
  }
  throw mismatch("in", needle, container);
}
function stringTest(operator, left, right) {
  if (typeof left !== "string" || typeof right !== "string") throw mismatch(operator, left, right);
  if (operator === "contains") return left.includes(right);
  if (operator === "startsWith") return left.startsWith(right);
  return left.endsWith(right);
}
function mismatch(operator, ...operands) {
  if (operands.length === 1) return new ExprRuntimeError(`invalid operation: ${operator} (mismatched type ${typeName(operands[0])})`);
  return new ExprRuntimeError(`invalid operation: ${operator} (mismatched types ${typeName(operands[0])} and ${typeName(operands[1])})`);
}

// src/rollout/expr/evaluate-expression.ts
var PREDICATE_FUNCTIONS = /* @__PURE__ */ new Set(["all", "any", "none", "one", "filter", "map", "count"]);
var UNCOVERED_BUILTINS = /* @__PURE__ */ new Set([
  "sum",
  "mean",
  "median",
  "first",
  "last",
  "round",
  "floor",
  "ceil",
  "int",
  "float",
  "string",
  "trim",
  "trimPrefix",
  "trimSuffix",
  "upper",
  "lower",
  "split",
  "join",
  "replace",
  "repeat",
  "indexOf",
  "lastIndexOf",
  "hasPrefix",
  "hasSuffix",
  "type",
  "toJSON",
  "fromJSON",
  "toBase64",
  "fromBase64",
  "now",
  "duration",
  "date",
  "timezone",
  "keys",
  "values",
  "reduce",
  "groupBy",
  "sortBy",
  "sort",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
  "concat",
  "flatten",
  "uniq",
  "reverse",
  "get",
  "toPairs",
  "fromPairs",
  "bitand",
  "bitor",
  "bitxor",
  "bitnand",
  "bitnot",
  "bitshl",
  "bitshr",
  "bitushr",
  "take"
]);
var INT64_MAX2 = 2n ** 63n - 1n;
function evaluateExpression(node, scope) {
  switch (node.type) {
    case "Literal":
      return literal(node);
    case "Identifier":
      return identifier(node.name, scope);
    case "Group":
      return evaluateExpression(node.expression, scope);
    case "UnaryExpression": {
      const unary = node;
      return applyUnary(unary.operator, evaluateExpression(unary.argument, scope));
    }
    case "BinaryExpression":
      return binary(node, scope);
    case "ConditionalExpression": {
      const conditional = node;
      const test = evaluateExpression(conditional.test, scope);
      if (typeof test !== "boolean") throw new ExprRuntimeError(`non-bool expression (type ${typeName(test)}) used as condition`);
      return evaluateExpression(test ? conditional.consequent : conditional.alternate, scope);
    }
    case "MemberExpression":
      return member(node, scope);
    case "CallExpression":
      return call(node, scope);
    case "ArrayExpression":
      return node.elements.map((element) => {
        if (element === null) throw new ExprUnsupportedError("a list with an empty slot is not expr-lang");
        return evaluateExpression(element, scope);
      });
    case "Closure":
      throw new ExprUnsupportedError("map literals ({\u2026} outside a predicate) are outside the evaluated subset");
    case "ThisExpression":
      throw new ExprRuntimeError("unknown name this");
    default:
      throw new ExprUnsupportedError(`${node.type} is outside the evaluated subset`);
  }
}
function literal(node) {
  if (typeof node.value !== "number") return node.value instanceof RegExp ? String(node.value) : node.value;
  if (/[.eE]/.test(node.raw)) return node.value;
  const integer = BigInt(node.raw);
  if (integer > INT64_MAX2) throw new ExprUnsupportedError(`the integer ${node.raw} overflows int64`);
  return integer;
}
function identifier(name, scope) {
  if (name === "result") return scope.result;
  if (name === "#") {
    if (!("element" in scope)) throw new ExprRuntimeError("# is only defined inside a predicate such as all(result, {# > 0})");
    return scope.element ?? null;
  }
  if (name.startsWith("#")) throw new ExprUnsupportedError(`${name} is outside the evaluated subset`);
  throw new ExprRuntimeError(`unknown name ${name}`);
}
function binary(node, scope) {
  const { operator } = node;
  if (operator === "and" || operator === "&&") return logical(operator, node, scope, false);
  if (operator === "or" || operator === "||") return logical(operator, node, scope, true);
  if (operator === "??") {
    const left = evaluateExpression(node.left, scope);
    return left === null ? evaluateExpression(node.right, scope) : left;
  }
  if ((operator === "**" || operator === "^") && node.left.type === "UnaryExpression") {
    const unary = node.left;
    return applyUnary(unary.operator, applyBinary(operator, evaluateExpression(unary.argument, scope), evaluateExpression(node.right, scope)));
  }
  return applyBinary(operator, evaluateExpression(node.left, scope), evaluateExpression(node.right, scope));
}
function logical(operator, node, scope, stopsOn) {
  const left = evaluateExpression(node.left, scope);
  if (typeof left !== "boolean") throw new ExprRuntimeError(`invalid operation: ${operator} (mismatched types ${typeName(left)} and bool)`);
  if (left === stopsOn) return left;
  const right = evaluateExpression(node.right, scope);
  if (typeof right !== "boolean") throw new ExprRuntimeError(`invalid operation: ${operator} (mismatched types bool and ${typeName(right)})`);
  return right;
}
function member(node, scope) {
  const object = evaluateExpression(node.object, scope);
  if (object === null && node.optional === true) return null;
  const key = node.computed ? evaluateExpression(node.property, scope) : node.property.name;
  return fetch2(object, key);
}
function fetch2(from, key) {
  if (Array.isArray(from)) {
    if (typeof key !== "bigint" && typeof key !== "number") throw new ExprRuntimeError(`cannot use ${typeName(key)} as index to array`);
    if (typeof key === "number" && !Number.isFinite(key)) throw new ExprUnsupportedError(`indexing with ${describeValue(key)} is outside the evaluated subset`);
    const requested = typeof key === "bigint" ? Number(key) : Math.trunc(key);
    const index = requested < 0 ? from.length + requested : requested;
    if (index < 0 || index >= from.length) throw new ExprRuntimeError(`index out of range: ${index} (array length is ${from.length})`);
    return from[index];
  }
  if (from !== null && isMap(from)) {
    if (typeof key !== "string") throw new ExprRuntimeError(`cannot use ${typeName(key)} as a map key`);
    return from.get(key) ?? null;
  }
  if (typeof from === "string") throw new ExprUnsupportedError("indexing into a string is outside the evaluated subset");
  throw new ExprRuntimeError(`cannot fetch ${typeof key === "string" ? key : describeValue(key)} from ${typeName(from)}`);
}
function call(node, scope) {
  if (node.callee.type !== "Identifier") throw new ExprUnsupportedError("method calls are outside the evaluated subset");
  const name = node.callee.name;
  if (PREDICATE_FUNCTIONS.has(name)) return predicateCall(name, node.arguments, scope);
  const builtin = EXPR_FUNCTIONS.get(name);
  if (builtin) return builtin(node.arguments.map((argument) => evaluateExpression(argument, scope)), scope.result);
  if (UNCOVERED_BUILTINS.has(name)) throw new ExprUnsupportedError(`the function ${name}() is outside the evaluated subset`);
  throw new ExprRuntimeError(`unknown name ${name}`);
}
function predicateCall(name, args, scope) {
  if (args.length !== 2) throw new ExprUnsupportedError(`${name}() with ${args.length} argument(s) is outside the evaluated subset`);
  const list = evaluateExpression(args[0], scope);
  if (!Array.isArray(list)) throw new ExprRuntimeError(`cannot iterate over ${typeName(list)}`);
  const body = args[1].type === "Closure" ? args[1].body : args[1];
  const apply = (element) => evaluateExpression(body, { result: scope.result, element });
  const test = (element) => {
    const outcome = apply(element);
    if (typeof outcome !== "boolean") throw new ExprRuntimeError(`predicate of ${name}() returned ${typeName(outcome)}, expected bool`);
    return outcome;
  };
  switch (name) {
    case "all":
      return list.every(test);
    case "any":
      return list.some(test);
    case "none":
      return !list.some(test);
    case "one":
      return list.filter(test).length === 1;
    case "filter":
      return list.filter(test);
    case "count":
      return BigInt(list.filter(test).length);
    default:
      return list.map(apply);
  }
}

// src/rollout/expr/evaluate-condition.ts
var ARGO_RECORDS_ERROR = "; Argo Rollouts records such a measurement as Error";
function evaluateCondition(source, result) {
  const parsed = parseCondition(source);
  if (!parsed.ok) {
    const syntax = syntaxErrorText(parsed);
    if (usesUncoveredSyntax(source)) return notEvaluated(`it uses expr-lang syntax outside the evaluated subset (${syntax})`);
    return notEvaluated(`it is not valid expr-lang (${syntax})${ARGO_RECORDS_ERROR}`);
  }
  try {
    const value = evaluateExpression(parsed.ast, { result: toExprValue(result) });
    if (typeof value !== "boolean") return notEvaluated(`it yields ${typeName(value)}, not bool${ARGO_RECORDS_ERROR}`);
    return { evaluated: true, value };
  } catch (error) {
    if (error instanceof ExprRuntimeError) return notEvaluated(`${error.message}${ARGO_RECORDS_ERROR}`);
    if (error instanceof ExprUnsupportedError) return notEvaluated(error.message);
    return notEvaluated(error instanceof Error ? error.message : String(error));
  }
}
function notEvaluated(reason) {
  return { evaluated: false, reason: `condition not evaluated: ${reason}` };
}

// src/rollout/metrics/measurement-phase.ts
function measurementPhase(result, successCondition, failureCondition) {
  const success = decide2(successCondition, result);
  if ("reason" in success) return { evaluated: false, reason: `successCondition '${successCondition}': ${success.reason}` };
  const failure = decide2(failureCondition, result);
  if ("reason" in failure) return { evaluated: false, reason: `failureCondition '${failureCondition}': ${failure.reason}` };
  if (success.value === void 0 && failure.value === void 0) return { evaluated: true, phase: "Successful" };
  const failed = failure.value ?? !success.value;
  const succeeded = success.value ?? !failure.value;
  if (failed) return { evaluated: true, phase: "Failed" };
  return { evaluated: true, phase: succeeded ? "Successful" : "Inconclusive" };
}
function decide2(condition, result) {
  if (condition === void 0 || condition === "") return { value: void 0 };
  const outcome = evaluateCondition(condition, result);
  return outcome.evaluated ? { value: outcome.value } : { reason: outcome.reason.replace(/^condition not evaluated: /, "") };
}

// src/rollout/metrics/resolve-analysis-args.ts
function resolveAnalysisArgs(templateArgs, rolloutArgs, rollout) {
  const merged = /* @__PURE__ */ new Map();
  for (const arg of [...templateArgs, ...rolloutArgs]) {
    if (arg.name === void 0) continue;
    const declared = merged.get(arg.name);
    merged.set(arg.name, arg.value === void 0 && arg.valueFrom === void 0 && declared ? declared : arg);
  }
  const values = {};
  for (const [name, arg] of merged) {
    const value = argValue(arg, rollout);
    if (typeof value !== "string") return { ok: false, reason: `arg '${name}' ${value.reason}` };
    values[name] = value;
  }
  return { ok: true, values };
}
function argValue(arg, rollout) {
  if (arg.value !== void 0) return String(arg.value);
  const from = arg.valueFrom;
  if (!from) return { reason: "has no value: neither the template nor the Rollout gives one" };
  if (from.secretKeyRef) return { reason: `comes from Secret '${from.secretKeyRef.name ?? ""}', which the checker does not read` };
  if (from.podTemplateHashValue !== void 0) return podTemplateHash(from.podTemplateHashValue, rollout);
  if (from.fieldRef?.fieldPath !== void 0) return fieldValue(from.fieldRef.fieldPath, rollout);
  return { reason: "has a valueFrom the checker does not know" };
}
function podTemplateHash(which, rollout) {
  const status = rollout.status ?? {};
  const hash = which === "Latest" ? status.currentPodHash : which === "Stable" ? status.stableRS : void 0;
  if (which !== "Latest" && which !== "Stable") return { reason: `asks for podTemplateHashValue '${which}'; expected Latest or Stable` };
  return hash ?? { reason: `needs the ${which} pod-template-hash, which the Rollout's status does not have yet` };
}
function fieldValue(fieldPath, rollout) {
  const metadata = rollout.metadata ?? {};
  if (fieldPath === "metadata.name" && metadata.name !== void 0) return metadata.name;
  if (fieldPath === "metadata.namespace" && metadata.namespace !== void 0) return metadata.namespace;
  const keyed = /^metadata\.(labels|annotations)\['([^']+)'\]$/.exec(fieldPath);
  const value = keyed ? metadata[keyed[1]]?.[keyed[2]] : void 0;
  return value ?? { reason: `reads ${fieldPath} from the Rollout, which is not set (or not a path the checker resolves)` };
}

// src/rollout/metrics/substitute-args.ts
var PLACEHOLDER = /\{\{\s*args\.([A-Za-z0-9_.-]+?)\s*\}\}/g;
function substituteArgs(template, values) {
  const missing = [...template.matchAll(PLACEHOLDER)].map((match) => match[1]).filter((name) => !(name in values));
  if (missing.length > 0) return { ok: false, reason: `the query uses {{args.${missing[0]}}}, which no arg declares` };
  return { ok: true, text: template.replace(PLACEHOLDER, (_, name) => values[name]) };
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
var PLACEHOLDER2 = /\{\{\s*([^{}]*?)\s*\}\}/g;
var ROLLOUT_PLACEHOLDERS = ["name", "namespace", "canary-hash", "stable-hash"];
function unknownRolloutPlaceholder(query) {
  return [...query.matchAll(PLACEHOLDER2)].map((match) => match[1]).find((name) => valueKey(name) === void 0);
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
  const filled = query.replace(PLACEHOLDER2, (text, placeholder) => {
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
    return filled === void 0 ? [] : pointValues(await prometheus.queryRange(filled, window));
  };
  const samples = [];
  for (const metric of settings.metrics) {
    const [canary, stable] = await Promise.all([side(metric.canary), side(metric.stable)]);
    samples.push({ name: metric.name, canary, stable });
  }
  return samples;
}
function pointValues(series) {
  return series.flatMap((entry) => entry.points.map((point) => point.value));
}

// src/rollout/metrics/prometheus-value.ts
function sampleNumber(text) {
  if (text === "+Inf") return Number.POSITIVE_INFINITY;
  if (text === "-Inf") return Number.NEGATIVE_INFINITY;
  return Number(text);
}
function prometheusValueOf(data) {
  if (typeof data !== "object" || data === null) return void 0;
  const { resultType, result } = data;
  if (resultType === "scalar" && Array.isArray(result)) return { kind: "scalar", value: sampleNumber(String(result[1])) };
  if (resultType === "string" && Array.isArray(result)) return { kind: "string", value: String(result[1]) };
  if (!Array.isArray(result)) return void 0;
  const series = result;
  if (resultType === "vector") {
    return { kind: "vector", samples: series.map((entry) => ({ labels: entry.metric ?? {}, value: sampleNumber(String(entry.value?.[1])) })) };
  }
  if (resultType === "matrix") {
    return {
      kind: "matrix",
      series: series.map((entry) => ({
        labels: entry.metric ?? {},
        points: (entry.values ?? []).map(([time, value]) => ({ time, value: sampleNumber(value) }))
      }))
    };
  }
  return void 0;
}

// src/rollout/metrics/prometheus-client.ts
var DEFAULT_PROMETHEUS_TIMEOUT_MS = 3e4;
var PrometheusError = class extends Error {
  name = "PrometheusError";
};
function prometheusClient(options) {
  const base = new URL(options.url);
  const authorization = base.username || base.password ? `Basic ${Buffer.from(`${decodeURIComponent(base.username)}:${decodeURIComponent(base.password)}`).toString("base64")}` : void 0;
  registerSecret(decodeURIComponent(base.password));
  registerSecret(authorization?.slice("Basic ".length));
  base.username = "";
  base.password = "";
  if (!base.pathname.endsWith("/")) base.pathname += "/";
  const endpoint = urlWithoutCredentials(base.toString());
  const send = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_PROMETHEUS_TIMEOUT_MS;
  async function call2(path, promql, form) {
    const headers = { "content-type": "application/x-www-form-urlencoded", accept: "application/json" };
    if (authorization) headers.authorization = authorization;
    let response;
    let text;
    try {
      response = await send(new URL(path, base), { method: "POST", headers, body: new URLSearchParams({ query: promql, ...form }), signal: AbortSignal.timeout(timeoutMs) });
      text = await response.text();
    } catch (error) {
      throw transportError(error, endpoint, promql, timeoutMs);
    }
    return valueOf(response.status, text, endpoint, promql);
  }
  return {
    endpoint,
    query(promql, at) {
      return call2("api/v1/query", promql, at ? { time: unixSeconds(at) } : {});
    },
    async queryRange(promql, window) {
      const value = await call2("api/v1/query_range", promql, { start: unixSeconds(window.start), end: unixSeconds(window.end), step: String(window.stepSeconds) });
      if (value.kind !== "matrix") throw new PrometheusError(`Prometheus at ${endpoint} answered the range query '${promql}' with a ${value.kind}, not a matrix.`);
      return value.series;
    }
  };
}
function unixSeconds(date) {
  return String(date.getTime() / 1e3);
}
function valueOf(status, text, endpoint, promql) {
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new PrometheusError(
      `Prometheus at ${endpoint} answered the query '${promql}' with HTTP ${status} and no Prometheus API response; check that prometheus-url is the Prometheus server's base URL (such as http://prometheus:9090), not a page in front of it.`
    );
  }
  if (body.status !== "success") {
    const reason = [body.errorType, body.error].filter((part) => typeof part === "string" && part !== "").join(": ");
    throw new PrometheusError(`Prometheus at ${endpoint} refused the query '${promql}' (HTTP ${status}): ${reason || "no error text"}.`);
  }
  const value = prometheusValueOf(body.data);
  if (!value) throw new PrometheusError(`Prometheus at ${endpoint} answered the query '${promql}' with a result of unknown shape.`);
  return value;
}
function transportError(error, endpoint, promql, timeoutMs) {
  const { name, cause } = errorFields(error);
  if (name === "TimeoutError" || name === "AbortError") {
    return new PrometheusError(`Prometheus at ${endpoint} did not answer the query '${promql}' within ${timeoutMs / 1e3}s; check that it is up and not overloaded, or simplify the query.`);
  }
  return new PrometheusError(`cannot reach Prometheus at ${endpoint} for the query '${promql}': ${cause}; check prometheus-url and that Prometheus is running.`);
}
function errorFields(error) {
  const { name, message, cause } = typeof error === "object" && error !== null ? error : {};
  const reason = typeof cause?.message === "string" ? cause.message : typeof message === "string" ? message : String(error);
  return { name: typeof name === "string" ? name : "", cause: reason };
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
    if (items.every((item) => GO_FLOAT.test(item))) return { ok: true, result: items.map(goFloat2) };
  } else if (GO_FLOAT.test(trimmed)) {
    return { ok: true, result: goFloat2(trimmed) };
  }
  return { ok: false, reason: `the stored value '${text}' is neither a number nor a list of numbers, so the result the condition saw is unknown` };
}
function goFloat2(text) {
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

// src/rollout/cluster/kube-object-api.ts
var HTTP_GONE = 410;
function kubeObjectApi(kubeConfig) {
  const customObjects = kubeConfig.makeApiClient(ObjectCustomObjectsApi);
  const watcher = new Watch(kubeConfig);
  const server = displayServer(kubeConfig.getCurrentCluster()?.server);
  const target = (verb, resource, namespace, name) => ({ verb, resource, namespace, name, server });
  return {
    async get(resource, ref) {
      try {
        return await customObjects.getNamespacedCustomObject({ ...coordinates(resource), namespace: ref.namespace, name: ref.name });
      } catch (error) {
        throw clusterReadError(target("get", resource, ref.namespace, ref.name), error);
      }
    },
    async list(resource, namespace, labelSelector) {
      try {
        const list = await customObjects.listNamespacedCustomObject({ ...coordinates(resource), namespace, labelSelector });
        return list.items ?? [];
      } catch (error) {
        throw clusterReadError(target("list", resource, namespace), error);
      }
    },
    async watch(resource, ref, resourceVersion, onEvent, onEnd) {
      let stopped = false;
      const path = `/apis/${resource.group}/${resource.version}/namespaces/${encodeURIComponent(ref.namespace)}/${resource.plural}`;
      const controller = await watcher.watch(
        path,
        { fieldSelector: `metadata.name=${ref.name}`, resourceVersion },
        (type, object) => {
          if (stopped) return;
          const event = watchEvent(type, object);
          if (event) onEvent(event);
        },
        (error) => {
          if (stopped) return;
          stopped = true;
          if (error === null || error === void 0 || httpStatusOf(error) === void 0) return onEnd();
          if (httpStatusOf(error) === HTTP_GONE) {
            onEvent({ kind: "gone" });
            return onEnd();
          }
          onEnd(clusterReadError(target("watch", resource, ref.namespace, ref.name), error));
        }
      );
      return {
        stop() {
          stopped = true;
          controller.abort();
        }
      };
    }
  };
}
function coordinates(resource) {
  return { group: resource.group, version: resource.version, plural: resource.plural };
}
function watchEvent(type, object) {
  if (type === "ADDED" || type === "MODIFIED") return { kind: "object", object };
  if (type === "ERROR" && object?.code === HTTP_GONE) return { kind: "gone" };
  return void 0;
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
