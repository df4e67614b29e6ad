import type { PythonVisitor } from '../review-rule.js';
import type { LoopListener, LoopNesting } from './loop-nesting.js';
/**
 * Keeps `nesting` in step with the walk of a Python tree and tells `onLoop` about each loop as it is entered. A
 * `def`, `lambda` or `class` starts a fresh scope: its body runs when it is called, not once per iteration.
 */
export declare function pythonLoopVisitor(nesting: LoopNesting, onLoop?: LoopListener): PythonVisitor;
