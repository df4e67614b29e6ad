// The corpus run's index suggestions and warning-or-above findings joined with the hand labels of labels.json.
// A key names the corpus, the statement (its `-- name:`, else file:line, inside its sqlc pair) and what is labelled:
// the index (table, keys, method, partial condition) or the rule with its plan node. An item without a label is
// listed as unlabelled, so a new run shows what needs one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { statementNameAt } from './corpus-cases.mjs';

export const SUGGESTION_LABELS = ['good', 'redundant', 'wrong'];
export const FINDING_LABELS = ['real', 'leave-alone'];
const SEVERE = new Set(['warning', 'error']);

/** `corpus case/file:name` (or `:line` when the statement has no name): where a finding is. */
export function statementKey(corpus, entry, finding) {
  const text = readFileSync(path.join(entry.directory, finding.file), 'utf8');
  const name = finding.data?.statementName ?? statementNameAt(text, finding.line);
  const where = corpus.kind === 'sqlc-pairs' ? `${entry.name}/${finding.file}` : finding.file;
  return `${corpus.name} ${where}:${name ?? finding.line}`;
}

/** `public.jobs (state, id) USING gin WHERE …`: an index suggestion as the labels name it. */
function indexOf(finding) {
  const keys = finding.data.indexKeys;
  return `${keys.table.replace(/^public\./, '')} (${keys.keys.join(', ')})${keys.method ? ` USING ${keys.method}` : ''}${keys.where ? ` WHERE ${keys.where}` : ''}`;
}

/** The items to label from one case's findings: kept suggestions, and every other finding at warning or above. */
export function labelledItems(corpus, entry, findings) {
  const items = [];
  for (const finding of findings) {
    const statement = statementKey(corpus, entry, finding);
    if (finding.rule === 'missing-index' && finding.data?.outcome === 'suggested') {
      items.push({ kind: 'suggestion', key: `${statement} | ${indexOf(finding)}`, severity: finding.severity, message: finding.message, alsoFor: finding.data.alsoServes });
    } else if (SEVERE.has(finding.severity)) {
      const at = finding.data?.nodePath ?? finding.data?.constraint;
      const node = at ? ` @ ${at}` : '';
      items.push({ kind: 'finding', key: `${statement} | ${finding.rule}${node}`, severity: finding.severity, message: finding.message });
    }
  }
  return items;
}

/** labels.json: `{ suggestions: { key: { label, reason } }, findings: { key: { label, reason } } }`. */
export function readLabels(file) {
  const labels = JSON.parse(readFileSync(file, 'utf8'));
  for (const [group, allowed] of [['suggestions', SUGGESTION_LABELS], ['findings', FINDING_LABELS]]) {
    for (const [key, value] of Object.entries(labels[group] ?? {})) {
      if (!allowed.includes(value.label)) throw new Error(`labels.json: ${group}["${key}"]: label ${JSON.stringify(value.label)} is not one of ${allowed.join(', ')}`);
    }
  }
  return { suggestions: labels.suggestions ?? {}, findings: labels.findings ?? {} };
}

/** Each item with its label (or none), and the counts per corpus. */
export function joinLabels(items, labels) {
  const joined = items.map((item) => ({ ...item, ...((item.kind === 'suggestion' ? labels.suggestions : labels.findings)[item.key] ?? { label: 'unlabelled' }) }));
  const counts = {};
  for (const item of joined) {
    const corpus = item.key.split(' ')[0];
    const group = (counts[corpus] ??= { suggestions: {}, findings: {} })[item.kind === 'suggestion' ? 'suggestions' : 'findings'];
    group[item.label] = (group[item.label] ?? 0) + 1;
  }
  return { joined, counts };
}
