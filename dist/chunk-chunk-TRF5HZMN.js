import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  ObjectCustomObjectsApi,
  Watch
} from "./chunk-chunk-3BAFH7UG.js";

// src/rollout/cluster/kube-resources.ts
var ROLLOUTS = { group: "argoproj.io", version: "v1alpha1", plural: "rollouts", kind: "Rollout" };
var ANALYSIS_RUNS = { group: "argoproj.io", version: "v1alpha1", plural: "analysisruns", kind: "AnalysisRun" };
var CANARIES = { group: "flagger.app", version: "v1beta1", plural: "canaries", kind: "Canary" };
var REPLICA_SETS = { group: "apps", version: "v1", plural: "replicasets", kind: "ReplicaSet" };
var DEPLOYMENTS = { group: "apps", version: "v1", plural: "deployments", kind: "Deployment" };
function resourceName(resource) {
  return `${resource.plural}.${resource.group}`;
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

export {
  ROLLOUTS,
  ANALYSIS_RUNS,
  CANARIES,
  REPLICA_SETS,
  DEPLOYMENTS,
  ClusterReadError,
  clusterReadError,
  displayServer,
  canaryAnalyses,
  resolveAnalysisArgs,
  kubeObjectApi
};
