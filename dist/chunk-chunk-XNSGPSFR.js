import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  toList
} from "./chunk-chunk-22CDBMWX.js";

// src/rollout/cluster/rollout-selector.ts
function rolloutSelector(setting) {
  if (typeof setting !== "string") return void 0;
  const selector = setting.trim();
  return selector === "" ? void 0 : selector;
}

// src/rollout/rollout-names.ts
function rolloutNames(setting) {
  if (typeof setting === "string") return toList(setting);
  if (Array.isArray(setting)) return toList(setting.filter((name) => typeof name === "string"));
  return [];
}

export {
  rolloutSelector,
  rolloutNames
};
