import { findingsOf, lines, rangesOf, reviewSnippet } from '../../helpers/review-snippet.js';
import type { RuleSettings } from '../../../src/core/rules/settings.js';

const RULE = 'too-many-params';

async function review(file: string, text: string, rules?: RuleSettings) {
  return findingsOf(await reviewSnippet(file, text, rules), RULE);
}

function withOptions(options: Record<string, unknown>): RuleSettings {
  return { [RULE]: { severity: 'warning', options } };
}

describe('too-many-params in Python', () => {
  it('reports defs and async defs over seven parameters, at the def (or async) keyword, not the decorator', async () => {
    const code = lines(
      'import functools',
      '',
      'def eight(a, b, c, d, e, f, g, h):',
      '    return a',
      '',
      'def seven(a, b, c, d, e, f, g):',
      '    return a',
      '',
      'async def fetch(url: str, b: int, c, d, e, f, g, retries: int = 3, timeout=1.0):',
      '    return url',
      '',
      '@functools.cache',
      'def decorated(a, b, c, d, e, f, g, h):',
      '    return a',
    );
    expect(await review('a.py', code)).toEqual([
      { line: 3, column: 1, message: "Function 'eight' has 8 parameters (max 7)." },
      { line: 9, column: 1, message: "Function 'fetch' has 9 parameters (max 7)." },
      { line: 13, column: 1, message: "Function 'decorated' has 8 parameters (max 7)." },
    ]);
  });

  it('reports lambdas by the name they are assigned to, else as <lambda>', async () => {
    const code = lines(
      'f = lambda a, b, c, d, e, f, g, h: a',
      'ok = lambda a, b, c, d, e, f, g: a',
      'handlers = [lambda a, b, c, d, e, f, g, h: a]',
      'wrapped = (lambda a, b, c, d, e, f, g, h=1, *rest, **extra: a)',
    );
    expect(await review('a.py', code)).toEqual([
      { line: 1, column: 5, message: "Function 'f' has 8 parameters (max 7)." },
      { line: 3, column: 13, message: "Function '<lambda>' has 8 parameters (max 7)." },
      { line: 4, column: 12, message: "Function 'wrapped' has 8 parameters (max 7)." },
    ]);
  });

  it("skips a method's first parameter by position, except in static methods and nested functions", async () => {
    const code = lines(
      'class Service:',
      '    def run(self, a, b, c, d, e, f, g):',
      '        def inner(self, a, b, c, d, e, f, g):',
      '            return a',
      '        return inner',
      '',
      '    def wide(this, a, b, c, d, e, f, g, h):',
      '        return a',
      '',
      '    @classmethod',
      '    def build(cls, a, b, c, d, e, f, g):',
      '        return cls()',
      '',
      '    @classmethod',
      '    def create(cls, a, b, c, d, e, f, g, h):',
      '        return cls()',
      '',
      '    @staticmethod',
      '    def helper(self, b, c, d, e, f, g, h):',
      '        return b',
      '',
      '    @staticmethod',
      '    def pure(a, b, c, d, e, f, g):',
      '        return a',
      '',
      '    handler = lambda self, a, b, c, d, e, f, g: a',
      '',
      '    def commented(  # the receiver is still first',
      '        self, a, b, c, d, e, f, g,',
      '    ):',
      '        return a',
    );
    expect(await review('a.py', code)).toEqual([
      { line: 3, column: 9, message: "Function 'inner' has 8 parameters (max 7)." },
      { line: 7, column: 5, message: "Function 'Service.wide' has 8 parameters (max 7)." },
      { line: 15, column: 5, message: "Function 'Service.create' has 8 parameters (max 7)." },
      { line: 19, column: 5, message: "Function 'Service.helper' has 8 parameters (max 7)." },
      { line: 26, column: 15, message: "Function 'Service.handler' has 8 parameters (max 7)." },
    ]);
  });

  it('counts positional-only and regular parameters but not separators, *args, **kwargs, _names or keyword-only ones', async () => {
    const code = lines(
      'def separators(a, b, /, c, d, *, e, f, g):',
      '    pass',
      'def posonly(a, b, c, d, /, e, f, g, h, *, i):',
      '    pass',
      'def splats(a, b, c, d, e, f, g, *args, **kwargs):',
      '    pass',
      'def typed_splats(a, b, c, d, e, f, g: int, *args: int, **kwargs: str):',
      '    pass',
      'def underscored(a, b, c, d, e, f, g, _unused, _=None):',
      '    pass',
      'def counted(a, b, c, d, e, f, g, h, *args, _x, **kwargs):',
      '    pass',
      'def configure(*, host, port, user, password, database, timeout, retries, ssl):',
      '    pass',
      'def after_args(a, *args: int, b, c, d, e, f, g, h):',
      '    pass',
      'keyed = lambda a, *, b, c, d, e, f, g, h: a',
    );
    expect(await review('a.py', code)).toEqual([
      { line: 3, column: 1, message: "Function 'posonly' has 8 parameters (max 7)." },
      { line: 11, column: 1, message: "Function 'counted' has 8 parameters (max 7)." },
    ]);
  });

  it('counts keyword-only parameters with count: all', async () => {
    const code = lines(
      'def configure(*, host, port, user, password, database, timeout, retries, ssl):',
      '    pass',
      'def after_args(a, *args: int, b, c, d, e, f, g, _h):',
      '    pass',
      'def short(a, *, b):',
      '    pass',
    );
    expect(await review('a.py', code, withOptions({ count: 'all' }))).toEqual([
      { line: 1, column: 1, message: "Function 'configure' has 8 parameters (max 7)." },
    ]);
    expect(await review('a.py', code, withOptions({ count: 'all', 'max-params': 6 }))).toEqual([
      { line: 1, column: 1, message: "Function 'configure' has 8 parameters (max 6)." },
      { line: 3, column: 1, message: "Function 'after_args' has 7 parameters (max 6)." },
    ]);
  });

  it('exempts @overload stubs in every spelling but reports the implementation', async () => {
    const code = lines(
      'import typing',
      'import typing as t',
      'from typing import overload',
      '',
      '@overload',
      'def parse(a: int, b, c, d, e, f, g, h) -> int: ...',
      '@typing.overload',
      'def parse(a: str, b, c, d, e, f, g, h) -> str: ...',
      '@t.overload',
      'def parse(a: bytes, b, c, d, e, f, g, h) -> bytes: ...',
      'def parse(a, b, c, d, e, f, g, h):',
      '    return a',
    );
    expect(await review('a.py', code)).toEqual([{ line: 11, column: 1, message: "Function 'parse' has 8 parameters (max 7)." }]);
  });

  it('exempts .pyi stub files', async () => {
    const code = lines('def stub(a, b, c, d, e, f, g, h) -> None: ...');
    expect(await review('types.pyi', code)).toEqual([]);
    expect(await review('types.py', code)).toEqual([{ line: 1, column: 1, message: "Function 'stub' has 8 parameters (max 7)." }]);
  });

  it('spans the whole parameter list, so a parameter added on its own line falls inside the finding', async () => {
    const code = lines(
      '@retry',
      'def configure(',
      '    host,',
      '    port,',
      '    user,',
      '    password,',
      '    database,',
      '    timeout,',
      '    retries,',
      '    verbose,',
      '):',
      '    pass',
      'connect = (lambda host, port, user, password,',
      '           database, timeout, retries, verbose: host)',
    );
    expect(rangesOf(await reviewSnippet('a.py', code), RULE)).toEqual([
      { line: 2, column: 1, endLine: 11, message: "Function 'configure' has 8 parameters (max 7)." },
      { line: 13, column: 12, endLine: 14, message: "Function 'connect' has 8 parameters (max 7)." },
    ]);
  });
});

describe('too-many-params in TypeScript and JavaScript', () => {
  it('reports functions and arrows at the function keyword, async keyword or the arrow (', async () => {
    const code = lines(
      'export function eight(a, b, c, d, e, f, g, h) { return a; }',
      'export function seven(a, b, c, d, e, f, g) { return a; }',
      'export async function load(a, b, c, d, e, f, g, h) { return a; }',
      'const expr = function (a, b, c, d, e, f, g, h) { return a; };',
      'const named = function inner(a, b, c, d, e, f, g, h) { return a; };',
      'const arrow = (a, b, c, d, e, f, g, h) => a;',
      'const short = (a, b, c, d, e, f, g) => a;',
      'const later = async (a, b, c, d, e, f, g, h) => a;',
      'export default function (a, b, c, d, e, f, g, h) { return a; }',
    );
    expect(await review('a.ts', code)).toEqual([
      { line: 1, column: 8, message: "Function 'eight' has 8 parameters (max 7)." },
      { line: 3, column: 8, message: "Function 'load' has 8 parameters (max 7)." },
      { line: 4, column: 14, message: "Function 'expr' has 8 parameters (max 7)." },
      { line: 5, column: 15, message: "Function 'inner' has 8 parameters (max 7)." },
      { line: 6, column: 15, message: "Function 'arrow' has 8 parameters (max 7)." },
      { line: 8, column: 21, message: "Function 'later' has 8 parameters (max 7)." },
      { line: 9, column: 16, message: "Function '<anonymous>' has 8 parameters (max 7)." },
    ]);
  });

  it('reports class members at their key, the constructor at its keyword, counting parameter properties', async () => {
    const code = lines(
      'class Repo {',
      '  public constructor(private a: number, public b: string, protected c, readonly d, e, f, g, h) {}',
      '  find(a, b, c, d, e, f, g, h) { return a; }',
      '  fits(a, b, c, d, e, f, g) { return a; }',
      '  static async make(a, b, c, d, e, f, g, h) { return a; }',
      '  handler = (a, b, c, d, e, f, g, h) => a;',
      '  small = (a, b) => a;',
      '  #secret(a, b, c, d, e, f, g, h) { return a; }',
      '  [Symbol.iterator](a, b, c, d, e, f, g, h) { return a; }',
      '}',
    );
    expect(await review('a.ts', code)).toEqual([
      { line: 2, column: 10, message: "Function 'Repo.constructor' has 8 parameters (max 7)." },
      { line: 3, column: 3, message: "Function 'Repo.find' has 8 parameters (max 7)." },
      { line: 5, column: 16, message: "Function 'Repo.make' has 8 parameters (max 7)." },
      { line: 6, column: 13, message: "Function 'Repo.handler' has 8 parameters (max 7)." },
      { line: 8, column: 3, message: "Function 'Repo.#secret' has 8 parameters (max 7)." },
      { line: 9, column: 3, message: "Function 'Repo.[Symbol.iterator]' has 8 parameters (max 7)." },
    ]);
  });

  it('does not count a this parameter', async () => {
    const code = lines(
      'function bound(this: Window, a, b, c, d, e, f, g) { return a; }',
      'function unbound(this: Window, a, b, c, d, e, f, g, h) { return a; }',
    );
    expect(await review('a.ts', code)).toEqual([{ line: 2, column: 1, message: "Function 'unbound' has 8 parameters (max 7)." }]);
  });

  it('counts each destructured, defaulted, optional or rest parameter once', async () => {
    const code = lines(
      'function options({ a, b, c, d, e, f, g, h }: Options) { return a; }',
      'function shapes({ a, b }: Pair, [c, d]: number[], e = 1, f?: number, g?: string, h = 2, i?, ...rest: number[]) {',
      '  return a;',
      '}',
    );
    expect(await review('a.ts', code)).toEqual([{ line: 2, column: 1, message: "Function 'shapes' has 8 parameters (max 7)." }]);
  });

  it('skips signatures without a body: overloads, abstract and declared functions, interfaces and function types', async () => {
    const code = lines(
      'export function pick(a: string, b, c, d, e, f, g, h): string;',
      'export function pick(a: number, b, c, d, e, f, g, h): number;',
      'export function pick(a: unknown, b, c, d, e, f, g, h) { return a; }',
      'declare function external(a, b, c, d, e, f, g, h): void;',
      'interface Api {',
      '  call(a, b, c, d, e, f, g, h): void;',
      '  fn: (a, b, c, d, e, f, g, h) => void;',
      '}',
      'type Callback = (a, b, c, d, e, f, g, h) => void;',
      'abstract class Base {',
      '  abstract run(a, b, c, d, e, f, g, h): void;',
      '  go(a: string, b, c, d, e, f, g, h): void;',
      '  go(a: unknown, b, c, d, e, f, g, h) {}',
      '}',
    );
    expect(await review('a.ts', code)).toEqual([
      { line: 3, column: 8, message: "Function 'pick' has 8 parameters (max 7)." },
      { line: 13, column: 3, message: "Function 'Base.go' has 8 parameters (max 7)." },
    ]);
  });

  it('names JavaScript functions by object key, assignment target, or their own key in an anonymous class', async () => {
    const code = lines(
      'const api = {',
      '  run: function (a, b, c, d, e, f, g, h) { return a; },',
      '  stop(a, b, c, d, e, f, g, h) { return a; },',
      '  ok: (a) => a,',
      '};',
      'module.exports.handle = function (a, b, c, d, e, f, g, h) { return a; };',
      'const Anonymous = class { method(a, b, c, d, e, f, g, h) { return a; } };',
      'setTimeout(function (a, b, c, d, e, f, g, h) {}, 0);',
    );
    expect(await review('a.js', code)).toEqual([
      { line: 2, column: 8, message: "Function 'run' has 8 parameters (max 7)." },
      { line: 3, column: 3, message: "Function 'stop' has 8 parameters (max 7)." },
      { line: 6, column: 25, message: "Function 'handle' has 8 parameters (max 7)." },
      { line: 7, column: 27, message: "Function 'method' has 8 parameters (max 7)." },
      { line: 8, column: 12, message: "Function '<anonymous>' has 8 parameters (max 7)." },
    ]);
  });

  it('reviews JSX files', async () => {
    const code = lines(
      'export function Card(a, b, c, d, e, f, g, h) {',
      '  return <div>{a}</div>;',
      '}',
      'export const Title = ({ title }) => <h1>{title}</h1>;',
    );
    expect(await review('view.jsx', code)).toEqual([{ line: 1, column: 8, message: "Function 'Card' has 8 parameters (max 7)." }]);
  });

  it('spans the whole parameter list, so a parameter added on its own line falls inside the finding', async () => {
    const code = lines(
      'export function connect(',
      '  host: string,',
      '  port: number,',
      '  user: string,',
      '  password: string,',
      '  database: string,',
      '  timeout: number,',
      '  retries: number,',
      '  verbose: boolean,',
      '): void {}',
    );
    expect(rangesOf(await reviewSnippet('a.ts', code), RULE)).toEqual([
      { line: 1, column: 8, endLine: 10, message: "Function 'connect' has 8 parameters (max 7)." },
    ]);
  });

  it('reports a warning in the complexity category with the count, the limit and a suggestion', async () => {
    const findings = await reviewSnippet('a.ts', lines('export function eight(a, b, c, d, e, f, g, h) {}'));
    const [finding] = findings.filter((candidate) => candidate.rule === RULE);
    expect(finding).toMatchObject({
      rule: RULE,
      severity: 'warning',
      category: 'complexity',
      data: { count: 8, max: 7 },
      endLine: 1,
      endColumn: 46,
    });
    expect(finding.suggestion).toContain('Group related parameters into an object');
  });
});

describe('too-many-params options', () => {
  it('takes max-params as one number for both languages', async () => {
    const rules = withOptions({ 'max-params': 2 });
    expect(await review('a.py', lines('def two(a, b): pass', 'def three(a, b, c): pass'), rules)).toEqual([
      { line: 2, column: 1, message: "Function 'three' has 3 parameters (max 2)." },
    ]);
    expect(await review('a.ts', lines('function two(a, b) {}', 'function three(a, b, c) {}'), rules)).toEqual([
      { line: 2, column: 1, message: "Function 'three' has 3 parameters (max 2)." },
    ]);
  });

  it('reports a lone arrow parameter and a setter when max-params is 0', async () => {
    const code = lines(
      'const none = () => 0;',
      'const one = x => x;',
      'class Box {',
      '  get size() { return 0; }',
      '  set size(value) {}',
      '}',
    );
    const findings = await reviewSnippet('a.ts', code, withOptions({ 'max-params': 0 }));
    expect(rangesOf(findings, RULE)).toEqual([
      { line: 2, column: 13, endLine: 2, message: "Function 'one' has 1 parameter (max 0)." },
      { line: 5, column: 7, endLine: 5, message: "Function 'Box.size' has 1 parameter (max 0)." },
    ]);
    expect(findings.find((finding) => finding.rule === RULE)?.endColumn).toBe(14);
  });

  it('takes max-params per language, keeping the default for the language left out', async () => {
    const rules = withOptions({ 'max-params': { python: 5 } });
    expect(await review('a.py', lines('def five(a, b, c, d, e): pass', 'def six(a, b, c, d, e, f): pass'), rules)).toEqual([
      { line: 2, column: 1, message: "Function 'six' has 6 parameters (max 5)." },
    ]);
    const typescript = lines('function six(a, b, c, d, e, f) {}', 'function eight(a, b, c, d, e, f, g, h) {}');
    expect(await review('a.ts', typescript, rules)).toEqual([{ line: 2, column: 1, message: "Function 'eight' has 8 parameters (max 7)." }]);
    expect(await review('a.ts', typescript, withOptions({ 'max-params': { typescript: 5 } }))).toEqual([
      { line: 1, column: 1, message: "Function 'six' has 6 parameters (max 5)." },
      { line: 2, column: 1, message: "Function 'eight' has 8 parameters (max 5)." },
    ]);
  });

  it('ignores the Python parameters that match a custom ignore-params pattern instead of ^_', async () => {
    const code = lines('def private(a, b, c, d, e, f, _g, _h): pass', 'def unused(a, b, c, d, e, f, g, unused_h, unused_i): pass');
    expect(await review('a.py', code, withOptions({ 'ignore-params': '^unused_' }))).toEqual([
      { line: 1, column: 1, message: "Function 'private' has 8 parameters (max 7)." },
    ]);
  });

  it('counts every Python name when ignore-params is empty, rather than ignoring them all', async () => {
    const code = lines('def private(a, b, c, d, e, f, _g, _h): pass', 'def public(a, b, c, d, e, f, g): pass');
    expect(await review('a.py', code, withOptions({ 'ignore-params': '' }))).toEqual([
      { line: 1, column: 1, message: "Function 'private' has 8 parameters (max 7)." },
    ]);
  });
});

describe('too-many-params and pytest', () => {
  it('does not count the injected parameters of fixtures and test functions, and reports other functions', async () => {
    const code = lines(
      'import pytest',
      '@pytest.fixture',
      'def client(app, db, cache, queue, mailer, storage, clock, settings):',
      '    pass',
      '@pytest.fixture(scope="session")',
      'def server(app, db, cache, queue, mailer, storage, clock, settings):',
      '    pass',
      'def test_order(app, db, cache, queue, mailer, storage, clock, settings):',
      '    pass',
      'class TestOrders:',
      '    def test_total(self, app, db, cache, queue, mailer, storage, clock, settings):',
      '        pass',
      'class Orders:',
      '    def test_total(self, app, db, cache, queue, mailer, storage, clock, settings):',
      '        pass',
      'def helper(app, db, cache, queue, mailer, storage, clock, settings):',
      '    def test_inner(app, db, cache, queue, mailer, storage, clock, settings):',
      '        pass',
    );
    expect(await review('test_orders.py', code, withOptions({}))).toEqual([
      { line: 14, column: 5, message: "Function 'Orders.test_total' has 8 parameters (max 7)." },
      { line: 16, column: 1, message: "Function 'helper' has 8 parameters (max 7)." },
      { line: 17, column: 5, message: "Function 'test_inner' has 8 parameters (max 7)." },
    ]);
  });
});

describe('too-many-params and command-line frameworks', () => {
  it('does not count the parameters click and typer fill by option name, and reports other decorated functions', async () => {
    const code = lines(
      'import click, typer',
      'app = typer.Typer()',
      '@click.command()',
      '@click.option("--host", help="the host")',
      '@click.argument("url")',
      'def main(url, host, port, user, password, timeout, retries, verbose):',
      '    pass',
      '@cli.command(name="sync")',
      'def sync(url, host, port, user, password, timeout, retries, verbose):',
      '    pass',
      '@app.command()',
      'def serve(url, host, port, user, password, timeout, retries, verbose):',
      '    pass',
      '@option("--host")',
      'def bare(url, host, port, user, password, timeout, retries, verbose):',
      '    pass',
      '@functools.wraps(main)',
      'def wrapper(url, host, port, user, password, timeout, retries, verbose):',
      '    pass',
      '@router.get("/items")',
      'def items(url, host, port, user, password, timeout, retries, verbose):',
      '    pass',
    );
    expect(await review('cli.py', code, withOptions({}))).toEqual([
      { line: 18, column: 1, message: "Function 'wrapper' has 8 parameters (max 7)." },
      { line: 21, column: 1, message: "Function 'items' has 8 parameters (max 7)." },
    ]);
  });
});
