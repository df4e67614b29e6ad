import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  ObjectCustomObjectsApi,
  Watch
} from "./chunk-chunk-3BAFH7UG.js";
import {
  VERDICT_RULES,
  isIndefinitePause,
  parseDuration,
  stepKinds
} from "./chunk-chunk-IH5JV4JD.js";
import {
  UsageError
} from "./chunk-chunk-YJM7H7OX.js";
import "./chunk-chunk-SZAZ6YND.js";

// src/rollout/cluster/follow-rollouts.ts
import { createHash } from "node:crypto";

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

// src/rollout/cluster/follow-rollout.ts
var DEFAULT_RECONNECT_DELAY_MS = 250;
var PROMOTION_PAUSES = /* @__PURE__ */ new Set(["InconclusiveAnalysisRun", "InconclusiveExperiment"]);
async function followRollout(api, ref, options) {
  const first = await api.get(ref);
  return new Promise((resolve, reject) => {
    let latest = first;
    let lastLine = "";
    let handle;
    let finished = false;
    const finish = (outcome) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      handle?.stop();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(() => finish(outcomeOf(ref, latest, "timeout")), options.timeoutMs);
    const observe = (rollout) => {
      latest = rollout;
      const line = progressLine(ref, rollout);
      if (line !== lastLine) options.log(line);
      lastLine = line;
      const ending = endingOf(rollout, options.successOnPause);
      if (ending) finish(outcomeOf(ref, rollout, ending));
    };
    const startWatch = async (resourceVersion) => {
      let gone = false;
      handle = await api.watch(
        ref,
        resourceVersion,
        (event) => {
          if (event.kind === "gone") gone = true;
          else observe(event.rollout);
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
          options.log(`${ref.namespace}/${ref.name}: watch expired (410 Gone); reading the rollout again`);
          observe(await api.get(ref));
          if (finished) return;
        }
        await startWatch(latest.metadata?.resourceVersion);
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
      }
    };
    observe(first);
    if (!finished) void resume(false);
  });
}
function endingOf(rollout, successOnPause) {
  const { phase } = rolloutPhase(rollout);
  if (phase === "Healthy") return "healthy";
  if (phase === "Degraded") return "degraded";
  if (phase === "Paused" && successOnPause) return "paused";
  return void 0;
}
function outcomeOf(ref, rollout, ending) {
  return { ref, ending, rollout, needsPromotion: needsPromotion(rollout), ...rolloutPhase(rollout) };
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

// src/rollout/cluster/cluster-error.ts
function httpStatusOf(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const { code, statusCode } = error;
  if (typeof code === "number") return code;
  if (typeof statusCode === "number") return statusCode;
  return void 0;
}
function clusterReadError(verb, ref, error) {
  const status = httpStatusOf(error);
  const where = `namespace '${ref.namespace}'`;
  if (status === 404) {
    return new Error(`Rollout '${ref.name}' not found in ${where}: check the name and --namespace (the rollout input / namespace setting), and that the deploy step created it.`);
  }
  if (status === 401) {
    return new Error(`cannot ${verb} rollouts.argoproj.io '${ref.name}' in ${where}: the API server rejected the credentials (HTTP 401); check the kubeconfig user and --context.`);
  }
  if (status === 403) {
    return new Error(`forbidden: cannot ${verb} rollouts.argoproj.io '${ref.name}' in ${where} (HTTP 403); grant get, list and watch on rollouts.argoproj.io to the checker's account (see docs/rbac.yaml).`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new Error(`cannot ${verb} rollouts.argoproj.io '${ref.name}' in ${where}: ${detail}`);
}

// src/rollout/cluster/kube-rollout-api.ts
var GROUP = "argoproj.io";
var VERSION = "v1alpha1";
var PLURAL = "rollouts";
var HTTP_GONE = 410;
function kubeRolloutApi(kubeConfig) {
  const customObjects = kubeConfig.makeApiClient(ObjectCustomObjectsApi);
  const watcher = new Watch(kubeConfig);
  return {
    async get(ref) {
      try {
        return await customObjects.getNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ref.namespace, plural: PLURAL, name: ref.name });
      } catch (error) {
        throw clusterReadError("get", ref, error);
      }
    },
    async watch(ref, resourceVersion, onEvent, onEnd) {
      let stopped = false;
      const path = `/apis/${GROUP}/${VERSION}/namespaces/${encodeURIComponent(ref.namespace)}/${PLURAL}`;
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
          onEnd(clusterReadError("watch", ref, error));
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
function watchEvent(type, object) {
  if (type === "ADDED" || type === "MODIFIED") return { kind: "object", rollout: object };
  if (type === "ERROR" && object?.code === HTTP_GONE) return { kind: "gone" };
  return void 0;
}

// src/rollout/cluster/rollout-stats.ts
function rolloutStats(outcome) {
  const progress = canaryProgress(outcome.rollout);
  const canary = outcome.rollout.status?.canary ?? {};
  const runs = [
    ["Step", canary.currentStepAnalysisRunStatus],
    ["Background", canary.currentBackgroundAnalysisRunStatus]
  ];
  return {
    name: outcome.ref.name,
    namespace: outcome.ref.namespace,
    phase: outcome.phase,
    message: outcome.message,
    ending: outcome.ending,
    step: progress?.stepIndex,
    steps: progress?.total,
    weights: progress ? { desired: progress.desiredWeight, actual: progress.actualWeight } : void 0,
    analysisRuns: runs.flatMap(([type, run]) => {
      if (typeof run !== "object" || run === null) return [];
      const { name, status, message } = run;
      return [{ type, name: name ?? "", status: status ?? "", message: message ?? "" }];
    })
  };
}

// src/rollout/cluster/follow-rollouts.ts
var DEFAULT_TIMEOUT = "10m";
var DEFAULT_NAMESPACE = "default";
async function followRollouts(names, config, deps) {
  if (!deps.kubeConfig) {
    throw new UsageError(`following rollout ${names.join(", ")} needs a cluster: pass --kubeconfig FILE, set KUBECONFIG, or run inside the cluster.`);
  }
  const api = kubeRolloutApi(deps.kubeConfig);
  const settings = config.settings;
  const timeoutText = typeof settings["rollout-timeout"] === "string" ? settings["rollout-timeout"] : DEFAULT_TIMEOUT;
  const timeoutMs = parseDuration(timeoutText);
  if (timeoutMs === void 0) throw new UsageError(`rollout-timeout: got '${timeoutText}'; expected a Go-style duration such as 10m, 90s or 1h30m.`);
  const namespace = typeof settings.namespace === "string" && settings.namespace !== "" ? settings.namespace : DEFAULT_NAMESPACE;
  const image = typeof settings.image === "string" && settings.image !== "" ? settings.image : void 0;
  const started = performance.now();
  const outcomes = [];
  for (const name of names) {
    outcomes.push(await followRollout(api, { name, namespace }, { timeoutMs, successOnPause: settings["success-on-pause"] === true, log: deps.log ?? (() => {
    }) }));
  }
  return {
    findings: outcomes.flatMap((outcome) => verdictFindings(outcome, config, image)),
    stats: { mode: "follow", rollouts: outcomes.map(rolloutStats), durationMs: Math.round(performance.now() - started) }
  };
}
function verdictFindings(outcome, config, image) {
  return VERDICT_RULES.flatMap((rule) => {
    const configured = config.rules[rule.meta.id]?.severity;
    if (configured === "off") return [];
    const report = rule.check(outcome, { image });
    if (!report) return [];
    return [
      {
        analyzer: "rollout",
        rule: rule.meta.id,
        category: rule.meta.category,
        severity: configured ?? rule.meta.severity,
        message: report.message,
        suggestion: report.suggestion,
        // Per rollout, not per message: a baseline entry should keep matching while the phase message changes.
        fingerprint: createHash("sha256").update(`${rule.meta.id}\0${outcome.ref.namespace}/${outcome.ref.name}`).digest("hex").slice(0, 32),
        data: { rollout: outcome.ref.name, namespace: outcome.ref.namespace, phase: outcome.phase }
      }
    ];
  });
}
export {
  followRollouts
};
