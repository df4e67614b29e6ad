// Writes src/rollout/lint/flagger-crd-fields.ts, the field names Flagger's published CRD schemas allow for the
// Canary and MetricTemplate kinds the lint reads, which the unknown-field rule checks Flagger manifests against.
//
//   node scripts/flagger-crd-fields.mjs PATH_TO_A_FLAGGER_CHECKOUT
//
// Reads artifacts/flagger/crd.yaml of that checkout (every Flagger CRD in one multi-document file). Nothing is
// downloaded; the checkout's commit is recorded in the generated file. Re-run it when Flagger adds fields.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { checkoutCommit, fieldsModule, specFields } from './crd-schema-fields.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const checkout = process.argv[2];
if (!checkout) {
  process.stderr.write('usage: node scripts/flagger-crd-fields.mjs PATH_TO_A_FLAGGER_CHECKOUT\n');
  process.exit(2);
}
/** The Flagger kinds the lint reads; AlertProvider is not linted, so its fields are not needed. */
const KINDS = ['Canary', 'MetricTemplate'];

const crds = parseAllDocuments(readFileSync(path.join(checkout, 'artifacts', 'flagger', 'crd.yaml'), 'utf8')).map((document) => document.toJS());
const kinds = Object.fromEntries(
  KINDS.map((kind) => {
    const crd = crds.find((candidate) => candidate?.kind === 'CustomResourceDefinition' && candidate.spec?.names?.kind === kind);
    if (!crd) throw new Error(`artifacts/flagger/crd.yaml has no CRD for ${kind}`);
    return specFields(crd);
  }),
);
const commit = checkoutCommit(checkout);
const out = fieldsModule({ script: 'scripts/flagger-crd-fields.mjs', source: 'Flagger', commit, constant: 'FLAGGER_CRD_FIELDS', kinds });
writeFileSync(path.join(root, 'src', 'rollout', 'lint', 'flagger-crd-fields.ts'), out);
process.stdout.write(`Wrote src/rollout/lint/flagger-crd-fields.ts (${out.length} characters) from ${commit}.\n`);
