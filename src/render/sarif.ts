import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnalyzerName, Finding, Severity } from '../core/finding.js';
import type { AnalyzerRun, Report } from '../core/report.js';
import type { RuleDescriptor } from '../core/rules/rule.js';
import { pathAsUri } from './path-uri.js';

/**
 * What SARIF says about a rule, from the catalog's descriptors (the caller passes them, so that rendering imports
 * no analyzer and, through one, no parser).
 */
export type SarifRule = Pick<RuleDescriptor, 'analyzer' | 'id' | 'category' | 'severity' | 'description'> & {
  /** Defaults to the rule's page under docs/rules/ in the repository. */
  helpUri?: string;
  /** Plain text; defaults to the description and a pointer to the docs page. */
  help?: string;
};

export interface SarifOptions {
  /** Every rule of every analyzer, not only those with results: code scanning lists them all. */
  rules: readonly SarifRule[];
  /** Absolute path of the checkout; recorded as %SRCROOT% so that local SARIF viewers can open the files. */
  root?: string;
}

type SarifLevel = 'error' | 'warning' | 'note';

type LocatedFinding = Finding & { file: string };

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; precision: 'high' };
}

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' };
    region?: SarifRegion;
  };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
}

export interface SarifNotification {
  level: SarifLevel;
  message: SarifMessage;
}

export interface SarifRun {
  tool: {
    driver: {
      name: string;
      semanticVersion: string;
      version: string;
      informationUri: string;
      rules: SarifReportingDescriptor[];
    };
  };
  automationDetails: { id: string };
  originalUriBaseIds?: Record<string, { uri: string }>;
  columnKind: 'utf16CodeUnits';
  invocations: { executionSuccessful: boolean; toolExecutionNotifications?: SarifNotification[] }[];
  results: SarifResult[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/predator-guard/predator-guard';
const DOCS_BASE = `${INFORMATION_URI}/blob/main/docs/rules/`;
const SOURCE_ROOT = '%SRCROOT%' as const;
/** Versioned so that a future change to how fingerprints are computed does not reopen every known alert. */
const FINGERPRINT_KEY = 'predatorGuard/v1';
const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: one run per analyzer, each with its own automation id so that
 * uploads of different analyzers do not replace one another's alerts.
 */
export function renderSarif(report: Report, options: SarifOptions): string {
  const log: SarifLog = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: report.runs.map((run) => sarifRun(report, run, options)),
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function sarifRun(report: Report, run: AnalyzerRun, options: SarifOptions): SarifRun {
  // GitHub rejects a result without a location (Multitool rules GH1015, GH1017, GH2012), and with it the whole
  // upload, so findings with no place in a file (a rollout verdict, say) are left out of SARIF; the text, Markdown
  // and JSON outputs carry them.
  const located = report.findings.filter(
    (finding): finding is LocatedFinding => finding.analyzer === run.analyzer && finding.file !== undefined,
  );
  const descriptors = rulesOfRun(run.analyzer, located, options.rules);
  const indexOf = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  return {
    tool: {
      driver: {
        name: report.tool.name,
        semanticVersion: report.tool.version,
        version: report.tool.version,
        informationUri: INFORMATION_URI,
        rules: descriptors.map(reportingDescriptor),
      },
    },
    automationDetails: { id: `predator-guard/${run.analyzer}/` },
    ...(options.root === undefined ? {} : { originalUriBaseIds: { [SOURCE_ROOT]: { uri: rootUri(options.root) } } }),
    columnKind: 'utf16CodeUnits',
    invocations: [invocation(run)],
    results: located.map((finding) => result(finding, indexOf)),
  };
}

/**
 * The analyzer's described rules, then any rule that reported without being described, so that every result's
 * ruleIndex points at a rule rather than the upload failing over a descriptor the caller forgot.
 */
function rulesOfRun(analyzer: AnalyzerName, findings: readonly Finding[], described: readonly SarifRule[]): SarifRule[] {
  const rules = described.filter((descriptor) => descriptor.analyzer === analyzer);
  const known = new Set(rules.map((descriptor) => descriptor.id));
  for (const finding of findings) {
    if (known.has(finding.rule)) continue;
    known.add(finding.rule);
    rules.push({
      analyzer,
      id: finding.rule,
      category: finding.category,
      severity: finding.severity,
      description: `Reported by the ${analyzer} analyzer.`,
    });
  }
  return rules;
}

function reportingDescriptor(descriptor: SarifRule): SarifReportingDescriptor {
  const docsPath = `docs/rules/${descriptor.id}.md`;
  const helpUri = descriptor.helpUri ?? `${DOCS_BASE}${descriptor.id}.md`;
  return {
    id: descriptor.id,
    name: pascalCase(descriptor.id),
    shortDescription: { text: descriptor.description },
    fullDescription: { text: descriptor.description },
    help: {
      text: descriptor.help ?? `${descriptor.description} See ${docsPath}.`,
      markdown: descriptor.help ?? `${descriptor.description} See [${docsPath}](${helpUri}).`,
    },
    helpUri,
    defaultConfiguration: { level: LEVELS[descriptor.severity] },
    properties: { tags: [descriptor.category], precision: 'high' },
  };
}

function result(finding: LocatedFinding, indexOf: ReadonlyMap<string, number>): SarifResult {
  return {
    ruleId: finding.rule,
    ruleIndex: indexOf.get(finding.rule) ?? -1,
    level: LEVELS[finding.severity],
    // Code scanning shows only the message, so the suggestion travels with it.
    message: { text: finding.suggestion === undefined ? finding.message : `${finding.message}\n${finding.suggestion}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathAsUri(finding.file), uriBaseId: SOURCE_ROOT },
          ...(finding.line === undefined ? {} : { region: region(finding, finding.line) }),
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
  };
}

/** Only the fields the finding has: a made-up column would point code scanning at the wrong character. */
function region(finding: Finding, startLine: number): SarifRegion {
  const region: SarifRegion = { startLine };
  if (finding.column !== undefined) region.startColumn = finding.column;
  if (finding.endLine !== undefined) region.endLine = finding.endLine;
  if (finding.endColumn !== undefined) region.endColumn = finding.endColumn;
  return region;
}

function invocation(run: AnalyzerRun): SarifRun['invocations'][number] {
  if (run.status === 'failed') {
    return { executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: run.error ?? 'unknown error' } }] };
  }
  if (run.error === undefined) return { executionSuccessful: true };
  return { executionSuccessful: true, toolExecutionNotifications: [{ level: 'note', message: { text: run.error } }] };
}

/** SARIF requires a base URI to end with a slash, or the relative paths would resolve against its parent. */
function rootUri(root: string): string {
  if (!isAbsolute(root)) throw new Error(`The SARIF source root must be an absolute path, got '${root}'.`);
  const uri = pathToFileURL(root).href;
  return uri.endsWith('/') ? uri : `${uri}/`;
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => `${word[0].toUpperCase()}${word.slice(1)}`)
    .join('');
}
