import { type AnalyzerName } from '../core/finding.js';
import { type Report } from '../core/report.js';
export interface MarkdownOptions {
    /** Only this analyzer's findings and runs: the pull-request comment holds one section per analyzer. */
    analyzer?: AnalyzerName;
    /** A blob URL ending in `/`, e.g. `https://github.com/o/r/blob/<sha>/`: places become links to their lines. */
    linkBase?: string;
}
/**
 * The body of one pull-request comment section: a summary line, any failed or skipped run, the rollouts a rollout
 * run followed (their verdicts, step diagrams and analysis), what a queries run audited where (and what it could
 * not judge), then the findings by category (in CATEGORIES order) and by file. Everything that comes from the
 * analysed code is escaped, because a message quoting user code must not be able to break, restyle or inject into
 * the comment.
 */
export declare function renderMarkdown(report: Report, options?: MarkdownOptions): string;
