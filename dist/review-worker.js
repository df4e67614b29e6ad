import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  reviewFile
} from "./chunk-chunk-XUBBAWZA.js";
import "./chunk-chunk-ADCLMAM6.js";
import {
  ruleSettingsResolver
} from "./chunk-chunk-3IJVTHPE.js";
import "./chunk-chunk-FOPU5UDH.js";
import "./chunk-chunk-JOJYIFKR.js";
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
  try {
    const outcomes = [];
    for (const candidate of batch) outcomes.push(await reviewFile(candidate, settingsFor(candidate.file), setup.maxFileSize));
    parentPort?.postMessage({ outcomes });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
}
