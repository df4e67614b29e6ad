import type { Report } from '../core/report.js';
export interface TextOptions {
    /** ANSI colours; the caller decides (a TTY with NO_COLOR unset), so the renderer stays pure. */
    color?: boolean;
}
/**
 * The terminal report: findings grouped by file, each led by `file:line:column` so terminals and editors make it
 * clickable; the rollouts a rollout run followed; what a queries run audited where; findings with no file under
 * their analyzer; then failed or skipped runs; then one summary line.
 */
export declare function renderText(report: Report, options?: TextOptions): string;
