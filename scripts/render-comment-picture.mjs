// Renders docs/images/pr-comment.png: the pull-request comment the action writes for the quick start's sample
// project. The built CLI reviews the sample (`--format json`, the report the action publishes), the comment renderer
// (src/render/comment/, bundled here from the sources) writes that report's review section into a new comment, and
// headless Chromium photographs the markdown turned into HTML styled like a GitHub comment. Run it after a change to
// the comment's format:
//   node scripts/render-comment-picture.mjs [--chromium PATH] [--dist DIR]
// It needs the built dist/ (or a build in DIR, as `node scripts/build.mjs --outdir` makes one), a Chromium (default:
// `chromium` on PATH, or CHROMIUM=path) and an emoji font (Debian: fonts-noto-color-emoji), or the severity icons
// come out as boxes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { marked } from 'marked';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flag = process.argv.indexOf('--chromium');
const chromium = flag > 0 ? process.argv[flag + 1] : (process.env.CHROMIUM ?? 'chromium');
const output = path.join(root, 'docs', 'images', 'pr-comment.png');
const distFlag = process.argv.indexOf('--dist');
const dist = distFlag > 0 ? path.resolve(process.argv[distFlag + 1]) : path.join(root, 'dist');

// A made-up pull request on the sample project, as in docs/pr-comment.md.
const HEAD_SHA = '3f9c2e1a7b5d4c6e8f0a1b2c3d4e5f6a7b8c9d0e';
const LINK_BASE = `https://github.com/octo/shop/blob/${HEAD_SHA}/`;
const DOCS_BASE = 'https://github.com/predator-guard/predator-guard/blob/v1/docs/rules/';

const sample = path.join(root, '__tests__', 'fixtures', 'sample-project');
let reportJson;
try {
  reportJson = execFileSync(process.execPath, [path.join(dist, 'cli.js'), 'review', '--format', 'json'], { cwd: sample, encoding: 'utf8' });
} catch (error) {
  // Exit 1 is the gate failing on the sample's syntax error: the report is still the output.
  if (error.status !== 1) throw error;
  reportJson = error.stdout;
}

const scratch = mkdtempSync(path.join(tmpdir(), 'predator-guard-picture-'));
try {
  // The renderer from the sources, so the picture shows the comment these sources write.
  const renderer = path.join(scratch, 'comment-body.mjs');
  await build({
    stdin: { contents: "export { commentBody } from './src/render/comment/comment-body.ts';", resolveDir: root, loader: 'ts' },
    outfile: renderer,
    bundle: true,
    format: 'esm',
    platform: 'node',
    // Bundled CommonJS dependencies call require(), as in scripts/build.mjs.
    banner: { js: 'import { createRequire as __pgCreateRequire } from "node:module"; const require = __pgCreateRequire(import.meta.url);' },
    logLevel: 'warning',
  });
  const { commentBody } = await import(pathToFileURL(renderer).href);
  const markdown = commentBody(undefined, {
    tag: 'predator-guard',
    report: JSON.parse(reportJson),
    analyzer: 'review',
    headSha: HEAD_SHA,
    linkBase: LINK_BASE,
    docsBase: DOCS_BASE,
  });

  // GitHub's comment look, approximated: its system font stack, colours, tables and the comment box with its header.
  const css = `
    body { margin: 0; padding: 16px; background: #fff; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
    .comment { width: 860px; border: 1px solid #d0d7de; border-radius: 6px; }
    .header { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; border-radius: 6px 6px 0 0; color: #59636e; }
    .header b { color: #1f2328; }
    .body { padding: 16px; }
    .body > :first-child { margin-top: 0; }
    h2 { font-size: 1.5em; margin: 24px 0 16px; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
    h3 { font-size: 1.25em; margin: 24px 0 16px; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
    h4 { font-size: 1em; margin: 24px 0 16px; }
    p { margin: 0 0 16px; }
    ul { padding-left: 2em; margin: 0 0 16px; }
    li + li, li > ul { margin-top: .25em; }
    a { color: #0969da; text-decoration: none; }
    blockquote { margin: 0 0 16px; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
    table { border-collapse: collapse; margin: 0 0 16px; }
    th, td { padding: 6px 13px; border: 1px solid #d1d9e0; }
    th { font-weight: 600; }
    tr:nth-child(2n) { background: #f6f8fa; }
    code { font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; background: #818b981f; padding: .2em .4em; border-radius: 6px; }
    em { color: #59636e; }`;
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>
<div class="comment"><div class="header"><b>github-actions</b> bot commented</div><div class="body">${marked.parse(markdown)}</div></div></body></html>`;

  const page = path.join(scratch, 'comment.html');
  writeFileSync(page, html);
  // The height fits the sample's comment (PICTURE_HEIGHT overrides it); --hide-scrollbars keeps the frame clean.
  execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--user-data-dir=${path.join(scratch, 'profile')}`,
    `--window-size=894,${process.env.PICTURE_HEIGHT ?? 1160}`, `--screenshot=${output}`, `file://${page}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  console.log(`Wrote ${path.relative(root, output)} from ${markdown.split('\n').length} lines of markdown.`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
