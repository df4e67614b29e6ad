import type { Report } from '../core/report.js';
import { type MarkdownOptions } from './markdown.js';
import { type SarifRule } from './sarif.js';
import { type TextOptions } from './text.js';
export { renderJson } from './json.js';
export { renderMarkdown, type MarkdownOptions } from './markdown.js';
export { renderSarif, type SarifLog, type SarifOptions, type SarifRule } from './sarif.js';
export { renderText, type TextOptions } from './text.js';
export declare const REPORT_FORMATS: readonly ["text", "json", "sarif", "markdown"];
export type ReportFormat = (typeof REPORT_FORMATS)[number];
/** Every format's options in one bag, so a caller holding a `--format` value need not branch on it. */
export interface RenderOptions extends TextOptions, MarkdownOptions {
    /** For SARIF; without them a run lists only the rules that reported something. */
    rules?: readonly SarifRule[];
    /** For SARIF: the checkout's absolute path. */
    root?: string;
}
export declare function renderReport(report: Report, format: ReportFormat, options?: RenderOptions): string;
