import { isObject, type RawPlanDocument } from './plan/read-plan-input.js';
import type { ExplainScript } from './sql/explain-script.js';

/**
 * The plan's `Settings` list what differs from the server's defaults, including what the script itself set
 * (`plan_cache_mode` for a generic plan before PostgreSQL 16) and what the engine forces (PGlite's). Those are not
 * the application's doing, so they are dropped before the non-default-settings rule sees them.
 */
export function withoutOwnSettings(plan: RawPlanDocument, script: ExplainScript, engineSettings: readonly string[]): RawPlanDocument {
  if (!isObject(plan.Settings)) return plan;
  const own = new Set([...engineSettings, ...script.steps.flatMap((step) => /^SET LOCAL (\w+) =/.exec(step)?.[1] ?? [])]);
  const settings = Object.fromEntries(Object.entries(plan.Settings).filter(([name]) => !own.has(name)));
  return { ...plan, Settings: settings };
}
