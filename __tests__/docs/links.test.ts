import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Moving the README's sections into docs/ pages moved their anchors: every relative link of the README and the docs
 * pages must name a file that exists and, with a `#fragment`, a heading of that file (GitHub's slugs).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const pages = ['README.md', 'CONTRIBUTING.md', ...readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)].filter(
  (page) => existsSync(path.join(root, page)),
);

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2, … */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const slugs = new Set<string>();
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const opener = /^(`{3,})/.exec(line)?.[1];
    if (opener && fence === undefined) fence = opener;
    else if (opener && line.trim() === fence) fence = undefined;
    const heading = fence === undefined ? /^#{1,6} (.*)$/.exec(line)?.[1] : undefined;
    if (heading === undefined) continue;
    const base = heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    slugs.add(count === 0 ? base : `${base}-${count}`);
  }
  return slugs;
}

/** Relative links outside code: `[text](target)`, images included. */
function links(markdown: string): string[] {
  const prose = markdown.replace(/^(`{3,})[\s\S]*?^\1\s*$/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]).filter((target) => !/^[a-z]+:/.test(target));
}

it.each(pages)('%s links only to files and headings that exist', (page) => {
  const broken = links(readFileSync(path.join(root, page), 'utf8')).filter((target) => {
    const [file, fragment] = target.split('#');
    const resolved = file === '' ? path.join(root, page) : path.join(root, path.dirname(page), file);
    if (!existsSync(resolved)) return true;
    return fragment !== undefined && resolved.endsWith('.md') && !anchors(readFileSync(resolved, 'utf8')).has(fragment);
  });
  expect(broken).toEqual([]);
});
