import type { Finding, Severity } from '../core/finding.js';
import { fingerprintOf, OccurrenceCounter } from '../core/rules/fingerprint.js';
import { directiveMarkers, pythonDirectiveComments, typescriptDirectiveComments, type CommentRange } from './languages/comments.js';
import { findPythonSyntaxError, parsePython, walkPython } from './languages/python.js';
import { findTypeScriptSyntaxError, parseTypeScript, typescriptCompiler, walkTypeScript } from './languages/typescript.js';
import type { Language, ReviewRule, PythonVisitor, ReportDescriptor, RuleContext, SyntaxErrorInfo, TypeScriptVisitor } from './review-rule.js';
import { rulesOf } from '../core/rules/registry.js';
import { severityFor, type RuleSettings } from '../core/rules/settings.js';
import { REVIEW_RULES } from './meta.js';
import { callStackLimit, isStackOverflow } from './call-stack.js';
import { SourceText } from '../core/rules/source-text.js';
import { applySuppressions, parseDirective, type Directive, type SuppressedCounts } from '../core/rules/suppressions.js';
import { PEER_MARKERS, peerSuppressions, type PeerDialect } from '../core/rules/peer-suppressions.js';
import { unusedSuppression, unusedSuppressionFindings } from '../core/rules/hygiene/unused-suppression.js';

export interface SourceInput {
  /** Repository-relative path with `/` separators. */
  file: string;
  text: string;
  language: Language;
  rules: RuleSettings;
  /** Honour peer linters' directives (`# noqa`, `# pylint: disable=`, `// eslint-disable-line`, …); on unless false. */
  peerSuppressions?: boolean;
}

/** A file's findings and how many findings directives hid. */
export interface SourceOutcome {
  findings: Finding[];
  suppressed: SuppressedCounts;
}

interface Collected {
  rule: ReviewRule;
  severity: Severity;
  descriptor: ReportDescriptor;
}

/**
 * Reviews one file: parse, run every enabled rule in one walk, apply the file's suppression directives, and turn
 * offsets into findings. A file that does not parse gets exactly one syntax-error finding and nothing else.
 */
export async function reviewSource(input: SourceInput): Promise<Finding[]> {
  return (await reviewSourceOutcome(input)).findings;
}

/** What reviewSource does, with the counts of suppressed findings the run's stats carry. */
export async function reviewSourceOutcome(input: SourceInput): Promise<SourceOutcome> {
  const none = (findings: Finding[]): SourceOutcome => ({ findings, suppressed: { own: 0, peer: 0 } });
  const source = new SourceText(input.text);
  const collected: Collected[] = [];
  const contextFor = (rule: ReviewRule, severity: Severity): RuleContext<unknown> => ({
    file: input.file,
    language: input.language,
    source,
    options: { ...rule.defaultOptions, ...input.rules[rule.meta.id]?.options },
    // A finding the rule grades itself keeps its grade unless the config sets the rule's severity.
    report: (descriptor) => {
      const graded = descriptor.severity ? (severityFor(rule.meta, input.rules[rule.meta.id]?.severity, descriptor.severity) ?? severity) : severity;
      collected.push({ rule, severity: graded, descriptor });
    },
  });
  const enabled = rulesOf(REVIEW_RULES).flatMap((rule: ReviewRule) => {
    const severity = severityFor(rule.meta, input.rules[rule.meta.id]?.severity);
    if (!severity || !rule.languages.includes(input.language)) return [];
    return [{ rule, severity }];
  });

  const stage = { name: input.language === 'python' ? 'the Python parser' : 'the TypeScript parser' };
  let parsed: Parsed;
  try {
    parsed = input.language === 'python' ? await reviewPython(input, enabled, contextFor, stage) : await reviewTypeScript(input, enabled, contextFor, stage);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    // Whatever the rules reported before the overflow is a part of the file: one notice for the whole file instead.
    collected.length = 0;
    const tooComplexRule = enabled.find(({ rule }) => rule.tooComplex);
    tooComplexRule?.rule.tooComplex?.(contextFor(tooComplexRule.rule, tooComplexRule.severity), { stage: stage.name, limit: callStackLimit() });
    return none(toFindings(input.file, source, collected));
  }
  if (parsed.syntaxError) {
    const syntaxRule = enabled.find(({ rule }) => rule.syntaxError);
    syntaxRule?.rule.syntaxError?.(contextFor(syntaxRule.rule, syntaxRule.severity), parsed.syntaxError);
    return none(toFindings(input.file, source, collected));
  }

  const directives = parsed.comments
    .map((comment) => parseDirective(comment.text, comment.start, comment.end, source))
    .filter((directive): directive is Directive => directive !== undefined);
  const peers = input.peerSuppressions === false ? [] : peerSuppressions(parsed.comments, source, peerDialect(input.language));
  const findings = toFindings(input.file, source, collected);
  if (directives.length === 0 && peers.length === 0) return none(findings);
  const { kept, unused, suppressed } = applySuppressions(findings, directives, peers);
  const severity = severityFor(unusedSuppression.meta, input.rules[unusedSuppression.meta.id]?.severity);
  if (!severity) return { findings: kept, suppressed };
  const isKnownRule = (rule: string) => Object.hasOwn(REVIEW_RULES, rule) || rule === unusedSuppression.meta.id;
  return { findings: [...kept, ...unusedSuppressionFindings({ analyzer: 'review', file: input.file, source, unused, severity, isKnownRule })], suppressed };
}

function peerDialect(language: Language): PeerDialect {
  return language === 'python' ? 'python' : 'javascript';
}

function markersFor(input: SourceInput): RegExp {
  return directiveMarkers(input.peerSuppressions === false ? undefined : PEER_MARKERS[peerDialect(input.language)]);
}

interface Parsed {
  syntaxError?: SyntaxErrorInfo;
  comments: CommentRange[];
}

type Enabled = { rule: ReviewRule; severity: Severity }[];
type ContextFactory = (rule: ReviewRule, severity: Severity) => RuleContext<unknown>;

/** Which step is running, so that a stack overflow names the part of the review that hit the limit. */
interface Stage {
  name: string;
}

const WALK = "the rules' walk";

async function reviewPython(input: SourceInput, enabled: Enabled, contextFor: ContextFactory, stage: Stage): Promise<Parsed> {
  // CPython reads a lone CR as a line end; tree-sitter's grammar does not. CR and LF are one code unit each, so the
  // offsets into the text the rules report and the line table (which counts a lone CR) are unchanged.
  const text = input.text.includes('\r') ? input.text.replace(/\r(?!\n)/g, '\n') : input.text;
  const tree = await parsePython(text);
  try {
    const syntaxError = findPythonSyntaxError(tree, text);
    if (syntaxError) return { syntaxError, comments: [] };
    stage.name = WALK;
    const visitors: PythonVisitor[] = [];
    for (const { rule, severity } of enabled) if (rule.python) visitors.push(rule.python(contextFor(rule, severity)));
    walkPython(tree, visitors);
    return { comments: pythonDirectiveComments(tree, text, markersFor(input)) };
  } finally {
    tree.delete();
  }
}

async function reviewTypeScript(input: SourceInput, enabled: Enabled, contextFor: ContextFactory, stage: Stage): Promise<Parsed> {
  const ts = await typescriptCompiler();
  const sourceFile = await parseTypeScript(input.file, input.text);
  const syntaxError = findTypeScriptSyntaxError(ts, sourceFile);
  if (syntaxError) return { syntaxError, comments: [] };
  stage.name = WALK;
  const visitors: TypeScriptVisitor[] = [];
  for (const { rule, severity } of enabled) if (rule.typescript) visitors.push(rule.typescript(contextFor(rule, severity), { ts, sourceFile }));
  walkTypeScript(ts, sourceFile, visitors);
  return { comments: typescriptDirectiveComments(ts, sourceFile, markersFor(input)) };
}

function toFindings(file: string, source: SourceText, collected: readonly Collected[]): Finding[] {
  const occurrences = new OccurrenceCounter();
  return collected.map(({ rule, severity, descriptor }) => {
    const start = source.position(descriptor.start);
    const end = source.position(Math.max(descriptor.start, descriptor.end));
    const code = source.lineText(start.line);
    const key = `${rule.meta.id}\0${code.trim().replace(/\s+/g, ' ')}`;
    const finding: Finding = {
      analyzer: 'review',
      rule: rule.meta.id,
      category: rule.meta.category,
      severity,
      message: descriptor.message,
      file,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      fingerprint: fingerprintOf(rule.meta.id, file, code, occurrences.next(key)),
    };
    if (descriptor.suggestion) finding.suggestion = descriptor.suggestion;
    if (descriptor.data) finding.data = descriptor.data;
    return finding;
  });
}
