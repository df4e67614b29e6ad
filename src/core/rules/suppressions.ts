import type { Finding } from '../finding.js';
import { peerSuppresses, type PeerSuppression } from './peer-suppressions.js';
import type { SourceText } from './source-text.js';

/** The marker every directive starts with, in any comment syntax. */
export const DIRECTIVE_MARKER = 'predator-guard-ignore';

export type DirectiveScope = 'line' | 'next-line' | 'file';

export interface Directive {
  scope: DirectiveScope;
  rules: string[];
  reason?: string;
  /** Where the directive's comment stands: unused-suppression findings point here. */
  start: number;
  end: number;
  /** 1-based line the directive applies to (unset for file scope). */
  targetLine?: number;
}

/** What may stand before the marker: the comment syntax itself and blank space. */
const COMMENT_OPENER = /^\s*(?:\/\/+|#+|\/\*+|--+)?[\s*]*$/;
const DIRECTIVE = /predator-guard-ignore(-next-line|-file)?(?![\w-])/;

/**
 * Reads the directive in one comment. `commentStart`/`commentEnd` are the comment's offsets; a next-line directive
 * in a block comment applies to the line after the comment's last line.
 */
export function parseDirective(
  comment: string,
  commentStart: number,
  commentEnd: number,
  source: SourceText,
): Directive | undefined {
  const match = DIRECTIVE.exec(comment);
  // As with ESLint's directives, the marker must open the comment: prose that mentions it is not a directive.
  if (!match || !COMMENT_OPENER.test(comment.slice(0, match.index))) return undefined;
  const scope: DirectiveScope = match[1] === '-next-line' ? 'next-line' : match[1] === '-file' ? 'file' : 'line';
  const rest = comment.slice(match.index + match[0].length).replace(/\*\/\s*$/, '');
  const reasonAt = rest.search(/(^|\s)--(\s|$)/);
  const ruleText = reasonAt === -1 ? rest : rest.slice(0, reasonAt);
  const reason = reasonAt === -1 ? undefined : rest.slice(reasonAt).replace(/^\s*--/, '').trim() || undefined;
  const rules = ruleText
    .split(',')
    .map((rule) => rule.trim())
    .filter((rule) => rule.length > 0);
  const start = commentStart + match.index;
  const directive: Directive = { scope, rules, reason, start, end: commentEnd };
  if (scope === 'line') directive.targetLine = source.position(commentStart).line;
  if (scope === 'next-line') directive.targetLine = source.position(Math.max(commentStart, commentEnd - 1)).line + 1;
  return directive;
}

/** Findings a directive hid: by our own directives, and by peer linters' (`# noqa`, `// eslint-disable-line`, …). */
export interface SuppressedCounts {
  own: number;
  peer: number;
}

export interface SuppressionOutcome {
  kept: Finding[];
  unused: { directive: Directive; rules: string[] }[];
  suppressed: SuppressedCounts;
}

/**
 * Drops findings a directive names. Every rule one of our directives lists must suppress something on its target,
 * or it is reported back as unused (a stale directive hides the next real problem on that line). Peer directives
 * hide findings the same way but are never reported as unused: they serve their own linter first. A finding both
 * hide counts as our own directive's, so that directive is not reported as unused. A rule in `notRun` did not run
 * this time (the rollout dry run without `prometheus-url`): it had no chance to match, so it is not unused either.
 */
export function applySuppressions(
  findings: readonly Finding[],
  directives: readonly Directive[],
  peers: readonly PeerSuppression[] = [],
  notRun: ReadonlySet<string> = new Set(),
): SuppressionOutcome {
  const used = directives.map(() => new Set<string>());
  const suppressed: SuppressedCounts = { own: 0, peer: 0 };
  const kept = findings.filter((finding) => {
    let own = false;
    directives.forEach((directive, index) => {
      if (!directive.rules.includes(finding.rule)) return;
      if (directive.scope !== 'file' && directive.targetLine !== finding.line) return;
      used[index].add(finding.rule);
      own = true;
    });
    if (own) {
      suppressed.own += 1;
      return false;
    }
    if (finding.line !== undefined && peers.some((peer) => peerSuppresses(peer, finding.rule, finding.line!))) {
      suppressed.peer += 1;
      return false;
    }
    return true;
  });
  const unused = directives
    .map((directive, index) => ({ directive, rules: directive.rules.filter((rule) => !used[index].has(rule) && !notRun.has(rule)) }))
    .filter((entry) => entry.rules.length > 0 || entry.directive.rules.length === 0);
  return { kept, unused, suppressed };
}
