import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeRules } from '../../src/core/rules/catalog.js';
import { rulesOf } from '../../src/core/rules/registry.js';
import { renderSarif, type SarifLog, type SarifRule } from '../../src/render/sarif.js';
import { HYGIENE_RULES, REVIEW_RULES } from '../../src/review/meta.js';
import { finding, realisticReport, reportOf } from './sample-report.js';
import { completedRun } from '../helpers/run-stats.js';

const RULE_DESCRIPTORS: SarifRule[] = [
  {
    analyzer: 'review',
    id: 'cognitive-complexity',
    category: 'complexity',
    severity: 'warning',
    description: 'A function whose control flow is hard to follow.',
  },
  { analyzer: 'review', id: 'nested-loop', category: 'performance', severity: 'warning', description: 'A loop inside a loop.' },
  { analyzer: 'review', id: 'syntax-error', category: 'syntax', severity: 'error', description: 'A file that does not parse.' },
  {
    analyzer: 'review',
    id: 'unused-suppression',
    category: 'hygiene',
    severity: 'notice',
    description: 'A suppression directive that suppresses no finding.',
    helpUri: 'https://example.test/unused-suppression',
    help: 'Delete the directive.',
  },
  { analyzer: 'queries', id: 'seq-scan', category: 'performance', severity: 'warning', description: 'A sequential scan of a large table.' },
];

/** The realistic findings, with a failed and a skipped run besides the review's. */
function reportWithEveryRunStatus() {
  return reportOf(realisticReport().findings, {
    runs: [
      completedRun('review'),
      { analyzer: 'queries', status: 'failed', error: 'could not connect to postgres://db:5432', stats: {} },
      { analyzer: 'rollout', status: 'skipped', error: 'no rollout manifest changed', stats: {} },
    ],
  });
}

function sarifOf(...args: Parameters<typeof renderSarif>): SarifLog {
  return JSON.parse(renderSarif(...args)) as SarifLog;
}

describe('renderSarif', () => {
  it('writes one run per analyzer, each with its own automation id and all of its described rules', () => {
    const log = sarifOf(reportWithEveryRunStatus(), { rules: RULE_DESCRIPTORS });
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs.map((run) => run.automationDetails.id)).toEqual(['predator-guard/review/', 'predator-guard/queries/', 'predator-guard/rollout/']);
    expect(log.runs.map((run) => run.tool.driver.rules.map((rule) => rule.id))).toEqual([
      ['cognitive-complexity', 'nested-loop', 'syntax-error', 'unused-suppression'],
      ['seq-scan'],
      [],
    ]);
    const [review] = log.runs;
    expect(review.tool.driver).toMatchObject({
      name: 'predator-guard',
      semanticVersion: '0.1.0',
      version: '0.1.0',
      informationUri: 'https://github.com/predator-guard/predator-guard',
    });
    expect(review.columnKind).toBe('utf16CodeUnits');
  });

  it('describes a rule with its docs page by default, or with the help the caller gives', () => {
    const [review] = sarifOf(reportWithEveryRunStatus(), { rules: RULE_DESCRIPTORS }).runs;
    expect(review.tool.driver.rules[2]).toEqual({
      id: 'syntax-error',
      name: 'SyntaxError',
      shortDescription: { text: 'A file that does not parse.' },
      fullDescription: { text: 'A file that does not parse.' },
      help: {
        text: 'A file that does not parse. See docs/rules/syntax-error.md.',
        markdown:
          'A file that does not parse. See [docs/rules/syntax-error.md](https://github.com/predator-guard/predator-guard/blob/main/docs/rules/syntax-error.md).',
      },
      helpUri: 'https://github.com/predator-guard/predator-guard/blob/main/docs/rules/syntax-error.md',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['syntax'], precision: 'high' },
    });
    expect(review.tool.driver.rules[3]).toMatchObject({
      name: 'UnusedSuppression',
      help: { text: 'Delete the directive.', markdown: 'Delete the directive.' },
      helpUri: 'https://example.test/unused-suppression',
      defaultConfiguration: { level: 'note' },
    });
  });

  it('locates each result in its file, percent-encoding the path, and keeps an empty range empty', () => {
    const [review, , rollout] = sarifOf(reportWithEveryRunStatus(), { rules: RULE_DESCRIPTORS }).runs;
    const location = (uri: string, region: Record<string, number>) => [
      { physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region } },
    ];
    expect(review.results).toEqual([
      {
        ruleId: 'syntax-error',
        ruleIndex: 2,
        level: 'error',
        message: { text: "Syntax error: missing ')'\nFix the syntax; no other rule runs on this file until it parses." },
        locations: location('src/broken.py', { startLine: 5, startColumn: 12, endLine: 5, endColumn: 13 }),
        partialFingerprints: { 'predatorGuard/v1': 'syntax-error:src/broken.py:5' },
      },
      {
        ruleId: 'unused-suppression',
        ruleIndex: 3,
        level: 'note',
        message: { text: "Suppression of 'cognitive-complexity' matches no finding." },
        locations: location('src/my%20module/handler.ts', { startLine: 1, startColumn: 4, endLine: 1, endColumn: 4 }),
        partialFingerprints: { 'predatorGuard/v1': 'unused-suppression:src/my module/handler.ts:1' },
      },
      {
        ruleId: 'cognitive-complexity',
        ruleIndex: 0,
        level: 'warning',
        message: { text: 'Function handle_request has cognitive complexity 21 (max 15).\nExtract the nested branches into named helpers.' },
        locations: location('src/my%20module/handler.ts', { startLine: 3, startColumn: 1, endLine: 40, endColumn: 2 }),
        partialFingerprints: { 'predatorGuard/v1': 'cognitive-complexity:src/my module/handler.ts:3' },
      },
    ]);
    // The rollout verdict has no file, and GitHub rejects a result without a location.
    expect(rollout.results).toEqual([]);
  });

  it('encodes characters that would change what a relative URI means', () => {
    const report = reportOf([finding({ rule: 'nested-loop', message: 'Loop.', file: 'src/50%#1?/c:d (x).py', line: 1, column: 1 })]);
    const [review] = sarifOf(report, { rules: RULE_DESCRIPTORS }).runs;
    expect(review.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('src/50%25%231%3F/c%3Ad%20%28x%29.py');
  });

  it('adds a rule for a finding whose rule the caller did not describe, so that its ruleIndex is valid', () => {
    const report = reportOf([
      finding({ rule: 'nested-loop', message: 'Loop.', file: 'a.py', line: 1, column: 1 }),
      finding({ rule: 'brand-new-rule', category: 'antipattern', severity: 'error', message: 'New.', file: 'a.py', line: 2, column: 1 }),
    ]);
    const [review] = sarifOf(report, { rules: RULE_DESCRIPTORS }).runs;
    expect(review.tool.driver.rules.map((rule) => rule.id)).toEqual([
      'cognitive-complexity',
      'nested-loop',
      'syntax-error',
      'unused-suppression',
      'brand-new-rule',
    ]);
    expect(review.tool.driver.rules[4]).toMatchObject({ name: 'BrandNewRule', defaultConfiguration: { level: 'error' }, properties: { tags: ['antipattern'] } });
    expect(review.results.map((result) => [result.ruleId, result.ruleIndex])).toEqual([
      ['nested-loop', 1],
      ['brand-new-rule', 4],
    ]);
  });

  it("records whether each analyzer ran, with a failed run's error and a skipped run's reason", () => {
    const log = sarifOf(reportWithEveryRunStatus(), { rules: RULE_DESCRIPTORS });
    expect(log.runs.map((run) => run.invocations)).toEqual([
      [{ executionSuccessful: true }],
      [{ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: 'could not connect to postgres://db:5432' } }] }],
      [{ executionSuccessful: true, toolExecutionNotifications: [{ level: 'note', message: { text: 'no rollout manifest changed' } }] }],
    ]);
  });

  it('names the source root only when given an absolute one', () => {
    const report = reportWithEveryRunStatus();
    const rooted = sarifOf(report, { rules: RULE_DESCRIPTORS, root: '/srv/checkout/my repo' });
    expect(rooted.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///srv/checkout/my%20repo/' } });
    expect(sarifOf(report, { rules: RULE_DESCRIPTORS, root: '/srv/checkout/' }).runs[0].originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: 'file:///srv/checkout/' },
    });
    expect(sarifOf(report, { rules: RULE_DESCRIPTORS }).runs[0]).not.toHaveProperty('originalUriBaseIds');
    expect(() => renderSarif(report, { rules: RULE_DESCRIPTORS, root: 'checkout' })).toThrow(
      "The SARIF source root must be an absolute path, got 'checkout'.",
    );
  });

  it("describes every review rule, the hygiene rules it files included, from the rules' metadata", () => {
    const descriptors = describeRules().filter((descriptor) => descriptor.analyzer === 'review');
    expect(descriptors.map((descriptor) => descriptor.id)).toEqual([...rulesOf(REVIEW_RULES), ...rulesOf(HYGIENE_RULES)].map((rule) => rule.meta.id));
    expect(descriptors.find((descriptor) => descriptor.id === 'syntax-error')).toEqual({
      analyzer: 'review',
      family: 'code',
      id: 'syntax-error',
      category: 'syntax',
      severity: 'error',
      description: 'A file that does not parse.',
      summary: 'a file that does not parse, at its first error; no other rule runs on that file',
    });
  });

  it("passes Microsoft's SARIF Multitool validation, GitHub's rules included", () => {
    const multitool = multitoolPath();
    const directory = mkdtempSync(path.join(tmpdir(), 'predator-guard-sarif-'));
    try {
      const input = path.join(directory, 'report.sarif');
      const output = path.join(directory, 'validation.sarif');
      writeFileSync(input, renderSarif(reportWithEveryRunStatus(), { rules: describeRules().filter((rule) => rule.analyzer === 'review'), root: '/srv/checkout/my repo' }));
      // SARIF2006 would fetch every helpUri from the network: the test must reach nothing beyond this machine.
      const policy = path.join(directory, 'policy.xml');
      writeFileSync(policy, OFFLINE_POLICY);
      const args = ['validate', input, '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note', '--output', output, '--log', 'ForceOverwrite', '--config', policy];
      const run = spawnSync(multitool, args, { encoding: 'utf8', env: OFFLINE_ENV });
      expect({ status: run.status, error: run.error, stderr: run.stderr }).toEqual({ status: 0, error: undefined, stderr: '' });
      const validation = JSON.parse(readFileSync(output, 'utf8')) as ValidationLog;
      const problems = validation.runs
        .flatMap((run) => run.results ?? [])
        .filter((result) => result.level === 'error' || result.level === 'warning')
        .map((result) => `${result.level} ${result.ruleId}: ${(result.message.arguments ?? []).join(' | ')}`);
      expect(problems).toEqual([]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

const OFFLINE_POLICY = `<?xml version="1.0" encoding="utf-8" ?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" />
  </Properties>
</Properties>
`;

/**
 * Any request the tool still makes goes to a closed loopback port. Invariant globalization lets the .NET binary run
 * on images without libicu; validation does not depend on it.
 */
const OFFLINE_ENV = {
  ...process.env,
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1',
  HTTP_PROXY: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  NO_PROXY: '',
};

interface ValidationLog {
  runs: { results?: { ruleId: string; level?: string; message: { arguments?: string[] } }[] }[];
}

/** The platform's binary, through the wrapper package's own lookup; npm may have skipped the chmod its install does. */
function multitoolPath(): string {
  const binary = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, 0o755);
  }
  return binary;
}
