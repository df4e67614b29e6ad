import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);

// src/review/languages/detect-language.ts
var TYPESCRIPT_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
var PYTHON_EXTENSIONS = [".py", ".pyi"];
var DECLARATION_FILE = /\.d\.[cm]?ts$/;
function detectLanguage(file) {
  const lower = file.toLowerCase();
  if (PYTHON_EXTENSIONS.some((ext) => lower.endsWith(ext))) return "python";
  if (DECLARATION_FILE.test(lower)) return void 0;
  if (TYPESCRIPT_EXTENSIONS.some((ext) => lower.endsWith(ext))) return "typescript";
  return void 0;
}

export {
  detectLanguage
};
