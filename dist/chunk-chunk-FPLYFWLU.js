import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);

// src/version.ts
var VERSION = "0.1.0";
var TOOL = { name: "predator-guard", version: VERSION };

export {
  VERSION,
  TOOL
};
