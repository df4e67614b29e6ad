/**
 * inputs → config → analyze → report → outcome. The pull-request channels (comment, annotations, summary, SARIF)
 * attach here; this run prints the report to the log and sets the outputs and the outcome.
 */
export declare function run(): Promise<void>;
