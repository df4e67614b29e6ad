import { type AnalyzerName, type Finding } from '../core/finding.js';
import { type Report } from '../core/report.js';
export interface MarkdownOptions {
    /** Only this analyzer's findings and runs: the pull-request comment holds one section per analyzer. */
    analyzer?: AnalyzerName;
    /** A blob URL ending in `/`, e.g. `https://github.com/o/r/blob/<sha>/`: places become links to their lines. */
    linkBase?: string;
    /**
     * List only this many findings, the first in the order shown (by category, then file); the caller says what became
     * of the rest (the comment's size cap). Headings still count every finding of their category.
     */
    shownFindings?: number;
}
/**
 * The body of one pull-request comment section: a summary line, any failed or skipped run, the rollouts a rollout
 * run followed (their verdicts, step diagrams and analysis), what a queries run audited where (and what it could
 * not judge), then the findings by category (in CATEGORIES order) and by file. Everything that comes from the
 * analysed code is escaped, because a message quoting user code must not be able to break, restyle or inject into
 * the comment.
 */
export declare function renderMarkdown(report: Report, options?: MarkdownOptions): string;
/** The findings (sorted) in the order the section lists them: by category in CATEGORIES order, then as sorted. */
export declare function findingsInShownOrder(sorted: readonly Finding[]): Finding[];
/** The section's first line: whose findings, how many of each severity, and the gate. */
export declare function markdownSummaryLine(report: Report, analyzer?: AnalyzerName): string;
