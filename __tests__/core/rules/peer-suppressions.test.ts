import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PEER_CODES } from '../../../src/core/rules/peer-codes.js';
import { reviewSourceOutcome } from '../../../src/review/review-source.js';
import { detectLanguage } from '../../../src/review/languages/detect-language.js';
import { lines } from '../../helpers/review-snippet.js';

/**
 * Peer linters' directives on real rules, through the engine. Findings are compared as `line rule`: the messages
 * belong to the rules' own tests, and this suite is about which lines are silenced.
 */
async function review(file: string, text: string, peerSuppressions = true) {
  const outcome = await reviewSourceOutcome({ file, text, language: detectLanguage(file)!, rules: {}, peerSuppressions });
  return { found: outcome.findings.map((f) => `${f.line} ${f.rule}`), suppressed: outcome.suppressed };
}

const bare = (comment = '') => ['try:', '    run()', `except:${comment}`, '    cleanup()'];
const broad = (comment = '') => ['try:', '    run()', `except Exception:${comment}`, '    cleanup()'];
const EIGHT = 'a, b, c, d, e, g, h, i';

describe('flake8 and ruff: # noqa', () => {
  it('a bare # noqa silences every rule on its line, and only there', async () => {
    expect(await review('a.py', lines(...bare('  # noqa'), ...bare()))).toEqual({ found: ['7 bare-except'], suppressed: { own: 0, peer: 1 } });
  });

  it('# noqa with codes silences the rules the codes map to (E722, B001, BLE001, PLR0913), case and spacing as flake8 reads them', async () => {
    const text = lines(
      ...bare('  # noqa: E722'),
      ...bare('  # noqa:B001,E501'),
      ...broad('  # NOQA: BLE001'),
      `def f(${EIGHT}):  # noqa: PLR0913`, '    return a',
    );
    expect(await review('a.py', text)).toEqual({ found: [], suppressed: { own: 0, peer: 4 } });
  });

  it('a code of another rule silences nothing, and a peer directive that silences nothing is never unused-suppression', async () => {
    const text = lines(...bare('  # noqa: F401'), ...broad('  # noqa: E722'), 'x = 1  # noqa: E722', 'y = 2  # noqa');
    expect(await review('a.py', text)).toEqual({ found: ['3 bare-except', '7 broad-exception-caught'], suppressed: { own: 0, peer: 0 } });
  });

  it('# ruff: noqa silences the file; with codes only those rules; # flake8: noqa silences the file, and with codes nothing (as flake8)', async () => {
    expect(await review('a.py', lines('# ruff: noqa', ...bare(), ...broad()))).toEqual({ found: [], suppressed: { own: 0, peer: 2 } });
    expect(await review('a.py', lines(...bare(), '# ruff: noqa: E722', ...broad()))).toEqual({ found: ['8 broad-exception-caught'], suppressed: { own: 0, peer: 1 } });
    expect(await review('a.py', lines('# flake8: noqa', ...bare()))).toEqual({ found: [], suppressed: { own: 0, peer: 1 } });
    expect(await review('a.py', lines('# flake8: noqa: E722', ...bare()))).toEqual({ found: ['4 bare-except'], suppressed: { own: 0, peer: 0 } });
  });

  it('a noqa inside a string is not a directive', async () => {
    expect(await review('a.py', lines('try:', '    run()', 'except: x = "# noqa"'))).toEqual({ found: ['3 bare-except'], suppressed: { own: 0, peer: 0 } });
  });
});

describe('pylint: disable, disable-next, enable, skip-file', () => {
  it('after code, disable= silences that line by symbolic name or id (bare-except, W0718, broad-except)', async () => {
    const text = lines(...bare('  # pylint: disable=bare-except'), ...broad('  # pylint: disable=W0718'), ...broad('  # pylint: disable=broad-except'), ...bare());
    expect(await review('a.py', text)).toEqual({ found: ['15 bare-except'], suppressed: { own: 0, peer: 3 } });
  });

  it('on a def line, disable=too-many-arguments silences the function; R0913 and too-many-positional-arguments too', async () => {
    const text = lines(
      `def f(${EIGHT}):  # pylint: disable=too-many-arguments`, '    return a',
      `def g(${EIGHT}):  # pylint: disable=R0913`, '    return a',
      `def k(${EIGHT}):  # pylint: disable=too-many-positional-arguments`, '    return a',
      `def m(${EIGHT}):  # pylint: disable=line-too-long`, '    return a',
    );
    expect(await review('a.py', text)).toEqual({ found: ['7 too-many-params'], suppressed: { own: 0, peer: 3 } });
  });

  it('on a line of its own, disable= holds to the end of its block; at module level to the end of the file or an enable=', async () => {
    const text = lines(
      'def first():',
      '    # pylint: disable=bare-except',
      ...bare().map((line) => `    ${line}`),
      '',
      'def second():',
      ...bare().map((line) => `    ${line}`),
      '# pylint: disable=broad-exception-caught',
      ...broad(),
      '# pylint: enable=broad-exception-caught',
      ...broad(),
    );
    expect(await review('a.py', text)).toEqual({ found: ['11 bare-except', '21 broad-exception-caught'], suppressed: { own: 0, peer: 2 } });
  });

  it('disable-next= silences the next line only; skip-file the whole file', async () => {
    expect(await review('a.py', lines('try:', '    run()', '# pylint: disable-next=bare-except', 'except:', '    cleanup()', ...bare()))).toEqual({
      found: ['8 bare-except'],
      suppressed: { own: 0, peer: 1 },
    });
    expect(await review('a.py', lines('# pylint: skip-file', ...bare(), ...broad()))).toEqual({ found: [], suppressed: { own: 0, peer: 2 } });
  });
});

describe('ESLint: eslint-disable-line, eslint-disable-next-line, eslint-disable blocks', () => {
  const empty = 'try { run(); } catch (e) {}';
  const params = `function f(${EIGHT}) { return a; }`;
  const awaits = 'async function h(users) { for (const u of users) { await save(u); } }';

  it('eslint-disable-line and -next-line silence the named rules (no-empty, max-params, no-await-in-loop) on their line', async () => {
    const text = lines(
      `${empty} // eslint-disable-line no-empty`,
      '// eslint-disable-next-line max-params -- the public API takes them positionally',
      params,
      '/* eslint-disable-next-line no-await-in-loop */',
      awaits,
      empty,
    );
    expect(await review('a.ts', text)).toEqual({ found: ['6 empty-catch'], suppressed: { own: 0, peer: 3 } });
  });

  it('a directive naming another rule silences nothing; a bare one silences every rule on its line', async () => {
    const text = lines(`${empty} // eslint-disable-line no-console`, `${empty} // eslint-disable-line`, `${params} // eslint-disable-line @typescript-eslint/no-unused-vars`);
    expect(await review('a.ts', text)).toEqual({ found: ['1 empty-catch', '3 too-many-params'], suppressed: { own: 0, peer: 1 } });
  });

  it('/* eslint-disable rule */ holds until its eslint-enable; @typescript-eslint/max-params counts as max-params', async () => {
    const text = lines('/* eslint-disable @typescript-eslint/max-params, no-empty */', params, empty, '/* eslint-enable no-empty */', params, empty);
    expect(await review('a.ts', text)).toEqual({ found: ['6 empty-catch'], suppressed: { own: 0, peer: 3 } });
  });

  it('a bare /* eslint-disable */ holds to the end of the file; a named eslint-enable inside it brings that rule back', async () => {
    expect(await review('a.ts', lines(empty, '/* eslint-disable */', params, empty))).toEqual({ found: ['1 empty-catch'], suppressed: { own: 0, peer: 2 } });
    expect(await review('a.ts', lines('/* eslint-disable */', empty, '// eslint-enable no-empty', empty, params))).toEqual({
      found: ['4 empty-catch'],
      suppressed: { own: 0, peer: 2 },
    });
  });

  it('ESLint directives in a Python file, or noqa in a TypeScript file, are not read', async () => {
    expect(await review('a.ts', lines(`${empty} // noqa`))).toEqual({ found: ['1 empty-catch'], suppressed: { own: 0, peer: 0 } });
    expect(await review('a.py', lines(...bare('  # eslint-disable-line'), ''))).toEqual({ found: ['3 bare-except'], suppressed: { own: 0, peer: 0 } });
  });
});

describe('own and peer directives together', () => {
  it('counts a finding both hide as our own, so our directive is not unused; counts each kind apart', async () => {
    const text = lines(...bare('  # predator-guard-ignore bare-except -- flake8 too: # noqa: E722'), ...bare('  # noqa'), ...bare('  # predator-guard-ignore bare-except'));
    expect(await review('a.py', text)).toEqual({ found: [], suppressed: { own: 2, peer: 1 } });
  });

  it('with peer suppressions off, peer directives silence nothing', async () => {
    const text = lines(...bare('  # noqa'), `${'x'} = 1  # pylint: disable=all`, ...broad());
    expect(await review('a.py', text, false)).toEqual({ found: ['3 bare-except', '8 broad-exception-caught'], suppressed: { own: 0, peer: 0 } });
  });
});

describe('the mapping of peer codes', () => {
  it('is printed in docs/suppressions-and-baseline.md, row for row', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../docs/suppressions-and-baseline.md', import.meta.url)), 'utf8');
    const rows = Object.entries(PEER_CODES).map(([code, { tools, rules }]) => `| \`${code}\` | ${tools} | ${rules.map((rule) => `\`${rule}\``).join(', ')} |`);
    const section = doc.slice(doc.indexOf('### Which peer codes mean our rules'));
    const documented = section.split('\n').filter((line) => /^\| `[^`]+` \|/.test(line));
    expect(documented).toEqual(rows);
  });
});
