import type { PythonNode } from '../review-rule.js';
/**
 * The class whose body holds a `def` directly (decorators in between are fine), or undefined for module-level and
 * nested functions: only such a def is a method, whose first parameter Python binds to the instance or class.
 */
export declare function methodClassOf(definition: PythonNode): PythonNode | undefined;
/** The decorators of a `def` as written (`staticmethod`, `typing.overload`), outermost first. */
export declare function decoratorsOf(definition: PythonNode): string[];
/**
 * How a finding names a `def` or `lambda`: `Class.method` for methods, the def's own name otherwise; a lambda takes
 * the name it is assigned to (`Class.name` in a class body), else `<lambda>` as Python's own tracebacks call it.
 */
export declare function pythonFunctionName(fn: PythonNode): string;
