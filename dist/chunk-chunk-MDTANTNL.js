import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";
import {
  require_picomatch
} from "./chunk-chunk-AE2HRXUO.js";
import {
  __toESM
} from "./chunk-chunk-SZAZ6YND.js";

// src/postgres/input-files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
var GLOB_CHARS = /[*?[\]{}]/;
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var PLAN_FILE_KIND = {
  setting: "plan",
  what: "EXPLAIN (FORMAT JSON) files",
  one: "a saved EXPLAIN (FORMAT JSON) file",
  noun: "plan files",
  extension: "json",
  example: "--plan plans/slow-query.json or plan: ['plans/*.json']"
};
function resolvePlanFiles(root, entries) {
  return resolveInputFiles(root, entries, PLAN_FILE_KIND);
}
function resolveInputFiles(root, entries, kind) {
  const found = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const matches = GLOB_CHARS.test(entry) ? expandGlob(root, entry) : [existingFile(root, entry, kind)];
    if (matches.length === 0) {
      throw new UsageError(`${kind.setting}: the glob '${entry}' matches no file under ${root}. Give ${kind.what}, e.g. ${kind.example}.`);
    }
    for (const absolute of matches) found.set(absolute, { absolute, file: path.relative(root, absolute).split(path.sep).join("/") });
  }
  return [...found.values()].sort((a, b) => a.file.localeCompare(b.file));
}
function existingFile(root, entry, kind) {
  const absolute = path.resolve(root, entry);
  if (!existsSync(absolute)) throw new UsageError(`${kind.setting}: '${entry}' does not exist (looked for ${absolute}). Give the path of ${kind.one}, relative to the repository root.`);
  if (!statSync(absolute).isFile()) throw new UsageError(`${kind.setting}: '${entry}' is a directory; give ${kind.noun} or a glob such as '${entry.replace(/\/$/, "")}/*.${kind.extension}'.`);
  return absolute;
}
function expandGlob(root, pattern) {
  const matches = (0, import_picomatch.default)(pattern.replace(/^\.\//, ""), { dot: false });
  const files = [];
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const absolute = path.join(directory, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) walk(absolute);
      else if (entry.isFile() && matches(path.relative(root, absolute).split(path.sep).join("/"))) files.push(absolute);
    }
  };
  walk(root);
  return files;
}

export {
  resolvePlanFiles,
  resolveInputFiles
};
