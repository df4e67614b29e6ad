import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  toList
} from "./chunk-chunk-PNQQP5FU.js";

// src/rollout/rollout-names.ts
function rolloutNames(setting) {
  if (typeof setting === "string") return toList(setting);
  if (Array.isArray(setting)) return toList(setting.filter((name) => typeof name === "string"));
  return [];
}

export {
  rolloutNames
};
