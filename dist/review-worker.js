import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  reviewFile
} from "./chunk-chunk-CIBMLUS2.js";
import "./chunk-chunk-ADCLMAM6.js";
import {
  ruleSettingsResolver
} from "./chunk-chunk-UM3XXW2D.js";
import "./chunk-chunk-ZEOJJT5H.js";
import "./chunk-chunk-AE2HRXUO.js";
import "./chunk-chunk-SZAZ6YND.js";

// src/review/review-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var setup = workerData;
var settingsFor = ruleSettingsResolver(setup);
var previous = Promise.resolve();
parentPort?.on("message", (batch) => {
  previous = previous.then(() => handle(batch));
});
async function handle(batch) {
  if (batch.length === 0) {
    parentPort?.close();
    return;
  }
  for (const [index, candidate] of batch.entries()) {
    const outcome = await reviewFile(candidate, settingsFor(candidate.file), setup);
    parentPort?.postMessage({ outcome, lastOfBatch: index === batch.length - 1 });
  }
}
