import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_CATALOG } from '../../../../src/core/rules/catalog.js';
import { missingIndex } from '../../../../src/queries/rules/index-advice/missing-index.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const doc = readFileSync(path.join(root, 'docs/rules/missing-index.md'), 'utf8');

describe('missing-index in the rule catalog and its docs page', () => {
  it('is a queries performance rule of the catalog, with its options, so the config schema and SARIF know it', () => {
    const { meta } = missingIndex;
    expect(RULE_CATALOG.filter((rule) => rule.id === 'missing-index')).toEqual([
      { analyzer: 'queries', family: 'index-advice', id: 'missing-index', category: 'performance', severity: 'warning', description: meta.description, summary: meta.summary, options: meta.options },
    ]);
    expect(Object.keys(meta.options ?? {}).sort()).toEqual(Object.keys(missingIndex.defaultOptions).sort());
  });

  it('documents its default severity, every option and the verify-indexes modes under the usual headings (advise-indexes-pglite.integration.test.ts runs its example)', () => {
    expect(doc.startsWith('# missing-index\n')).toBe(true);
    expect(doc).toContain(`Default severity: ${missingIndex.meta.severity}`);
    for (const heading of ['## What', '## Why', '## How to fix', '## How to suppress', '## Example']) expect(doc).toContain(`\n${heading}\n`);
    for (const option of Object.keys(missingIndex.defaultOptions)) expect({ option, documented: doc.includes(`${option}:`) }).toEqual({ option, documented: true });
    for (const mode of ['auto', 'hypopg', 'transaction', 'off']) expect(doc).toContain(`| \`${mode}\``);
  });
});
