import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  describeReviewRules,
  renderReport
} from "./chunk-chunk-6K2R6XOT.js";
import {
  DEFAULT_BASELINE,
  FAIL_ON_VALUES,
  VERSION,
  analyze,
  baselineFrom,
  baselinePath,
  defaultConfig,
  findConfigFile,
  loadConfig,
  mergeConfig,
  parseChecks,
  parseSize,
  pruneBaseline,
  readBaseline,
  toList,
  writeBaseline
} from "./chunk-chunk-VHHYWIZK.js";
import {
  UsageError
} from "./chunk-chunk-YJM7H7OX.js";
import "./chunk-chunk-G5D3ZKCX.js";
import "./chunk-chunk-SZAZ6YND.js";

// src/cli/main.ts
import { writeFileSync } from "node:fs";
import path3 from "node:path";

// src/cli/args.ts
import { parseArgs } from "node:util";
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
  version: { type: "boolean", short: "v" }
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
  if (command !== "check") layer.checks = [command];
  if (values.checks !== void 0) {
    if (command !== "check") throw new UsageError(`--checks only goes with 'predator-guard check'; '${command}' runs one analyzer.`);
    layer.checks = parseChecks(values.checks, "--checks");
  }
  if (values["fail-on"] !== void 0) layer.failOn = oneOf("--fail-on", values["fail-on"], FAIL_ON_VALUES);
  if (values["diff-base"] !== void 0 || values["filter-mode"] !== void 0) {
    throw new UsageError("--diff-base and --filter-mode are not available in this version: the review covers every file under the given paths. Pass the changed files as paths instead.");
  }
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
  predator-guard queries [SQL_FILE\u2026] PostgreSQL query-plan audit (not available in this version)
  predator-guard rollout [NAME\u2026]     Argo Rollouts canary check (not available in this version)

Options:
  -f, --format text|json|sarif|markdown   output format (default text)
  -o, --output FILE                        write the output to FILE instead of stdout
  -c, --config FILE                        config file (default .predator-guard.yml when present)
      --fail-on error|warning|notice|never  lowest severity that fails the run (default error)
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
  if (unfiltered.runs.some((run) => run.status === "failed")) return unfiltered;
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
function resolveCliConfig(request, cwd) {
  const root = path2.resolve(cwd);
  const configFile = request.configFile ? path2.resolve(cwd, request.configFile) : findConfigFile(root);
  const fileLayer = configFile ? loadConfig(configFile) : {};
  return mergeConfig(defaultConfig(root), fileLayer, request.layer);
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
    const config = resolveCliConfig(request, io.cwd);
    const log = (line) => io.stderr(`${line}
`);
    const report = request.baselineAction ? await runBaselineCommand(request.baselineAction, config, log) : await analyze(config, { log });
    const rendered = renderReport(report, request.format, {
      color: request.output ? false : request.color ?? io.colorByDefault,
      rules: describeReviewRules(),
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
  if (report.runs.some((run) => run.status === "failed")) return 2;
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
