// Writes src/rollout/lint/crd-fields.ts, the field names the published Argo Rollouts CRD schemas allow, which the
// unknown-field rule checks manifests against (as the kubectl plugin's strict decoding does).
//
//   node scripts/rollout-crd-fields.mjs PATH_TO_AN_ARGO_ROLLOUTS_CHECKOUT
//
// Reads manifests/crds/{rollout,analysis-template,cluster-analysis-template}-crd.yaml of that checkout. Nothing
// is downloaded; the checkout's commit is recorded in the generated file. Re-run it when upstream adds fields.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checkoutCommit, fieldsModule, specFields } from './crd-schema-fields.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const checkout = process.argv[2];
if (!checkout) {
  process.stderr.write('usage: node scripts/rollout-crd-fields.mjs PATH_TO_AN_ARGO_ROLLOUTS_CHECKOUT\n');
  process.exit(2);
}
const CRDS = ['rollout-crd.yaml', 'analysis-template-crd.yaml', 'cluster-analysis-template-crd.yaml'];

const kinds = Object.fromEntries(CRDS.map((file) => specFields(parse(readFileSync(path.join(checkout, 'manifests', 'crds', file), 'utf8')))));
const commit = checkoutCommit(checkout);
const out = fieldsModule({ script: 'scripts/rollout-crd-fields.mjs', source: 'Argo Rollouts', commit, constant: 'CRD_FIELDS', kinds });
writeFileSync(path.join(root, 'src', 'rollout', 'lint', 'crd-fields.ts'), out);
process.stdout.write(`Wrote src/rollout/lint/crd-fields.ts (${out.length} characters) from ${commit}.\n`);
