import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  registerSecret
} from "./chunk-chunk-V4K7GZ5P.js";
import {
  toList
} from "./chunk-chunk-XEKWYLA5.js";
import {
  DRY_RUN_RULES,
  KIND_GROUPS,
  LINTED_KINDS,
  LINT_RULES,
  MENTIONS_REFERENCED_KIND,
  asRecord,
  asString,
  fieldPathText,
  indexObjects,
  indexTemplates,
  isRecord,
  manifestLocator,
  objectFromDocument,
  require_dist
} from "./chunk-chunk-45LV6IBN.js";
import "./chunk-chunk-SJWJCOKZ.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";
import {
  SourceText
} from "./chunk-chunk-ADCLMAM6.js";
import {
  ruleSettingsResolver,
  severityFor
} from "./chunk-chunk-UM3XXW2D.js";
import {
  DIRECTIVE_MARKER,
  OccurrenceCounter,
  applySuppressions,
  fingerprintOf,
  parseDirective,
  unusedSuppression,
  unusedSuppressionFindings
} from "./chunk-chunk-ZEOJJT5H.js";
import {
  require_picomatch,
  rulesOf
} from "./chunk-chunk-AE2HRXUO.js";
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
  registerKubeCredentials(kubeConfig);
  if (!kubeConfig.getCurrentCluster() || isPlaceholderCluster(kubeConfig)) {
    throw new UsageError("no Kubernetes cluster configured: pass --kubeconfig FILE (the kubeconfig input), set KUBECONFIG, or run inside the cluster.");
  }
  return kubeConfig;
}
function registerKubeCredentials(kubeConfig) {
  for (const user of kubeConfig.getUsers()) {
    for (const value of [user.token, user.password, user.keyData]) registerSecret(value);
    for (const value of Object.values(user.authProvider?.config ?? {})) if (typeof value === "string") registerSecret(value);
    for (const variable of user.exec?.env ?? []) if (typeof variable?.value === "string") registerSecret(variable.value);
  }
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
var MANIFEST_FILE = /\.(ya?ml|json)$/i;
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
function suppressLintFindings(findings, suppressionsByFile, knownRules, settingsFor, notRun = /* @__PURE__ */ new Set()) {
  const result = [];
  for (const [file, fileFindings] of groupByFile(findings, suppressionsByFile.keys())) {
    const suppressions = suppressionsByFile.get(file);
    if (!suppressions || suppressions.directives.length === 0) {
      result.push(...fileFindings);
      continue;
    }
    const { kept, unused } = applySuppressions(fileFindings, suppressions.directives, [], notRun);
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

// src/rollout/lint/metric-template-index.ts
function indexMetricTemplates(manifests) {
  const templates = manifests.filter((manifest) => manifest.kind === "MetricTemplate");
  const namespaceOf = (manifest) => asString(asRecord(manifest.object.metadata).namespace);
  return {
    metricTemplate(name, namespace, from) {
      const wanted = namespace ?? namespaceOf(from);
      const candidates = templates.filter((template) => {
        const own = namespaceOf(template);
        return template.name === name && (own === void 0 || wanted === void 0 || own === wanted);
      });
      return candidates.find((template) => template.file === from.file) ?? candidates[0];
    }
  };
}

// src/rollout/lint/lint-manifests.ts
function lintManifests(manifests, rules, config, objects = [], dryRun) {
  const context = { templates: indexTemplates(manifests), objects: indexObjects(objects), flagger: indexMetricTemplates(manifests) };
  const settingsFor = ruleSettingsResolver(config);
  const occurrences = new OccurrenceCounter();
  const findings = [];
  for (const manifest of manifests) {
    const settings = settingsFor(manifest.file);
    for (const rule of rules) {
      const configured = settings[rule.meta.id]?.severity;
      if (configured === "off") continue;
      if (manifest.syntaxError && !rule.checksBrokenManifests) continue;
      for (const report of rule.check(manifest, context)) {
        const position = report.position ?? manifest.locate(report.path);
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
  const dryRunRules = Object.keys(DRY_RUN_RULES);
  const knownRules = /* @__PURE__ */ new Set([...rules.map((rule) => rule.meta.id), ...dryRunRules, unusedSuppression.meta.id]);
  return suppressLintFindings([...findings, ...dryRun ?? []], suppressionsByFile, knownRules, settingsFor, new Set(dryRun ? [] : dryRunRules));
}

// src/rollout/lint/read-manifests.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
import path3 from "node:path";

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
  const file = path3.relative(root, absolute).split(path3.sep).join("/") || path3.basename(absolute);
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

// src/rollout/lint/lint-paths.ts
function readLintTargets(config) {
  const files = findManifestFiles(config);
  const { manifests, skipped, objects } = readManifests(files, config.root);
  const counts = Object.fromEntries(LINTED_KINDS.map((kind) => [kind, 0]));
  for (const manifest of manifests) counts[manifest.kind] += 1;
  if (manifests.length === 0 && config.settings["allow-empty"] !== true) {
    const read = `${files.length} YAML file${files.length === 1 ? "" : "s"} read`;
    const helm = skipped.length > 0 ? `, ${skipped.length} skipped as Helm/Go templates (first: ${skipped[0].file})` : "";
    throw new UsageError(
      `No ${LINTED_KINDS.join(", ")} manifest found under ${config.paths.join(", ")} (${read}${helm}). Pass the folder that holds the manifests, render templates first, or set allow-empty: true (--allow-empty, action input allow-empty) when an empty set is expected.`
    );
  }
  return { manifests, objects, stats: { files: files.length, manifests: counts, skipped } };
}
function lintTargets(targets, config, dryRun) {
  return lintManifests(targets.manifests, rulesOf(LINT_RULES), config, targets.objects, dryRun);
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
      const { followRollouts } = await import("./chunk-follow-rollouts-MF3EOI6Y.js");
      return followRollouts(selector === void 0 ? { names } : { selector }, config, deps);
    }
    const started = performance.now();
    const targets = readLintTargets(config);
    const prometheusUrl = config.settings["prometheus-url"];
    const dryRun = typeof prometheusUrl === "string" && prometheusUrl !== "" ? await dryRunChangedTemplates(targets.manifests, config, deps, prometheusUrl) : void 0;
    return {
      findings: lintTargets(targets, config, dryRun?.findings),
      stats: { mode: "lint", ...targets.stats, ...dryRun ? { dryRun: dryRun.stats } : {}, durationMs: Math.round(performance.now() - started) }
    };
  }
};
async function dryRunChangedTemplates(manifests, config, deps, prometheusUrl) {
  const { dryRunManifests } = await import("./chunk-dry-run-manifests-QAXFRAFN.js");
  const namespace = typeof config.settings.namespace === "string" && config.settings.namespace !== "" ? config.settings.namespace : "default";
  const liveArgs = deps.kubeConfig ? await (await import("./chunk-live-stable-args-WCBODJNO.js")).liveStableArgs(deps.kubeConfig, namespace) : void 0;
  return dryRunManifests(manifests, config, deps, prometheusUrl, liveArgs);
}
export {
  rolloutAnalyzer
};
