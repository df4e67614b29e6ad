import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configSchema } from '../../../src/core/config/schema.js';
import { defaultConfig, loadConfig, mergeConfig } from '../../../src/core/config/config.js';
import { UsageError } from '../../../src/core/config/usage-error.js';
import { VERSION } from '../../../src/version.js';
import { makeTree } from '../../helpers/temp-tree.js';

function configError(yaml: string): string {
  const tree = makeTree({ '.predator-guard.yml': yaml });
  try {
    loadConfig(`${tree.root}/.predator-guard.yml`);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message.replaceAll(tree.root, '<root>');
  } finally {
    tree.cleanup();
  }
  throw new Error('expected the config to be rejected');
}

describe('config file', () => {
  it('maps kebab-case keys onto the typed config, with flags winning over the file', () => {
    const tree = makeTree({
      '.predator-guard.yml': [
        'checks: review',
        'fail-on: warning',
        'paths: [src, lib]',
        'exclude: ["**/fixtures/**"]',
        'max-file-size: 2MB',
        'rules:',
        '  too-many-params: { max-params: 5 }',
        '  nested-loop: { severity: error }',
        'overrides:',
        '  - files: ["tests/**"]',
        '    rules: { nested-loop: { severity: off } }',
      ].join('\n'),
    });
    try {
      const file = loadConfig(`${tree.root}/.predator-guard.yml`);
      const config = mergeConfig(defaultConfig(tree.root), file, { failOn: 'error', rules: { 'too-many-params': { severity: 'notice' } } });
      expect(config).toMatchObject({
        checks: ['review'],
        failOn: 'error',
        paths: ['src', 'lib'],
        exclude: ['**/fixtures/**'],
        maxFileSize: 2 * 1024 * 1024,
        rules: { 'too-many-params': { 'max-params': 5, severity: 'notice' }, 'nested-loop': { severity: 'error' } },
        overrides: [{ files: ['tests/**'], rules: { 'nested-loop': { severity: 'off' } } }],
      });
    } finally {
      tree.cleanup();
    }
  });

  it('names the line, key, value and allowed values of a bad enum', () => {
    expect(configError('checks: review\nfail-on: sometimes\n')).toBe(
      'Invalid config:\n  <root>/.predator-guard.yml:2: fail-on: got "sometimes"; expected one of error, warning, notice, never.',
    );
  });

  it('suggests the intended key for a typo and lists what is allowed', () => {
    const message = configError('rules:\n  too-many-param: { max-params: 3 }\n');
    expect(message).toContain("<root>/.predator-guard.yml:2: unknown key 'too-many-param' at rules. Did you mean 'too-many-params'? Allowed: ");
  });

  it('rejects a rule option of the wrong type and a bad severity in one message', () => {
    const message = configError('rules:\n  too-many-params:\n    max-params: lots\n  nested-loop:\n    severity: loud\n');
    expect(message.split('\n')).toEqual([
      'Invalid config:',
      expect.stringMatching(/^ {2}<root>\/\.predator-guard\.yml:3: rules\.too-many-params\.max-params: got "lots"; expected /),
      '  <root>/.predator-guard.yml:5: rules.nested-loop.severity: got "loud"; expected one of error, warning, notice, off.',
    ]);
  });

  it('shows the mapping a bare severity stands for, in rules and in overrides, instead of what the rule finds', () => {
    const message = configError('rules:\n  too-many-params: off\noverrides:\n  - files: [tests/**]\n    rules: {nested-loop: 3}\n');
    expect(message.split('\n')).toEqual([
      'Invalid config:',
      '  <root>/.predator-guard.yml:2: rules.too-many-params: got "off"; expected a mapping of the rule\'s settings, such as {severity: off} (error, warning, notice or off, and the rule\'s options).',
      '  <root>/.predator-guard.yml:5: overrides.0.rules.nested-loop: got 3; expected a mapping of the rule\'s settings, such as {severity: warning} (error, warning, notice or off, and the rule\'s options).',
    ]);
  });

  it('reports invalid YAML with its position', () => {
    expect(configError('rules: [unclosed\n')).toMatch(/^<root>\/\.predator-guard\.yml:\d+:\d+: invalid YAML: /);
  });

  it('names an unreadable config file and how to fix it', () => {
    expect(() => loadConfig('/nonexistent/.predator-guard.yml')).toThrow(
      "Cannot read the config file '/nonexistent/.predator-guard.yml': ENOENT. Check the path given with --config / the config input.",
    );
  });
});

describe('shipped files stay in step with the code', () => {
  const root = fileURLToPath(new URL('../../..', import.meta.url));

  it('schema/predator-guard.schema.json is the schema the validator uses (npm run build regenerates it)', () => {
    expect(JSON.parse(readFileSync(`${root}schema/predator-guard.schema.json`, 'utf8'))).toEqual(configSchema());
  });

  it('the version constant matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version);
  });
});

describe('rule options', () => {
  it('rejects an ignore-params that is not a regular expression', () => {
    expect(configError('rules:\n  too-many-params:\n    ignore-params: "(unclosed"\n')).toBe(
      'Invalid config:\n  <root>/.predator-guard.yml:3: rules.too-many-params.ignore-params: got "(unclosed"; expected a regular expression; Python parameters whose names match it are not counted.',
    );
  });
});

describe('the library’s mergeConfig validates like the config file', () => {
  /** The file's message and the library's, for the same settings: they differ only in where they point. */
  function bothErrors(yaml: string, layer: Record<string, unknown>): [file: string, library: string] {
    const file = configError(yaml);
    let library = '';
    try {
      mergeConfig(defaultConfig('/nonexistent'), layer);
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      library = (error as Error).message;
    }
    return [file.replace('<root>/.predator-guard.yml:2', '<where>'), library.replace('mergeConfig() layer 1', '<where>')];
  }

  it('refuses an unknown rule with the same did-you-mean as the CLI', () => {
    const [file, library] = bothErrors('rules:\n  nested-loops: { severity: error }\n', { rules: { 'nested-loops': { severity: 'error' } } });
    expect(library).toContain("Invalid config:\n  <where>: unknown key 'nested-loops' at rules. Did you mean 'nested-loop'? Allowed: ");
    expect(library).toBe(file);
  });

  it('refuses a bad value of a typed key with the message of its file key', () => {
    const [file, library] = bothErrors('checks: review\nfail-on: sometimes\n', { failOn: 'sometimes' as never });
    expect(library).toBe('Invalid config:\n  <where>: fail-on: got "sometimes"; expected one of error, warning, notice, never.');
    expect(library).toBe(file.replace('<root>/.predator-guard.yml:2', '<where>'));
  });

  it('takes the config file’s own keys, such as fail-on, rather than ignoring them', () => {
    const config = mergeConfig(defaultConfig('/nonexistent'), { 'fail-on': 'warning', 'max-file-size': '2MB', namespace: 'shop' } as never);
    expect(config).toMatchObject({ failOn: 'warning', maxFileSize: 2 * 1024 * 1024, settings: { namespace: 'shop' } });
  });

  it('refuses an unknown top-level key with a hint, in typed or file form', () => {
    expect(() => mergeConfig(defaultConfig('/nonexistent'), { 'fail-onn': 'error' } as never)).toThrow(
      /^Invalid config:\n {2}mergeConfig\(\) layer 1: unknown key 'fail-onn' at top level\. Did you mean 'fail-on'\? Allowed: checks, paths, /,
    );
  });
});
