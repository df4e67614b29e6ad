import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { INPUT_DEFAULTS, readActionSettings } from '../../src/action/inputs.js';
import { makeTree } from '../helpers/temp-tree.js';

const actionYml = parse(readFileSync(fileURLToPath(new URL('../../action.yml', import.meta.url)), 'utf8')) as {
  name: string;
  description: string;
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

// DESIGN.md's inputs, plus this project's additions: report and pull-request (the fork-safe posting job), kind and selector (Flagger, label selection), peer-suppressions (issue 10),
// measure-migrations (the migration check without a database).
const DESIGN_INPUTS = [
  'github-token', 'checks', 'paths', 'filter-mode', 'fail-on', 'comment', 'comment-tag', 'section', 'review-comments', 'annotations', 'check-run', 'sarif-file',
  'config', 'baseline', 'report', 'pull-request', 'database-url', 'queries', 'schema', 'seed', 'analyze', 'plan', 'params-style', 'allow-functions', 'verify-indexes', 'statement-timeout',
  'lock-timeout', 'kubeconfig', 'context', 'rollout', 'namespace', 'rollout-timeout', 'image', 'success-on-pause', 'prometheus-url',
  'kind', 'selector', 'allow-empty', 'peer-suppressions', 'migrations', 'measure-migrations',
];

/** The runner passes every input as INPUT_<NAME>, defaults included. */
function withInputs<T>(inputs: Record<string, string>, body: () => T): T {
  const names = Object.keys(actionYml.inputs);
  const saved = Object.fromEntries(names.map((name) => [name, process.env[`INPUT_${name.toUpperCase()}`]]));
  for (const name of names) {
    const value = inputs[name] ?? (name === 'github-token' ? 'ghs_secret' : (actionYml.inputs[name].default ?? ''));
    process.env[`INPUT_${name.toUpperCase()}`] = value;
  }
  try {
    return body();
  } finally {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[`INPUT_${name.toUpperCase()}`];
      else process.env[`INPUT_${name.toUpperCase()}`] = saved[name];
    }
  }
}

describe('action.yml', () => {
  it('names every analyzer in its name or description, within the Marketplace’s limit of 125 characters', () => {
    expect(actionYml.description.length).toBeLessThanOrEqual(125);
    const listing = `${actionYml.name} ${actionYml.description}`;
    for (const words of [/code review/i, /Python/, /TS/, /query-plan|query plans/i, /PostgreSQL/, /migration/i, /canary|rollout/i]) expect(listing).toMatch(words);
  });

  it("declares every input and output of the contract, runs on node24, and its defaults are the code's", () => {
    expect(Object.keys(actionYml.inputs).sort()).toEqual([...DESIGN_INPUTS].sort());
    expect(Object.keys(actionYml.outputs).sort()).toEqual(
      ['passed', 'findings', 'errors', 'warnings', 'notices', 'comment-url', 'sarif-file', 'report-file'].sort(),
    );
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    const declaredDefaults = Object.fromEntries(
      Object.entries(actionYml.inputs).flatMap(([name, input]) => (input.default === undefined || name === 'github-token' ? [] : [[name, input.default]])),
    );
    expect(declaredDefaults).toEqual(INPUT_DEFAULTS);
    expect(actionYml.inputs['github-token'].default).toBe('${{ github.token }}');
  });
});

describe('action inputs', () => {
  it('leaves defaulted inputs to the config file and lets explicit ones win', () => {
    const tree = makeTree({ '.predator-guard.yml': 'fail-on: warning\npaths: [src]\ncomment-tag: from-file\n' });
    try {
      const byFile = withInputs({}, () => readActionSettings(tree.root));
      expect(byFile.config).toMatchObject({ failOn: 'warning', paths: ['src'], filterMode: 'added', checks: ['review'] });
      expect(byFile).toMatchObject({ token: 'ghs_secret', comment: true, commentTag: 'from-file', annotations: true, checkRun: false, reviewComments: false });
      const explicit = withInputs({ 'fail-on': 'notice', paths: 'lib, app', 'check-run': 'true', 'filter-mode': 'file' }, () =>
        readActionSettings(tree.root),
      );
      expect(explicit.config).toMatchObject({ failOn: 'notice', paths: ['lib', 'app'], filterMode: 'file' });
      expect(explicit.checkRun).toBe(true);
      // review-comments: off by default, on from the config file or the input.
      const inline = makeTree({ '.predator-guard.yml': 'review-comments: true\n' });
      try {
        expect(withInputs({}, () => readActionSettings(inline.root)).reviewComments).toBe(true);
        expect(withInputs({ 'review-comments': 'false' }, () => readActionSettings(inline.root)).reviewComments).toBe(true);
      } finally {
        inline.cleanup();
      }
      expect(withInputs({ 'review-comments': 'true' }, () => readActionSettings(tree.root)).reviewComments).toBe(true);
    } finally {
      tree.cleanup();
    }
  });

  it("honours peers' suppressions by default; the input or the config file turns them off, the input winning", () => {
    const tree = makeTree({ '.predator-guard.yml': 'peer-suppressions: false\n' });
    const plain = makeTree({});
    try {
      expect(withInputs({}, () => readActionSettings(plain.root)).config.peerSuppressions).toBe(true);
      expect(withInputs({ 'peer-suppressions': 'false' }, () => readActionSettings(plain.root)).config.peerSuppressions).toBe(false);
      expect(withInputs({}, () => readActionSettings(tree.root)).config.peerSuppressions).toBe(false);
      expect(() => withInputs({ 'peer-suppressions': 'no' }, () => readActionSettings(plain.root))).toThrow(
        "input 'peer-suppressions': got 'no'; expected true or false.",
      );
    } finally {
      tree.cleanup();
      plain.cleanup();
    }
  });

  it('measures the migrations by default; the input or the config file turns it off', () => {
    const tree = makeTree({ '.predator-guard.yml': 'measure-migrations: false\n' });
    const plain = makeTree({});
    try {
      expect(withInputs({}, () => readActionSettings(plain.root)).config.settings['measure-migrations']).toBeUndefined();
      expect(withInputs({ 'measure-migrations': 'false' }, () => readActionSettings(plain.root)).config.settings['measure-migrations']).toBe(false);
      expect(withInputs({}, () => readActionSettings(tree.root)).config.settings['measure-migrations']).toBe(false);
      expect(() => withInputs({ 'measure-migrations': 'off' }, () => readActionSettings(plain.root))).toThrow(
        "input 'measure-migrations': got 'off'; expected true or false.",
      );
    } finally {
      tree.cleanup();
      plain.cleanup();
    }
  });

  it('names the input, the value and what is allowed', () => {
    const tree = makeTree({});
    try {
      expect(() => withInputs({ 'fail-on': 'sometimes' }, () => readActionSettings(tree.root))).toThrow(
        "input 'fail-on': got \"sometimes\"; expected one of error, warning, notice, never.",
      );
      expect(() => withInputs({ comment: 'yes' }, () => readActionSettings(tree.root))).toThrow("input 'comment': got 'yes'; expected true or false.");
      expect(() => withInputs({ 'rollout-timeout': '10 minutes' }, () => readActionSettings(tree.root))).toThrow(
        "input 'rollout-timeout': got \"10 minutes\"; expected a Go-style duration such as 10m.",
      );
    } finally {
      tree.cleanup();
    }
  });
});
