import { findingsOf, lines, rangesOf, reviewSnippet } from '../../helpers/review-snippet.js';

const RULE = 'nested-loop';

function nested(line: number, column: number, depth: number, outerLine: number) {
  return { line, column, message: `Loop nested at depth ${depth} inside the loop at line ${outerLine}.` };
}

/** The loop machinery is checked with `report: all`, which reports every nested loop as the rule did before. */
const ALL = { [RULE]: { severity: 'default' as const, options: { report: 'all' } } };

async function nestingOf(file: string, text: string) {
  return findingsOf(await reviewSnippet(file, text, ALL), RULE);
}

describe('nested-loop with report: all, in Python', () => {
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
      ALL,
    );
    expect(rangesOf(findings, RULE)).toEqual([
      { ...nested(2, 5, 2, 1), endLine: 4 },
      { ...nested(3, 9, 3, 2), endLine: 4 },
    ]);
    const [first] = findings.filter((finding) => finding.rule === RULE);
    expect(first.data).toEqual({ depth: 2, outerLine: 1 });
    expect(first.severity).toBe('notice');
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

describe('nested-loop with report: all, in Python comprehensions', () => {
  it('nests a second for clause in the first, up to the end of the comprehension', async () => {
    const findings = await reviewSnippet(
      'a.py',
      lines('pairs = [', '    (a, b)', '    for a in xs', '    for b in ys', ']', 'flat = [a for a in xs if a]'),
      ALL,
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

describe('nested-loop with report: all, in TypeScript and JavaScript', () => {
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
      ALL,
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
      ALL,
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

async function independentOf(file: string, text: string) {
  return (await reviewSnippet(file, text))
    .filter((finding) => finding.rule === RULE)
    .map((finding) => ({ line: finding.line!, column: finding.column!, severity: finding.severity, message: finding.message }));
}

function scanned(line: number, column: number, inner: string, outer: string) {
  return { line, column, severity: 'notice', message: `'${inner}' is scanned once for every item of '${outer}'.` };
}

describe('nested-loop in Python: only loops over something not reached from the outer item', () => {
  it("names both iterables when the inner loop goes over another collection or the same one again", async () => {
    const code = lines(
      'for user in users:',
      '    for role in roles:',
      '        pass',
      'for a in xs:',
      '    for b in xs:',
      '        pass',
    );
    expect(await independentOf('a.py', code)).toEqual([scanned(2, 5, 'roles', 'users'), scanned(5, 5, 'xs', 'xs')]);
  });

  it('reports range(n) and range(i + 1, len(xs)), whose stop does not come from the outer item', async () => {
    const code = lines(
      'for i in range(len(xs)):',
      '    for j in range(i + 1, len(xs)):',
      '        pass',
      'for row in rows:',
      '    for k in range(n):',
      '        pass',
    );
    expect(await independentOf('a.py', code)).toEqual([
      { line: 2, column: 5, severity: 'notice', message: "'range(i + 1, len(xs))' is counted through in full for every step of 'range(len(xs))'." },
      { line: 5, column: 5, severity: 'notice', message: "'range(n)' is counted through in full for every item of 'rows'." },
    ]);
  });

  it('does not report walks of nested data: attribute, subscript, method call or unpacking of the loop variable', async () => {
    const code = lines(
      'for row in grid:',
      '    for cell in row:',
      '        pass',
      'for order in orders:',
      '    for item in order.items:',
      '        pass',
      'for key, members in groups.items():',
      '    for m in members:',
      '        pass',
      'for i in range(len(rows)):',
      '    for cell in rows[i]:',
      '        pass',
      'for node in nodes:',
      '    for child in node.children():',
      '        for j in range(len(child)):',
      '            pass',
    );
    expect(await independentOf('a.py', code)).toEqual([]);
  });

  it('does not report a loop over a value computed from the item in the loop body, or a file opened from it', async () => {
    const code = lines(
      'for user in users:',
      '    granted = lookup(user.id)',
      '    for role in granted:',
      '        pass',
      '    other = load_all()',
      '    for thing in other:',
      '        pass',
      'for path in paths:',
      '    with open(path) as fh:',
      '        for line in fh:',
      '            pass',
    );
    expect(await independentOf('a.py', code)).toEqual([scanned(6, 5, 'other', 'users')]);
  });

  it('does not report comprehension clauses that walk nested data, and reports those that cross two collections', async () => {
    const code = lines('cells = [c for row in grid for c in row]', 'pairs = [(a, b) for a in xs for b in ys]');
    expect(await independentOf('a.py', code)).toEqual([scanned(2, 29, 'ys', 'xs')]);
  });

  it('does not report a constant inner loop: a literal range or a display of constants', async () => {
    const code = lines('for x in xs:', '    for k in range(3):', '        pass', '    for name in ("a", "b"):', '        pass');
    expect(await independentOf('a.py', code)).toEqual([]);
  });

  it('does not report a display of up to 8 items written in place, and reports a longer one or one with unpacking', async () => {
    const code = lines(
      'for x in xs:',
      '    for value in (x.low, limit):',
      '        pass',
      '    for value in [first, second, *rest]:',
      '        pass',
      '    for value in [a, b, c, d, e, f, g, h, i]:',
      '        pass',
    );
    expect(await independentOf('a.py', code)).toEqual([
      scanned(4, 5, '[first, second, *rest]', 'xs'),
      scanned(6, 5, '[a, b, c, d, e, f, g, h, i]', 'xs'),
    ]);
  });

  it('does not report a name every binding of which is a display of constants, even one bound after the loop', async () => {
    const code = lines(
      'FIELDS = ["title", "artist", "album", "year", "track", "disc", "genre", "label", "isrc"]',
      'KINDS: tuple[str, ...] = "line", "cell"',
      'MIXED = ("a", "b")',
      'def update(items, columns):',
      '    for item in items:',
      '        for field in FIELDS:',
      '            pass',
      '        for kind in KINDS:',
      '            pass',
      '        for name in MIXED:',
      '            pass',
      '        for column in columns:',
      '            pass',
      '        for ext in LATER:',
      '            pass',
      '        for ext in EXTENSIONS:',
      '            pass',
      'LATER = ("png", "jpg")',
      'MIXED = load()',
      'EXTENSIONS = [ext for ext in TYPES]',
    );
    expect(await independentOf('a.py', code)).toEqual([
      scanned(10, 9, 'MIXED', 'items'),
      scanned(12, 9, 'columns', 'items'),
      scanned(16, 9, 'EXTENSIONS', 'items'),
    ]);
  });

  it('does not report a loop inside one over a fixed collection, and reports it inside one over data', async () => {
    const code = lines(
      'FIELDS = ("artist", "album")',
      'def common(items, rows):',
      '    for encoding in ("ascii", "utf-8"):',
      '        for chunk in items:',
      '            pass',
      '    for attempt in range(3):',
      '        for chunk in items:',
      '            pass',
      '    for field in FIELDS:',
      '        values = [item.get(field) for item in items]',
      '    for row in rows:',
      '        values = [item.get(row) for item in items]',
    );
    expect(await independentOf('a.py', code)).toEqual([scanned(12, 33, 'items', 'rows')]);
  });

  it('reports a while of unknown bound inside a loop at notice, and not one bounded by the item', async () => {
    const code = lines(
      'for job in jobs:',
      '    while busy():',
      '        wait()',
      'for node in nodes:',
      '    while node.parent:',
      '        node = node.parent',
    );
    expect(await independentOf('a.py', code)).toEqual([
      { line: 2, column: 5, severity: 'notice', message: "Loop while 'busy()' runs for every item of 'jobs', and how many passes it makes is not known." },
    ]);
  });

  it('does not report a while that walks a chain of links (node = node.parent), and reports one of unknown bound', async () => {
    const code = lines(
      'for item in items:',
      '    logger = root',
      '    while logger:',
      '        logger = logger.parent',
      '    frame = current',
      '    while frame is not None:',
      '        frame = frame.f_back',
      '    while busy():',
      '        poll()',
      '    cur = start',
      '    while cur:',
      '        cur = next_of(cur)',
    );
    expect(await independentOf('a.py', code)).toEqual([
      { line: 8, column: 5, severity: 'notice', message: "Loop while 'busy()' runs for every item of 'items', and how many passes it makes is not known." },
      { line: 11, column: 5, severity: 'notice', message: "Loop while 'cur' runs for every item of 'items', and how many passes it makes is not known." },
    ]);
  });

  it('treats what a while body assigns as the item of that pass (a queue or stack walk)', async () => {
    const code = lines(
      'while queue:',
      '    node = queue.pop()',
      '    for child in node.children:',
      '        queue.append(child)',
      '    for rule in rules:',
      '        pass',
    );
    expect(await independentOf('a.py', code)).toEqual([
      { line: 5, column: 5, severity: 'notice', message: "'rules' is scanned once for every pass of the loop at line 1." },
    ]);
  });

  it('keeps a severity set in the config over the notice it grades a while at', async () => {
    const code = lines('for job in jobs:', '    while busy():', '        wait()');
    const findings = await reviewSnippet('a.py', code, { [RULE]: { severity: 'error', options: {} } });
    expect(findings.map((finding) => finding.severity)).toEqual(['error']);
  });

  it('carries the depth, the outer line and both iterables in the data, with the suggestion', async () => {
    const [finding] = await reviewSnippet('a.py', lines('for user in users:', '    for role in roles:', '        pass'));
    expect(finding.data).toEqual({ depth: 2, outerLine: 1, inner: 'roles', outer: 'users' });
    expect(finding.suggestion).toBe(PYTHON_SUGGESTION);
  });
});

const PYTHON_SUGGESTION = 'Index the inner collection (a dict or set) once outside the outer loop, so each lookup is O(1).';

describe('nested-loop in TypeScript: only loops over something not reached from the outer item', () => {
  it('reports for-of over another collection, naming both', async () => {
    const code = lines('for (const user of users) {', '  for (const role of roles) {}', '}');
    expect(await independentOf('a.ts', code)).toEqual([scanned(2, 3, 'roles', 'users')]);
  });

  it('does not report a for-of or callback over an array literal of up to 8 elements, and reports one with spread', async () => {
    const code = lines(
      'for (const user of users) {',
      '  for (const key of [user.id, owner]) {}',
      "  ['read', level].forEach((mode) => check(user, mode));",
      '  for (const key of [...keys, owner]) {}',
      '}',
    );
    expect(await independentOf('a.ts', code)).toEqual([scanned(4, 3, '[...keys, owner]', 'users')]);
  });

  it('does not report counts bounded by two properties of one object (a grid walk), and reports the same bound twice', async () => {
    const code = lines(
      'for (let r = 0; r < rect.map.height; r++) {',
      '  for (let c = 0; c < rect.map.width; c++) visit(r, c);',
      '}',
      'for (let i = 0; i < state.tokens.length; i++) {',
      '  for (let j = 0; j < state.tokens.length; j++) compare(i, j);',
      '}',
      'for (let r = 0; r < rows.length; r++) {',
      '  for (let c = 0; c < columns.length; c++) visit(r, c);',
      '}',
    );
    expect(await independentOf('a.ts', code)).toEqual([
      { line: 5, column: 3, severity: 'notice', message: "'j < state.tokens.length' is counted through in full for every step of 'i < state.tokens.length'." },
      { line: 8, column: 3, severity: 'notice', message: "'c < columns.length' is counted through in full for every step of 'r < rows.length'." },
    ]);
  });

  it('does not report a while or C-style for that walks a chain of links, and reports one of unknown bound', async () => {
    const code = lines(
      'for (const child of children) {',
      '  for (let p = prev; p && !isText(p); p = p.children?.at(-1)) p.next = child;',
      '  let el = anchor;',
      '  while (el) el = el.parentNode!;',
      '  while (pending()) step();',
      '  for (let i = 0; i < list.length; i++) use(i);',
      '}',
    );
    expect(await independentOf('a.ts', code)).toEqual([
      { line: 5, column: 3, severity: 'notice', message: "Loop while 'pending()' runs for every item of 'children', and how many passes it makes is not known." },
      { line: 6, column: 3, severity: 'notice', message: "'i < list.length' is counted through in full for every item of 'children'." },
    ]);
  });

  it('does not report for-of, for-in or callbacks that walk the outer item', async () => {
    const code = lines(
      'for (const row of rows) {',
      '  for (const key of Object.keys(row)) {}',
      '  for (const key in row) {}',
      '  const cells = row.cells;',
      '  cells.forEach((cell) => use(cell));',
      '}',
      'orders.forEach((o) => o.items.forEach((item) => use(item)));',
      'groups.forEach(({ members }) => members.map((m) => m.id));',
    );
    expect(await independentOf('a.ts', code)).toEqual([]);
  });

  it('reports callbacks over another collection, and classic loops bounded by another length', async () => {
    const code = lines(
      'users.forEach((user) => roles.filter((role) => role.user === user.id));',
      'for (let i = 0; i < xs.length; i++) {',
      '  for (let j = i + 1; j < xs.length; j++) {}',
      '  for (let k = 0; k < xs[i].length; k++) {}',
      '  for (let c = 0; c < 4; c++) {}',
      '}',
    );
    expect(await independentOf('a.ts', code)).toEqual([
      scanned(1, 31, 'roles', 'users'),
      { line: 3, column: 3, severity: 'notice', message: "'j < xs.length' is counted through in full for every step of 'i < xs.length'." },
    ]);
  });

  it('reports a while of unknown bound at notice', async () => {
    const code = lines('for (const job of jobs) {', '  while (busy()) {}', '  do {} while (node.next);', '}');
    expect(await independentOf('a.ts', code)).toEqual([
      { line: 2, column: 3, severity: 'notice', message: "Loop while 'busy()' runs for every item of 'jobs', and how many passes it makes is not known." },
      { line: 3, column: 3, severity: 'notice', message: "Loop while 'node.next' runs for every item of 'jobs', and how many passes it makes is not known." },
    ]);
  });
});

describe('nested-loop: members of this', () => {
  it('reports a loop over another member inside a loop over a member, and not a walk of the item', async () => {
    const code = lines(
      'class Index {',
      '  build() {',
      '    for (const user of this.users) {',
      '      for (const role of this.roles) {}',
      '      for (const grant of user.grants) {}',
      '    }',
      '  }',
      '}',
    );
    expect(await independentOf('a.ts', code)).toEqual([scanned(4, 7, 'this.roles', 'this.users')]);
  });
});
