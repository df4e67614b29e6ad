import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);

// src/core/diff/filter-findings.ts
var DIFF_CONTEXT_LINES = 3;
function filterFindings(findings, changes, mode) {
  if (mode === "nofilter") return { kept: [...findings], filteredOut: 0 };
  const kept = findings.filter((finding) => isKept(finding, changes, mode));
  return { kept, filteredOut: findings.length - kept.length };
}
function isKept(finding, changes, mode) {
  if (finding.file === void 0) return true;
  if (changes.wholeFiles) return true;
  const change = changes.files.get(finding.file);
  if (!change || change.status === "removed") return false;
  if (finding.rule === "syntax-error" || finding.rule === "migration-edited") return true;
  const added = change.addedLines;
  if (mode === "file" || added === "all" || finding.line === void 0) return true;
  const reach = mode === "diff-context" ? DIFF_CONTEXT_LINES : 0;
  return touchedLines(finding, finding.line).some(([first, last]) => anyAdded(added, first - reach, last + reach));
}
function touchedLines(finding, line) {
  const ranges = [[line, Math.max(line, finding.endLine ?? line)]];
  const outerLine = finding.data?.outerLine;
  if (typeof outerLine === "number") ranges.push([outerLine, outerLine]);
  return ranges;
}
function anyAdded(added, first, last) {
  if (last - first + 1 > added.size) return [...added].some((line) => line >= first && line <= last);
  for (let line = first; line <= last; line += 1) if (added.has(line)) return true;
  return false;
}
function filesToReview(changes, mode) {
  if (mode === "nofilter" || changes.wholeFiles) return void 0;
  return new Set([...changes.files.values()].filter((change) => change.status !== "removed").map((change) => change.file));
}
function touchesFile(changes, file) {
  if (changes.wholeFiles || changes.files.has(file)) return true;
  return [...changes.files.values()].some((change) => change.previousFile === file);
}

export {
  filterFindings,
  filesToReview,
  touchesFile
};
