import type { Report } from '../core/report.js';
import { renderJson } from './json.js';
import { renderMarkdown, type MarkdownOptions } from './markdown.js';
import { renderSarif, type SarifRule } from './sarif.js';
import { renderText, type TextOptions } from './text.js';

export { renderJson } from './json.js';
export { renderMarkdown, type MarkdownOptions } from './markdown.js';
export { renderSarif, type SarifLog, type SarifOptions, type SarifRule } from './sarif.js';
export { renderText, type TextOptions } from './text.js';

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Every format's options in one bag, so a caller holding a `--format` value need not branch on it. */
export interface RenderOptions extends TextOptions, MarkdownOptions {
  /** For SARIF; without them a run lists only the rules that reported something. */
  rules?: readonly SarifRule[];
  /** For SARIF: the checkout's absolute path. */
  root?: string;
}

export function renderReport(report: Report, format: ReportFormat, options: RenderOptions = {}): string {
  switch (format) {
    case 'text':
      return renderText(report, { color: options.color });
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report, { rules: options.rules ?? [], root: options.root });
    case 'markdown':
      return renderMarkdown(report, { analyzer: options.analyzer, linkBase: options.linkBase });
  }
}
