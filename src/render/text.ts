import { ANALYZERS, compareFindings, type Finding, type Severity } from '../core/finding.js';
import type { AnalyzerRun, Report } from '../core/report.js';
import { checkedMigrations } from './migrations/checked-migrations.js';
import { auditedQueries } from './queries/audited-queries.js';
import { queriesTextSections } from './queries/queries-text.js';
import { followedRollouts } from './rollout/followed-rollouts.js';
import { rolloutTextSections } from './rollout/rollout-text.js';
import { lookedAt } from './looked-at.js';
import { skippedFiles, skippedOmitted } from './skipped-files.js';
import { ANSI, PLAIN, type Palette } from './text-palette.js';

export interface TextOptions {
  /** ANSI colours; the caller decides (a TTY with NO_COLOR unset), so the renderer stays pure. */
  color?: boolean;
}

const SEVERITY_COLOR: Record<Severity, keyof Palette> = { error: 'red', warning: 'yellow', notice: 'cyan' };

/**
 * The terminal report: findings grouped by file, each led by `file:line:column` so terminals and editors make it
 * clickable; the rollouts a rollout run followed; what a queries run audited where; what a migrations run checked; findings with no file under
 * their analyzer; then failed or skipped runs; then one summary line, which counts what was looked at as well as
 * what was found. When nothing ran, the failed runs' own lines are the whole output: one message per error.
 */
export function renderText(report: Report, options: TextOptions = {}): string {
  const palette = options.color ? ANSI : PLAIN;
  const findings = [...report.findings].sort(compareFindings);
  const sections = [
    ...groupByFile(findings).map(([file, group]) => fileSection(file, group, palette)),
    ...rolloutTextSections(followedRollouts(report), palette),
    ...queriesTextSections(auditedQueries(report), palette),
    ...checkedMigrations(report).map((line) => `${palette.bold('migrations')}: ${line}`),
    ...groupByAnalyzer(findings).map(([analyzer, group]) => analyzerSection(analyzer, group, palette)),
  ];
  const runNotes = [
    ...report.runs.filter((run) => run.status !== 'ok').map((run) => runNote(run, palette)),
    ...report.runs.flatMap((run) => skippedNote(run, palette)),
  ];
  if (runNotes.length > 0) sections.push(runNotes.join('\n'));
  // The review's tally (skipped files, hidden findings) sits just above the last line, which counts what was looked
  // at and what was found.
  const tally = reviewTally(report);
  const summary = summaryLine(report, palette);
  const closing = [...(tally ? [palette.dim(tally)] : []), ...(summary !== undefined ? [summary] : [])];
  if (closing.length > 0) sections.push(closing.join('\n'));
  return `${sections.join('\n\n')}\n`;
}

function groupByFile(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.file === undefined) continue;
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

function groupByAnalyzer(findings: readonly Finding[]): [string, Finding[]][] {
  return ANALYZERS.map((analyzer): [string, Finding[]] => [
    analyzer,
    findings.filter((finding) => finding.file === undefined && finding.analyzer === analyzer),
  ]).filter(([, group]) => group.length > 0);
}

function fileSection(file: string, findings: readonly Finding[], palette: Palette): string {
  return [palette.bold(file), ...findingRows(findings, findings.map(placeOf), palette)].join('\n');
}

/** `file:line:column`, shortened rather than invented when a finding covers a whole file or line. */
function placeOf(finding: Finding): string {
  if (finding.line === undefined) return finding.file ?? '';
  if (finding.column === undefined) return `${finding.file}:${finding.line}`;
  return `${finding.file}:${finding.line}:${finding.column}`;
}

function analyzerSection(analyzer: string, findings: readonly Finding[], palette: Palette): string {
  return [palette.bold(analyzer), ...findingRows(findings, findings.map(() => ''), palette)].join('\n');
}

/** Places and severities are padded to the group's widest, so messages line up; padding is measured before colouring. */
function findingRows(findings: readonly Finding[], places: readonly string[], palette: Palette): string[] {
  const placeWidth = Math.max(...places.map((place) => place.length));
  const severityWidth = Math.max(...findings.map((finding) => finding.severity.length));
  const placeColumn = (place: string) => (placeWidth === 0 ? '' : `${place.padEnd(placeWidth)}  `);
  return findings.flatMap((finding, index) => {
    const severity = `${palette[SEVERITY_COLOR[finding.severity]](finding.severity)}${' '.repeat(severityWidth - finding.severity.length)}`;
    const row = `  ${placeColumn(places[index])}${severity}  ${finding.message}  ${palette.dim(finding.rule)}`;
    if (finding.suggestion === undefined) return [row];
    const indent = ' '.repeat(2 + placeColumn('').length + severityWidth + 2);
    return [row, `${indent}${palette.dim(`↳ ${finding.suggestion}`)}`];
  });
}

function runNote(run: AnalyzerRun, palette: Palette): string {
  if (run.status === 'failed') return palette.red(`✖ The ${run.analyzer} analyzer failed: ${run.error ?? 'unknown error'}`);
  const reason = run.error === undefined ? '' : `: ${run.error}`;
  return palette.dim(`○ The ${run.analyzer} analyzer was skipped${reason}`);
}

/** Files an analyzer could not read are listed, never dropped silently. */
function skippedNote(run: AnalyzerRun, palette: Palette): string[] {
  const skipped = skippedFiles(run);
  const omitted = skippedOmitted(run);
  if (skipped.length === 0) return [];
  const rows = skipped.map(({ file, reason, detail }) => `  ${file}: ${reason}${detail === undefined ? '' : ` (${detail})`}`);
  if (omitted > 0) rows.push(`  … and ${plural(omitted, 'more file')}`);
  return [palette.dim([`○ ${plural(skipped.length + omitted, 'file')} not ${run.analyzer === 'review' ? 'reviewed' : 'linted'}:`, ...rows].join('\n'))];
}

/**
 * The review's tally above the last line: the files it left out, and the findings the diff filter, the baseline and
 * suppressions hid, so a quiet run says how quiet it was made. The last line already counts the files reviewed; the
 * tally is left out when nothing was skipped or hidden and neither a diff nor a baseline was in use.
 */
export function reviewTally(report: Report): string | undefined {
  const run = report.runs.find((candidate) => candidate.analyzer === 'review' && candidate.status === 'ok');
  if (!run || run.analyzer !== 'review' || run.status !== 'ok') return undefined;
  const { skipped, skippedOmitted = 0, suppressed = { own: 0, peer: 0 }, diff, baseline } = run.stats;
  const skippedCount = skipped.length + skippedOmitted;
  const suppressedCount = suppressed.own + suppressed.peer;
  if (skippedCount === 0 && suppressedCount === 0 && !diff && !baseline) return undefined;
  const hidden = [
    ...(diff ? [`${diff.filteredOut} by the diff filter`] : []),
    ...(baseline ? [`${baseline.hidden} by the baseline`] : []),
    `${suppressedCount} by suppressions (${suppressed.own} own, ${suppressed.peer} peer)`,
  ];
  return `Review: ${plural(skippedCount, 'file')} skipped; findings hidden: ${hidden.join(', ')}.`;
}

function summaryLine(report: Report, palette: Palette): string | undefined {
  const { counts, passed, reason } = report.gate;
  const total = counts.error + counts.warning + counts.notice;
  const failed = report.runs.filter((run) => run.status === 'failed').map((run) => run.analyzer);
  const scope = lookedAt(report);
  // The failed run's own line above already says what went wrong; a summary of nothing would only repeat it.
  if (failed.length > 0 && total === 0 && scope === '') return undefined;
  const tally =
    total === 0
      ? 'no problems'
      : `${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')})`;
  const head = scope === '' ? tally : `${tally} · ${scope}`;
  const why = failed.length > 0 ? `the ${failed.join(', ')} analyzer could not run` : reason;
  if (!passed) return palette.bold(palette.red(`✖ ${head} — gate failed${why === undefined ? '' : `: ${why}`}`));
  if (total > 0) return palette.bold(palette.yellow(`⚠ ${head} — gate passed`));
  return palette.bold(palette.green(`✔ ${head} — gate passed`));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
