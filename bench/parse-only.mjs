// Parse-only baseline: reads and parses the benchmark's files with the parsers predator-guard uses, on one thread,
// and does nothing else. `review --workers 1` minus this is what the rules, the walk and the reporting cost.
//
//   node bench/parse-only.mjs typescript|estree|python LIST_FILE
//
// LIST_FILE holds one path per line, relative to the current directory (bench/run.mjs runs this in the corpus
// folder). `estree` parses the same TypeScript files with @typescript-eslint/typescript-estree, the figure that
// justifies walking the compiler's own AST instead. Prints one JSON object; times are in milliseconds.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [mode, listFile] = process.argv.slice(2);
if (!['typescript', 'estree', 'python'].includes(mode) || !listFile) {
  console.error('usage: node bench/parse-only.mjs typescript|estree|python LIST_FILE');
  process.exit(2);
}
const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
const require = createRequire(import.meta.url);

// Loading the parser is part of the cost (the review loads it too), so it is timed, but separately.
const loadStart = performance.now();
const parse = await loadParser(mode);
const loadMs = performance.now() - loadStart;

let bytes = 0;
let filesWithErrors = 0;
const parseStart = performance.now();
for (const file of files) {
  // Read inside the timed loop: the review reads every file from disk too.
  const text = readFileSync(file, 'utf8');
  bytes += Buffer.byteLength(text);
  if (parse(file, text)) filesWithErrors += 1;
}
const parseMs = performance.now() - parseStart;

const round = (ms) => Math.round(ms * 10) / 10;
console.log(JSON.stringify({ mode, files: files.length, bytes, filesWithErrors, loadMs: round(loadMs), parseMs: round(parseMs), totalMs: round(loadMs + parseMs) }));

/** Returns parse(file, text) → true when the file has a syntax error. Trees are dropped at once, as the review does. */
async function loadParser(kind) {
  if (kind === 'typescript') {
    // require(), not import(): importing this 9 MB CommonJS file from ESM makes Node scan it for named exports
    // first (~0.3 s here), a cost the bundled review does not pay, so the baseline would be too slow.
    const ts = require('typescript');
    // The same call as src/review/languages/typescript.ts: parent pointers on, JSDoc not parsed, dialect from the
    // extension.
    const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
    const scriptKind = (file) => {
      const lower = file.toLowerCase();
      if (lower.endsWith('.tsx')) return ts.ScriptKind.TSX;
      if (lower.endsWith('.jsx')) return ts.ScriptKind.JSX;
      if (/\.[cm]?js$/.test(lower)) return ts.ScriptKind.JS;
      return ts.ScriptKind.TS;
    };
    return (file, text) => ts.createSourceFile(file, text, options, true, scriptKind(file)).parseDiagnostics.length > 0;
  }
  if (kind === 'estree') {
    const { parse: estreeParse } = require('@typescript-eslint/typescript-estree'); // CommonJS too, see above
    return (file, text) => {
      try {
        // JSDoc off on both sides, so the difference is the ESTree conversion alone.
        estreeParse(text, { loc: true, range: true, jsx: /\.[jt]sx$/i.test(file), jsDocParsingMode: 'none' });
        return false;
      } catch {
        return true; // typescript-estree throws on the first syntax error
      }
    };
  }
  // web-tree-sitter with the tree-sitter-python grammar, loaded from node_modules as the review does from source.
  const { Parser, Language } = await import('web-tree-sitter');
  await Parser.init({ locateFile: (name) => require.resolve(`web-tree-sitter/${name}`) });
  const language = await Language.load(require.resolve('tree-sitter-python/tree-sitter-python.wasm'));
  const parser = new Parser();
  parser.setLanguage(language);
  return (_file, text) => {
    const tree = parser.parse(text);
    const hasError = tree.rootNode.hasError;
    tree.delete(); // wasm memory is not garbage-collected
    return hasError;
  };
}
