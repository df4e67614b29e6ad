// Renders docs/images/pr-comment.png: the markdown the comment renderer produces for the quick start's sample
// project (the built CLI's `--format markdown`, the body of the action's review section), turned into HTML styled like
// a GitHub comment and photographed by headless Chromium. Run it after a change to the comment's format:
//   node scripts/render-comment-picture.mjs [--chromium PATH] [--dist DIR]
// It needs the built dist/ (or a build in DIR, as `node scripts/build.mjs --outdir` makes one), a Chromium (default: `chromium` on PATH, or CHROMIUM=path) and an emoji font (Debian:
// fonts-noto-color-emoji), or the category icons come out as boxes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flag = process.argv.indexOf('--chromium');
const chromium = flag > 0 ? process.argv[flag + 1] : (process.env.CHROMIUM ?? 'chromium');
const output = path.join(root, 'docs', 'images', 'pr-comment.png');
const distFlag = process.argv.indexOf('--dist');
const dist = distFlag > 0 ? path.resolve(process.argv[distFlag + 1]) : path.join(root, 'dist');

const sample = path.join(root, '__tests__', 'fixtures', 'sample-project');
let markdown;
try {
  markdown = execFileSync(process.execPath, [path.join(dist, 'cli.js'), 'review', '--format', 'markdown'], { cwd: sample, encoding: 'utf8' });
} catch (error) {
  // Exit 1 is the gate failing on the sample's syntax error: the markdown is still the output.
  if (error.status !== 1) throw error;
  markdown = error.stdout;
}

// GitHub's comment look, approximated: its system font stack, colours and the comment box with its header.
const css = `
  body { margin: 0; padding: 16px; background: #fff; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
  .comment { width: 860px; border: 1px solid #d0d7de; border-radius: 6px; }
  .header { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; border-radius: 6px 6px 0 0; color: #59636e; }
  .header b { color: #1f2328; }
  .body { padding: 16px; }
  h3 { font-size: 1.25em; margin: 24px 0 16px; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
  p { margin: 0 0 16px; }
  ul { padding-left: 2em; margin: 0 0 16px; }
  li + li, li > ul { margin-top: .25em; }
  code { font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; background: #818b981f; padding: .2em .4em; border-radius: 6px; }
  em { color: #59636e; }`;
const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>
<div class="comment"><div class="header"><b>github-actions</b> bot commented</div><div class="body">${marked.parse(markdown)}</div></div></body></html>`;

const scratch = mkdtempSync(path.join(tmpdir(), 'predator-guard-picture-'));
try {
  const page = path.join(scratch, 'comment.html');
  writeFileSync(page, html);
  // The height fits the sample's comment; --hide-scrollbars keeps the frame clean.
  execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--user-data-dir=${path.join(scratch, 'profile')}`,
    '--window-size=894,1050', `--screenshot=${output}`, `file://${page}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  console.log(`Wrote ${path.relative(root, output)} from ${markdown.split('\n').length} lines of markdown.`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
