import type { RawPlanDocument } from '../plan/read-plan-input.js';
/**
 * Tables the plan reads in a way an index could improve, with the node that does it (`Seq Scan`, `Index Scan with a
 * Filter`, `Index Scan under a Sort`). A table the plan already reads well is not worth advice,
 * however its query looks. Keyed by `Relation Name` (the bare table name; the schema needs VERBOSE).
 */
export declare function scansWorthAdvice(document: RawPlanDocument): Map<string, string>;
/** Every index name the plan uses, to see whether the planner took the one being verified. */
export declare function indexNamesIn(document: RawPlanDocument): Set<string>;
export declare function totalCost(document: RawPlanDocument): number;
