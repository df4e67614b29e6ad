import type { Language } from '../rule.js';
export declare function detectLanguage(file: string): Language | undefined;
