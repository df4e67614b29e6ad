import { type Config } from '../core/config/config.js';
/**
 * action.yml's defaults. The runner passes every input, defaulted or not, so an input equal to its default is
 * treated as unset and leaves the config file's value in place; a test keeps this table equal to action.yml.
 */
export declare const INPUT_DEFAULTS: Readonly<Record<string, string>>;
/** How the action publishes, beside the config every door shares. */
export interface ActionSettings {
    config: Config;
    token: string;
    comment: boolean;
    commentTag: string;
    annotations: boolean;
    checkRun: boolean;
    sarifFile?: string;
    /** A saved JSON report to publish instead of analyzing (the fork-safe posting job). */
    reportFile?: string;
    pullRequest?: number;
}
/**
 * The only reader of action inputs: defaults < config file < inputs set explicitly. An invalid input fails the
 * step naming the input, the value and what is allowed.
 */
export declare function readActionSettings(workspace: string): ActionSettings;
