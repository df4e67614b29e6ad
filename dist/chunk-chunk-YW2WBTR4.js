import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);

// src/review/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprintOf(rule, file, code, occurrence) {
  const normalised = code.trim().replace(/\s+/g, " ");
  return createHash("sha256").update(`${rule}\0${file}\0${normalised}\0${occurrence}`).digest("hex").slice(0, 32);
}
var OccurrenceCounter = class {
  seen = /* @__PURE__ */ new Map();
  next(key) {
    const count = this.seen.get(key) ?? 0;
    this.seen.set(key, count + 1);
    return count;
  }
};

export {
  fingerprintOf,
  OccurrenceCounter
};
