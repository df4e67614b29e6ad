import type { Finding } from '../core/finding.js';
import type { AnalyzerRun, Gate, Report } from '../core/report.js';

/**
 * The key orders of the machine-readable output, as the types declare them. Objects are built in several places
 * (workers, the gate, tests), so their insertion order is not a contract; this is.
 */
const REPORT_KEYS: readonly (keyof Report)[] = ['tool', 'findings', 'runs', 'gate'];
const TOOL_KEYS: readonly (keyof Report['tool'])[] = ['name', 'version'];
const FINDING_KEYS: readonly (keyof Finding)[] = [
  'analyzer',
  'rule',
  'category',
  'severity',
  'message',
  'file',
  'line',
  'column',
  'endLine',
  'endColumn',
  'suggestion',
  'fingerprint',
  'data',
];
const RUN_KEYS: readonly (keyof AnalyzerRun)[] = ['analyzer', 'status', 'error', 'stats'];
const GATE_KEYS: readonly (keyof Gate)[] = ['failOn', 'passed', 'counts', 'reason'];

/** The report exactly as the `Report` type describes it, for scripts and for the `--format json` output. */
export function renderJson(report: Report): string {
  const ordered = {
    ...inKeyOrder(report, REPORT_KEYS),
    tool: inKeyOrder(report.tool, TOOL_KEYS),
    findings: report.findings.map((finding) => inKeyOrder(finding, FINDING_KEYS)),
    runs: report.runs.map((run) => inKeyOrder(run, RUN_KEYS)),
    gate: inKeyOrder(report.gate, GATE_KEYS),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Listed keys first, in that order; any key a newer type adds still comes through, after them, rather than being lost. */
function inKeyOrder<T extends object>(value: T, keys: readonly (keyof T)[]): T {
  const ordered: Partial<T> = {};
  for (const key of keys) if (key in value) ordered[key] = value[key];
  return { ...ordered, ...value };
}
