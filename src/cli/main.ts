import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { redact } from '../core/secrets.js';
import { analyze } from '../core/analyze.js';
import { UsageError } from '../core/config/usage-error.js';
import type { Report } from '../core/report.js';
import { renderReport } from '../render/index.js';
import { describeRules } from '../core/rules/catalog.js';
import { VERSION } from '../version.js';
import { parseCli } from './args.js';
import { commandHelp, globalHelp } from './help.js';
import { runBaselineCommand } from './baseline-command.js';
import { resolveCliConfig } from './resolve-config.js';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour by default only on a terminal, and never with NO_COLOR set (no-color.org). */
  colorByDefault: boolean;
}

/** argv → config → analyze → print → exit code. Every error ends here as a message and exit code 2. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const request = parseCli(argv);
    if (request.command === 'help') {
      io.stdout(request.helpTopic ? commandHelp(request.helpTopic) : globalHelp());
      return 0;
    }
    if (request.command === 'version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const config = await resolveCliConfig(request, io.cwd);
    const log = (line: string) => io.stderr(`${redact(line)}\n`);
    const report = request.baselineAction
      ? await runBaselineCommand(request.baselineAction, config, log)
      : await analyze(config, { log });
    const rendered = renderReport(report, request.format, {
      color: request.output ? false : (request.color ?? io.colorByDefault),
      rules: describeRules(),
      root: config.root,
    });
    if (request.output) {
      writeFileSync(path.resolve(io.cwd, request.output), rendered);
      log(summaryLine(report));
    } else {
      io.stdout(rendered);
    }
    return exitCode(report);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`predator-guard: ${redact(error.message)}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`predator-guard: unexpected error: ${redact(detail)}\nThis is a bug; please report it with the command you ran.\n`);
    return 2;
  }
}

/** 2 when an analyzer could not run (whatever --fail-on says), 1 when the gate failed, else 0. */
export function exitCode(report: Report): number {
  if (report.runs.some((run) => run.status === 'failed')) return 2;
  return report.gate.passed ? 0 : 1;
}

function summaryLine(report: Report): string {
  const { error, warning, notice } = report.gate.counts;
  const verdict = report.gate.passed ? 'gate passed' : `gate failed: ${report.gate.reason ?? ''}`;
  return `${error} errors, ${warning} warnings, ${notice} notices; ${verdict}`;
}
