/** One EXPLAIN (FORMAT JSON) result as PostgreSQL prints it: the root `Plan` plus the top-level extras. */
export type RawPlanDocument = {
    Plan: RawPlanNode;
} & Record<string, unknown>;
export type RawPlanNode = Record<string, unknown>;
export interface PlanInput {
    documents: RawPlanDocument[];
    /**
     * The text that was parsed, line for line with the file (psql framing blanked, not removed), so a node's
     * position in it is its line in the file.
     */
    jsonText: string;
}
/**
 * Reads a saved plan in any of the forms users paste. psql's aligned output is unwrapped by blanking its header,
 * rule and footer lines and dropping each line's trailing `+` continuation marker; JSON itself never ends a line
 * with `+`, so nothing of the plan is lost.
 */
export declare function readPlanInput(text: string, file: string): PlanInput;
export declare function isObject(value: unknown): value is Record<string, unknown>;
