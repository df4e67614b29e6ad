import type { LintRule } from '../lint/lint-rule.js';
/**
 * The manifest lint rules (R1–R21 of notes/rollout-anchors.md §7, plus condition-syntax-error), alphabetically.
 * A registry test fails when one lacks its test file or its docs page.
 */
export declare const LINT_RULES: readonly LintRule[];
