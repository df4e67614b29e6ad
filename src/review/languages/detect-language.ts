import type { Language } from '../review-rule.js';

const TYPESCRIPT_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const PYTHON_EXTENSIONS = ['.py', '.pyi'];
/** Declaration files hold no function bodies or statements worth reviewing. */
const DECLARATION_FILE = /\.d\.[cm]?ts$/;

export function detectLanguage(file: string): Language | undefined {
  const lower = file.toLowerCase();
  if (PYTHON_EXTENSIONS.some((ext) => lower.endsWith(ext))) return 'python';
  if (DECLARATION_FILE.test(lower)) return undefined;
  if (TYPESCRIPT_EXTENSIONS.some((ext) => lower.endsWith(ext))) return 'typescript';
  return undefined;
}
