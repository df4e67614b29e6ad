import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  findManifestFiles,
  readManifests
} from "./chunk-chunk-TSLXFVL7.js";
import {
  registerSecret
} from "./chunk-chunk-V4K7GZ5P.js";
import {
  toList
} from "./chunk-chunk-7M5ZFNCT.js";
import {
  LINTED_KINDS,
  LINT_RULES,
  asRecord,
  asString,
  fieldPathText,
  indexObjects,
  indexTemplates
} from "./chunk-chunk-45LV6IBN.js";
import "./chunk-chunk-SJWJCOKZ.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";
import "./chunk-chunk-ADCLMAM6.js";
import {
  ruleSettingsResolver,
  severityFor
} from "./chunk-chunk-UM3XXW2D.js";
import {
  OccurrenceCounter,
  fingerprintOf,
  unusedSuppression,
  unusedSuppressionFindings
} from "./chunk-chunk-IPU7W7V7.js";
import {
  applySuppressions
} from "./chunk-chunk-J5UH2CDK.js";
import {
  rulesOf
} from "./chunk-chunk-AE2HRXUO.js";
import "./chunk-chunk-SZAZ6YND.js";

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
function lintManifests(manifests, rules, config, objects = []) {
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
  const knownRules = /* @__PURE__ */ new Set([...rules.map((rule) => rule.meta.id), unusedSuppression.meta.id]);
  return suppressLintFindings(findings, suppressionsByFile, knownRules, settingsFor);
}

// src/rollout/lint/lint-paths.ts
function lintPaths(config) {
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
  return { findings: lintManifests(manifests, rulesOf(LINT_RULES), config, objects), stats: { files: files.length, manifests: counts, skipped } };
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
    const outcome = lintPaths(config);
    const prometheusUrl = config.settings["prometheus-url"];
    if (typeof prometheusUrl === "string" && prometheusUrl !== "") {
      const { dryRunManifests } = await import("./chunk-dry-run-manifests-VA4W3JL3.js");
      const namespace = typeof config.settings.namespace === "string" && config.settings.namespace !== "" ? config.settings.namespace : "default";
      const liveArgs = deps.kubeConfig ? await (await import("./chunk-live-stable-args-WCBODJNO.js")).liveStableArgs(deps.kubeConfig, namespace) : void 0;
      const dryRun = await dryRunManifests(config, deps, prometheusUrl, liveArgs);
      return { findings: [...outcome.findings, ...dryRun.findings], stats: { mode: "lint", ...outcome.stats, dryRun: dryRun.stats, durationMs: Math.round(performance.now() - started) } };
    }
    return { findings: outcome.findings, stats: { mode: "lint", ...outcome.stats, durationMs: Math.round(performance.now() - started) } };
  }
};
export {
  rolloutAnalyzer
};
