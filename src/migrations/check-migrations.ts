import type { Config } from '../core/config/config.js';
import type { Finding } from '../core/finding.js';
import { fingerprintOf, OccurrenceCounter } from '../core/rules/fingerprint.js';
import { unusedSuppression, unusedSuppressionFindings } from '../core/rules/hygiene/unused-suppression.js';
import { ruleSettingsResolver, severityFor, type RuleSetting } from '../core/rules/settings.js';
import { applySuppressions } from '../core/rules/suppressions.js';
import type { MachineFix } from '../core/rules/machine-fix.js';
import { isLockRule, joinMeasurement, measurementData } from './measure/join-measurement.js';
import type { MigrationMeasurements } from './measure/measure-migrations.js';
import type { StatementMeasurement } from './measure/statement-measurement.js';
import type { MeasuredMigrationRule } from './measured-rule.js';
import type { MigrationReport, MigrationRule, StatementFix } from './migration-rule.js';
import type { MigrationStatement } from './migration-statement.js';
import type { MigrationFile } from './read-migrations.js';
import { SchemaState } from './schema-state.js';

/**
 * Runs every rule over every statement, file by file in the order the tool applies them, with the state the
 * statements before it left (tables created in the change, an open BEGIN, lock_timeout). Findings cover the whole
 * statement; fingerprints are built from its SQL with whitespace folded, so re-wrapping keeps them. Last, each
 * file's `predator-guard-ignore…` comments drop the findings they name; stale ones become unused-suppression.
 * When the migrations were applied (`measured`), each statement's findings carry what was measured, and the
 * measured rules report what the static ones did not name.
 */
export function checkMigrations(
  files: readonly MigrationFile[],
  rules: readonly MigrationRule[],
  config: Pick<Config, 'rules' | 'overrides' | 'changes'>,
  measured?: { measurements: MigrationMeasurements; rules: readonly MeasuredMigrationRule[] },
): Finding[] {
  const settingsFor = ruleSettingsResolver(config);
  const state = new SchemaState();
  const findings: Finding[] = [];
  let previousAdded = false;
  for (const { file, statements, directives } of files) {
    const lineText = (line: number) => directives.source.lineText(line);
    const change = config.changes?.files.get(file);
    const added = change?.status === 'added';
    state.startFile(added && previousAdded, { statements, change });
    previousAdded = added;
    const settings = settingsFor(file);
    const occurrences = new OccurrenceCounter();
    const fileFindings: Finding[] = [];
    for (const statement of statements) {
      const code = statement.sql.replace(/\s+/g, ' ').trim();
      const findingOf = (rule: MigrationRule | MeasuredMigrationRule, configured: RuleSetting['severity'] | undefined, report: MigrationReport): Finding => ({
        analyzer: 'migrations',
        rule: rule.meta.id,
        category: rule.meta.category,
        severity: severityFor(rule.meta, configured) ?? rule.meta.severity,
        message: report.message,
        ...(report.line === undefined ? statementPlace(statement) : { file: statement.file, line: report.line, column: 1 }),
        ...(report.suggestion ? { suggestion: report.suggestion } : {}),
        fingerprint: fingerprintOf(rule.meta.id, file, code, occurrences.next(`${rule.meta.id}\0${code}`)),
        data: { statement: statement.kind, ...(report.tables ? { tables: report.tables } : {}), measured: false, ...fixData(report.fix, statement, lineText) },
      });
      const statementFindings: Finding[] = [];
      for (const rule of rules) {
        const configured = settings[rule.meta.id]?.severity;
        if (configured === 'off') continue;
        for (const report of rule.check(statement, state)) statementFindings.push(findingOf(rule, configured, report));
      }
      const measurement = measured?.measurements.byStatement.get(statement);
      if (measured && measurement) {
        const { measuredOn } = measured.measurements;
        joinMeasurement(statementFindings, statement.sql, measurement, measuredOn);
        for (const [rule, report] of measuredReports(statement, statementFindings, measurement, measuredOn, measured.rules, settings)) {
          const finding = findingOf(rule, settings[rule.meta.id]?.severity, report);
          finding.data = { ...finding.data, ...measurementData(measurement, measuredOn) };
          statementFindings.push(finding);
        }
      }
      fileFindings.push(...statementFindings);
      state.apply(statement);
    }
    if (directives.directives.length === 0) {
      findings.push(...fileFindings);
      continue;
    }
    const { kept, unused } = applySuppressions(fileFindings, directives.directives);
    findings.push(...kept);
    const severity = severityFor(unusedSuppression.meta, settings[unusedSuppression.meta.id]?.severity);
    if (!severity) continue;
    const known = new Set([...rules.map((rule) => rule.meta.id), unusedSuppression.meta.id]);
    findings.push(...unusedSuppressionFindings({ analyzer: 'migrations', file, source: directives.source, unused, severity, isKnownRule: (rule) => known.has(rule) }));
  }
  return findings;
}

/** What the measured rules report of a measured statement, with the tables its other findings name already. */
function measuredReports(
  statement: MigrationStatement,
  findings: readonly Finding[],
  measurement: StatementMeasurement,
  measuredOn: string,
  rules: readonly MeasuredMigrationRule[],
  settings: Record<string, RuleSetting | undefined>,
): [MeasuredMigrationRule, MigrationReport][] {
  if (!measurement.measured) return [];
  // Only findings about this statement's lock or rewrite count: a missing timeout names the table too, but not its rewrite.
  const reportedTables = new Set(findings.filter((finding) => isLockRule(finding.rule)).flatMap((finding) => (finding.data?.tables as string[] | undefined) ?? []));
  return rules
    .filter((rule) => settings[rule.meta.id]?.severity !== 'off')
    .flatMap((rule) => rule.check(statement, { measurement, measuredOn, reportedTables }).map((report): [MeasuredMigrationRule, MigrationReport] => [rule, report]));
}

/**
 * The rule's fix as lines of the file: the statement's first line replaced by the lines to put before it and the
 * line rewritten. Only for a statement that opens its line (after indentation): a line shared with the statement
 * before it is not rewritten, so a suggestion never touches another statement.
 */
function fixData(fix: StatementFix | undefined, statement: MigrationStatement, lineText: (line: number) => string): { fix?: MachineFix } {
  if (fix === undefined) return {};
  const line = lineText(statement.startLine);
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const firstSqlLine = statement.sql.split('\n')[0];
  if (line.slice(indent.length, indent.length + firstSqlLine.length) !== firstSqlLine) return {};
  const rewritten = fix.firstLine === undefined ? line : fix.firstLine(line);
  if (rewritten === undefined) return {};
  const lines = [...(fix.linesBefore ?? []).map((before) => `${indent}${before}`), rewritten];
  return { fix: { startLine: statement.startLine, endLine: statement.startLine, lines, ...(fix.note === undefined ? {} : { note: fix.note }) } };
}

/** The whole statement: first line, column 1, to the end of its last line (as the query audit places its findings). */
function statementPlace(statement: MigrationStatement) {
  const lastLine = statement.sql.split('\n').at(-1) ?? '';
  return { file: statement.file, line: statement.startLine, column: 1, endLine: statement.endLine, endColumn: lastLine.length + 1 };
}
