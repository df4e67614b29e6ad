import type { Severity } from '../../core/finding.js';

/**
 * How the comment marks a finding's severity: an icon and the word, so it reads as a severity even to someone who
 * does not know the icons, and cannot be taken for a category (the comment's category headings carry no icon).
 */
export const SEVERITY_MARKERS: Readonly<Record<Severity, string>> = {
  error: '🛑 **error**',
  warning: '⚠️ **warning**',
  notice: 'ℹ️ **notice**',
};
