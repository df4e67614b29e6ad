import { findingsOf, lines, rangesOf, reviewSnippet } from '../../helpers/review-snippet.js';

const RULE = 'await-in-loop';
const MESSAGE = "'await' inside a loop runs the iterations one after another.";

function awaited(line: number, column: number) {
  return { line, column, message: MESSAGE };
}

async function awaitsOf(file: string, text: string) {
  return findingsOf(await reviewSnippet(file, text), RULE);
}

describe('await-in-loop in Python', () => {
  it('reports an await in a for body at its keyword, covering the await expression, with the loop line', async () => {
    const findings = await reviewSnippet(
      'a.py',
      lines(
        'async def sync_all(users):',
        '    await connect()',
        '    for user in users:',
        '        await save(',
        '            user,',
        '        )',
      ),
    );
    expect(rangesOf(findings, RULE)).toEqual([{ ...awaited(4, 9), endLine: 6 }]);
    const [finding] = findings.filter((candidate) => candidate.rule === RULE);
    expect(finding).toMatchObject({
      severity: 'notice',
      category: 'performance',
      endColumn: 10,
      data: { loopLine: 3 },
      suggestion: 'Gather independent operations with asyncio.gather (or a TaskGroup) instead of awaiting one at a time.',
    });
  });

  it("does not report a while loop (a stream, a queue, a poll), nor a for's iterable or else branch, which run once", async () => {
    const code = lines(
      'async def drain(queue):',
      '    while await queue.has_more():',
      '        item = await queue.get()',
      '    for page in await fetch_pages():',
      '        pass',
      '    else:',
      '        await queue.close()',
    );
    expect(await awaitsOf('a.py', code)).toEqual([]);
  });

  it('reports each await once, against the innermost loop', async () => {
    const findings = await reviewSnippet(
      'a.py',
      lines(
        'async def copy(buckets):',
        '    for bucket in buckets:',
        '        for key in bucket.keys:',
        '            await upload(await download(key))',
      ),
    );
    expect(findingsOf(findings, RULE)).toEqual([awaited(4, 13), awaited(4, 26)]);
    expect(findings.filter((finding) => finding.rule === RULE).map((finding) => finding.data)).toEqual([
      { loopLine: 3 },
      { loopLine: 3 },
    ]);
  });

  it('leaves the awaits an async for repeats directly, but reports a loop inside its body', async () => {
    const code = lines(
      'async def consume(stream):',
      '    async for batch in stream:',
      '        await ack(batch)',
      '        for message in batch:',
      '            await handle(message)',
    );
    expect(await awaitsOf('a.py', code)).toEqual([awaited(5, 13)]);
  });

  it('reports an await in a comprehension clause, but not in an async comprehension or its first iterable', async () => {
    const code = lines(
      'async def load(urls, stream):',
      '    pages = [await fetch(url) for url in urls if await allowed(url)]',
      '    items = [await parse(item) async for item in stream]',
      '    firsts = [url for url in await pending()]',
    );
    expect(await awaitsOf('a.py', code)).toEqual([awaited(2, 14), awaited(2, 50)]);
  });

  it('starts again inside a def or class defined in the loop, whose body runs when called', async () => {
    const code = lines(
      'async def schedule(jobs):',
      '    for job in jobs:',
      '        async def run():',
      '            await job.start()',
      '        class Runner:',
      '            async def go(self):',
      '                await job.start()',
      '        await register(job, run)',
    );
    expect(await awaitsOf('a.py', code)).toEqual([awaited(8, 9)]);
  });
});

describe('await-in-loop in TypeScript and JavaScript', () => {
  it('reports for-of and for-in over a collection, not a cursor carried by a C-style for, nor while or do-while', async () => {
    const findings = await reviewSnippet(
      'a.ts',
      lines(
        'async function sync(users: User[], tables: Record<string, Table>) {',
        '  for (const user of users) await save(user);',
        '  for (const name in tables) {',
        '    await tables[name].flush();',
        '  }',
        '  for (let page = 0; await hasPage(page); page = await next(page)) render(await load(page));',
        '  while (await queue.pending()) await queue.pop();',
        '  do {',
        '    await tick();',
        '  } while (await busy());',
        '}',
      ),
    );
    expect(findingsOf(findings, RULE)).toEqual([awaited(2, 29), awaited(4, 5)]);
    expect(findings.find((finding) => finding.rule === RULE)).toMatchObject({
      data: { loopLine: 2 },
      suggestion: 'Start the operations first and await them together with Promise.all (or a bounded pool) when they are independent.',
    });
  });

  it('does not report what runs once: a C-style initializer, a for-of iterable, code before the loop', async () => {
    const code = lines(
      'async function page(ids) {',
      '  await open();',
      '  for (let cursor = await first(); cursor; cursor = cursor.next) use(cursor);',
      '  for (const id of await list(ids)) {',
      '    await fetch(id);',
      '  }',
      '}',
    );
    expect(await awaitsOf('a.js', code)).toEqual([awaited(5, 5)]);
  });

  it('starts again inside callbacks and functions defined in the loop, even an async callback passed to forEach', async () => {
    const code = lines(
      'async function notify(groups: Group[]) {',
      '  for (const group of groups) {',
      '    group.members.forEach(async (member) => {',
      '      await send(member);',
      '    });',
      '    await save(group.members.map(async (member) => await send(member)));',
      '    const retry = async () => {',
      '      await send(group.owner);',
      '    };',
      '  }',
      '}',
    );
    expect(await awaitsOf('a.ts', code)).toEqual([awaited(6, 5)]);
  });

  it('leaves the awaits a for await repeats directly, but reports a loop inside it and an iterable repeated by an outer loop', async () => {
    const code = lines(
      'async function consume(sources: Source[]) {',
      '  for (const source of sources) {',
      '    for await (const batch of await source.open()) {',
      '      await ack(batch);',
      '      for (const message of batch) await handle(message);',
      '    }',
      '  }',
      '}',
    );
    expect(await awaitsOf('a.ts', code)).toEqual([awaited(3, 31), awaited(5, 36)]);
  });

  it('reports a loop at the top level of a module, where await needs no async function', async () => {
    const code = lines('const config = await loadConfig();', 'for (const url of config.urls) {', '  await warm(url);', '}');
    expect(await awaitsOf('a.mjs', code)).toEqual([awaited(3, 3)]);
  });
});

describe('await-in-loop: awaits that must run in order are not reported (Python)', () => {
  it('does not report a while True reading a stream or a queue', async () => {
    const code = lines(
      'async def pump(ws, reader, queue):',
      '    while True:',
      '        message = await ws.receive()',
      '        data = await reader.read(1024)',
      '        job = await queue.get()',
      '        await handle(job, message, data)',
    );
    expect(await awaitsOf('a.py', code)).toEqual([]);
  });

  it('does not report a value carried between iterations: a cursor, an accumulator, a middleware chain', async () => {
    const code = lines(
      'async def walk(days, items, chain, request):',
      '    cursor = None',
      '    for day in days:',
      '        cursor = await fetch(day, cursor)',
      '    total = 0',
      '    for item in items:',
      '        total = await add(total, item)',
      '    for middleware in chain:',
      '        request = await middleware(request)',
      '    for item in items:',
      '        reply = await post(item, token)',
      '        token = reply.next_token',
    );
    expect(await awaitsOf('a.py', code)).toEqual([]);
  });

  it('does not report a retry that returns on success and sleeps on failure, nor a loop that breaks on the result', async () => {
    const code = lines(
      'async def call_with_retry(attempts):',
      '    for attempt in range(attempts):',
      '        try:',
      '            return await call(attempt)',
      '        except TimeoutError:',
      '            await asyncio.sleep(2 ** attempt)',
      '',
      'async def first_mirror(mirrors):',
      '    for url in mirrors:',
      '        response = await fetch(url)',
      '        if response.ok:',
      '            break',
    );
    expect(await awaitsOf('a.py', code)).toEqual([]);
  });

  it('does not report ordered I/O on one writer, but reports one writer per item', async () => {
    const code = lines(
      'async def send_all(writer, ws, chunks, connections, message):',
      '    for chunk in chunks:',
      '        writer.write(chunk)',
      '        await writer.drain()',
      '        await ws.send(chunk)',
      '        await session.commit()',
      '    for connection in connections:',
      '        await connection.send(message)',
    );
    expect(await awaitsOf('a.py', code)).toEqual([awaited(8, 9)]);
  });

  it('does not report an await that does not read the item: a pause, a lock', async () => {
    const code = lines('async def tick(items, lock):', '    for item in items:', '        await lock.acquire()', '        await asyncio.sleep(0)', '        use(item)');
    expect(await awaitsOf('a.py', code)).toEqual([]);
  });

  it('reports independent per-item awaits, and a break or return before the await does not hide them', async () => {
    const code = lines(
      'async def load(ids):',
      '    for user_id in ids:',
      '        if user_id is None:',
      '            break',
      '        user = await get_user(user_id)',
      '        await save(user)',
    );
    expect(await awaitsOf('a.py', code)).toEqual([awaited(5, 16), awaited(6, 9)]);
  });
});

describe('await-in-loop: awaits that must run in order are not reported (TypeScript)', () => {
  it('does not report a carried cursor, a break on the result, a return or ordered writes', async () => {
    const code = lines(
      'async function run(pages: number[], mirrors: string[], chunks: Buffer[], socket: Socket) {',
      '  let cursor: string | undefined;',
      '  for (const page of pages) {',
      '    cursor = (await list(page, cursor)).next;',
      '  }',
      '  for (const url of mirrors) {',
      '    const response = await fetch(url);',
      '    if (response.ok) break;',
      '  }',
      '  for (const chunk of chunks) {',
      '    await socket.write(chunk);',
      '  }',
      '  for (const url of mirrors) {',
      '    if (await exists(url)) return url;',
      '  }',
      '}',
    );
    expect(await awaitsOf('a.ts', code)).toEqual([]);
  });

  it('reports per-item awaits even when a switch inside the loop breaks', async () => {
    const code = lines(
      'async function run(jobs: Job[]) {',
      '  for (const job of jobs) {',
      '    const result = await execute(job);',
      '    switch (result.kind) {',
      '      case "done":',
      '        break;',
      '    }',
      '  }',
      '}',
    );
    expect(await awaitsOf('a.ts', code)).toEqual([awaited(3, 20)]);
  });
});

describe('await-in-loop: statements of one transaction', () => {
  it('does not report a call that passes a transaction, and reports the same call without one', async () => {
    const code = lines(
      'async function sync(groups: Group[], transaction: Transaction, trx: Knex) {',
      '  for (const group of groups) {',
      '    await Group.update({ name: group.name }, { where: { id: group.id }, transaction });',
      '    await db.insert(group, trx);',
      '    await Group.update({ name: group.name }, { where: { id: group.id } });',
      '  }',
      '}',
    );
    expect(await awaitsOf('a.ts', code)).toEqual([awaited(5, 5)]);
  });

  it('does not report a Python call that passes a transaction', async () => {
    const code = lines('async def sync(groups, tx):', '    for group in groups:', '        await save(group, transaction=tx)', '        await save(group)');
    expect(await awaitsOf('a.py', code)).toEqual([awaited(4, 9)]);
  });

  it('does not report a batch awaited with Promise.all or Promise.allSettled per pass, and reports a single call per item', async () => {
    const code = lines(
      'async function run(batches: Request[][]) {',
      '  for (const batch of batches) {',
      '    await Promise.all(batch.map((request) => dispatch(request)));',
      '    await Promise.allSettled(batch.map(send));',
      '    await dispatch(batch);',
      '    await Promise.race(batch.map(send));',
      '  }',
      '}',
    );
    expect(await awaitsOf('a.ts', code)).toEqual([awaited(5, 5), awaited(6, 5)]);
  });

  it('does not report a batch awaited with asyncio.gather or asyncio.wait per pass, and reports a single call per item', async () => {
    const code = lines(
      'async def run(batches):',
      '    for batch in batches:',
      '        await asyncio.gather(*(fetch(url) for url in batch))',
      '        await asyncio.wait([fetch(url) for url in batch])',
      '        await fetch(batch)',
    );
    expect(await awaitsOf('a.py', code)).toEqual([awaited(5, 9)]);
  });
});
