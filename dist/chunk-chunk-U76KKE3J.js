import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);

// src/core/diff/parse-patch.ts
var HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function addedLinesOfPatch(patch) {
  const added = /* @__PURE__ */ new Set();
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  for (const line of patch.split("\n")) {
    if (line.startsWith("@@")) {
      const header = HUNK_HEADER.exec(line);
      if (!header) return "all";
      oldLeft = hunkCount(header[2]);
      newLine = Number(header[3]);
      newLeft = hunkCount(header[4]);
      continue;
    }
    if (oldLeft <= 0 && newLeft <= 0) continue;
    const marker = line[0];
    if (marker === "\\") continue;
    if (marker === "+") {
      added.add(newLine);
      newLine += 1;
      newLeft -= 1;
    } else if (marker === "-") {
      oldLeft -= 1;
    } else {
      newLine += 1;
      newLeft -= 1;
      oldLeft -= 1;
    }
  }
  return added;
}
function hunkCount(count) {
  return count === void 0 ? 1 : Number(count);
}
function parseUnifiedDiff(text) {
  const files = /* @__PURE__ */ new Map();
  for (const section of fileSections(text)) {
    const change = parseFileSection(section);
    if (change) files.set(change.file, change);
  }
  return { files };
}
function fileSections(text) {
  const sections = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("diff --git ")) sections.push([line]);
    else sections.at(-1)?.push(line);
  }
  return sections;
}
function parseFileSection(lines) {
  const headerNames = splitGitHeader(lines[0].slice("diff --git ".length));
  let oldPath = headerNames && withoutPrefix(headerNames[0], "a/");
  let newPath = headerNames && withoutPrefix(headerNames[1], "b/");
  let status = "modified";
  let binary = false;
  let modeChanged = false;
  let index = 1;
  for (; index < lines.length && !lines[index].startsWith("@@"); index += 1) {
    const line = lines[index];
    if (line.startsWith("new file mode ")) status = "added";
    else if (line.startsWith("deleted file mode ")) status = "removed";
    else if (line.startsWith("old mode ")) modeChanged = true;
    else if (line.startsWith("rename from ") || line.startsWith("copy from ")) oldPath = unquoteGitPath(afterFirstWords(line, 2));
    else if (line.startsWith("rename to ") || line.startsWith("copy to ")) {
      status = line.startsWith("rename") ? "renamed" : "copied";
      newPath = unquoteGitPath(afterFirstWords(line, 2));
    } else if (line.startsWith("--- ")) oldPath = patchPath(line, "a/") ?? oldPath;
    else if (line.startsWith("+++ ")) newPath = patchPath(line, "b/") ?? newPath;
    else if (line.startsWith("Binary files ") || line === "GIT binary patch") binary = true;
  }
  const file = status === "removed" ? oldPath : newPath;
  if (!file) return void 0;
  const hunks = lines.slice(index).join("\n");
  if (status === "modified" && modeChanged && hunks.trim() === "" && !binary) status = "changed";
  const addedLines = status === "removed" ? /* @__PURE__ */ new Set() : binary ? "all" : addedLinesOfPatch(hunks);
  const moved = (status === "renamed" || status === "copied") && oldPath !== void 0;
  return moved ? { file, status, previousFile: oldPath, addedLines } : { file, status, addedLines };
}
function patchPath(line, prefix) {
  const raw = line.slice(4).replace(/\t$/, "");
  if (raw === "/dev/null") return void 0;
  return withoutPrefix(unquoteGitPath(raw), prefix);
}
function afterFirstWords(line, words) {
  return line.split(" ").slice(words).join(" ");
}
function withoutPrefix(name, prefix) {
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}
function splitGitHeader(names) {
  if (names.startsWith('"')) {
    const end = closingQuote(names);
    if (end < 0) return void 0;
    return [unquoteGitPath(names.slice(0, end + 1)), unquoteGitPath(names.slice(end + 2))];
  }
  if (names.endsWith('"')) {
    const start = names.lastIndexOf(' "');
    if (start >= 0) return [names.slice(0, start), unquoteGitPath(names.slice(start + 1))];
  }
  const half = (names.length - 1) / 2;
  if (Number.isInteger(half) && names.slice(2, half) === names.slice(half + 3)) return [names.slice(0, half), names.slice(half + 1)];
  const split = names.indexOf(" b/");
  return split < 0 ? void 0 : [names.slice(0, split), names.slice(split + 1)];
}
function closingQuote(text) {
  for (let index = 1; index < text.length; index += 1) {
    if (text[index] === "\\") index += 1;
    else if (text[index] === '"') return index;
  }
  return -1;
}
var C_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquoteGitPath(raw) {
  if (raw.length < 2 || !raw.startsWith('"') || !raw.endsWith('"')) return raw;
  const bytes = [];
  for (let index = 1; index < raw.length - 1; index += 1) {
    const char = String.fromCodePoint(raw.codePointAt(index));
    if (char !== "\\") {
      bytes.push(...Buffer.from(char, "utf8"));
      index += char.length - 1;
      continue;
    }
    const escaped = raw[index + 1];
    if (/^[0-7]{3}$/.test(raw.slice(index + 1, index + 4))) {
      bytes.push(parseInt(raw.slice(index + 1, index + 4), 8));
      index += 3;
      continue;
    }
    bytes.push(C_ESCAPES[escaped] ?? escaped.charCodeAt(0));
    index += 1;
  }
  return Buffer.from(bytes).toString("utf8");
}

export {
  addedLinesOfPatch,
  parseUnifiedDiff
};
