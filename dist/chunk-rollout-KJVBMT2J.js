import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  toList
} from "./chunk-chunk-B24XCIV6.js";
import {
  LINTED_KINDS,
  LINT_RULES,
  fieldPathText,
  indexTemplates,
  isRecord,
  manifestLocator,
  require_dist
} from "./chunk-chunk-5W52K3RV.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";
import {
  SourceText
} from "./chunk-chunk-ADCLMAM6.js";
import {
  ruleSettingsResolver,
  severityFor
} from "./chunk-chunk-3IJVTHPE.js";
import {
  DIRECTIVE_MARKER,
  OccurrenceCounter,
  applySuppressions,
  fingerprintOf,
  parseDirective,
  unusedSuppression,
  unusedSuppressionFindings
} from "./chunk-chunk-FOPU5UDH.js";
import {
  require_picomatch,
  rulesOf
} from "./chunk-chunk-JOJYIFKR.js";
import {
  __toESM
} from "./chunk-chunk-SZAZ6YND.js";

// src/rollout/cluster/load-kube-config.ts
import { existsSync } from "node:fs";
import path from "node:path";

// src/rollout/rollout-names.ts
function rolloutNames(setting) {
  if (typeof setting === "string") return toList(setting);
  if (Array.isArray(setting)) return toList(setting.filter((name) => typeof name === "string"));
  return [];
}

// src/rollout/cluster/rollout-selector.ts
function rolloutSelector(setting) {
  if (typeof setting !== "string") return void 0;
  const selector = setting.trim();
  return selector === "" ? void 0 : selector;
}

// src/rollout/cluster/load-kube-config.ts
async function loadKubeConfig(config) {
  if (!config.checks.includes("rollout")) return void 0;
  if (rolloutNames(config.settings.rollout).length === 0 && rolloutSelector(config.settings.selector) === void 0) return void 0;
  const { KubeConfig } = await import("./chunk-dist-W7YNTSLG.js");
  const kubeConfig = new KubeConfig();
  const file = config.settings.kubeconfig;
  if (typeof file === "string" && file !== "") {
    const resolved = path.resolve(config.root, file);
    if (!existsSync(resolved)) throw new UsageError(`--kubeconfig: '${file}' does not exist (looked at ${resolved}); pass the path of a kubeconfig file, or leave it out to use KUBECONFIG or the in-cluster account.`);
    try {
      kubeConfig.loadFromFile(resolved);
    } catch (error) {
      throw new UsageError(`--kubeconfig: '${file}' is not a valid kubeconfig (${error instanceof Error ? error.message : String(error)}); expected the YAML that 'kubectl config view --raw' prints.`);
    }
  } else {
    loadFromEnvironment(kubeConfig);
  }
  const context = config.settings.context;
  if (typeof context === "string" && context !== "") {
    const known = kubeConfig.getContexts().map((entry) => entry.name);
    if (!known.includes(context)) throw new UsageError(`--context: '${context}' is not in the kubeconfig; expected one of: ${known.join(", ") || "(none)"}.`);
    kubeConfig.setCurrentContext(context);
  }
  if (!kubeConfig.getCurrentCluster() || isPlaceholderCluster(kubeConfig)) {
    throw new UsageError("no Kubernetes cluster configured: pass --kubeconfig FILE (the kubeconfig input), set KUBECONFIG, or run inside the cluster.");
  }
  return kubeConfig;
}
function loadFromEnvironment(kubeConfig) {
  try {
    kubeConfig.loadFromDefault();
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/^Error: /, "");
    const source = process.env.KUBECONFIG ? `KUBECONFIG ('${process.env.KUBECONFIG}')` : "the default kubeconfig (~/.kube/config)";
    throw new UsageError(`cannot load ${source}: ${reason}. Point KUBECONFIG at a kubeconfig file (what 'kubectl config view --raw' prints), or pass --kubeconfig FILE.`);
  }
}
var PLACEHOLDER = { name: "cluster", server: "http://localhost:8080" };
function isPlaceholderCluster(kubeConfig) {
  const cluster = kubeConfig.getCurrentCluster();
  return cluster?.name === PLACEHOLDER.name && cluster.server === PLACEHOLDER.server;
}

// src/rollout/lint/find-manifest-files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdirSync, statSync } from "node:fs";
import path2 from "node:path";
var MANIFEST_FILE = /\.ya?ml$/i;
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn", "vendor"]);
function findManifestFiles(options) {
  const included = options.include.length > 0 ? (0, import_picomatch.default)([...options.include], { dot: true }) : () => true;
  const excluded = options.exclude.length > 0 ? (0, import_picomatch.default)([...options.exclude], { dot: true }) : () => false;
  const wanted = (absolute) => {
    const relative = path2.relative(options.root, absolute).split(path2.sep).join("/");
    return included(relative) && !excluded(relative);
  };
  const found = /* @__PURE__ */ new Set();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const absolute = path2.join(folder, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) walk(absolute);
      else if (entry.isFile() && MANIFEST_FILE.test(entry.name) && wanted(absolute)) found.add(absolute);
    }
  };
  for (const given of options.paths) {
    const absolute = path2.resolve(options.root, given);
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

// src/rollout/lint/suppress-lint-findings.ts
function suppressLintFindings(findings, suppressionsByFile, knownRules, settingsFor) {
  const result = [];
  for (const [file, fileFindings] of groupByFile(findings, suppressionsByFile.keys())) {
    const suppressions = suppressionsByFile.get(file);
    if (!suppressions || suppressions.directives.length === 0) {
      result.push(...fileFindings);
      continue;
    }
    const { kept, unused } = applySuppressions(fileFindings, suppressions.directives);
    result.push(...kept);
    const severity = severityFor(unusedSuppression.meta, settingsFor(file)[unusedSuppression.meta.id]?.severity);
    if (!severity) continue;
    result.push(...unusedSuppressionFindings({ analyzer: "rollout", file, source: suppressions.source, unused, severity, isKnownRule: (rule) => knownRules.has(rule) }));
  }
  return result;
}
function groupByFile(findings, filesWithDirectives) {
  const groups = /* @__PURE__ */ new Map();
  for (const file of filesWithDirectives) groups.set(file, []);
  for (const finding of findings) {
    const file = finding.file ?? "";
    const group = groups.get(file);
    if (group) group.push(finding);
    else groups.set(file, [finding]);
  }
  return groups;
}

// src/rollout/lint/lint-manifests.ts
function lintManifests(manifests, rules, config) {
  const context = { templates: indexTemplates(manifests) };
  const settingsFor = ruleSettingsResolver(config);
  const occurrences = new OccurrenceCounter();
  const findings = [];
  for (const manifest of manifests) {
    const settings = settingsFor(manifest.file);
    for (const rule of rules) {
      const configured = settings[rule.meta.id]?.severity;
      if (configured === "off") continue;
      for (const report of rule.check(manifest, context)) {
        const position = manifest.locate(report.path);
        const where = `${manifest.kind}/${manifest.name} ${fieldPathText(report.path)}`;
        const key = `${rule.meta.id}\0${manifest.file}\0${where}`;
        findings.push({
          analyzer: "rollout",
          rule: rule.meta.id,
          category: rule.meta.category,
          severity: severityFor(rule.meta, configured, report.severity),
          message: report.message,
          file: manifest.file,
          ...position,
          ...report.suggestion ? { suggestion: report.suggestion } : {},
          fingerprint: fingerprintOf(rule.meta.id, manifest.file, where, occurrences.next(key)),
          data: { kind: manifest.kind, name: manifest.name, path: fieldPathText(report.path) }
        });
      }
    }
  }
  const suppressionsByFile = new Map(manifests.map((manifest) => [manifest.file, manifest.suppressions]));
  const knownRules = /* @__PURE__ */ new Set([...rules.map((rule) => rule.meta.id), unusedSuppression.meta.id]);
  return suppressLintFindings(findings, suppressionsByFile, knownRules, settingsFor);
}

// src/rollout/lint/read-manifests.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
import path3 from "node:path";

// src/rollout/lint/yaml-directives.ts
var import_yaml = __toESM(require_dist(), 1);
function yamlDirectives(text) {
  const source = new SourceText(text);
  if (!text.includes(DIRECTIVE_MARKER)) return { source, directives: [] };
  const directives = [];
  for (const token of new import_yaml.Parser().parse(text)) {
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
var ARGO_API_GROUP = "argoproj.io/";
function readManifests(files, root) {
  return files.flatMap((absolute) => readManifestFile(absolute, root));
}
function readManifestFile(absolute, root) {
  const file = path3.relative(root, absolute).split(path3.sep).join("/") || path3.basename(absolute);
  let text;
  try {
    text = readFileSync(absolute, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read the manifest '${file}': ${error.code ?? String(error)}. Check the path and its permissions.`);
  }
  return parseManifests(text, file);
}
function parseManifests(text, file) {
  if (!text.includes(ARGO_API_GROUP)) return [];
  const lineCounter = new import_yaml2.LineCounter();
  const manifests = [];
  let suppressions;
  for (const document of (0, import_yaml2.parseAllDocuments)(text, { lineCounter })) {
    const [error] = document.errors;
    if (error) {
      const where = error.linePos?.[0] ?? { line: 1, col: 1 };
      const reason = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      throw new UsageError(`${file}:${where.line}:${where.col}: YAML syntax error: ${reason}. Fix the YAML (a Helm or Kustomize template must be rendered first) or leave the file out of the lint paths.`);
    }
    const object = document.toJS();
    if (!isRecord(object)) continue;
    const kind = lintedKind(object);
    if (!kind) continue;
    const metadata = isRecord(object.metadata) ? object.metadata : {};
    const name = typeof metadata.name === "string" ? metadata.name : "";
    suppressions ??= yamlDirectives(text);
    manifests.push({ file, kind, name, object, locate: manifestLocator(document, lineCounter), suppressions });
  }
  return manifests;
}
function lintedKind(object) {
  const apiVersion = typeof object.apiVersion === "string" ? object.apiVersion : "";
  if (!apiVersion.startsWith(ARGO_API_GROUP)) return void 0;
  return LINTED_KINDS.find((kind) => kind === object.kind);
}

// src/rollout/lint/lint-paths.ts
function lintPaths(config) {
  const files = findManifestFiles(config);
  const manifests = readManifests(files, config.root);
  const counts = { Rollout: 0, AnalysisTemplate: 0, ClusterAnalysisTemplate: 0 };
  for (const manifest of manifests) counts[manifest.kind] += 1;
  return { findings: lintManifests(manifests, rulesOf(LINT_RULES), config), stats: { files: files.length, manifests: counts } };
}

// src/rollout/index.ts
var rolloutAnalyzer = {
  name: "rollout",
  async prepare(config, deps) {
    if (deps.kubeConfig) return deps;
    const kubeConfig = await loadKubeConfig(config);
    return kubeConfig ? { ...deps, kubeConfig } : deps;
  },
  async run(config, deps) {
    const names = rolloutNames(config.settings.rollout);
    const selector = rolloutSelector(config.settings.selector);
    if (selector !== void 0 && names.length > 0) {
      throw new UsageError(`--selector ${selector} and the names ${names.join(", ")} both choose what to follow; give one of them (names, or --selector LABELS / the selector setting).`);
    }
    if (selector !== void 0 || names.length > 0) {
      const { followRollouts } = await import("./chunk-follow-rollouts-OKHUL3SW.js");
      return followRollouts(selector === void 0 ? { names } : { selector }, config, deps);
    }
    const started = performance.now();
    const outcome = lintPaths(config);
    return { findings: outcome.findings, stats: { mode: "lint", ...outcome.stats, durationMs: Math.round(performance.now() - started) } };
  }
};
export {
  rolloutAnalyzer
};
