import type { PythonNode, PythonVisitor } from '../review-rule.js';
import type { ListBindings } from './list-bindings.js';

const LIST_TYPE_NAMES = new Set(['list', 'List', 'typing.List']);

/** Whether a binding's value (and annotation, where it has one) shows what `bindings` tracks. */
export type PythonValueTest = (value: PythonNode | null, annotation: PythonNode | null) => boolean;

const holdsPythonList: PythonValueTest = (value, annotation) => isListAnnotation(annotation) || isPythonList(value);

/**
 * Records into `bindings`, during the walk, every name a Python scope binds and whether the binding holds what
 * `holds` looks for: a list, by default. Anything that binds a name without a value to judge (a loop target, a
 * parameter without annotation, an import, `global`) counts against it. Comprehension variables are filed in the
 * enclosing scope: that can only hide a match, never invent one.
 * Augmented assignment is left out: `ids += more` keeps a list a list (or raises).
 */
export function pythonListNameVisitor(bindings: ListBindings, holds: PythonValueTest = holdsPythonList): PythonVisitor {
  const bindTargets = (target: PythonNode | null) => {
    for (const name of boundNames(target)) bindings.bind(name.text, false);
  };
  return {
    enter: {
      assignment(node) {
        const target = node.childForFieldName('left');
        if (target?.type === 'identifier') {
          bindings.bind(target.text, holds(assignedValue(node), node.childForFieldName('type')));
        } else {
          bindTargets(target);
        }
      },
      named_expression(node) {
        const name = node.childForFieldName('name');
        if (name) bindings.bind(name.text, holds(node.childForFieldName('value'), null));
      },
      for_statement: (node) => bindTargets(node.childForFieldName('left')),
      for_in_clause: (node) => bindTargets(node.childForFieldName('left')),
      // `with … as x` and `except … as e` both name their target this way.
      as_pattern_target: bindTargets,
      global_statement: (node) => node.namedChildren.forEach(bindTargets),
      nonlocal_statement: (node) => node.namedChildren.forEach(bindTargets),
      import_statement: (node) => node.childrenForFieldName('name').forEach((name) => bindTargets(importedName(name))),
      import_from_statement: (node) => node.childrenForFieldName('name').forEach((name) => bindTargets(importedName(name))),
      function_definition(node) {
        bindTargets(node.childForFieldName('name'));
        bindings.enterScope();
      },
      class_definition(node) {
        bindTargets(node.childForFieldName('name'));
        bindings.enterScope(false);
      },
      // The anonymous `lambda` keyword shares its node's type name; only the named node is a function.
      lambda(node) {
        if (node.isNamed) bindings.enterScope();
      },
      parameters: (node) => node.namedChildren.forEach((parameter) => bindParameter(bindings, parameter, holds)),
      lambda_parameters: (node) => node.namedChildren.forEach((parameter) => bindParameter(bindings, parameter, holds)),
    },
    exit: {
      function_definition: () => bindings.exitScope(),
      class_definition: () => bindings.exitScope(),
      lambda(node) {
        if (node.isNamed) bindings.exitScope();
      },
    },
  };
}

/**
 * Displays of at most this many items are short by sight: the source fixes their length, so searching one costs no
 * more than a set, whatever the items are (`[None, []]`, `[Action.BAD, Action.SKIP]`).
 */
export const MAX_SHORT_DISPLAY = 8;

/**
 * A list that can be long: a list display, a list comprehension or a `list(...)` call, looking through
 * parentheses; not a display of 1 to `MAX_SHORT_DISPLAY` items without `*` unpacking (`["extensions", "stream"]`).
 * The empty display `[]` is a list to be filled, so it counts as one that can be long.
 */
export function isPythonList(expression: PythonNode | null): boolean {
  const value = unparenthesized(expression);
  if (value?.type === 'list') return !isShortDisplay(value);
  if (value?.type === 'list_comprehension') return true;
  return value?.type === 'call' && value.childForFieldName('function')?.text === 'list';
}

/** A list, tuple or set display of 1 to `MAX_SHORT_DISPLAY` items without `*` unpacking: fixed by the source. */
export function isShortDisplay(display: PythonNode): boolean {
  const items = display.namedChildren.filter((item): item is PythonNode => item !== null && item.type !== 'comment');
  return items.length > 0 && items.length <= MAX_SHORT_DISPLAY && items.every((item) => item.type !== 'list_splat');
}

const CONSTANT_TYPES = new Set(['string', 'concatenated_string', 'integer', 'float', 'true', 'false', 'none']);
const DISPLAY_TYPES = new Set(['list', 'tuple', 'set', 'expression_list']);

/**
 * A list, tuple or set display of constants only (`FIELDS = ("title", "artist")`, `KINDS = "line", "cell"`): its
 * length is written out in the source, so going over it costs a fixed amount, however long it is.
 */
export function isConstantDisplay(expression: PythonNode | null): boolean {
  const value = unparenthesized(expression);
  if (!value || !DISPLAY_TYPES.has(value.type)) return false;
  const items = value.namedChildren.filter((item): item is PythonNode => item !== null && item.type !== 'comment');
  return items.length > 0 && items.every(isConstant);
}

/** A literal: a string (not an f-string), a number (negative too), `True`, `False`, `None`. */
function isConstant(item: PythonNode): boolean {
  if (item.type === 'unary_operator') return item.namedChildren.every((operand) => operand !== null && isConstant(operand));
  if (!CONSTANT_TYPES.has(item.type)) return false;
  return item.type !== 'string' || !item.namedChildren.some((part) => part?.type === 'interpolation');
}

/** The expression inside any number of parentheses. */
export function unparenthesized(expression: PythonNode | null): PythonNode | null {
  let value = expression;
  while (value?.type === 'parenthesized_expression') value = value.namedChildren[0] ?? null;
  return value;
}

/** `a = b = []` gives both names the innermost value. */
function assignedValue(assignment: PythonNode): PythonNode | null {
  let value = assignment.childForFieldName('right');
  while (value?.type === 'assignment') value = value.childForFieldName('right');
  return value;
}

/** `list`, `list[int]`, `List[int]`, `typing.List[int]`. */
function isListAnnotation(annotation: PythonNode | null): boolean {
  let type = annotation?.type === 'type' ? annotation.namedChildren[0] : annotation;
  if (type?.type === 'generic_type') type = type.namedChildren[0];
  if (type?.type === 'subscript') type = type.childForFieldName('value');
  return type !== null && type !== undefined && LIST_TYPE_NAMES.has(type.text);
}

/**
 * A plain parameter, `*args` and `**kwargs` are not known to be lists; `ids: list[int]` (with or without a
 * default) is, by its annotation. A default value says nothing of what callers pass.
 */
function bindParameter(bindings: ListBindings, parameter: PythonNode, holds: PythonValueTest): void {
  const name = parameterName(parameter);
  const annotation = parameter.childForFieldName('type');
  if (name?.type === 'identifier' && annotation) {
    bindings.bind(name.text, holds(null, annotation));
    return;
  }
  for (const identifier of boundNames(name)) bindings.bind(identifier.text, false);
}

/** `x`, `x=1`, `x: int = 1` have a name field or are the name; `x: int` and `*args: int` lead with it. */
function parameterName(parameter: PythonNode): PythonNode | null {
  if (parameter.type === 'typed_parameter') return parameter.namedChildren[0];
  return parameter.childForFieldName('name') ?? parameter;
}

/** `import os.path` binds `os`; `import numpy as np` and `from m import a as b` bind the alias. */
function importedName(imported: PythonNode): PythonNode | null {
  if (imported.type === 'aliased_import') return imported.childForFieldName('alias');
  return imported.type === 'dotted_name' ? imported.namedChildren[0] : imported;
}

/** The names a target binds: `a`, `a, (b, *c)`; an attribute or subscript target binds no name. */
function boundNames(target: PythonNode | null): PythonNode[] {
  if (!target || target.type === 'attribute' || target.type === 'subscript') return [];
  if (target.type === 'identifier') return [target];
  return target.namedChildren.flatMap(boundNames);
}
