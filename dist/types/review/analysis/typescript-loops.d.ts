import type { TypeScriptApi, TypeScriptVisitor } from '../review-rule.js';
import type { LoopListener, LoopNesting } from './loop-nesting.js';
export interface TypeScriptLoopOptions {
    /**
     * Whether `xs.map(callback)` and the other iteration calls are loops. When they are, a callback written inline
     * continues the nesting; when they are not, it is a function like any other and starts a fresh scope.
     */
    iterationCalls: boolean;
}
/**
 * Keeps `nesting` in step with the walk of a TypeScript or JavaScript tree and tells `onLoop` about each loop as it
 * is entered. Functions and classes start a fresh scope: their bodies run when called, not once per iteration.
 */
export declare function typescriptLoopVisitor({ ts, sourceFile }: TypeScriptApi, nesting: LoopNesting, options: TypeScriptLoopOptions, onLoop?: LoopListener): TypeScriptVisitor;
