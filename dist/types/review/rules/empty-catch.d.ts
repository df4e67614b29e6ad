/**
 * A handler that does nothing hides the failure it caught, and every later symptom points somewhere else. A comment
 * inside the handler is taken as the author saying the swallowing is deliberate, as ESLint's no-empty does; a
 * suppression directive is not such a comment, because it silences the finding rather than explaining the handler.
 */
export declare const emptyCatch: import("../review-rule.js").ReviewRule<{}, "empty-catch">;
