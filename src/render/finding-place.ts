import type { Finding } from '../core/finding.js';
import { codeSpan, escapeMarkdown } from './markdown-inline.js';
import { pathAsUri } from './path-uri.js';

/**
 * Where a finding is, as markdown: `file:line` in a code span, or a link to its lines when a blob URL is known. The
 * report's markdown and the pull-request comment show places the same way.
 */
export function findingPlace(finding: Finding, linkBase: string | undefined): string | undefined {
  if (finding.file === undefined) return undefined;
  const label = finding.line === undefined ? finding.file : `${finding.file}:${finding.line}`;
  if (linkBase === undefined) return codeSpan(label);
  return `[${escapeMarkdown(label)}](${linkBase}${pathAsUri(finding.file)}${lineAnchor(finding)})`;
}

function lineAnchor(finding: Finding): string {
  if (finding.line === undefined) return '';
  if (finding.endLine === undefined || finding.endLine <= finding.line) return `#L${finding.line}`;
  return `#L${finding.line}-L${finding.endLine}`;
}
