export type Substituted = {
    ok: true;
    text: string;
} | {
    ok: false;
    reason: string;
};
/**
 * Replaces `{{args.NAME}}` with the arg's value, as the controller does before it sends a query (the result is the
 * `ResolvedPrometheusQuery` an AnalysisRun records). A placeholder without a value leaves the query unsent: a query
 * with `{{args.x}}` in it is not the one Argo runs.
 */
export declare function substituteArgs(template: string, values: Readonly<Record<string, string>>): Substituted;
