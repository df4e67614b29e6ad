import { findingsOf, lines, rangesOf, reviewSnippet } from '../../helpers/review-snippet.js';

const RULE = 'nested-loop';

function nested(line: number, column: number, depth: number, outerLine: number) {
  return { line, column, message: `Loop nested at depth ${depth} inside the loop at line ${outerLine}.` };
}

async function nestingOf(file: string, text: string) {
  return findingsOf(await reviewSnippet(file, text), RULE);
}

describe('nested-loop in Python', () => {
  it('reports double and triple nesting once per inner loop, covering the whole loop', async () => {
    const findings = await reviewSnippet(
      'a.py',
      lines(
        'for a in xs:',
        '    for b in ys:',
        '        while b:',
        '            b -= 1',
        'for c in zs:',
        '    pass',
      ),
    );
    expect(rangesOf(findings, RULE)).toEqual([
      { ...nested(2, 5, 2, 1), endLine: 4 },
      { ...nested(3, 9, 3, 2), endLine: 4 },
    ]);
    const [first] = findings.filter((finding) => finding.rule === RULE);
    expect(first.data).toEqual({ depth: 2, outerLine: 1 });
    expect(first.severity).toBe('warning');
    expect(first.category).toBe('performance');
    expect(first.suggestion).toContain('dict or set');
  });

  it("does not count the else branch of a for or while, which runs once", async () => {
    const code = lines(
      'for a in xs:',
      '    pass',
      'else:',
      '    for b in ys:',
      '        pass',
      'while ready():',
      '    pass',
      'else:',
      '    while busy():',
      '        for c in zs:',
      '            pass',
    );
    expect(await nestingOf('a.py', code)).toEqual([nested(10, 9, 2, 9)]);
  });

  it('does not count the iterable of a for, which is evaluated once', async () => {
    const code = lines('for x in [y for y in ys]:', '    total = sum(z for z in x)');
    expect(await nestingOf('a.py', code)).toEqual([nested(2, 19, 2, 1)]);
  });

  it('counts a while condition as part of the loop, since it is evaluated every iteration', async () => {
    const code = lines('for batch in batches:', '    while any(job.pending for job in batch):', '        step()');
    expect(await nestingOf('a.py', code)).toEqual([nested(2, 5, 2, 1), nested(2, 27, 3, 2)]);
  });

  it('reports an async for at its async keyword, in statements and comprehensions', async () => {
    const code = lines(
      'async def main():',
      '    async for a in xs:',
      '        async for b in ys:',
      '            found = [c async for c in b]',
    );
    expect(await nestingOf('a.py', code)).toEqual([nested(3, 9, 2, 2), nested(4, 24, 3, 3)]);
  });

  it('resets the nesting inside a def, class or lambda defined in a loop', async () => {
    const code = lines(
      'for a in xs:',
      '    def helper(items):',
      '        for item in items:',
      '            pass',
      '    class Index:',
      '        keys = [k for k in a]',
      '    key = lambda row: [c for c in row]',
      '    for b in ys:',
      '        pass',
    );
    expect(await nestingOf('a.py', code)).toEqual([nested(8, 5, 2, 1)]);
  });
});

describe('nested-loop in Python comprehensions', () => {
  it('nests a second for clause in the first, up to the end of the comprehension', async () => {
    const findings = await reviewSnippet(
      'a.py',
      lines('pairs = [', '    (a, b)', '    for a in xs', '    for b in ys', ']', 'flat = [a for a in xs if a]'),
    );
    expect(rangesOf(findings, RULE)).toEqual([{ ...nested(4, 5, 2, 3), endLine: 5 }]);
  });

  it('nests a comprehension that sits in a loop body, but not one in the loop iterable', async () => {
    const code = lines(
      'for user in users:',
      '    names = [g.name for g in groups if g.owner == user]',
      '    ids = {g.id: g for g in groups}',
      '    tags = {t for t in user.tags}',
      '    first = next(g for g in groups)',
      'for user in [u for u in users if u]:',
      '    pass',
    );
    expect(await nestingOf('a.py', code)).toEqual([
      nested(2, 21, 2, 1),
      nested(3, 20, 2, 1),
      nested(4, 15, 2, 1),
      nested(5, 20, 2, 1),
    ]);
  });

  it('nests a comprehension in the element expression of another inside all its clauses', async () => {
    const code = lines(
      'grid = [[cell for cell in row] for row in rows]',
      'table = {key: [v for v in values] for key in keys for values in groups}',
    );
    expect(await nestingOf('a.py', code)).toEqual([nested(1, 15, 2, 1), nested(2, 51, 2, 2), nested(2, 18, 3, 2)]);
  });
});

describe('nested-loop in TypeScript and JavaScript', () => {
  it('reports double and triple nesting once per inner loop, covering the whole loop', async () => {
    const findings = await reviewSnippet(
      'a.ts',
      lines(
        'for (const a of xs) {',
        '  for (let i = 0; i < a.length; i++) {',
        '    while (i > 0) i--;',
        '  }',
        '}',
        'for (const c of zs) {}',
      ),
    );
    expect(rangesOf(findings, RULE)).toEqual([
      { ...nested(2, 3, 2, 1), endLine: 4 },
      { ...nested(3, 5, 3, 2), endLine: 3 },
    ]);
    const [first] = findings.filter((finding) => finding.rule === RULE);
    expect(first.data).toEqual({ depth: 2, outerLine: 1 });
    expect(first.suggestion).toContain('Map or Set');
  });

  it('reports an iteration call at its method name, covering the whole call', async () => {
    const findings = await reviewSnippet(
      'a.ts',
      lines('teams.forEach((team) =>', '  team.members.map((member) =>', '    member.roles.filter((role) => role.active),', '  ),', ');'),
    );
    expect(rangesOf(findings, RULE)).toEqual([
      { ...nested(2, 16, 2, 1), endLine: 4 },
      { ...nested(3, 18, 3, 2), endLine: 3 },
    ]);
  });

  it('counts the test and update of a C-style for, not its initializer', async () => {
    const code = lines(
      'for (',
      '  let i = xs.findIndex((x) => x.ready);',
      '  i < ys.filter((y) => y.ok).length;',
      '  i = next(i, zs.some((z) => z))',
      ') {}',
    );
    expect(await nestingOf('a.ts', code)).toEqual([nested(3, 10, 2, 1), nested(4, 18, 2, 1)]);
  });

  it('counts a while condition and a do-while body and condition', async () => {
    const code = lines(
      'while (queue.some((job) => job.pending)) {',
      '  do {',
      '    queue.shift();',
      '  } while (queue.every((job) => job.blocked));',
      '}',
    );
    expect(await nestingOf('a.ts', code)).toEqual([nested(1, 14, 2, 1), nested(2, 3, 2, 1), nested(4, 18, 3, 2)]);
  });

  it('does not count the iterable of a for-of, but counts a call in its body', async () => {
    const code = lines('for (const id of ids.map((raw) => raw.trim())) {', '  const match = users.find((user) => user.id === id);', '}');
    expect(await nestingOf('a.ts', code)).toEqual([nested(2, 23, 2, 1)]);
  });

  it('continues the nesting through an inline callback and resets it in a function defined in the loop or passed by name', async () => {
    const code = lines(
      'orders.forEach((order) => {',
      '  const total = () => {',
      '    for (const line of order.lines) sum(line);',
      '  };',
      '  order.items.forEach(function (item) {',
      '    for (const tag of item.tags) use(tag);',
      '  });',
      '  function describe(item) {',
      '    for (const part of item.parts) use(part);',
      '  }',
      '  order.items.map(describe);',
      '});',
    );
    expect(await nestingOf('a.js', code)).toEqual([nested(5, 15, 2, 1), nested(6, 5, 3, 5), nested(11, 15, 2, 1)]);
  });

  it('resets the nesting inside functions, classes, static blocks, field initializers and methods', async () => {
    const code = lines(
      'for (const a of xs) {',
      '  function helper() {',
      '    for (const b of ys) use(b);',
      '  }',
      '  class Cache {',
      '    static { for (const c of zs) use(c); }',
      '    keys = zs.map((z) => z.key);',
      '    load() { while (more()) pull(); }',
      '  }',
      '  const handlers = { run() { for (const d of ds) use(d); } };',
      '  do {',
      '    pull();',
      '  } while (more());',
      '}',
    );
    expect(await nestingOf('a.ts', code)).toEqual([nested(11, 3, 2, 1)]);
  });

  it('recognises optional chaining, and neither other methods nor a chained receiver', async () => {
    const code = lines(
      'for (const group of groups) {',
      '  result.push(group);',
      '  group.members?.map((member) => member.name);',
      '  group.members.filter((m) => m.active).map((m) => m.id);',
      '}',
    );
    expect(await nestingOf('a.ts', code)).toEqual([nested(3, 18, 2, 1), nested(4, 41, 2, 1), nested(4, 17, 2, 1)]);
  });

  it('handles for await and for-in', async () => {
    const code = lines(
      'async function drain(streams: AsyncIterable<Record<string, Promise<void>>>) {',
      '  for await (const stream of streams) {',
      '    for (const key in stream) {',
      '      await stream[key];',
      '    }',
      '  }',
      '}',
    );
    expect(await nestingOf('a.ts', code)).toEqual([nested(3, 5, 2, 2)]);
  });

  it('treats every iteration method as a loop, but not a non-function argument such as an initial value', async () => {
    const code = lines(
      'const summary = rows.reduce((acc, row) => {',
      '  acc.tags = row.cells.flatMap((cell) => cell.tags);',
      '  acc.ok = row.cells.some((c) => c.ok) && row.cells.every((c) => c.valid);',
      '  acc.first = row.cells.find((c) => c.first) ?? row.cells.findIndex((c) => c.last);',
      '  acc.kept = row.cells.filter((c) => c.keep);',
      '  return acc;',
      '}, rows.filter((r) => r.seed));',
    );
    expect(await nestingOf('a.ts', code)).toEqual([
      nested(2, 24, 2, 1),
      nested(3, 22, 2, 1),
      nested(3, 53, 2, 1),
      nested(4, 25, 2, 1),
      nested(4, 59, 2, 1),
      nested(5, 24, 2, 1),
    ]);
  });
});
