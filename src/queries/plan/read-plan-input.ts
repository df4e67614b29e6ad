import { UsageError } from '../../core/config/usage-error.js';
import { stripPsqlFraming } from './psql-framing.js';

/** One EXPLAIN (FORMAT JSON) result as PostgreSQL prints it: the root `Plan` plus the top-level extras. */
export type RawPlanDocument = { Plan: RawPlanNode } & Record<string, unknown>;
export type RawPlanNode = Record<string, unknown>;

export interface PlanInput {
  documents: RawPlanDocument[];
  /**
   * The text that was parsed, line for line with the file (psql framing blanked, not removed), so a node's
   * position in it is its line in the file.
   */
  jsonText: string;
}

const EXPECTED_FORMS =
  "EXPLAIN (FORMAT JSON) output: [ {\"Plan\": …} ], {\"Plan\": …}, or the same as psql prints it (aligned with '+' line ends, wrapped, expanded, unaligned or CSV)";

/** Reads a saved plan in any of the forms users paste: JSON as PostgreSQL prints it, or psql's output of it. */
export function readPlanInput(text: string, file: string): PlanInput {
  const jsonText = stripPsqlFraming(text);
  if (jsonText.trim() === '') throw badPlan(file, 'the file is empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(jsonText);
  } catch (error) {
    throw badPlan(file, `it is not JSON (${(error as Error).message})`);
  }
  const entries = Array.isArray(parsed) ? parsed : [parsed];
  if (entries.length === 0) throw badPlan(file, 'it is an empty JSON array');
  const documents = entries.map((entry, index) => asPlanDocument(entry, file, index));
  return { documents, jsonText };
}

function asPlanDocument(entry: unknown, file: string, index: number): RawPlanDocument {
  const where = index === 0 ? 'its top level' : `entry ${index + 1} of its array`;
  if (!isObject(entry)) throw badPlan(file, `${where} is ${describe(entry)}, not an object`);
  if (!isObject(entry.Plan)) throw badPlan(file, `${where} has no "Plan" object (keys: ${Object.keys(entry).join(', ') || 'none'})`);
  if (typeof entry.Plan['Node Type'] !== 'string') throw badPlan(file, `the "Plan" object of ${where} has no "Node Type"`);
  return entry as RawPlanDocument;
}

function badPlan(file: string, problem: string): UsageError {
  return new UsageError(
    `${file} is not a saved query plan: ${problem}. Expected ${EXPECTED_FORMS}. Save the plan with ` +
      "psql -XAt -c 'EXPLAIN (ANALYZE, BUFFERS, SETTINGS, FORMAT JSON) …' > plan.json, or paste psql's output as it is.",
  );
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}
