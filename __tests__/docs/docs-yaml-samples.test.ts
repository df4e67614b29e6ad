import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseAllDocuments } from 'yaml';
import { validateConfigDocument } from '../../src/core/config/validate.js';

/**
 * Every YAML sample the README and the docs pages print is one of three things, and is checked as what it is: a
 * workflow (or some of its steps), whose `uses: predator-guard/predator-guard@…` steps may name only inputs that
 * action.yml declares; a Kubernetes manifest (or a Rollout's steps), which must parse (the rule pages' examples,
 * ```yaml file=NAME blocks, are run by the rule-example suites and are not collected here); or a
 * `.predator-guard.yml`, which must pass the validation the CLI and the action apply to a config file. Anything
 * else is taken for a config file and fails that validation, so a new kind of sample gets a check of its own.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const pages = ['README.md', ...readdirSync(path.join(root, 'docs'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).map((name) => path.join('docs', name))].sort();

interface Sample {
  where: string;
  text: string;
}

const samples: Sample[] = pages.flatMap((page) => {
  const text = readFileSync(path.join(root, page), 'utf8');
  return [...text.matchAll(/^( *)```ya?ml\n([\s\S]*?)^\1```/gm)].map((match) => {
    const line = text.slice(0, match.index).split('\n').length;
    // A sample indented under a list item carries the item's indent on every line.
    const indent = match[1].length;
    return { where: `${page}:${line}`, text: match[2].split('\n').map((row) => row.slice(indent)).join('\n') };
  });
});

const inputs = new Set(Object.keys((parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs));
/** Keys only a workflow, a job or a step has: a sample holding one is workflow YAML, not a config file. */
const WORKFLOW_KEYS = new Set(['on', 'jobs', 'steps', 'runs-on', 'uses', 'run', 'with', 'strategy', 'concurrency', 'permissions', 'services', 'needs', 'if', 'env', 'name']);

/** A manifest has apiVersion and kind; a fragment of a Rollout's steps is a list of canary steps. */
const CANARY_STEPS = new Set(['setWeight', 'pause', 'analysis', 'experiment', 'setCanaryScale', 'setHeaderRoute', 'setMirrorRoute', 'plugin']);

function isManifest(documents: unknown[]): boolean {
  return documents.every((value) => {
    if (Array.isArray(value)) return value.length > 0 && value.every((step) => typeof step === 'object' && step !== null && Object.keys(step).every((key) => CANARY_STEPS.has(key)));
    return typeof value === 'object' && value !== null && 'apiVersion' in value && 'kind' in value;
  });
}

function isWorkflow(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(isWorkflow);
  return typeof value === 'object' && value !== null && Object.keys(value).some((key) => WORKFLOW_KEYS.has(key));
}

/** Every `uses: predator-guard/predator-guard@…` step in the sample, however deep. */
function actionSteps(value: unknown): { with?: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap(actionSteps);
  if (typeof value !== 'object' || value === null) return [];
  const own = typeof (value as { uses?: unknown }).uses === 'string' && (value as { uses: string }).uses.startsWith('predator-guard/predator-guard@') ? [value as { with?: Record<string, unknown> }] : [];
  return [...own, ...Object.values(value).flatMap(actionSteps)];
}

describe('the YAML samples in the README and docs/', () => {
  it('are found: workflows and config files both', () => {
    expect(samples.length).toBeGreaterThan(20);
    expect(samples.filter((sample) => isWorkflow(parse(sample.text))).length).toBeGreaterThan(5);
    expect(samples.filter((sample) => !isWorkflow(parse(sample.text))).length).toBeGreaterThan(5);
    expect(samples.filter((sample) => isManifest(parseAllDocuments(sample.text).map((document) => document.toJS() as unknown))).length).toBeGreaterThan(0);
  });

  it.each(samples.map((sample) => [sample.where, sample] as const))('%s is valid', (_where, sample) => {
    const documents = parseAllDocuments(sample.text);
    expect(documents.flatMap((document) => document.errors.map((error) => error.message))).toEqual([]);
    const values = documents.map((document) => document.toJS() as unknown);
    if (isManifest(values)) return;
    expect(values).toHaveLength(1);
    const [value] = values;
    if (isWorkflow(value)) {
      for (const step of actionSteps(value)) {
        expect(Object.keys(step.with ?? {}).filter((name) => !inputs.has(name))).toEqual([]);
      }
    } else {
      expect(() => validateConfigDocument(sample.text, sample.where)).not.toThrow();
    }
  });
});
