import { readFileSync, writeFileSync } from 'node:fs';
import { UsageError } from './config/usage-error.js';
import type { Finding } from './finding.js';
import { staleBaselineEntry } from './rules/hygiene/stale-baseline-entry.js';
import { unusedSuppression } from './rules/hygiene/unused-suppression.js';

/** Findings a team has accepted for now: later runs hide them, matched by fingerprint, up to `count` each. */
export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  file?: string;
  count: number;
  /** For people reading the file in review; not used for matching. */
  message: string;
}

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

/** Hygiene findings describe the suppression machinery itself; baselining them would hide the fix they ask for. */
const NEVER_BASELINED = new Set<string>([unusedSuppression.meta.id, staleBaselineEntry.meta.id]);

export function readBaseline(file: string): Baseline {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `invalid JSON (${error.message})` : ((error as NodeJS.ErrnoException).code ?? String(error));
    throw new UsageError(`Cannot read the baseline '${file}': ${reason}. Recreate it with 'predator-guard review --write-baseline'.`);
  }
  const baseline = parsed as Partial<Baseline>;
  if (baseline.version !== 1 || !Array.isArray(baseline.entries)) {
    throw new UsageError(`The baseline '${file}' is not a predator-guard baseline (expected {"version": 1, "entries": [...]}). Recreate it with 'predator-guard review --write-baseline'.`);
  }
  return baseline as Baseline;
}

export function baselineFrom(findings: readonly Finding[]): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    if (NEVER_BASELINED.has(finding.rule)) continue;
    const entry = entries.get(finding.fingerprint);
    if (entry) entry.count += 1;
    else entries.set(finding.fingerprint, { fingerprint: finding.fingerprint, rule: finding.rule, file: finding.file, count: 1, message: finding.message });
  }
  const sorted = [...entries.values()].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint));
  return { version: 1, entries: sorted };
}

export function writeBaseline(file: string, baseline: Baseline): void {
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

export interface BaselineOutcome {
  kept: Finding[];
  hidden: number;
  /** Entries (with the count that went unmatched) whose findings are gone: fixed, or changed beyond recognition. */
  stale: BaselineEntry[];
}

export function applyBaseline(findings: readonly Finding[], baseline: Baseline): BaselineOutcome {
  const remaining = new Map(baseline.entries.map((entry) => [entry.fingerprint, entry.count]));
  let hidden = 0;
  const kept = findings.filter((finding) => {
    const left = remaining.get(finding.fingerprint) ?? 0;
    if (left === 0 || NEVER_BASELINED.has(finding.rule)) return true;
    remaining.set(finding.fingerprint, left - 1);
    hidden += 1;
    return false;
  });
  const stale = baseline.entries
    .filter((entry) => (remaining.get(entry.fingerprint) ?? 0) > 0)
    .map((entry) => ({ ...entry, count: remaining.get(entry.fingerprint) ?? 0 }));
  return { kept, hidden, stale };
}

/** Drops what no longer matches and lowers counts to what still matches. */
export function pruneBaseline(baseline: Baseline, findings: readonly Finding[]): Baseline {
  const present = new Map<string, number>();
  for (const finding of findings) present.set(finding.fingerprint, (present.get(finding.fingerprint) ?? 0) + 1);
  const entries = baseline.entries
    .map((entry) => ({ ...entry, count: Math.min(entry.count, present.get(entry.fingerprint) ?? 0) }))
    .filter((entry) => entry.count > 0);
  return { version: 1, entries };
}
