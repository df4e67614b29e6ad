import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);

// src/core/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
function parseDuration(text) {
  const trimmed = text.trim();
  if (!DURATION.test(trimmed)) return void 0;
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) total += Number(amount) * UNIT_MS[unit];
  return total;
}

// src/rollout/verdict-rules/abort-reason.ts
var ABORTED = "RolloutAborted";
function isAborted(rollout) {
  if (rollout.status?.abort === true) return true;
  return (rollout.status?.conditions ?? []).some((condition) => condition.reason === ABORTED);
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
    return {
      message: `Rollout '${name}' in namespace '${namespace}' was aborted: ${outcome.message || "no message recorded"}`,
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
    description: "A Rollout that was neither Healthy nor Degraded when the rollout-timeout ran out."
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
  }
};

// src/rollout/verdict-rules/index.ts
var VERDICT_RULES = [rolloutAborted, rolloutDegraded, rolloutRolledBack, rolloutTimeout];

// src/rollout/status/step-kind.ts
var STEP_KINDS = ["setWeight", "pause", "experiment", "analysis", "setCanaryScale", "setHeaderRoute", "setMirrorRoute", "plugin"];
function stepKinds(step) {
  return STEP_KINDS.filter((kind) => step[kind] !== void 0);
}
function isIndefinitePause(step) {
  if (step.pause === void 0) return false;
  return typeof step.pause !== "object" || step.pause === null || !("duration" in step.pause) || step.pause.duration === void 0;
}

export {
  STEP_KINDS,
  stepKinds,
  isIndefinitePause,
  parseDuration,
  VERDICT_RULES
};
