import type { Finding, Location } from '../core/finding.js';
import type { JudgedReport } from './judge-plans.js';
/**
 * A plan rule's report as a finding at `place`. The fingerprint comes from `anchor` (what identifies the plan's
 * source: the file, and for SQL the statement's text), the node's path and how often the same rule already hit
 * that path, never the line: re-saving a plan or moving a statement keeps a known finding known.
 */
export declare function planFinding({ rule, report, severity }: JudgedReport, place: Location, anchor: string, occurrence: number): Finding;
/** Counts repeats of the same rule on the same node path, for the fingerprint's occurrence. */
export declare function occurrenceCounter(): (report: JudgedReport) => number;
