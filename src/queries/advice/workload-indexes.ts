import type { Finding } from '../../core/finding.js';

interface IndexKeys {
  table: string;
  keys: string[];
  where?: string;
  method?: string;
}

/**
 * One set of indexes for the whole workload: a suggestion whose keys begin another suggestion's on the same table
 * (same kind of index, same partial condition) is served by that longer index, and the same index suggested for
 * several statements is one suggestion. The suggestion kept names every other statement that asked for it
 * (`data.alsoSuggestedFor`); the others are dropped. Only kept suggestions are merged: notices stay per statement.
 */
export function mergeWorkloadSuggestions(findings: readonly Finding[]): Finding[] {
  const suggestions = findings.filter((finding) => finding.rule === 'missing-index' && finding.data?.outcome === 'suggested' && isIndexKeys(finding.data.indexKeys));
  const absorbedBy = new Map<Finding, Finding>();
  for (const finding of suggestions) {
    const wanted = finding.data?.indexKeys as IndexKeys;
    // The longest suggestion that begins with these keys; among equals, the first statement's.
    const host = suggestions
      .filter((other) => other !== finding && serves(other.data?.indexKeys as IndexKeys, wanted))
      .sort((a, b) => (b.data?.indexKeys as IndexKeys).keys.length - (a.data?.indexKeys as IndexKeys).keys.length)[0];
    const hostKeys = host?.data?.indexKeys as IndexKeys | undefined;
    if (!host || !hostKeys) continue;
    // Two identical suggestions: the later one goes into the earlier one, never both into each other.
    if (hostKeys.keys.length === wanted.keys.length && suggestions.indexOf(host) > suggestions.indexOf(finding)) continue;
    absorbedBy.set(finding, host);
  }
  const hostOf = (finding: Finding): Finding => {
    let host = finding;
    while (absorbedBy.has(host)) host = absorbedBy.get(host) as Finding;
    return host;
  };
  const also = new Map<Finding, string[]>();
  for (const finding of absorbedBy.keys()) {
    const host = hostOf(finding);
    also.set(host, [...(also.get(host) ?? []), statementOf(finding)]);
  }
  return findings
    .filter((finding) => !absorbedBy.has(finding))
    .map((finding) => {
      const others = also.get(finding);
      if (!others) return finding;
      const list = [...new Set(others)];
      return { ...finding, message: `${finding.message} The same index, or its leading columns, was also suggested for ${list.join(', ')}.`, data: { ...finding.data, alsoSuggestedFor: list } };
    });
}

/** Whether an index on `long` serves what `short` asks for: same table and kind, `short`'s keys its leading keys. */
function serves(long: IndexKeys, short: IndexKeys): boolean {
  return (
    long.table === short.table &&
    long.method === short.method &&
    long.where === short.where &&
    long.keys.length >= short.keys.length &&
    short.keys.every((key, index) => long.keys[index] === key)
  );
}

/** `GetJob (sql/jobs.sql:12)`, or `sql/jobs.sql:12` for a statement without a name. */
function statementOf(finding: Finding): string {
  const place = `${finding.file}:${finding.line}`;
  const name = finding.data?.statementName;
  return typeof name === 'string' ? `${name} (${place})` : place;
}

function isIndexKeys(value: unknown): value is IndexKeys {
  return typeof value === 'object' && value !== null && typeof (value as IndexKeys).table === 'string' && Array.isArray((value as IndexKeys).keys);
}
