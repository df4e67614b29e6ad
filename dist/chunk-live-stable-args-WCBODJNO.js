import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  ROLLOUTS,
  canaryAnalyses,
  kubeObjectApi,
  resolveAnalysisArgs
} from "./chunk-chunk-TRF5HZMN.js";
import "./chunk-chunk-3BAFH7UG.js";
import "./chunk-chunk-SZAZ6YND.js";

// src/rollout/dry-run/live-stable-args.ts
async function liveStableArgs(kubeConfig, namespace) {
  const rollouts = (await kubeObjectApi(kubeConfig).list(ROLLOUTS, namespace)).sort((a, b) => String(a.metadata?.name).localeCompare(String(b.metadata?.name)));
  return (template) => {
    for (const rollout of rollouts) {
      for (const analysis of canaryAnalyses(rollout)) {
        if (!analysis.templates.some((ref) => ref.templateName === template.name && ref.clusterScope === template.clusterScope)) continue;
        const resolved = resolveAnalysisArgs(template.args, analysis.args, rollout);
        if (resolved.ok) return resolved.values;
      }
    }
    return void 0;
  };
}
export {
  liveStableArgs
};
