import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  KIND_GROUPS,
  LINTED_KINDS,
  MENTIONS_REFERENCED_KIND,
  isRecord,
  manifestLocator,
  objectFromDocument,
  require_dist
} from "./chunk-chunk-45LV6IBN.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";
import {
  SourceText
} from "./chunk-chunk-ADCLMAM6.js";
import {
  DIRECTIVE_MARKER,
  parseDirective
} from "./chunk-chunk-J5UH2CDK.js";
import {
  require_picomatch
} from "./chunk-chunk-AE2HRXUO.js";
import {
  __toESM
} from "./chunk-chunk-SZAZ6YND.js";

// src/rollout/lint/find-manifest-files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
var MANIFEST_FILE = /\.(ya?ml|json)$/i;
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn", "vendor"]);
function findManifestFiles(options) {
  const included = options.include.length > 0 ? (0, import_picomatch.default)([...options.include], { dot: true }) : () => true;
  const excluded = options.exclude.length > 0 ? (0, import_picomatch.default)([...options.exclude], { dot: true }) : () => false;
  const wanted = (absolute) => {
    const relative = path.relative(options.root, absolute).split(path.sep).join("/");
    return included(relative) && !excluded(relative);
  };
  const found = /* @__PURE__ */ new Set();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) walk(absolute);
      else if (entry.isFile() && MANIFEST_FILE.test(entry.name) && wanted(absolute)) found.add(absolute);
    }
  };
  for (const given of options.paths) {
    const absolute = path.resolve(options.root, given);
    let isFolder;
    try {
      isFolder = statSync(absolute).isDirectory();
    } catch {
      throw new UsageError(`Manifest path '${given}' does not exist (resolved to ${absolute}). Pass a YAML file or a folder of manifests, relative to ${options.root}.`);
    }
    if (isFolder) walk(absolute);
    else found.add(absolute);
  }
  return [...found].sort();
}

// src/rollout/lint/read-manifests.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
import path2 from "node:path";

// src/rollout/lint/go-template-syntax.ts
var ACTION = /\{\{(.*?)(\}\}|$)/gm;
var ARGO_PLACEHOLDER = /^\s*[A-Za-z_][\w-]*(\.[\w-]+)+\s*$/;
function firstGoTemplateAction(text, stringValues = []) {
  if (!text.includes("{{")) return void 0;
  for (const match of text.matchAll(ACTION)) {
    const [whole, inner, close] = match;
    if (close === "}}" && ARGO_PLACEHOLDER.test(inner)) continue;
    const end = match.index + whole.length;
    if (close === "}}" && stringValues.some(([from, to]) => from <= match.index && end <= to)) continue;
    const line = text.slice(0, match.index).split("\n").length;
    return { line, text: whole.length > 40 ? `${whole.slice(0, 39)}\u2026` : whole };
  }
  return void 0;
}

// src/rollout/lint/string-value-ranges.ts
var import_yaml = __toESM(require_dist(), 1);
function stringValueRanges(documents) {
  if (documents.some((document) => document.errors.length > 0)) return [];
  const ranges = [];
  for (const document of documents) {
    (0, import_yaml.visit)(document, {
      Scalar(key, node) {
        if (key === "key" || typeof node.value !== "string" || !node.range) return;
        ranges.push([node.range[0], node.range[1]]);
      }
    });
  }
  return ranges;
}

// src/rollout/lint/yaml-directives.ts
var import_yaml2 = __toESM(require_dist(), 1);
function yamlDirectives(text) {
  const source = new SourceText(text);
  if (!text.includes(DIRECTIVE_MARKER)) return { source, directives: [] };
  const directives = [];
  for (const token of new import_yaml2.Parser().parse(text)) {
    for (const comment of commentsIn(token)) {
      const directive = parseDirective(comment.source, comment.offset, comment.offset + comment.source.length, source);
      if (directive) directives.push(directive);
    }
  }
  return { source, directives };
}
function* commentsIn(token) {
  if (!token) return;
  switch (token.type) {
    case "comment":
      yield token;
      return;
    case "document":
      yield* commentsOf(token.start);
      yield* commentsIn(token.value);
      yield* commentsOf(token.end);
      return;
    case "doc-end":
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
      yield* commentsOf(token.end);
      return;
    case "block-scalar":
      for (const prop of token.props) yield* commentsIn(prop);
      return;
    case "block-map":
    case "block-seq":
      for (const item of token.items) yield* commentsOfItem(item);
      return;
    case "flow-collection":
      for (const item of token.items) yield* commentsOfItem(item);
      yield* commentsOf(token.end);
      return;
    default:
      return;
  }
}
function* commentsOfItem(item) {
  yield* commentsOf(item.start);
  yield* commentsIn(item.key);
  yield* commentsOf(item.sep);
  yield* commentsIn(item.value);
}
function* commentsOf(tokens) {
  for (const token of tokens ?? []) yield* commentsIn(token);
}

// src/rollout/lint/read-manifests.ts
var LINTED_API_GROUPS = ["argoproj.io/", "flagger.app/"];
function readManifests(files, root) {
  const manifests = [];
  const skipped = [];
  const objects = [];
  for (const absolute of files) {
    const read = readManifestFile(absolute, root);
    manifests.push(...read.manifests);
    skipped.push(...read.skipped);
    objects.push(...read.objects);
  }
  return { manifests, skipped, objects };
}
function readManifestFile(absolute, root) {
  const file = path2.relative(root, absolute).split(path2.sep).join("/") || path2.basename(absolute);
  let text;
  try {
    text = readFileSync(absolute, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read the manifest '${file}': ${error.code ?? String(error)}. Check the path and its permissions.`);
  }
  return parseManifestFile(text, file);
}
function parseManifestFile(text, file) {
  const linted = LINTED_API_GROUPS.some((group) => text.includes(group));
  if (!linted && !MENTIONS_REFERENCED_KIND.test(text)) return { manifests: [], skipped: [], objects: [] };
  const lineCounter = new import_yaml3.LineCounter();
  const documents = (0, import_yaml3.parseAllDocuments)(text, { lineCounter, logLevel: "error" });
  const list = Array.isArray(documents) ? documents : [];
  const action = firstGoTemplateAction(text, text.includes("{{") ? stringValueRanges(list) : []);
  if (action) {
    if (!linted) return { manifests: [], skipped: [], objects: [] };
    return { manifests: [], skipped: [{ file, reason: `Helm/Go template syntax at line ${action.line} (${action.text}): render it first (helm template, kustomize build) and lint the output` }], objects: [] };
  }
  const objects = [];
  const manifests = [];
  let suppressions;
  const directives = () => suppressions ??= yamlDirectives(text);
  for (const document of list) {
    const [error] = document.errors;
    if (error) {
      if (!linted) continue;
      const broken = brokenManifest(document, text, file, error, lineCounter);
      if (broken) manifests.push({ ...broken, suppressions: directives() });
      continue;
    }
    const object = document.toJS({ maxAliasCount: 100 });
    if (!isRecord(object)) continue;
    const kind = lintedKind(object);
    if (!kind) {
      const referenced = objectFromDocument(file, object);
      if (referenced) objects.push(referenced);
      continue;
    }
    const metadata = isRecord(object.metadata) ? object.metadata : {};
    const name = typeof metadata.name === "string" ? metadata.name : "";
    manifests.push({ file, kind, name, object, locate: manifestLocator(document, lineCounter), suppressions: directives() });
  }
  return { manifests, skipped: [], objects };
}
function lintedKind(object) {
  const apiVersion = typeof object.apiVersion === "string" ? object.apiVersion : "";
  const kind = LINTED_KINDS.find((candidate) => candidate === object.kind);
  return kind !== void 0 && apiVersion.startsWith(`${KIND_GROUPS[kind]}/`) ? kind : void 0;
}
function brokenManifest(document, text, file, error, lineCounter) {
  const [start, , end] = document.range ?? [0, 0, text.length];
  const source = text.slice(start, end);
  const kind = LINTED_KINDS.find((candidate) => new RegExp(`^kind:\\s*["']?${candidate}["']?\\s*(#.*)?$`, "m").test(source));
  const apiVersion = /^apiVersion:\s*["']?([^\s"'#]+)/m.exec(source)?.[1] ?? "";
  if (!kind || !apiVersion.startsWith(`${KIND_GROUPS[kind]}/`)) return void 0;
  const name = /^ {2}name:\s*["']?([^\s"'#]+)/m.exec(source.slice(source.search(/^metadata:/m)))?.[1] ?? "";
  const where = error.linePos?.[0] ?? lineCounter.linePos(start);
  const reason = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  const position = { line: where.line, column: where.col, endLine: where.line, endColumn: where.col };
  return { file, kind, name, object: {}, locate: () => position, syntaxError: { message: reason, ...position } };
}

export {
  findManifestFiles,
  readManifests
};
