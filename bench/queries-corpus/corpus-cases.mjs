// The schema + queries cases of one corpus of corpus.json: sqlc's pairs (each sqlc.json/sqlc.yaml under its case
// roots) or an application's one schema and its query files, rendered first where the application fills templates
// in at run time (listmonk's %order%, river's schema prefix), as the application's own code does with its defaults.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/** The cases of a corpus checked out at `checkout`; `scratch` is a folder the rendered copies may go to. */
export function corpusCases(corpus, checkout, scratch) {
  if (corpus.kind === 'sqlc-pairs') return sqlcCases(corpus, checkout);
  return [applicationCase(corpus, checkout, scratch)];
}

function sqlcCases(corpus, checkout) {
  const cases = [];
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const absolute = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(absolute);
      else if (/^sqlc\.(json|ya?ml)$/.test(entry.name)) cases.push(...casesOf(checkout, absolute));
    }
  };
  for (const caseRoot of corpus.caseRoots) if (existsSync(path.join(checkout, caseRoot))) walk(path.join(checkout, caseRoot));
  return cases.sort((a, b) => a.name.localeCompare(b.name));
}

function casesOf(checkout, configFile) {
  let config;
  try {
    config = YAML.parse(readFileSync(configFile, 'utf8'));
  } catch {
    return [];
  }
  const directory = path.dirname(configFile);
  // sqlc v1 lists `packages` (engine postgresql unless named), v2 lists `sql`.
  const entries = [...(config?.packages ?? []).map((entry) => ({ engine: 'postgresql', ...entry })), ...(config?.sql ?? [])];
  return entries
    .filter((entry) => entry.engine === 'postgresql' && entry.schema && entry.queries)
    .map((entry, index, all) => ({
      name: path.relative(checkout, directory) + (all.length > 1 ? `#${index + 1}` : ''),
      directory,
      schema: sqlFiles(directory, entry.schema),
      queries: sqlFiles(directory, entry.queries),
    }))
    .filter((entry) => entry.schema.length > 0 && entry.queries.length > 0);
}

/** A path or list of paths, each a file or a folder of .sql files (the .down.sql of migrations left out, as sqlc does). */
function sqlFiles(directory, given) {
  const files = [];
  for (const entry of Array.isArray(given) ? given : [given]) {
    const absolute = path.resolve(directory, entry);
    if (!existsSync(absolute)) continue;
    if (statSync(absolute).isFile()) files.push(absolute);
    else files.push(...readdirSync(absolute).filter((name) => name.endsWith('.sql') && !name.endsWith('.down.sql')).sort().map((name) => path.join(absolute, name)));
  }
  return files.map((file) => path.relative(directory, file).split(path.sep).join('/'));
}

/** `dir/*.sql` or a file or a folder, relative to the checkout, as the files' relative paths. */
function expand(checkout, patterns) {
  return patterns.flatMap((pattern) => {
    const star = /^(.*)\/\*\.sql$/.exec(pattern);
    if (!star) return sqlFiles(checkout, pattern);
    return readdirSync(path.join(checkout, star[1])).filter((name) => name.endsWith('.sql')).sort().map((name) => `${star[1]}/${name}`);
  });
}

function applicationCase(corpus, checkout, scratch) {
  const schema = expand(checkout, corpus.schema);
  const queries = expand(checkout, corpus.queries);
  if (!corpus.render) return { name: corpus.name, directory: checkout, schema, queries };
  // Rendered copies keep every line where it was, so file:line in the findings is the checkout's.
  const directory = path.join(scratch, corpus.name);
  for (const file of [...schema, ...queries]) {
    const text = readFileSync(path.join(checkout, file), 'utf8');
    mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    writeFileSync(path.join(directory, file), renderFile(file, text, corpus.render, checkout, queries));
  }
  return { name: corpus.name, directory, schema, queries };
}

/** goyesql's blocks: each `-- name:` comment starts one, which runs to the next (the text before the first is kept as it is). */
function namedBlocks(text) {
  const lines = text.split('\n');
  const blocks = [{ name: undefined, lines: [] }];
  for (const line of lines) {
    const name = /^--\s*name:\s*(\S+)/.exec(line)?.[1];
    if (name) blocks.push({ name, lines: [] });
    blocks.at(-1).lines.push(line);
  }
  return blocks;
}

/** One block with the replacements that apply to it, ended with `;` (goyesql needs none; a SQL file does). */
function renderBlock(file, block, render, templates) {
  let text = block.lines.join('\n');
  for (const rule of render.replace) {
    if (rule.files && !rule.files.includes(file)) continue;
    if (rule.names && !rule.names.includes(block.name)) continue;
    const to = rule.toStatement ? templates(rule.toStatement) : rule.to;
    text = text.replaceAll(rule.from, to);
  }
  if (!block.name) return text;
  const lines = text.split('\n');
  const last = lines.findLastIndex((line) => line.trim() !== '' && !line.trim().startsWith('--'));
  if (last >= 0 && !lines[last].trimEnd().endsWith(';')) lines[last] = `${lines[last].trimEnd()};`;
  return lines.join('\n');
}

function renderFile(file, text, render, checkout, queries) {
  // A statement pasted into another (listmonk's subscriber query template) goes in on one line, comments out.
  const templates = (name) => {
    for (const other of queries) {
      const block = namedBlocks(readFileSync(path.join(checkout, other), 'utf8')).find((candidate) => candidate.name === name);
      if (block) return renderBlock(other, block, render, templates).split('\n').map((line) => line.replace(/--.*$/, '')).join(' ').replace(/\s+/g, ' ').replace(/;\s*$/, '').trim();
    }
    throw new Error(`render: no statement named ${name}`);
  };
  if (render.format !== 'goyesql') return renderBlock(file, { lines: [text] }, render, templates);
  return namedBlocks(text).map((block) => renderBlock(file, block, render, templates)).join('\n');
}

/** The `-- name:` (sqlc's or goyesql's) of the statement at `line` of a file: the last one at or before it. */
export function statementNameAt(text, line) {
  const lines = text.split('\n').slice(0, line);
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const name = /^--\s*name:\s*([^\s:]+)/.exec(lines[index])?.[1];
    if (name) return name;
  }
  return undefined;
}
