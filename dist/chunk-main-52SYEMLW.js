import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  parseUnifiedDiff
} from "./chunk-chunk-U76KKE3J.js";
import {
  renderReport
} from "./chunk-chunk-UV43UDKU.js";
import {
  VERSION,
  analyze,
  baselineFrom,
  baselinePath,
  pruneBaseline,
  readBaseline,
  writeBaseline
} from "./chunk-chunk-ZA2X7EGN.js";
import {
  redact
} from "./chunk-chunk-V4K7GZ5P.js";
import {
  DEFAULT_BASELINE,
  FAIL_ON_VALUES,
  FILTER_MODES,
  closest,
  defaultConfig,
  describeRules,
  findConfigFile,
  loadConfig,
  mergeLayers,
  parseChecks,
  parseSize,
  toList
} from "./chunk-chunk-XEKWYLA5.js";
import {
  parseDuration
} from "./chunk-chunk-45LV6IBN.js";
import "./chunk-chunk-SJWJCOKZ.js";
import "./chunk-chunk-7GR3GRYH.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";
import "./chunk-chunk-UM3XXW2D.js";
import "./chunk-chunk-ZEOJJT5H.js";
import "./chunk-chunk-AE2HRXUO.js";
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
  "verify-indexes": { type: "string" },
  "params-style": { type: "string" },
  "allow-functions": { type: "string", multiple: true }
};
function queriesLayer(values, positionals) {
  const settings = {};
  const lists = { plan: values.plan, schema: values.schema, seed: values.seed, "allow-functions": values["allow-functions"] };
  for (const [key, value] of Object.entries(lists)) {
    if (Array.isArray(value)) settings[key] = value.flatMap((item) => toList(item));
  }
  const asPlans = Array.isArray(values.plan) ? positionals.filter((entry) => !/\.sql$/i.test(entry)) : [];
  const queries = positionals.filter((entry) => !asPlans.includes(entry));
  if (asPlans.length > 0) settings.plan = [...settings.plan, ...asPlans];
  if (queries.length > 0) settings.queries = queries;
  if (typeof values["database-url"] === "string") settings["database-url"] = values["database-url"];
  if (values.analyze === true && values["no-analyze"] === true) throw new UsageError("--analyze and --no-analyze: pass one of them, not both.");
  if (values.analyze === true) settings.analyze = true;
  if (values["no-analyze"] === true) settings.analyze = false;
  for (const key of ["statement-timeout", "lock-timeout", "verify-indexes", "params-style"]) {
    if (typeof values[key] === "string") settings[key] = values[key];
  }
  return Object.keys(settings).length > 0 ? { settings } : {};
}

// src/cli/rollout-options.ts
var ROLLOUT_OPTIONS = {
  lint: { type: "boolean" },
  "allow-empty": { type: "boolean" },
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
  if (values["allow-empty"] === true) settings["allow-empty"] = true;
  if (values.lint === true) {
    if (positionals.length > 0) layer.paths = [...positionals];
  } else if (positionals.length > 0) {
    settings.rollout = [...positionals];
  }
  if (Object.keys(settings).length > 0) layer.settings = settings;
  return layer;
}

// src/cli/help.ts
var ALL = ["review", "queries", "rollout", "migrations", "check"];
var FILES = ["review", "check"];
var FLAG_HELP = {
  format: { short: "f", value: "text|json|sarif|markdown", text: "output format (default text)", commands: ALL },
  output: { short: "o", value: "FILE", text: "write the output to FILE; a one-line summary goes to stderr", commands: ALL },
  config: { short: "c", value: "FILE", text: "config file (default .predator-guard.yml when present)", commands: ALL },
  "fail-on": { value: "error|warning|notice|never", text: "lowest severity that fails the run (default error)", commands: ALL },
  checks: { value: "LIST", text: "analyzers to run, a comma list of review, queries, rollout, migrations (default: the config\u2019s)", commands: ["check"] },
  "diff-base": { value: "REF", text: "report only what changed against REF, as git diff REF shows it", commands: ALL },
  "filter-mode": { value: "added|diff-context|file|nofilter", text: "with --diff-base: which findings count as changed (default added)", commands: ALL },
  include: { value: "GLOB", text: "review only files matching GLOB (repeatable)", commands: FILES },
  exclude: { value: "GLOB", text: "skip files matching GLOB (repeatable)", commands: FILES },
  "max-file-size": { value: "SIZE", text: "skip larger files (default 1MB)", commands: FILES },
  workers: { value: "N|auto", text: "worker threads for the review (default auto)", commands: FILES },
  "peer-suppressions": { text: "honour peers\u2019 # noqa, # pylint: disable=, // eslint-disable\u2026 comments (default)", commands: FILES },
  "no-peer-suppressions": { text: "ignore peers\u2019 suppression comments: report what they silence", commands: FILES },
  baseline: { value: "FILE", text: "baseline file (default .predator-guard-baseline.json when present)", commands: ALL },
  "no-baseline": { text: "use no baseline", commands: ALL },
  "write-baseline": { text: "record every current finding in the baseline, and pass", commands: ALL },
  "prune-baseline": { text: "drop baseline entries that no longer match", commands: ALL },
  plan: { value: "FILE", text: "audit saved EXPLAIN (FORMAT JSON) plans instead of SQL files (repeatable)", commands: ["queries"] },
  "database-url": { value: "URL", text: "explain on this PostgreSQL server; migrations: apply them on this throwaway one (default: the embedded PGlite)", commands: ["queries", "migrations"] },
  "no-measure": { text: "static rules only: the migrations are not applied, no database starts", commands: ["migrations"] },
  schema: { value: "GLOB", text: "schema (migration) files for the embedded database, in name order (repeatable)", commands: ["queries"] },
  seed: { value: "GLOB", text: "seed SQL for the embedded database, after the schema (repeatable)", commands: ["queries"] },
  analyze: { text: "EXPLAIN ANALYZE, BUFFERS: run each statement, rolled back (default: on embedded only)", commands: ["queries"] },
  "no-analyze": { text: "plain EXPLAIN: plan only, nothing runs", commands: ["queries"] },
  "statement-timeout": { value: "DURATION", text: "statement_timeout of each EXPLAIN (default 30s)", commands: ["queries"] },
  "lock-timeout": { value: "DURATION", text: "lock_timeout of each EXPLAIN (default 2s)", commands: ["queries"] },
  "verify-indexes": { value: "auto|hypopg|transaction|off", text: "how suggested indexes are verified (default auto)", commands: ["queries"] },
  "params-style": { value: "auto|postgres|sqlc|psycopg|colon", text: "how statement parameters are written (default auto)", commands: ["queries"] },
  "allow-functions": { value: "NAME", text: "with --analyze: let this VOLATILE function run (repeatable)", commands: ["queries"] },
  lint: { text: "lint the Rollout and AnalysisTemplate manifests under the paths instead of following", commands: ["rollout"] },
  "allow-empty": { text: "with --lint: pass when no manifest is found (otherwise exit 2)", commands: ["rollout"] },
  namespace: { value: "NS", text: "namespace of the rollouts (default default)", commands: ["rollout"] },
  kubeconfig: { value: "FILE", text: "kubeconfig (default KUBECONFIG, ~/.kube/config, else in-cluster)", commands: ["rollout"] },
  context: { value: "NAME", text: "kubeconfig context", commands: ["rollout"] },
  timeout: { value: "DURATION", text: "how long to follow before rollout-timeout (default 10m)", commands: ["rollout"] },
  image: { value: "IMAGE", text: "the image the rollout must end on (else: rolled back)", commands: ["rollout"] },
  kind: { value: "rollout|canary", text: "Argo Rollout or Flagger Canary, when a name is both", commands: ["rollout"] },
  selector: { value: "LABELS", text: "follow every Rollout/Canary with these labels instead of names", commands: ["rollout"] },
  "prometheus-url": { value: "URL", text: "measure the canary\u2019s metrics and run the canary judge on this Prometheus", commands: ["rollout"] },
  color: { text: "colour the text output even when not on a terminal", commands: ALL },
  "no-color": { text: "never colour the text output", commands: ALL }
};
var COMMAND_HELP = {
  review: {
    summary: "review Python and TypeScript/JavaScript: parameters, nested loops, exception handling, syntax",
    usage: ["predator-guard review [PATH\u2026] [options]     PATHs are files, folders or globs (default: the current folder)"],
    examples: [
      ["predator-guard review src/", "review everything under src/"],
      ["predator-guard review --diff-base origin/main --fail-on warning", "only what changed since main; warnings fail too"]
    ]
  },
  queries: {
    summary: "audit SQL with PostgreSQL\u2019s planner: each statement explained in a rolled-back transaction",
    usage: [
      "predator-guard queries [SQL_FILE|GLOB\u2026] [options]   on --database-url, or on the embedded PGlite",
      "predator-guard queries --plan FILE\u2026 [options]       saved EXPLAIN (FORMAT JSON) plans, no database"
    ],
    examples: [
      ["predator-guard queries 'sql/**/*.sql' --schema 'db/migrations/*.sql'", "embedded database, no server"],
      [`predator-guard queries 'sql/**/*.sql' --database-url "$DATABASE_URL" --analyze`, "a server of your own"]
    ]
  },
  rollout: {
    summary: "follow Argo Rollouts or Flagger Canaries to a verdict, or lint their manifests",
    usage: [
      "predator-guard rollout NAME\u2026 [options]           follow the named rollouts (or --selector LABELS)",
      "predator-guard rollout --lint [PATH\u2026] [options]  lint the manifests under PATHs (default: the current folder)"
    ],
    examples: [
      ["predator-guard rollout checkout --namespace shop --timeout 15m", "wait for the checkout rollout\u2019s verdict"],
      ["predator-guard rollout --lint deploy/", "lint the manifests under deploy/"]
    ]
  },
  migrations: {
    summary: "check PostgreSQL migrations for lock-taking DDL, in the order their tool applies them, each lock and rewrite measured on a database",
    usage: ["predator-guard migrations [SQL_FILE|GLOB\u2026] [options]"],
    examples: [
      ["predator-guard migrations 'db/migrations/*.sql'", "every migration, each against the ones before it"],
      ["predator-guard migrations 'db/migrations/*.sql' --diff-base origin/main", "only the migrations the change adds"]
    ]
  },
  check: {
    summary: "run every analyzer the config file enables (checks:), or those --checks names",
    usage: ["predator-guard check [options]"],
    examples: [
      ["predator-guard check", "what .predator-guard.yml enables"],
      ["predator-guard check --checks review,rollout --format sarif -o results.sarif", "two analyzers, SARIF for code scanning"]
    ]
  }
};
var EXIT_CODES = "Exit codes: 0 passed, 1 findings at or above --fail-on, 2 usage, config or input error, or a failed analyzer.";
function flagLabel(name, flag) {
  const long = `--${name}${flag.value ? ` ${flag.value}` : ""}`;
  return flag.short ? `-${flag.short}, ${long}` : `    ${long}`;
}
function table(rows) {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}
function flagsOf(command) {
  return Object.entries(FLAG_HELP).filter(([, flag]) => flag.commands.includes(command)).map(([name]) => name);
}
function commandHelp(command) {
  const help = COMMAND_HELP[command];
  const options = flagsOf(command).map((name) => [flagLabel(name, FLAG_HELP[name]), FLAG_HELP[name].text]);
  return [
    `predator-guard ${command} \u2014 ${help.summary}`,
    "",
    "Usage:",
    ...help.usage.map((line) => `  ${line}`),
    "",
    "Options:",
    ...table([...options, ["-h, --help", "this help"]]),
    "",
    "Examples:",
    ...help.examples.flatMap(([example, why]) => [`  ${example}`, `      ${why}`]),
    "",
    EXIT_CODES,
    ""
  ].join("\n");
}
function globalHelp() {
  const commands = Object.keys(COMMAND_HELP).map((command) => [command, COMMAND_HELP[command].summary]);
  return [
    "predator-guard \u2014 code review, query-plan audit and canary check for pull requests",
    "",
    "Usage:",
    "  predator-guard COMMAND [ARGS\u2026] [options]",
    "",
    "Commands:",
    ...table(commands),
    "",
    "Options:",
    ...table([
      ["-h, --help", "this help; with a command, that command\u2019s options and examples"],
      ["-v, --version", "the version"]
    ]),
    "",
    "Run 'predator-guard COMMAND --help' for a command's options, e.g. 'predator-guard review --help'.",
    EXIT_CODES,
    ""
  ].join("\n");
}

// src/cli/args.ts
var COMMANDS = ["review", "queries", "rollout", "migrations", "check"];
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
  "peer-suppressions": { type: "boolean" },
  "no-peer-suppressions": { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  // migrations: the static rules only. node:util parseArgs has no negation before Node 22, so the flag is its own.
  "no-measure": { type: "boolean" },
  ...QUERIES_OPTIONS,
  ...ROLLOUT_OPTIONS
};
function parseCli(argv) {
  const named = argv.find((arg) => COMMANDS.includes(arg));
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(parseErrorMessage(error.message, named));
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  if (values.version) return { command: "version", positionals: [], format: "text", layer: {} };
  if (first === "help") return helpRequest(rest[0]);
  if (values.help || first === void 0) return helpRequest(first);
  if (!COMMANDS.includes(first)) throw unknownCommand(first);
  const applicable = new Set(flagsOf(first));
  for (const flag of Object.keys(values)) {
    if (!applicable.has(flag)) throw notForCommand(flag, first);
  }
  const command = first;
  const layer = {};
  if (command === "review" && rest.length > 0) layer.paths = rest;
  if (command === "queries") Object.assign(layer, queriesLayer(values, rest));
  if (command === "rollout") Object.assign(layer, rolloutLayer(values, rest));
  if (command === "migrations" && rest.length > 0) layer.settings = { ...layer.settings, migrations: [...rest] };
  if (command === "migrations" && typeof values["database-url"] === "string") layer.settings = { ...layer.settings, "database-url": values["database-url"] };
  if (command === "migrations" && values["no-measure"]) {
    if (typeof values["database-url"] === "string") throw new UsageError("--no-measure and --database-url: the server is only there to measure on; pass one of them, not both.");
    layer.settings = { ...layer.settings, "measure-migrations": false };
  }
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
  if (values["peer-suppressions"] && values["no-peer-suppressions"]) {
    throw new UsageError("--peer-suppressions and --no-peer-suppressions exclude each other: give one.");
  }
  if (values["peer-suppressions"]) layer.peerSuppressions = true;
  if (values["no-peer-suppressions"]) layer.peerSuppressions = false;
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
function helpRequest(topic) {
  if (topic !== void 0 && !COMMANDS.includes(topic)) throw unknownCommand(topic);
  return { command: "help", helpTopic: topic, positionals: [], format: "text", layer: {} };
}
function unknownCommand(name) {
  const hint = closest(name, COMMANDS);
  return new UsageError(`Unknown command '${name}'.${hint ? ` Did you mean '${hint}'?` : ""} Expected one of ${COMMANDS.join(", ")}; run 'predator-guard --help'.`);
}
function notForCommand(flag, command) {
  const takers = COMMANDS.filter((other) => flagsOf(other).includes(flag));
  return new UsageError(`--${flag} does not apply to '${command}'; it is an option of ${takers.join(", ")}. Run 'predator-guard ${command} --help' for its options.`);
}
function parseErrorMessage(message, command) {
  const helpHint = `Run 'predator-guard ${command ? `${command} ` : ""}--help' for the options.`;
  const unknown = /^Unknown option '(-{1,2})([^']+)'/.exec(message);
  if (unknown) {
    const candidates = command ? flagsOf(command) : Object.keys(OPTIONS);
    const hint = unknown[1] === "--" ? closest(unknown[2], candidates) : void 0;
    return `Unknown option '${unknown[1]}${unknown[2]}'.${hint ? ` Did you mean '--${hint}'?` : ""} ${helpHint}`;
  }
  return `${message.replace(/\. To specify a positional.*$/s, "").replace(/\.$/, "")}. ${helpHint}`;
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
  const config = mergeLayers(defaultConfig(root), fileLayer, request.layer);
  if (config.diffBase === void 0) return config;
  return { ...config, changes: await changesFromGit(root, config.diffBase) };
}

// src/cli/main.ts
async function runCli(argv, io) {
  try {
    const request = parseCli(argv);
    if (request.command === "help") {
      io.stdout(request.helpTopic ? commandHelp(request.helpTopic) : globalHelp());
      return 0;
    }
    if (request.command === "version") {
      io.stdout(`${VERSION}
`);
      return 0;
    }
    const config = await resolveCliConfig(request, io.cwd);
    const log = (line) => io.stderr(`${redact(line)}
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
      io.stderr(`predator-guard: ${redact(error.message)}
`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`predator-guard: unexpected error: ${redact(detail)}
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
