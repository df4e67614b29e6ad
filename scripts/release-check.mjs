// The checks a release must pass, run by .github/workflows/release.yml on a v1.2.3 tag and runnable by hand first:
//   node scripts/release-check.mjs v1.2.3 [--notes FILE] [--skip-build | --built DIR] [--skip-pack]
// 1. the tag is vMAJOR.MINOR.PATCH and names package.json's version;
// 2. CHANGELOG.md has a non-empty `## [1.2.3] - YYYY-MM-DD` section: its body is the release notes (printed, and
//    written to FILE with --notes);
// 3. the committed dist/ and schema/ are exactly what the sources build to (a build into a scratch folder, or the
//    fresh build of the same sources already in DIR with --built);
// 4. `npm publish --dry-run` packs the package: its entry points, no install scripts, no runtime dependencies.
// Exit 0 when all pass; 1 naming each failed check and its fix; 2 for a usage error.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The body of the changelog's section for `version`, trimmed; undefined when there is none. */
export function changelogSection(changelog, version) {
  const escaped = version.replace(/\./g, '\\.');
  const heading = new RegExp(`^## \\[${escaped}\\](?: - (\\d{4}-\\d{2}-\\d{2}))?[^\\n]*$`, 'm');
  const match = heading.exec(changelog);
  if (!match) return undefined;
  const start = match.index + match[0].length;
  const next = changelog.slice(start).search(/^## \[/m);
  const body = (next < 0 ? changelog.slice(start) : changelog.slice(start, start + next)).replace(/^\[[^\]]+\]: .*$/gm, '').trim();
  return { date: match[1], body };
}

/** Files that differ between two folders, as relative paths with what differs. */
export function differences(expected, actual, relative = '') {
  const here = (folder) => (existsSync(path.join(folder, relative)) ? readdirSync(path.join(folder, relative)) : []);
  const names = [...new Set([...here(expected), ...here(actual)])].sort();
  return names.flatMap((name) => {
    const file = path.join(relative, name);
    const [a, b] = [path.join(expected, file), path.join(actual, file)];
    if (!existsSync(b)) return [`${file}: missing from the committed tree`];
    if (!existsSync(a)) return [`${file}: not produced by the build (left over?)`];
    if (statSync(a).isDirectory() && statSync(b).isDirectory()) return differences(expected, actual, file);
    return readFileSync(a).equals(readFileSync(b)) ? [] : [`${file}: differs from a fresh build`];
  });
}

/** What `npm publish --dry-run --json` reports, checked against what users install. */
export function packProblems(pack, manifest) {
  const files = new Set(pack.files.map((file) => file.path));
  const problems = [];
  for (const entry of ['dist/index.js', 'dist/cli.js', 'dist/index.d.ts', 'action.yml', 'schema/predator-guard.schema.json', 'README.md', 'CHANGELOG.md']) {
    if (!files.has(entry)) problems.push(`the package lacks ${entry}: check "files" in package.json`);
  }
  for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) {
    if (manifest.scripts?.[script]) problems.push(`package.json has an "${script}" script: the published package must install without running code`);
  }
  const dependencies = Object.keys(manifest.dependencies ?? {});
  if (dependencies.length > 0) problems.push(`package.json has runtime dependencies (${dependencies.join(', ')}): bundle them into dist/ and move them to devDependencies`);
  return problems;
}

function main(argv) {
  const [tag] = argv.filter((arg, index) => !arg.startsWith('--') && argv[index - 1] !== '--notes' && argv[index - 1] !== '--built');
  const notesFlag = argv.indexOf('--notes');
  const notesFile = notesFlag >= 0 ? argv[notesFlag + 1] : undefined;
  const builtFlag = argv.indexOf('--built');
  const builtDir = builtFlag >= 0 ? argv[builtFlag + 1] : undefined;
  if (!tag || !/^v\d+\.\d+\.\d+$/.test(tag) || (notesFlag >= 0 && !notesFile) || (builtFlag >= 0 && !builtDir)) {
    console.error(`usage: node scripts/release-check.mjs vMAJOR.MINOR.PATCH [--notes FILE] [--skip-build | --built DIR] [--skip-pack]\n  got: ${argv.join(' ') || '(nothing)'}`);
    return 2;
  }
  const version = tag.slice(1);
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const failures = [];

  if (manifest.version !== version) failures.push(`the tag ${tag} does not match package.json's version ${manifest.version}: set "version": "${version}", rebuild and commit, then tag that commit`);

  const section = changelogSection(readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), version);
  if (!section) failures.push(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: move the Unreleased entries under it`);
  else if (section.body === '') failures.push(`CHANGELOG.md's section for ${version} is empty: say what changed`);
  else if (!section.date) failures.push(`CHANGELOG.md's heading for ${version} has no date: write "## [${version}] - YYYY-MM-DD"`);
  else {
    console.log(`Release notes for ${tag} (CHANGELOG.md, ${section.date}):\n\n${section.body}\n`);
    if (notesFile) writeFileSync(notesFile, `${section.body}\n`);
  }

  if (!argv.includes('--skip-build')) {
    // --built DIR: a fresh `node scripts/build.mjs --outdir DIR` of these same sources made already (the test run's
    // shared build), compared instead of building a second time.
    const scratch = builtDir === undefined ? mkdtempSync(path.join(tmpdir(), 'predator-guard-release-')) : path.resolve(builtDir);
    try {
      if (builtDir === undefined) execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--outdir', scratch], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
      const stale = [...differences(path.join(scratch, 'dist'), path.join(root, 'dist'), ''), ...differences(path.join(scratch, 'schema'), path.join(root, 'schema'), '')];
      if (stale.length > 0) failures.push(`dist/ or schema/ is not what the sources build to: run 'npm run build' and commit the result\n    ${stale.slice(0, 20).join('\n    ')}${stale.length > 20 ? `\n    … and ${stale.length - 20} more` : ''}`);
      else console.log('dist/ and schema/ match a fresh build.');
    } finally {
      if (builtDir === undefined) rmSync(scratch, { recursive: true, force: true });
    }
  }

  if (!argv.includes('--skip-pack')) {
    // --ignore-scripts: the check packs what is committed; it must not run a prepack that rebuilds it.
    const output = execFileSync('npm', ['publish', '--dry-run', '--json', '--ignore-scripts', '--tag', 'release-check'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const parsed = JSON.parse(output.slice(output.indexOf('{')));
    const pack = parsed[manifest.name] ?? parsed;
    const problems = packProblems(pack, manifest);
    failures.push(...problems);
    if (problems.length === 0) console.log(`npm publish --dry-run: ${pack.name}@${pack.version}, ${pack.entryCount} files, ${(pack.size / 1e6).toFixed(2)} MB packed, ${(pack.unpackedSize / 1e6).toFixed(2)} MB unpacked.`);
  }

  for (const failure of failures) console.error(`✖ ${failure}`);
  if (failures.length === 0) console.log(`✔ ${tag} is ready to release.`);
  return failures.length === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
