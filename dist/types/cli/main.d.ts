import type { Report } from '../core/report.js';
export interface CliIo {
    cwd: string;
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    /** Colour by default only on a terminal, and never with NO_COLOR set (no-color.org). */
    colorByDefault: boolean;
}
/** argv → config → analyze → print → exit code. Every error ends here as a message and exit code 2. */
export declare function runCli(argv: readonly string[], io: CliIo): Promise<number>;
/** 2 when an analyzer could not run (whatever --fail-on says), 1 when the gate failed, else 0. */
export declare function exitCode(report: Report): number;
