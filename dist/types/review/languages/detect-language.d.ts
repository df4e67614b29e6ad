import type { Language } from '../review-rule.js';
export declare function detectLanguage(file: string): Language | undefined;
