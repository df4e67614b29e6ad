import type { Finding } from '../../src/core/finding.js';
import { detectLanguage } from '../../src/review/languages/detect-language.js';
import { reviewSource } from '../../src/review/review-source.js';
import type { RuleSettings } from '../../src/core/rules/settings.js';

/** Reviews a snippet as if it were the file `file`; the extension picks the language and dialect. */
export async function reviewSnippet(file: string, text: string, rules: RuleSettings = {}): Promise<Finding[]> {
  const language = detectLanguage(file);
  if (!language) throw new Error(`no language for ${file}`);
  return reviewSource({ file, text, language, rules });
}

export interface Expected {
  line: number;
  column: number;
  message: string;
  endLine?: number;
}

/** The findings of one rule, reduced to what a rule test states exactly. */
export function findingsOf(findings: readonly Finding[], rule: string): Expected[] {
  return findings
    .filter((finding) => finding.rule === rule)
    .map((finding) => ({ line: finding.line!, column: finding.column!, message: finding.message }));
}

/** Same, with endLine: for rules whose range matters to diff filtering. */
export function rangesOf(findings: readonly Finding[], rule: string): Expected[] {
  return findings
    .filter((finding) => finding.rule === rule)
    .map((finding) => ({ line: finding.line!, column: finding.column!, message: finding.message, endLine: finding.endLine! }));
}

/** Joins lines so snippets keep exact line numbers without indentation tricks. */
export function lines(...source: string[]): string {
  return `${source.join('\n')}\n`;
}
