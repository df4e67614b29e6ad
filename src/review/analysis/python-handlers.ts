import type { PythonNode } from '../review-rule.js';

/** Bodies defined in the handler run later, if at all, so what they do is not what the handler does. */
const NESTED_BODIES = new Set(['function_definition', 'class_definition', 'lambda']);
/** Literal values of `exc_info=` that log no traceback. */
const NO_TRACEBACK = new Set(['False', 'None', '0']);
/** `showtraceback`, `print_traceback`, `log_traceback`: a method whose name says it shows the traceback. */
const TRACEBACK_METHOD = /^(show|print|log|format|display)_?traceback$/i;
/** Streams a handler can write the exception to for someone to read. */
const ERROR_STREAMS = new Set(['sys.stderr', 'sys.__stderr__']);

/**
 * Whether an `except` handler keeps the failure visible: it re-raises (`raise`, `raise … from e`, anywhere in the
 * handler but not in a function defined there) or logs the traceback (`logger.exception(…)`, `exc_info=`,
 * `traceback.print_exc()` and the other `traceback` printers, `sys.excepthook(…)`, a method named for showing a
 * traceback such as IPython's `shell.showtraceback()`), hands the exception on with its traceback (`sys.exc_info()`,
 * to be re-raised or reported elsewhere), or writes to the error stream (`print(…, file=sys.stderr)`,
 * `sys.stderr.write(…)`). pylint reads a handler the same way.
 */
export function keepsTraceback(node: PythonNode): boolean {
  if (node.type === 'raise_statement' || (node.type === 'call' && reportsFailure(node))) return true;
  return node.namedChildren.some((child) => child !== null && !NESTED_BODIES.has(child.type) && keepsTraceback(child));
}

function reportsFailure(call: PythonNode): boolean {
  const callee = call.childForFieldName('function');
  const calleeText = callee?.text ?? '';
  if (callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'exception') return true;
  if (/^traceback\.(print_exc|print_exception|print_tb|print_last|format_exc|format_exception)$/.test(calleeText)) return true;
  if (calleeText === 'sys.excepthook' || calleeText === 'sys.exc_info') return true;
  if (callee?.type === 'attribute' && TRACEBACK_METHOD.test(callee.childForFieldName('attribute')?.text ?? '')) return true;
  if (callee?.type === 'attribute' && ERROR_STREAMS.has(callee.childForFieldName('object')?.text ?? '')) return true;
  const keywords = call.childForFieldName('arguments')?.namedChildren.filter((argument) => argument?.type === 'keyword_argument') ?? [];
  return keywords.some((keyword) => {
    const name = keyword?.childForFieldName('name')?.text;
    const value = keyword?.childForFieldName('value');
    if (!value) return false;
    if (name === 'exc_info') return !NO_TRACEBACK.has(value.text);
    return name === 'file' && calleeText === 'print' && ERROR_STREAMS.has(value.text);
  });
}

/**
 * Whether a handler's body does nothing: only `pass`, `...` and comments. Such a handler is empty-catch's to judge
 * (it swallows whatever it caught), so the rules about what a handler catches leave it alone rather than report the
 * same lines twice.
 */
export function isEmptyHandlerBody(body: PythonNode): boolean {
  const statements = body.namedChildren.filter((child) => child !== null && child.type !== 'comment');
  return statements.length > 0 && statements.every((statement) => statement !== null && isPlaceholder(statement));
}

/** `pass` and `...` are how Python spells "nothing here"; a docstring-like string is still a statement. */
export function isPlaceholder(statement: PythonNode): boolean {
  if (statement.type === 'pass_statement') return true;
  if (statement.type !== 'expression_statement' || statement.namedChildCount !== 1) return false;
  return statement.namedChildren[0]?.type === 'ellipsis';
}

/** The exception types an `except` clause names, as written: `KeyError`, `(ImportError, ModuleNotFoundError)`. */
export function caughtTypeNames(clause: PythonNode): string[] {
  return clause.childrenForFieldName('value').flatMap((value) => (value ? typeNamesIn(value) : []));
}

function typeNamesIn(caught: PythonNode): string[] {
  if (caught.type === 'identifier' || caught.type === 'attribute') return [caught.text];
  // The caught types come first in `… as e`; the name bound comes last.
  if (caught.type === 'as_pattern') return caught.firstNamedChild ? typeNamesIn(caught.firstNamedChild) : [];
  if (caught.type !== 'tuple' && caught.type !== 'parenthesized_expression') return ['?'];
  return caught.namedChildren.flatMap((child) => (child ? typeNamesIn(child) : []));
}
