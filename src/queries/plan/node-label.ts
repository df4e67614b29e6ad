import { stringField } from './plan-node.js';

const AGGREGATE_NAMES: Record<string, string> = { Hashed: 'HashAggregate', Sorted: 'GroupAggregate', Mixed: 'MixedAggregate' };

/**
 * The node's name as text EXPLAIN prints it, so a path in a finding reads like the plan users know. JSON splits
 * what text output joins (`Strategy: Hashed` + `Aggregate` is `HashAggregate`).
 */
export function nodeLabel(fields: Readonly<Record<string, unknown>>): string {
  const nodeType = stringField(fields, 'Node Type') ?? 'Unknown';
  const strategy = stringField(fields, 'Strategy');
  let name = nodeType === 'Aggregate' && strategy ? (AGGREGATE_NAMES[strategy] ?? nodeType) : nodeType;
  if (fields['Parallel Aware'] === true && !name.startsWith('Parallel ')) name = `Parallel ${name}`;
  const target = stringField(fields, 'Relation Name') ?? stringField(fields, 'CTE Name') ?? stringField(fields, 'Function Name');
  return target ? `${name} on ${target}` : name;
}
