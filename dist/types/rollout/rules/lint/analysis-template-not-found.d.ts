/**
 * R8: the controller marks the Rollout InvalidSpec ("AnalysisTemplate '<name>' not found"). References are looked up
 * among all manifests under the lint paths, so a template kept in another folder of the repository still counts.
 */
export declare const analysisTemplateNotFound: import("../../lint/lint-rule.js").LintRule<"analysis-template-not-found">;
