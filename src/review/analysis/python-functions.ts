import type { PythonNode } from '../review-rule.js';

/**
 * The class whose body holds a `def` directly (decorators in between are fine), or undefined for module-level and
 * nested functions: only such a def is a method, whose first parameter Python binds to the instance or class.
 */
export function methodClassOf(definition: PythonNode): PythonNode | undefined {
  const statement = definition.parent?.type === 'decorated_definition' ? definition.parent : definition;
  return classOfBodyStatement(statement);
}

/** The decorators of a `def` as written (`staticmethod`, `typing.overload`), outermost first. */
export function decoratorsOf(definition: PythonNode): string[] {
  const decorated = definition.parent;
  if (decorated?.type !== 'decorated_definition') return [];
  return decorated.namedChildren
    .filter((child) => child.type === 'decorator')
    .map((decorator) => decorator.namedChildren[0]?.text.replace(/\s+/g, '') ?? '');
}

/**
 * How a finding names a `def` or `lambda`: `Class.method` for methods, the def's own name otherwise; a lambda takes
 * the name it is assigned to (`Class.name` in a class body), else `<lambda>` as Python's own tracebacks call it.
 */
export function pythonFunctionName(fn: PythonNode): string {
  if (fn.type === 'function_definition') {
    const name = fn.childForFieldName('name')?.text ?? '<lambda>';
    return qualified(methodClassOf(fn), name);
  }
  const assignment = assignmentOf(fn);
  const target = assignment?.childForFieldName('left');
  const name = target ? assignedName(target) : undefined;
  if (!assignment || !name) return '<lambda>';
  return qualified(assignment.parent ? classOfBodyStatement(assignment.parent) : undefined, name);
}

function classOfBodyStatement(statement: PythonNode): PythonNode | undefined {
  const block = statement.parent;
  if (block?.type !== 'block' || block.parent?.type !== 'class_definition') return undefined;
  return block.parent;
}

function qualified(owner: PythonNode | undefined, name: string): string {
  const ownerName = owner?.childForFieldName('name')?.text;
  return ownerName ? `${ownerName}.${name}` : name;
}

/** The assignment whose value is this expression, looking through parentheses: `f = (lambda: 0)`. */
function assignmentOf(expression: PythonNode): PythonNode | undefined {
  let value = expression;
  while (value.parent?.type === 'parenthesized_expression') value = value.parent;
  const parent = value.parent;
  if (parent?.type !== 'assignment' || !parent.childForFieldName('right')?.equals(value)) return undefined;
  return parent;
}

/** `f` for `f = …`, `handler` for `self.handler = …`; tuple targets have no single name. */
function assignedName(target: PythonNode): string | undefined {
  if (target.type === 'identifier') return target.text;
  if (target.type === 'attribute') return target.childForFieldName('attribute')?.text;
  return undefined;
}
