import { findingsOf, lines, rangesOf, reviewSnippet } from '../../helpers/review-snippet.js';

const RULE = 'linear-lookup-in-loop';

function lookup(line: number, column: number, collection: string) {
  return { line, column, message: `Linear search of '${collection}' inside a loop: O(n) per iteration.` };
}

async function lookupsOf(file: string, text: string) {
  return findingsOf(await reviewSnippet(file, text), RULE);
}

describe('linear-lookup-in-loop in Python', () => {
  it('reports in and not in against a list in a loop body, from the operator to the end of the comparison', async () => {
    const findings = await reviewSnippet(
      'a.py',
      lines(
        'def active(users, banned_ids):',
        '    admin_ids = [*root_ids, 2, 3]',
        '    if 7 in admin_ids:',
        '        pass',
        '    for user in users:',
        '        if user.id in admin_ids or user.id not in admin_ids:',
        '            yield user',
      ),
    );
    expect(rangesOf(findings, RULE)).toEqual([
      { ...lookup(6, 20, 'admin_ids'), endLine: 6 },
      { ...lookup(6, 44, 'admin_ids'), endLine: 6 },
    ]);
    expect(findings.find((finding) => finding.rule === RULE)).toMatchObject({
      endColumn: 32,
      severity: 'notice',
      category: 'performance',
      data: { loopLine: 5 },
      suggestion: 'Build a set once before the loop and test membership against it.',
    });
  });

  it('reports only lists: not tuples, sets, dicts, strings, ranges or names of unknown type', async () => {
    const code = lines(
      'def classify(rows, known):',
      '    listed = [r.id for r in rows]',
      '    copied = list(known)',
      "    vowels = 'aeiou'",
      '    pair = (1, 2)',
      '    unique = {1, 2}',
      "    by_id = {1: 'a'}",
      '    window = range(10)',
      '    for row in rows:',
      '        hits = [row in listed, row in copied, row in vowels, row in pair, row in unique]',
      '        more = [row in by_id, row in window, row in known, row in [*one, 2], row in (3, 4)]',
    );
    expect(await lookupsOf('a.py', code)).toEqual([
      lookup(10, 21, 'listed'),
      lookup(10, 36, 'copied'),
      lookup(11, 64, '[*one, 2]'),
    ]);
  });

  it('reports .index() and .count() on a list, at the method name, but not on a string', async () => {
    const code = lines(
      'def positions(words, order: list[str]):',
      "    text = 'a b c'",
      '    for word in words:',
      '        place = order.index(word)',
      '        seen = [w.lower() for w in words].count(word)',
      '        found = text.count(word) + text.index(word)',
    );
    expect(await lookupsOf('a.py', code)).toEqual([
      lookup(4, 23, 'order'),
      lookup(5, 43, '[w.lower() for w in words]'),
    ]);
  });

  it('takes list annotations on parameters and assignments, not other annotations', async () => {
    const code = lines(
      'import typing',
      'def check(items, a: list[int], b: List[str], c: typing.List[int] = None, d: set[int] = None, *rest: list):',
      '    e: list = load()',
      '    f: Sequence[int] = load()',
      '    for item in items:',
      '        flags = [item in a, item in b, item in c, item in d, item in e, item in f, item in rest]',
    );
    expect(await lookupsOf('a.py', code)).toEqual([
      lookup(6, 23, 'a'),
      lookup(6, 34, 'b'),
      lookup(6, 45, 'c'),
      lookup(6, 67, 'e'),
    ]);
  });

  it('resolves a name in its scope: a module list seen from a function, unless any binding there is not a list', async () => {
    const code = lines(
      "ALLOWED = [*READ, 'write']",
      "SHADOWED = [*A]",
      'def audit(events):',
      "    SHADOWED = ('a',)",
      '    seen = []',
      '    for event in events:',
      '        if event.kind in ALLOWED and event.kind in SHADOWED and event in seen:',
      '            pass',
      '        seen = set(seen)',
      '    for ALLOWED in events:',
      '        pass',
      'def report(events):',
      '    for event in events:',
      '        if event.kind in ALLOWED:',
      '            pass',
      'class Policy:',
      "    modes = [R]",
      '    def check(self, mode, modes):',
      '        for m in modes:',
      '            if m in modes:',
      '                pass',
    );
    expect(await lookupsOf('a.py', code)).toEqual([lookup(14, 23, 'ALLOWED')]);
  });

  it('counts comprehension conditions and while conditions, not the iterable of a for, nor a def in the loop', async () => {
    const code = lines(
      'def select(users, admin_ids: list[int]):',
      '    admins = [u for u in users if u.id in admin_ids]',
      '    for u in (users if 0 in admin_ids else []):',
      '        def is_admin(user):',
      '            return user.id in admin_ids',
      '    while users.pop() in admin_ids:',
      '        pass',
    );
    expect(await lookupsOf('a.py', code)).toEqual([lookup(2, 40, 'admin_ids'), lookup(6, 23, 'admin_ids')]);
  });

  it('reports each membership test of a chained comparison, and shortens a long collection to 30 characters', async () => {
    const code = lines(
      'for item in items:',
      '    ok = 0 in [*first_value, second_value, third_value] in [*zeros]',
    );
    expect(await lookupsOf('a.py', code)).toEqual([
      lookup(2, 12, '[*first_value, second_value, t…'),
      lookup(2, 57, '[*zeros]'),
    ]);
  });
});

describe('linear-lookup-in-loop in TypeScript and JavaScript', () => {
  it('reports includes, indexOf and lastIndexOf on an array in a loop, from the method name to the end of the call', async () => {
    const findings = await reviewSnippet(
      'a.ts',
      lines(
        "const adminIds = [...u1, 'u2'];",
        "const ready = adminIds.includes('u3');",
        'for (const user of users) {',
        '  if (adminIds.includes(user.id) || adminIds.indexOf(user.id) > 0 || adminIds.lastIndexOf(user.id) > 0) {',
        '    grant(user);',
        '  }',
        '}',
      ),
    );
    expect(rangesOf(findings, RULE)).toEqual([
      { ...lookup(4, 16, 'adminIds'), endLine: 4 },
      { ...lookup(4, 46, 'adminIds'), endLine: 4 },
      { ...lookup(4, 79, 'adminIds'), endLine: 4 },
    ]);
    expect(findings.find((finding) => finding.rule === RULE)).toMatchObject({
      endColumn: 33,
      data: { loopLine: 3 },
      suggestion: 'Build a Set once before the loop and use set.has(value).',
    });
  });

  it('reports only demonstrable arrays: not strings, sets or names of unknown type', async () => {
    const code = lines(
      'function match(rows: Row[], known, names: Set<string>) {',
      "  const vowels = 'aeiou';",
      "  const title = 'Mr Ms'.slice(0, 3);",
      '  const ids = rows.map((row) => row.id);',
      '  for (const row of rows) {',
      '    use(vowels.includes(row.x), title.indexOf(row.x), known.includes(row.x), names.has(row.x));',
      "    use('abc'.includes(row.x), ids.includes(row.x), [...one, 2].includes(row.n));",
      '  }',
      '}',
    );
    expect(await lookupsOf('a.ts', code)).toEqual([lookup(7, 36, 'ids'), lookup(7, 65, '[...one, 2]')]);
  });

  it('recognises arrays by how they are built and by their declared type', async () => {
    const code = lines(
      'function check(items: Item[], typed: number[], generic: Array<number>, frozen: ReadonlyArray<number>, fixed: readonly number[], ...rest) {',
      '  const a = Array.from(items);',
      '  const b = new Array(3);',
      '  const c = Array.of(1, 2);',
      '  const d = items.filter((item) => item.ok);',
      '  const e = Object.keys(lookup);',
      '  const f = [...items];',
      '  const g: number[] = load();',
      '  const h = items.slice(1).concat(more).flat();',
      '  const i = (load() as string[]);',
      '  for (const item of items) {',
      '    use(a.includes(item), b.includes(item), c.includes(item), d.includes(item), e.includes(item));',
      '    use(f.includes(item), g.includes(item), h.includes(item), i.includes(item), rest.includes(item));',
      '    use(typed.includes(1), generic.includes(1), frozen.includes(1), fixed.includes(1));',
      '  }',
      '}',
    );
    expect(await lookupsOf('a.ts', code)).toEqual([
      lookup(12, 11, 'a'),
      lookup(12, 29, 'b'),
      lookup(12, 47, 'c'),
      lookup(12, 65, 'd'),
      lookup(12, 83, 'e'),
      lookup(13, 11, 'f'),
      lookup(13, 29, 'g'),
      lookup(13, 47, 'h'),
      lookup(13, 65, 'i'),
      lookup(13, 86, 'rest'),
      lookup(14, 15, 'typed'),
      lookup(14, 36, 'generic'),
      lookup(14, 56, 'frozen'),
      lookup(14, 75, 'fixed'),
    ]);
  });

  it('does not report a name that is also bound to something else, even later, or shadowed in an inner function', async () => {
    const code = lines(
      "let allowed = [...A];",
      "const roles = [...ADMIN];",
      'export function filter(users) {',
      '  for (const user of users) {',
      '    if (allowed.includes(user.role) || roles.includes(user.role)) keep(user);',
      '  }',
      '  return users.map((roles) => {',
      '    for (const user of users) roles.includes(user);',
      '  });',
      '}',
      "allowed = 'a,b';",
    );
    expect(await lookupsOf('a.js', code)).toEqual([lookup(5, 46, 'roles')]);
  });

  it('counts inline iteration callbacks as loops, but not functions defined in a loop or a for-of iterable', async () => {
    const code = lines(
      "const staff = [...ann, 'bob'];",
      'const visible = users.filter((user) => staff.includes(user.name));',
      'for (const user of staff.includes(me) ? users : []) {',
      '  const isStaff = (name: string) => staff.includes(name);',
      '  notify(user, isStaff);',
      '}',
    );
    expect(await lookupsOf('a.ts', code)).toEqual([lookup(2, 46, 'staff')]);
  });
});

describe('linear-lookup-in-loop: only lists that can be long', () => {
  it('does not report literal displays of 1 to 8 items without unpacking, written in place or bound to a name', async () => {
    const code = lines(
      'HOP_BY_HOP = ["connection", "keep-alive", "te"]',
      'LIMITS = [1, -2, 3.5, True, None, "a" "b", "c", "d"]',
      'def copy(headers, names):',
      '    seen = []',
      '    for name in names:',
      '        if name not in ["extensions", "stream"] or name in [None, []]:',
      '            pass',
      '        if name in HOP_BY_HOP or name in LIMITS or name in [Action.BAD, Action.SKIP]:',
      '            pass',
      '        if name in [f"{name}-x", name.upper()]:',
      '            pass',
      '        if name in [1, 2, 3, 4, 5, 6, 7, 8, 9]:',
      '            pass',
      '        if name in [*headers, "y"] or name in seen:',
      '            seen.append(name)',
    );
    expect(await lookupsOf('a.py', code)).toEqual([
      lookup(12, 17, '[1, 2, 3, 4, 5, 6, 7, 8, 9]'),
      lookup(14, 17, '[*headers, "y"]'),
      lookup(14, 44, 'seen'),
    ]);
  });

  it('does not report short arrays in TypeScript, in place or bound to a name, but reports an empty one filled in the loop', async () => {
    const code = lines(
      "const HOP = ['connection', METHOD_ALL];",
      'const seen = [];',
      'for (const h of headers) {',
      "  if (['connection', 'keep-alive', `te`, 1, -1, true, false, null].includes(h)) continue;",
      '  if (HOP.includes(h)) continue;',
      "  if ([h.toLowerCase(), 'x'].includes(h)) continue;",
      '  if ([1, 2, 3, 4, 5, 6, 7, 8, 9].includes(h)) continue;',
      "  if ([...HOP, 'x'].includes(h) || seen.includes(h)) continue;",
      '  seen.push(h);',
      '}',
    );
    expect(await lookupsOf('a.ts', code)).toEqual([
      lookup(7, 35, '[1, 2, 3, 4, 5, 6, 7, 8, 9]'),
      lookup(8, 21, "[...HOP, 'x']"),
      lookup(8, 41, 'seen'),
    ]);
  });

  it('does not treat .slice() or .concat() of something not proven an array as an array', async () => {
    const code = lines(
      'function scan(text: string, rows: Row[], items: Item[]) {',
      '  const head = text.slice(0, 10);',
      '  const joined = prefix.concat(suffix);',
      '  const copy = items.filter(Boolean).slice();',
      '  const more = [...items].concat(extra);',
      '  for (const row of rows) {',
      '    head.includes(row.x);',
      '    joined.indexOf(row.x);',
      '    copy.includes(row.item);',
      '    more.includes(row.item);',
      '    text.slice(1).includes(row.x);',
      '  }',
      '}',
    );
    expect(await lookupsOf('a.ts', code)).toEqual([lookup(9, 10, 'copy'), lookup(10, 10, 'more')]);
  });
});
