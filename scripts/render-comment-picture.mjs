// Renders the pictures of docs/pr-comment.md: one per kind of section of the pull-request comment (the summary
// table, review, a clean section, queries, rollout, migrations) and one inline review comment with its suggested
// change. The markdown is what the comment renderer produces for the sample reports the GFM structure test reads
// (__tests__/render/comment/section-kinds.ts); it is turned into HTML styled like a GitHub comment and
// photographed by headless Chromium, each picture cropped to its content. Run it after a change to the comment:
//   node scripts/render-comment-picture.mjs [--chromium PATH]
// It needs a Chromium (default: `chromium` on PATH, or CHROMIUM=path) and an emoji font (Debian:
// fonts-noto-color-emoji), or the severity icons come out as boxes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { marked } from 'marked';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flag = process.argv.indexOf('--chromium');
const chromium = flag > 0 ? process.argv[flag + 1] : (process.env.CHROMIUM ?? 'chromium');
const images = path.join(root, 'docs', 'images');
const WIDTH = 860;

// GitHub's comment look, approximated: its system font stack, colours, the comment box with its header, and the
// "Suggested change" box GitHub draws around a ```suggestion block.
const css = `
  body { margin: 0; padding: 8px; background: #fff; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
  .comment { width: ${WIDTH}px; border: 1px solid #d0d7de; border-radius: 6px; }
  .header { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; border-radius: 6px 6px 0 0; color: #59636e; }
  .header b { color: #1f2328; }
  .body { padding: 16px; }
  .body > :first-child { margin-top: 0; }
  .body > :last-child { margin-bottom: 0; }
  h2 { font-size: 1.5em; margin: 0 0 16px; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
  h3 { font-size: 1.25em; margin: 24px 0 16px; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
  h4 { font-size: 1em; margin: 24px 0 16px; }
  p, blockquote, table, details, pre { margin: 0 0 16px; }
  blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
  ul { padding-left: 2em; margin: 0 0 16px; }
  li + li, li > ul { margin-top: .25em; }
  a { color: #0969da; text-decoration: none; }
  table { border-collapse: collapse; }
  th, td { padding: 6px 13px; border: 1px solid #d1d9e0; }
  th { font-weight: 600; }
  tr:nth-child(2n) td { background: #f6f8fa; }
  code { font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; background: #818b981f; padding: .2em .4em; border-radius: 6px; }
  pre { background: #f6f8fa; padding: 16px; border-radius: 6px; overflow: auto; }
  pre code { background: none; padding: 0; }
  pre:has(code.language-suggestion) { padding: 0; border: 1px solid #d0d7de; background: #fff; }
  pre:has(code.language-suggestion)::before { content: "Suggested change"; display: block; padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d0d7de; font: 600 12px/1.5 -apple-system, "Segoe UI", "Noto Sans", sans-serif; }
  code.language-suggestion { display: block; padding: 8px 16px; background: #dafbe1; white-space: pre; }
  summary { cursor: pointer; }`;

// GitHub draws a ```mermaid block as a diagram: so does the picture, with the mermaid package the tests use.
const MERMAID = pathToFileURL(path.join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js')).href;
const DRAW_MERMAID = `<script src="${MERMAID}"></script><script>
  for (const code of document.querySelectorAll('pre > code.language-mermaid')) {
    const diagram = document.createElement('div');
    diagram.className = 'mermaid';
    diagram.textContent = code.textContent;
    code.parentElement.replaceWith(diagram);
  }
  mermaid.initialize({ startOnLoad: false, theme: 'default', flowchart: { useMaxWidth: true } });
  window.drawn = mermaid.run({ querySelector: '.mermaid' });
</script>`;

// Inside node_modules, so that the packages the sources import resolve from the bundle as they do from src/.
const cache = path.join(root, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const scratch = mkdtempSync(path.join(cache, 'predator-guard-pictures-'));
try {
  const pictures = await picturesToTake();
  mkdirSync(images, { recursive: true });
  for (const { name, header, markdown } of pictures) {
    const page = path.join(scratch, `${name}.html`);
    writeFileSync(page, pageHtml(header, markdown));
    const output = path.join(images, `${name}.png`);
    shoot(page, output, measuredHeight(page));
    console.log(`Wrote ${path.relative(root, output)} from ${markdown.split('\n').length} lines of markdown.`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** The sample comment split at its section markers, as the renderer wrote it, and one inline review comment. */
async function picturesToTake() {
  const outfile = path.join(scratch, 'section-kinds.mjs');
  await build({
    absWorkingDir: root,
    stdin: {
      contents: [
        "export { everySectionKind, inlineReviewComment } from './__tests__/render/comment/section-kinds.ts';",
        "export { parseCommentSections } from './src/render/comment/comment-sections.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'warning',
  });
  const { everySectionKind, inlineReviewComment, parseCommentSections } = await import(pathToFileURL(outfile).href);
  const body = await everySectionKind();
  const sections = new Map(parseCommentSections(body).map((section) => [section.id, section.content]));
  const section = (id) => {
    const content = sections.get(id);
    if (content === undefined) throw new Error(`the sample comment has no section ${id}`);
    return content;
  };
  const comment = 'github-actions</b> bot commented';
  return [
    { name: 'pr-comment-summary', header: comment, markdown: body.slice(0, body.indexOf('<!-- predator-guard:section=')) },
    { name: 'pr-comment-review', header: comment, markdown: section('review') },
    { name: 'pr-comment-clean', header: comment, markdown: section('review:docs') },
    { name: 'pr-comment-queries', header: comment, markdown: section('queries') },
    { name: 'pr-comment-rollout', header: comment, markdown: section('rollout') },
    { name: 'pr-comment-migrations', header: comment, markdown: section('migrations') },
    { name: 'pr-review-comment', header: 'github-actions</b> bot reviewed <b>db/migrations/002_due.sql</b> line 1', markdown: await inlineReviewComment() },
  ];
}

function pageHtml(header, markdown) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>
<div class="comment"><div class="header"><b>${header}</div><div class="body">${marked.parse(markdown, { gfm: true })}</div></div>${DRAW_MERMAID}</body></html>`;
}

/** The comment box's height: the page, with all its <details> closed as GitHub shows them, dumped after a script measured it. */
function measuredHeight(page) {
  const measuring = `${page}.measure.html`;
  const html = readFileSync(page, 'utf8').replace(
    '</body>',
    '<script>window.drawn.then(() => { document.title = String(Math.ceil(document.querySelector(".comment").getBoundingClientRect().bottom) + 8); });</script></body>',
  );
  writeFileSync(measuring, html);
  const dom = execFileSync(chromium, [...chromiumFlags(), '--window-size=900,4000', '--virtual-time-budget=10000', '--dump-dom', `file://${measuring}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const height = Number(/<title>(\d+)<\/title>/.exec(dom)?.[1]);
  if (!Number.isInteger(height) || height <= 0) throw new Error(`could not measure ${path.basename(page)}`);
  return height;
}

function shoot(page, output, height) {
  execFileSync(chromium, [...chromiumFlags(), '--hide-scrollbars', '--virtual-time-budget=10000', `--window-size=${WIDTH + 18},${height}`, `--screenshot=${output}`, `file://${page}`], { stdio: ['ignore', 'ignore', 'pipe'] });
}

function chromiumFlags() {
  return ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${path.join(scratch, 'profile')}`, '--force-device-scale-factor=1'];
}
