import { defineReviewRule } from '../review-rule.js';

/**
 * Reported by the engine when a file is nested too deeply, or holds an operator chain too long, for a parser or for
 * the rules' walk: both recurse, and a few thousand levels exhaust the thread's call stack. The file gets this one
 * notice instead of failing the run, so the other files keep their findings and the comment still names it.
 */
export const fileTooComplex = defineReviewRule({
  meta: {
    id: 'file-too-complex',
    category: 'syntax',
    severity: 'notice',
    description: 'A file nested too deeply (or with an operator chain too long) for the parser to read.',
    summary: 'a file too deeply nested for the parser (it ran out of call stack); the file is not reviewed, the run goes on',
  },
  languages: ['python', 'typescript'],
  defaultOptions: {},
  tooComplex(context, info) {
    context.report({
      start: 0,
      end: 0,
      message: `Not reviewed: too deeply nested for ${info.stage} (it exceeded the call stack limit of ${info.limit}).`,
      suggestion: 'Split the deep nesting or long expression into named parts, or exclude the file if it is generated.',
      data: { stage: info.stage, limit: info.limit },
    });
  },
});
