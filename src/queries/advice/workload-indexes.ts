import type { Finding } from '../../core/finding.js';
import type { IndexAdviceStats } from './advice-stats.js';
import { describeCondition, describeKey } from './index-candidate.js';
import type { IndexDefinition } from './index-definition.js';
import { judgeIndex, type PlanCosts, type VerdictContext } from './index-verdict.js';

/** A suggestion kept for one statement, with what it takes to plan that statement again with another index. */
export interface WorkloadSuggestion {
  finding: Finding;
  definition: IndexDefinition;
  /** Suggestions kept for the same statement before this one: in place when it was verified, and again here. */
  kept: IndexDefinition[];
  /** The statement's plan costs before this suggestion, generic and custom, as the suggestion was judged against. */
  before: PlanCosts;
  verdict: VerdictContext;
}

/** Longer indexes tried for one suggestion, longest first: a bound on the planner calls the merge may make. */
const MAX_HOSTS_TRIED = 3;

/**
 * One set of indexes for the whole workload. A suggestion whose keys begin a longer suggestion's on the same table
 * (same kind of index, same partial condition) is served by that longer index only if the planner says so: its
 * statement is planned again with the longer index instead of its own (the generic plan and each custom plan, with
 * the statement's other suggestions in place, HypoPG or transaction mode as before), and the longer index must be
 * used and cut the cost by min-cost-reduction, as the suggestion's own index had to. The same index suggested for
 * several statements is one suggestion without asking again. The suggestion kept lists every other statement it
 * serves (`data.alsoServes`); a suggestion the longer index does not serve keeps its own finding. Notices stay per
 * statement. Each check's planner calls are counted in `stats`.
 */
export async function mergeWorkloadSuggestions(findings: readonly Finding[], suggestions: readonly WorkloadSuggestion[], stats: IndexAdviceStats): Promise<Finding[]> {
  // Longest first, so a host is settled before anything shorter is tried against it; among equals, file order.
  const ordered = [...suggestions].sort((a, b) => b.definition.keys.length - a.definition.keys.length || findings.indexOf(a.finding) - findings.indexOf(b.finding));
  const hosts: WorkloadSuggestion[] = [];
  const servedBy = new Map<Finding, Finding>();
  for (const suggestion of ordered) {
    const host = await servingHost(suggestion, hosts.filter((other) => begins(other.definition, suggestion.definition)), stats);
    if (host) servedBy.set(suggestion.finding, host.finding);
    else hosts.push(suggestion);
  }
  const served = new Map<Finding, string[]>();
  for (const finding of findings) {
    const host = servedBy.get(finding);
    if (host) served.set(host, [...(served.get(host) ?? []), statementOf(finding)]);
  }
  return findings
    .filter((finding) => !servedBy.has(finding))
    .map((finding) => {
      const others = served.get(finding);
      if (!others) return finding;
      const list = [...new Set(others)];
      return { ...finding, message: `${finding.message} The planner takes the same index for ${list.join(', ')} too.`, data: { ...finding.data, alsoServes: list } };
    });
}

/**
 * The same index kept for another statement (no call: it was verified for this one), else the first longer index,
 * longest first and at most MAX_HOSTS_TRIED of them, that the planner takes for the suggestion's statement.
 */
async function servingHost(suggestion: WorkloadSuggestion, hosts: readonly WorkloadSuggestion[], stats: IndexAdviceStats): Promise<WorkloadSuggestion | undefined> {
  const same = hosts.find((host) => host.definition.keys.length === suggestion.definition.keys.length);
  if (same) return same;
  for (const host of hosts.slice(0, MAX_HOSTS_TRIED)) {
    const verdict = await judgeIndex(suggestion.kept, host.definition, suggestion.before, suggestion.verdict, stats);
    if (verdict.outcome === 'planned' && verdict.holds) return host;
  }
  return undefined;
}

/** Whether `long`'s keys begin with `short`'s: same table, kind, operator class and partial condition. */
function begins(long: IndexDefinition, short: IndexDefinition): boolean {
  return (
    long.schema === short.schema &&
    long.table === short.table &&
    long.method === short.method &&
    long.opclass === short.opclass &&
    (long.partial ? describeCondition(long.partial) : undefined) === (short.partial ? describeCondition(short.partial) : undefined) &&
    long.keys.length >= short.keys.length &&
    short.keys.every((key, index) => describeKey(long.keys[index]) === describeKey(key))
  );
}

/** `GetJob (sql/jobs.sql:12)`, or `sql/jobs.sql:12` for a statement without a name. */
function statementOf(finding: Finding): string {
  const place = `${finding.file}:${finding.line}`;
  const name = finding.data?.statementName;
  return typeof name === 'string' ? `${name} (${place})` : place;
}
