import { defineReviewRule } from '../review-rule.js';

/**
 * Reported by the engine when a file does not parse; no other rule runs on that file, because every other rule
 * would be reading a tree the parser had to guess at.
 */
export const syntaxError = defineReviewRule({
  meta: {
    id: 'syntax-error',
    category: 'syntax',
    severity: 'error',
    description: 'A file that does not parse.',
    summary: 'a file that does not parse, at its first error; no other rule runs on that file',
  },
  languages: ['python', 'typescript'],
  defaultOptions: {},
  syntaxError(context, error) {
    context.report({
      start: error.start,
      end: error.end,
      message: `Syntax error: ${error.message}`,
      suggestion: 'Fix the syntax; no other rule runs on this file until it parses.',
    });
  },
});
