import type ts from 'typescript';
/**
 * The node kinds that start a new function body: what runs inside them runs when they are called, not where they
 * are written. Loop nesting and name scopes both start afresh there.
 */
export declare function functionLikeKinds(typescript: typeof ts): ts.SyntaxKind[];
