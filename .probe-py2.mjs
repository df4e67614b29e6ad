import { Parser, Language } from 'web-tree-sitter';
import { createRequire } from 'node:module';
const require = createRequire('/work/main/package.json');
await Parser.init();
const lang = await Language.load(require.resolve('tree-sitter-python/tree-sitter-python.wasm'));
const p = new Parser(); p.setLanguage(lang);
const t = p.parse('try:\n    x()\nexcept:\n    pass\nexcept E:\n    pass\nexcept* E as e:\n    pass\nexcept E, e:\n    pass\n');
for (const c of t.rootNode.descendantsOfType('except_clause')) console.log(JSON.stringify(c.text.split('\n')[0]), c.childForFieldName('value')?.text ?? null, c.childForFieldName('alias')?.text ?? null, c.hasError);
