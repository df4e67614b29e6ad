import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  parseUnifiedDiff
} from "./chunk-chunk-U76KKE3J.js";
import {
  renderReport
} from "./chunk-chunk-OEVIGIHA.js";
import {
  VERSION,
  analyze,
  baselineFrom,
  baselinePath,
  pruneBaseline,
  readBaseline,
  writeBaseline
} from "./chunk-chunk-D4QN3I6X.js";
import {
  DEFAULT_BASELINE,
  FAIL_ON_VALUES,
  FILTER_MODES,
  defaultConfig,
  describeRules,
  findConfigFile,
  loadConfig,
  mergeConfig,
  parseChecks,
  parseSize,
  toList
} from "./chunk-chunk-B24XCIV6.js";
import {
  parseDuration
} from "./chunk-chunk-5W52K3RV.js";
import "./chunk-chunk-A7GI3UHH.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";
import "./chunk-chunk-3IJVTHPE.js";
import "./chunk-chunk-FOPU5UDH.js";
import "./chunk-chunk-JOJYIFKR.js";
import "./chunk-chunk-SZAZ6YND.js";

// src/cli/main.ts
import { writeFileSync } from "node:fs";
import path3 from "node:path";

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/cli/queries-options.ts
var QUERIES_OPTIONS = {
  plan: { type: "string", multiple: true },
  "database-url": { type: "string" },
  schema: { type: "string", multiple: true },
  seed: { type: "string", multiple: true },
  analyze: { type: "boolean" },
  // node:util parseArgs has no negation before Node 22; the embedded database analyzes unless told not to.
  "no-analyze": { type: "boolean" },
  "statement-timeout": { type: "string" },
  "lock-timeout": { type: "string" },
  "verify-indexes": { type: "string" }
};
function queriesLayer(values, positionals) {
  const settings = {};
  const lists = { plan: values.plan, schema: values.schema, seed: values.seed };
  for (const [key, value] of Object.entries(lists)) {
    if (Array.isArray(value)) settings[key] = value.flatMap((item) => toList(item));
  }
  if (positionals.length > 0) settings.queries = [...positionals];
  if (typeof values["database-url"] === "string") settings["database-url"] = values["database-url"];
  if (values.analyze === true && values["no-analyze"] === true) throw new UsageError("--analyze and --no-analyze: pass one of them, not both.");
  if (values.analyze === true) settings.analyze = true;
  if (values["no-analyze"] === true) settings.analyze = false;
  for (const key of ["statement-timeout", "lock-timeout", "verify-indexes"]) {
    if (typeof values[key] === "string") settings[key] = values[key];
  }
  return Object.keys(settings).length > 0 ? { settings } : {};
}

// src/cli/rollout-options.ts
var ROLLOUT_OPTIONS = {
  lint: { type: "boolean" },
  namespace: { type: "string" },
  kubeconfig: { type: "string" },
  context: { type: "string" },
  timeout: { type: "string" },
  image: { type: "string" },
  kind: { type: "string" },
  selector: { type: "string" },
  "prometheus-url": { type: "string" }
};
var ROLLOUT_KINDS = ["rollout", "canary"];
var SETTING_KEYS = { namespace: "namespace", kubeconfig: "kubeconfig", context: "context", timeout: "rollout-timeout", image: "image", kind: "kind", selector: "selector", "prometheus-url": "prometheus-url" };
function rolloutLayer(values, positionals) {
  const settings = {};
  for (const [flag, key] of Object.entries(SETTING_KEYS)) {
    const value = values[flag];
    if (typeof value === "string") settings[key] = value;
  }
  const timeout = settings["rollout-timeout"];
  if (typeof timeout === "string" && parseDuration(timeout) === void 0) {
    throw new UsageError(`--timeout: got '${timeout}'; expected a Go-style duration such as 10m, 90s or 1h30m.`);
  }
  const kind = settings.kind;
  if (typeof kind === "string" && !ROLLOUT_KINDS.includes(kind)) {
    throw new UsageError(`--kind: got '${kind}'; expected one of ${ROLLOUT_KINDS.join(", ")}.`);
  }
  const layer = {};
  if (values.lint === true) {
    if (positionals.length > 0) layer.paths = [...positionals];
  } else if (positionals.length > 0) {
    settings.rollout = [...positionals];
  }
  if (Object.keys(settings).length > 0) layer.settings = settings;
  return layer;
}

// src/cli/args.ts
var COMMANDS = ["review", "queries", "rollout", "check"];
var FORMATS = ["text", "json", "sarif", "markdown"];
var OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "fail-on": { type: "string" },
  "diff-base": { type: "string" },
  "filter-mode": { type: "string" },
  checks: { type: "string" },
  include: { type: "string", multiple: true },
  exclude: { type: "string", multiple: true },
  baseline: { type: "string" },
  "no-baseline": { type: "boolean" },
  "write-baseline": { type: "boolean" },
  "prune-baseline": { type: "boolean" },
  "max-file-size": { type: "string" },
  workers: { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  ...QUERIES_OPTIONS,
  ...ROLLOUT_OPTIONS
};
function parseCli(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${error.message.replace(/\. To specify a positional.*$/s, "")}. Run 'predator-guard --help' for the options.`);
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  if (values.version) return { command: "version", positionals: [], format: "text", layer: {} };
  if (values.help || first === void 0 || first === "help") return { command: "help", positionals: [], format: "text", layer: {} };
  if (!COMMANDS.includes(first)) {
    throw new UsageError(`Unknown command '${first}'. Expected one of ${COMMANDS.join(", ")}; run 'predator-guard --help'.`);
  }
  const command = first;
  const layer = {};
  if (command === "review" && rest.length > 0) layer.paths = rest;
  if (command === "queries") Object.assign(layer, queriesLayer(values, rest));
  if (command === "rollout") Object.assign(layer, rolloutLayer(values, rest));
  if (command !== "check") layer.checks = [command];
  if (values.checks !== void 0) {
    if (command !== "check") throw new UsageError(`--checks only goes with 'predator-guard check'; '${command}' runs one analyzer.`);
    layer.checks = parseChecks(values.checks, "--checks");
  }
  if (values["fail-on"] !== void 0) layer.failOn = oneOf("--fail-on", values["fail-on"], FAIL_ON_VALUES);
  Object.assign(layer, parseDiffOptions(values["diff-base"], values["filter-mode"]));
  if (values.include) layer.include = values.include.flatMap((value) => toList(value));
  if (values.exclude) layer.exclude = values.exclude.flatMap((value) => toList(value));
  if (values.baseline !== void 0) layer.baseline = values.baseline;
  if (values["no-baseline"]) layer.baseline = false;
  if (values["max-file-size"] !== void 0) {
    const size = parseSize(values["max-file-size"]);
    if (size === void 0) throw new UsageError(`--max-file-size: got '${values["max-file-size"]}'; expected a byte count or a size such as 512KB or 2MB.`);
    layer.maxFileSize = size;
  }
  if (values.workers !== void 0) layer.workers = parseWorkers(values.workers);
  if (values["write-baseline"] && values["prune-baseline"]) {
    throw new UsageError("--write-baseline and --prune-baseline exclude each other: write records every current finding, prune only drops entries.");
  }
  if ((values["write-baseline"] || values["prune-baseline"]) && layer.diffBase !== void 0) {
    throw new UsageError("--diff-base cannot go with --write-baseline or --prune-baseline: a baseline must see every finding, not only those on changed lines. Drop --diff-base.");
  }
  return {
    command,
    positionals: rest,
    format: values.format === void 0 ? "text" : oneOf("--format", values.format, FORMATS),
    output: values.output,
    configFile: values.config,
    baselineAction: values["write-baseline"] ? "write" : values["prune-baseline"] ? "prune" : void 0,
    color: values["no-color"] ? false : values.color ? true : void 0,
    layer
  };
}
function parseDiffOptions(diffBase, filterMode) {
  if (diffBase === void 0) {
    if (filterMode === void 0) return {};
    throw new UsageError(`--filter-mode ${filterMode} needs --diff-base in the CLI: the changed lines come from git diff against that ref. Add --diff-base REF (e.g. --diff-base origin/main).`);
  }
  if (diffBase.trim() === "") throw new UsageError("--diff-base: got an empty ref; expected a branch, tag or commit such as 'origin/main' or 'HEAD~1'.");
  if (filterMode === void 0) return { diffBase };
  return { diffBase, filterMode: oneOf("--filter-mode", filterMode, FILTER_MODES) };
}
function oneOf(flag, value, allowed) {
  if (allowed.includes(value)) return value;
  throw new UsageError(`${flag}: got '${value}'; expected one of ${allowed.join(", ")}.`);
}
function parseWorkers(value) {
  if (value === "auto") return "auto";
  const count = Number(value);
  if (Number.isInteger(count) && count >= 1) return count;
  throw new UsageError(`--workers: got '${value}'; expected a whole number \u2265 1, or auto.`);
}
var HELP = `predator-guard \u2014 code review, query-plan audit and canary check for pull requests

Usage:
  predator-guard review  [PATH\u2026]     review Python and TypeScript/JavaScript (default: the current directory)
  predator-guard check               run every analyzer the config enables
  predator-guard queries [SQL_FILE|GLOB\u2026]  PostgreSQL query-plan audit: EXPLAIN each statement safely
                                     (in a rolled-back transaction) on --database-url URL, or without one on
                                     the embedded PGlite loaded with --schema GLOB and --seed GLOB;
                                     --analyze / --no-analyze, --statement-timeout 30s, --lock-timeout 2s,
                                     --verify-indexes auto|hypopg|transaction|off
  predator-guard queries --plan FILE\u2026 audit saved EXPLAIN (FORMAT JSON) plans, no database needed
  predator-guard rollout NAME\u2026       follow Argo Rollouts or Flagger Canaries to a verdict (--kubeconfig FILE,
                                     --context, --namespace, --timeout 10m, --image IMAGE, --kind
                                     rollout|canary, --selector LABELS instead of names, --prometheus-url URL)
  predator-guard rollout --lint [PATH\u2026]  lint Argo Rollout and AnalysisTemplate manifests (default: the
                                     current directory)

Options:
  -f, --format text|json|sarif|markdown   output format (default text)
  -o, --output FILE                        write the output to FILE instead of stdout
  -c, --config FILE                        config file (default .predator-guard.yml when present)
      --fail-on error|warning|notice|never  lowest severity that fails the run (default error)
      --diff-base REF                      report only what changed against REF, as git diff REF shows it
                                           (untracked files too); only changed files are parsed
      --filter-mode added|diff-context|file|nofilter
                                           with --diff-base, keep findings on added lines (default), within
                                           3 lines of one, anywhere in a changed file, or everywhere
      --include GLOB / --exclude GLOB      limit the files reviewed (repeatable)
      --baseline FILE | --no-baseline      baseline file (default .predator-guard-baseline.json when present)
      --write-baseline                     record every current finding in the baseline and pass
      --prune-baseline                     drop baseline entries that no longer match
      --max-file-size SIZE                 skip larger files (default 1MB)
      --workers N|auto                     worker threads for the review (default auto)
      --color / --no-color                 force or disable colour in text output
  -h, --help    -v, --version

Exit codes: 0 passed, 1 findings at or above --fail-on, 2 usage, config or input error, or a failed analyzer.
`;

// src/cli/baseline-command.ts
import { existsSync } from "node:fs";
import path from "node:path";
async function runBaselineCommand(action, config, log) {
  const file = baselinePath(config) ?? path.join(config.root, config.baseline || DEFAULT_BASELINE);
  const shown = path.relative(config.root, file) || file;
  const unfiltered = await analyze({ ...config, baseline: false });
  if (unfiltered.runs.some((run2) => run2.status === "failed")) return unfiltered;
  if (action === "write") {
    const baseline = baselineFrom(unfiltered.findings);
    writeBaseline(file, baseline);
    log(`Wrote ${baseline.entries.length} baseline entries to ${shown}.`);
  } else {
    if (!existsSync(file)) throw new UsageError(`There is no baseline to prune at ${shown}. Create one with --write-baseline.`);
    const before = readBaseline(file);
    const pruned = pruneBaseline(before, unfiltered.findings);
    writeBaseline(file, pruned);
    log(`Pruned ${before.entries.length - pruned.entries.length} of ${before.entries.length} baseline entries in ${shown}.`);
  }
  return analyze({ ...config, baseline: file });
}

// src/cli/resolve-config.ts
import path2 from "node:path";

// src/core/diff/git-changes.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var MAX_OUTPUT_BYTES = 512 * 1024 * 1024;
async function changesFromGit(root, baseRef) {
  await requireRepository(root);
  const base = await resolveCommit(root, baseRef);
  const diff = await git(root, [
    "diff",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--unified=0",
    "--find-renames",
    "--relative",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    base,
    "--"
  ]);
  const changes = parseUnifiedDiff(diff);
  const untracked = await git(root, ["ls-files", "--others", "--exclude-standard", "-z"]);
  const files = new Map(changes.files);
  for (const file of untracked.split("\0").filter((name) => name !== "")) files.set(file, { file, status: "added", addedLines: "all" });
  return { files };
}
async function requireRepository(root) {
  try {
    await git(root, ["rev-parse", "--is-inside-work-tree"]);
  } catch (error) {
    if (error.code === "ENOENT") {
      throw new UsageError("--diff-base runs git, and git was not found on PATH. Install git, or drop --diff-base to review every file.");
    }
    throw new UsageError(`--diff-base needs a git working tree, and '${root}' is not inside one. Run predator-guard from a clone, or drop --diff-base to review every file.`);
  }
}
async function resolveCommit(root, ref) {
  try {
    return (await git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).trim();
  } catch {
    const hint = await fetchCommand(root, ref);
    throw new UsageError(`--diff-base: '${ref}' is not a commit in this repository. Check the name, or fetch it first (CI checkouts are often shallow): ${hint}`);
  }
}
async function fetchCommand(root, ref) {
  const listed = (await git(root, ["remote"]).catch(() => "")).split("\n").filter((name) => name !== "");
  const remotes = listed.length > 0 ? listed : ["origin"];
  const shortRef = ref.replace(/^refs\/remotes\//, "");
  const remote = remotes.find((name) => shortRef.startsWith(`${name}/`));
  if (remote) return `git fetch ${remote} ${shortRef.slice(remote.length + 1)}`;
  return `git fetch ${remotes.includes("origin") ? "origin" : remotes[0]} ${ref}`;
}
async function git(cwd, args) {
  const { stdout } = await run("git", [...args], { cwd, encoding: "utf8", maxBuffer: MAX_OUTPUT_BYTES });
  return stdout;
}

// src/cli/resolve-config.ts
async function resolveCliConfig(request, cwd) {
  const root = path2.resolve(cwd);
  const configFile = request.configFile ? path2.resolve(cwd, request.configFile) : findConfigFile(root);
  const fileLayer = configFile ? loadConfig(configFile) : {};
  const config = mergeConfig(defaultConfig(root), fileLayer, request.layer);
  if (config.diffBase === void 0) return config;
  return { ...config, changes: await changesFromGit(root, config.diffBase) };
}

// src/cli/main.ts
async function runCli(argv, io) {
  try {
    const request = parseCli(argv);
    if (request.command === "help") {
      io.stdout(HELP);
      return 0;
    }
    if (request.command === "version") {
      io.stdout(`${VERSION}
`);
      return 0;
    }
    const config = await resolveCliConfig(request, io.cwd);
    const log = (line) => io.stderr(`${line}
`);
    const report = request.baselineAction ? await runBaselineCommand(request.baselineAction, config, log) : await analyze(config, { log });
    const rendered = renderReport(report, request.format, {
      color: request.output ? false : request.color ?? io.colorByDefault,
      rules: describeRules(),
      root: config.root
    });
    if (request.output) {
      writeFileSync(path3.resolve(io.cwd, request.output), rendered);
      log(summaryLine(report));
    } else {
      io.stdout(rendered);
    }
    return exitCode(report);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`predator-guard: ${error.message}
`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`predator-guard: unexpected error: ${detail}
This is a bug; please report it with the command you ran.
`);
    return 2;
  }
}
function exitCode(report) {
  if (report.runs.some((run2) => run2.status === "failed")) return 2;
  return report.gate.passed ? 0 : 1;
}
function summaryLine(report) {
  const { error, warning, notice } = report.gate.counts;
  const verdict = report.gate.passed ? "gate passed" : `gate failed: ${report.gate.reason ?? ""}`;
  return `${error} errors, ${warning} warnings, ${notice} notices; ${verdict}`;
}
export {
  exitCode,
  runCli
};
