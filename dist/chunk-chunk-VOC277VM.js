import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);

// src/review/rule.ts
function defineRule(rule) {
  return rule;
}

// src/review/rules/bare-except.ts
var bareExcept = defineRule({
  meta: {
    id: "bare-except",
    category: "antipattern",
    severity: "warning",
    description: "A Python `except:` clause that names no exception type.",
    languages: ["python"]
  },
  defaultOptions: {},
  python(context) {
    return {
      enter: {
        except_clause(clause) {
          if (clause.childForFieldName("value")) return;
          const colon = clause.children.find((child) => child.type === ":");
          context.report({
            start: clause.startIndex,
            end: colon?.endIndex ?? clause.startIndex,
            message: "Bare 'except:' catches everything, including KeyboardInterrupt and SystemExit.",
            suggestion: "Catch the exceptions you expect (e.g. `except ValueError:`), or `except Exception:` and log it."
          });
        }
      }
    };
  }
});

// src/review/suppressions.ts
var DIRECTIVE_MARKER = "predator-guard-ignore";
var COMMENT_OPENER = /^\s*(?:\/\/+|#+|\/\*+|--+)?[\s*]*$/;
var DIRECTIVE = /predator-guard-ignore(-next-line|-file)?(?![\w-])/;
function parseDirective(comment, commentStart, commentEnd, source) {
  const match = DIRECTIVE.exec(comment);
  if (!match || !COMMENT_OPENER.test(comment.slice(0, match.index))) return void 0;
  const scope = match[1] === "-next-line" ? "next-line" : match[1] === "-file" ? "file" : "line";
  const rest = comment.slice(match.index + match[0].length).replace(/\*\/\s*$/, "");
  const reasonAt = rest.search(/(^|\s)--(\s|$)/);
  const ruleText = reasonAt === -1 ? rest : rest.slice(0, reasonAt);
  const reason = reasonAt === -1 ? void 0 : rest.slice(reasonAt).replace(/^\s*--/, "").trim() || void 0;
  const rules = ruleText.split(",").map((rule) => rule.trim()).filter((rule) => rule.length > 0);
  const start = commentStart + match.index;
  const directive = { scope, rules, reason, start, end: commentEnd };
  if (scope === "line") directive.targetLine = source.position(commentStart).line;
  if (scope === "next-line") directive.targetLine = source.position(Math.max(commentStart, commentEnd - 1)).line + 1;
  return directive;
}
function applySuppressions(findings, directives) {
  const used = directives.map((directive) => /* @__PURE__ */ new Set());
  const kept = findings.filter((finding) => {
    let suppressed = false;
    directives.forEach((directive, index) => {
      if (!directive.rules.includes(finding.rule)) return;
      if (directive.scope !== "file" && directive.targetLine !== finding.line) return;
      used[index].add(finding.rule);
      suppressed = true;
    });
    return !suppressed;
  });
  const unused = directives.map((directive, index) => ({ directive, rules: directive.rules.filter((rule) => !used[index].has(rule)) })).filter((entry) => entry.rules.length > 0 || entry.directive.rules.length === 0);
  return { kept, unused };
}

// src/review/rules/empty-catch.ts
var SUGGESTION = "Handle, log or re-raise the exception; if ignoring it is deliberate, say why in a comment inside the handler.";
var emptyCatch = defineRule({
  meta: {
    id: "empty-catch",
    category: "antipattern",
    severity: "warning",
    description: "An exception handler with an empty body, which silently swallows the exception.",
    languages: ["python", "typescript"]
  },
  defaultOptions: {},
  python(context) {
    return {
      enter: {
        except_clause(clause) {
          const colon = clause.children.find((child) => child.type === ":");
          const body = clause.namedChildren.find((child) => child.type === "block");
          const statements = body?.namedChildren.filter((child) => child.type !== "comment") ?? [];
          if (!colon || statements.length === 0 || !statements.every(isPlaceholder)) return;
          const bodyEnd = statements[statements.length - 1].endIndex;
          if (hasPythonIntentComment(context.source, clause.startIndex, colon.endIndex, bodyEnd)) return;
          context.report({
            start: clause.startIndex,
            end: bodyEnd,
            message: `Empty '${exceptHeader(clause, colon)}' swallows the exception.`,
            suggestion: SUGGESTION
          });
        }
      }
    };
  },
  typescript(context, { ts, sourceFile }) {
    return {
      enter: {
        [ts.SyntaxKind.CatchClause](node) {
          if (!ts.isCatchClause(node) || node.block.statements.length > 0) return;
          if (hasTypeScriptIntentComment(ts, sourceFile, node.block)) return;
          context.report({
            start: node.getStart(sourceFile),
            end: node.block.end,
            message: "Empty catch block swallows the exception.",
            suggestion: SUGGESTION
          });
        }
      }
    };
  }
});
function isPlaceholder(statement) {
  if (statement.type === "pass_statement") return true;
  if (statement.type !== "expression_statement" || statement.namedChildCount !== 1) return false;
  return statement.namedChildren[0].type === "ellipsis";
}
function hasPythonIntentComment(source, exceptStart, colonEnd, bodyEnd) {
  const trailingTrivia = /(?:\s|#[^\r\n]*)*/y;
  trailingTrivia.lastIndex = bodyEnd;
  trailingTrivia.exec(source.text);
  const handlerText = source.text.slice(colonEnd, trailingTrivia.lastIndex);
  const exceptColumn = source.position(exceptStart).column;
  const headerLine = source.position(colonEnd).line;
  for (const comment of handlerText.matchAll(/#[^\r\n]*/g)) {
    if (comment[0].includes(DIRECTIVE_MARKER)) continue;
    const at = source.position(colonEnd + comment.index);
    if (at.line === headerLine || at.column > exceptColumn) return true;
  }
  return false;
}
function exceptHeader(clause, colon) {
  let header = clause.text.slice(0, colon.endIndex - clause.startIndex);
  const comments = clause.descendantsOfType("comment").filter((comment) => comment.endIndex <= colon.startIndex);
  for (const comment of comments.reverse()) {
    header = header.slice(0, comment.startIndex - clause.startIndex) + header.slice(comment.endIndex - clause.startIndex);
  }
  return header.replace(/(?:\s|\\(?=[\r\n]))+/g, " ");
}
function hasTypeScriptIntentComment(typescript, sourceFile, block) {
  const text = sourceFile.text;
  const inside = block.getStart(sourceFile) + 1;
  const comments = [
    ...typescript.getTrailingCommentRanges(text, inside) ?? [],
    ...typescript.getLeadingCommentRanges(text, inside) ?? []
  ];
  return comments.some((comment) => !text.slice(comment.pos, comment.end).includes(DIRECTIVE_MARKER));
}

// src/review/analysis/loop-nesting.ts
var LoopNesting = class {
  /** One list of active loops per function or class being walked: a body defined in a loop runs when called. */
  scopes = [[]];
  enterScope() {
    this.scopes.push([]);
  }
  exitScope() {
    this.scopes.pop();
  }
  /** Registers a loop starting at `start`; returns its nesting, or undefined when it is an outermost loop. */
  enterLoop(start, runsEveryIteration) {
    const scope = this.currentScope();
    const enclosing = scope.filter((loop) => loop.runsEveryIteration.some((range) => range.start <= start && start < range.end));
    scope.push({ start, runsEveryIteration });
    if (enclosing.length === 0) return void 0;
    return { depth: enclosing.length + 1, outerStart: enclosing[enclosing.length - 1].start };
  }
  exitLoop() {
    this.currentScope().pop();
  }
  currentScope() {
    return this.scopes[this.scopes.length - 1];
  }
};

// src/review/rules/nested-loop.ts
var ITERATION_METHODS = /* @__PURE__ */ new Set([
  "forEach",
  "map",
  "filter",
  "reduce",
  "some",
  "every",
  "find",
  "findIndex",
  "flatMap"
]);
var COMPREHENSIONS = ["list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"];
var PYTHON_SUGGESTION = "Index the inner collection (a dict or set) once outside the outer loop, so each lookup is O(1).";
var TYPESCRIPT_SUGGESTION = "Index the inner collection (a Map or Set) once outside the outer loop, so each lookup is O(1).";
var nestedLoop = defineRule({
  meta: {
    id: "nested-loop",
    category: "performance",
    severity: "warning",
    description: "A loop whose body runs inside another loop's body.",
    languages: ["python", "typescript"]
  },
  defaultOptions: {},
  python(context) {
    const nesting = new LoopNesting();
    const enterLoops = (node) => {
      for (const loop of pythonLoopsOf(node)) {
        reportIfNested(context, loop, nesting.enterLoop(loop.start, loop.runsEveryIteration), PYTHON_SUGGESTION);
      }
    };
    const exitLoops = (node) => {
      const entered = COMPREHENSIONS.includes(node.type) ? forInClausesOf(node).length : 1;
      for (let count = entered; count > 0; count--) nesting.exitLoop();
    };
    const enterScope = (node) => {
      if (node.isNamed) nesting.enterScope();
    };
    const exitScope = (node) => {
      if (node.isNamed) nesting.exitScope();
    };
    const loopTypes = ["for_statement", "while_statement", ...COMPREHENSIONS];
    const scopeTypes = ["function_definition", "lambda", "class_definition"];
    return {
      enter: { ...handlersFor(loopTypes, enterLoops), ...handlersFor(scopeTypes, enterScope) },
      exit: { ...handlersFor(loopTypes, exitLoops), ...handlersFor(scopeTypes, exitScope) }
    };
  },
  typescript(context, { ts, sourceFile }) {
    const nesting = new LoopNesting();
    const enterLoop = (node) => {
      const loop = typescriptLoopOf(ts, sourceFile, node);
      if (!loop) return;
      reportIfNested(context, loop, nesting.enterLoop(loop.start, loop.runsEveryIteration), TYPESCRIPT_SUGGESTION);
    };
    const exitLoop = (node) => {
      if (!ts.isCallExpression(node) || isIterationCall(ts, node)) nesting.exitLoop();
    };
    const enterScope = (node) => {
      if (!isIterationCallback(ts, node)) nesting.enterScope();
    };
    const exitScope = (node) => {
      if (!isIterationCallback(ts, node)) nesting.exitScope();
    };
    const { SyntaxKind } = ts;
    const loopKinds = [
      SyntaxKind.ForStatement,
      SyntaxKind.ForInStatement,
      SyntaxKind.ForOfStatement,
      SyntaxKind.WhileStatement,
      SyntaxKind.DoStatement,
      SyntaxKind.CallExpression
    ];
    const scopeKinds = [
      SyntaxKind.FunctionDeclaration,
      SyntaxKind.FunctionExpression,
      SyntaxKind.ArrowFunction,
      SyntaxKind.MethodDeclaration,
      SyntaxKind.Constructor,
      SyntaxKind.GetAccessor,
      SyntaxKind.SetAccessor,
      SyntaxKind.ClassDeclaration,
      SyntaxKind.ClassExpression,
      SyntaxKind.ClassStaticBlockDeclaration,
      SyntaxKind.PropertyDeclaration
    ];
    return {
      enter: { ...handlersFor(loopKinds, enterLoop), ...handlersFor(scopeKinds, enterScope) },
      exit: { ...handlersFor(loopKinds, exitLoop), ...handlersFor(scopeKinds, exitScope) }
    };
  }
});
function reportIfNested(context, loop, nesting, suggestion) {
  if (!nesting) return;
  const outerLine = context.source.position(nesting.outerStart).line;
  context.report({
    start: loop.start,
    end: loop.end,
    message: `Loop nested at depth ${nesting.depth} inside the loop at line ${outerLine}.`,
    suggestion,
    data: { depth: nesting.depth, outerLine }
  });
}
function handlersFor(keys, handler) {
  const handlers = {};
  for (const key of keys) handlers[key] = handler;
  return handlers;
}
function pythonLoopsOf(node) {
  const statementLoop = (...repeatedFields) => [
    { start: node.startIndex, end: node.endIndex, runsEveryIteration: pythonFieldRanges(node, ...repeatedFields) }
  ];
  if (node.type === "for_statement") return statementLoop("left", "body");
  if (node.type === "while_statement") return statementLoop("condition", "body");
  const element = pythonFieldRanges(node, "body");
  return forInClausesOf(node).map((clause) => ({
    start: clause.startIndex,
    end: node.endIndex,
    runsEveryIteration: [...element, ...pythonFieldRanges(clause, "left"), { start: clause.endIndex, end: node.endIndex }]
  }));
}
function forInClausesOf(comprehension) {
  return comprehension.namedChildren.filter((child) => child?.type === "for_in_clause");
}
function pythonFieldRanges(node, ...fields) {
  return fields.flatMap((field) => {
    const child = node.childForFieldName(field);
    return child ? [{ start: child.startIndex, end: child.endIndex }] : [];
  });
}
function typescriptLoopOf(ts, sourceFile, node) {
  const loop = (reportedAt, repeated) => ({
    start: reportedAt.getStart(sourceFile),
    end: node.end,
    runsEveryIteration: repeated.filter((part) => part !== void 0).map(typescriptRange)
  });
  if (ts.isForStatement(node)) return loop(node, [node.condition, node.incrementor, node.statement]);
  if (ts.isForInStatement(node) || ts.isForOfStatement(node)) return loop(node, [node.initializer, node.statement]);
  if (ts.isWhileStatement(node) || ts.isDoStatement(node)) return loop(node, [node.expression, node.statement]);
  if (!isIterationCall(ts, node)) return void 0;
  return loop(node.expression.name, node.arguments.filter((argument) => isInlineFunction(ts, argument)));
}
function typescriptRange(node) {
  return { start: node.pos, end: node.end };
}
function isIterationCall(ts, node) {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false;
  return ITERATION_METHODS.has(node.expression.name.text);
}
function isInlineFunction(ts, node) {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node);
}
function isIterationCallback(ts, node) {
  if (!isInlineFunction(ts, node) || !isIterationCall(ts, node.parent)) return false;
  return node.parent.arguments.some((argument) => argument === node);
}

// src/review/rules/syntax-error.ts
var syntaxError = defineRule({
  meta: {
    id: "syntax-error",
    category: "syntax",
    severity: "error",
    description: "A file that does not parse.",
    languages: ["python", "typescript"]
  },
  defaultOptions: {},
  syntaxError(context, error) {
    context.report({
      start: error.start,
      end: error.end,
      message: `Syntax error: ${error.message}`,
      suggestion: "Fix the syntax; no other rule runs on this file until it parses."
    });
  }
});

// src/review/analysis/python-functions.ts
function methodClassOf(definition) {
  const statement = definition.parent?.type === "decorated_definition" ? definition.parent : definition;
  return classOfBodyStatement(statement);
}
function decoratorsOf(definition) {
  const decorated = definition.parent;
  if (decorated?.type !== "decorated_definition") return [];
  return decorated.namedChildren.filter((child) => child.type === "decorator").map((decorator) => decorator.namedChildren[0]?.text.replace(/\s+/g, "") ?? "");
}
function pythonFunctionName(fn) {
  if (fn.type === "function_definition") {
    const name2 = fn.childForFieldName("name")?.text ?? "<lambda>";
    return qualified(methodClassOf(fn), name2);
  }
  const assignment = assignmentOf(fn);
  const target = assignment?.childForFieldName("left");
  const name = target ? assignedName(target) : void 0;
  if (!assignment || !name) return "<lambda>";
  return qualified(assignment.parent ? classOfBodyStatement(assignment.parent) : void 0, name);
}
function classOfBodyStatement(statement) {
  const block = statement.parent;
  if (block?.type !== "block" || block.parent?.type !== "class_definition") return void 0;
  return block.parent;
}
function qualified(owner, name) {
  const ownerName = owner?.childForFieldName("name")?.text;
  return ownerName ? `${ownerName}.${name}` : name;
}
function assignmentOf(expression) {
  let value = expression;
  while (value.parent?.type === "parenthesized_expression") value = value.parent;
  const parent = value.parent;
  if (parent?.type !== "assignment" || !parent.childForFieldName("right")?.equals(value)) return void 0;
  return parent;
}
function assignedName(target) {
  if (target.type === "identifier") return target.text;
  if (target.type === "attribute") return target.childForFieldName("attribute")?.text;
  return void 0;
}

// src/review/analysis/typescript-functions.ts
function typescriptFunctionName(typescript, fn) {
  if (typescript.isConstructorDeclaration(fn)) return memberName(typescript, fn.parent, "constructor");
  if (typescript.isFunctionDeclaration(fn) || typescript.isFunctionExpression(fn) || typescript.isArrowFunction(fn)) {
    return fn.name?.text ?? boundName(typescript, fn) ?? "<anonymous>";
  }
  return memberName(typescript, fn.parent, propertyNameText(typescript, fn.name));
}
function signatureStart(typescript, fn, sourceFile) {
  const { SyntaxKind } = typescript;
  if (typescript.isFunctionDeclaration(fn) || typescript.isFunctionExpression(fn)) {
    const asyncModifier = fn.modifiers?.find((modifier) => modifier.kind === SyntaxKind.AsyncKeyword);
    return (asyncModifier ?? childOfKind(fn, SyntaxKind.FunctionKeyword, sourceFile) ?? fn).getStart(sourceFile);
  }
  if (typescript.isConstructorDeclaration(fn)) {
    return (childOfKind(fn, SyntaxKind.ConstructorKeyword, sourceFile) ?? fn).getStart(sourceFile);
  }
  if (typescript.isArrowFunction(fn)) {
    return (childOfKind(fn, SyntaxKind.OpenParenToken, sourceFile) ?? fn.parameters[0] ?? fn).getStart(sourceFile);
  }
  return fn.name.getStart(sourceFile);
}
function parameterListEnd(typescript, fn, sourceFile) {
  const closeParen = childOfKind(fn, typescript.SyntaxKind.CloseParenToken, sourceFile);
  return closeParen?.end ?? fn.parameters.end;
}
function childOfKind(node, kind, sourceFile) {
  return node.getChildren(sourceFile).find((child) => child.kind === kind);
}
function memberName(typescript, owner, key) {
  const className = typescript.isClassLike(owner) ? owner.name?.text : void 0;
  return className ? `${className}.${key}` : key;
}
function propertyNameText(typescript, name) {
  if (typescript.isComputedPropertyName(name)) return name.getText();
  return name.text;
}
function boundName(typescript, fn) {
  let value = fn;
  while (typescript.isParenthesizedExpression(value.parent)) value = value.parent;
  const holder = value.parent;
  if (typescript.isVariableDeclaration(holder) && typescript.isIdentifier(holder.name)) return holder.name.text;
  if (typescript.isPropertyDeclaration(holder)) return memberName(typescript, holder.parent, propertyNameText(typescript, holder.name));
  if (typescript.isPropertyAssignment(holder)) return propertyNameText(typescript, holder.name);
  if (!typescript.isBinaryExpression(holder) || holder.operatorToken.kind !== typescript.SyntaxKind.EqualsToken) return void 0;
  if (holder.right !== value) return void 0;
  if (typescript.isIdentifier(holder.left)) return holder.left.text;
  if (typescript.isPropertyAccessExpression(holder.left)) return holder.left.name.text;
  return void 0;
}

// src/review/rules/too-many-params.ts
var DEFAULT_MAX_PARAMS = 7;
var SUGGESTION2 = "Group related parameters into an object (or a dataclass / keyword-only parameters).";
var LIMIT = { type: "integer", minimum: 0 };
var OVERLOAD_DECORATORS = /* @__PURE__ */ new Set(["overload", "typing.overload", "t.overload", "typing_extensions.overload"]);
var tooManyParams = defineRule({
  meta: {
    id: "too-many-params",
    category: "complexity",
    severity: "warning",
    description: "A function, method, lambda or arrow function with more parameters than `max-params`.",
    languages: ["python", "typescript"],
    options: {
      "max-params": {
        description: "the most parameters a function may take: a number, or {python, typescript} per language",
        anyOf: [LIMIT, { type: "object", additionalProperties: false, properties: { python: LIMIT, typescript: LIMIT } }]
      },
      "ignore-params": {
        type: "string",
        format: "regex",
        description: "a regular expression; Python parameters whose names match it are not counted"
      }
    }
  },
  defaultOptions: { "max-params": DEFAULT_MAX_PARAMS, "ignore-params": "^_" },
  python(context) {
    if (context.file.toLowerCase().endsWith(".pyi")) return {};
    const max = maxParamsFor(context);
    const ignored = ignoredNames(context.options["ignore-params"]);
    const check = (fn) => {
      const parameters = fn.childForFieldName("parameters");
      if (!parameters) return;
      const count = countedPythonParameters(fn, parameters).filter((name) => !ignored.test(name)).length;
      if (count <= max) return;
      report(context, { start: fn.startIndex, end: parameters.endIndex, name: pythonFunctionName(fn), count, max });
    };
    return {
      enter: {
        function_definition: (fn) => {
          if (!decoratorsOf(fn).some((decorator) => OVERLOAD_DECORATORS.has(decorator))) check(fn);
        },
        lambda: check
      }
    };
  },
  typescript(context, { ts: typescript, sourceFile }) {
    const max = maxParamsFor(context);
    const check = (node) => {
      const fn = node;
      if (!fn.body) return;
      const count = fn.parameters.filter((parameter) => !isThisParameter(typescript, parameter)).length;
      if (count <= max) return;
      report(context, {
        start: signatureStart(typescript, fn, sourceFile),
        end: parameterListEnd(typescript, fn, sourceFile),
        name: typescriptFunctionName(typescript, fn),
        count,
        max
      });
    };
    const { SyntaxKind } = typescript;
    return {
      enter: {
        [SyntaxKind.FunctionDeclaration]: check,
        [SyntaxKind.FunctionExpression]: check,
        [SyntaxKind.ArrowFunction]: check,
        [SyntaxKind.MethodDeclaration]: check,
        [SyntaxKind.Constructor]: check,
        [SyntaxKind.GetAccessor]: check,
        [SyntaxKind.SetAccessor]: check
      }
    };
  }
});
function maxParamsFor(context) {
  const limit = context.options["max-params"];
  if (typeof limit === "number") return limit;
  return limit[context.language] ?? DEFAULT_MAX_PARAMS;
}
function ignoredNames(pattern) {
  return pattern === "" ? /(?!)/ : new RegExp(pattern);
}
function countedPythonParameters(fn, parameters) {
  const names = parameters.namedChildren.filter((child) => child.type !== "comment").map(pythonParameterName);
  if (names[0] !== void 0 && bindsReceiver(fn)) names.shift();
  return names.filter((name) => name !== void 0);
}
function bindsReceiver(fn) {
  return fn.type === "function_definition" && methodClassOf(fn) !== void 0 && !decoratorsOf(fn).includes("staticmethod");
}
function pythonParameterName(parameter) {
  switch (parameter.type) {
    case "identifier":
      return parameter.text;
    case "typed_parameter": {
      const target = parameter.namedChildren[0];
      return target?.type === "identifier" ? target.text : void 0;
    }
    case "default_parameter":
    case "typed_default_parameter":
      return parameter.childForFieldName("name")?.text;
    default:
      return void 0;
  }
}
function isThisParameter(typescript, parameter) {
  return typescript.isIdentifier(parameter.name) && parameter.name.text === "this";
}
function report(context, { start, end, name, count, max }) {
  context.report({
    start,
    end,
    message: `Function '${name}' has ${count} ${count === 1 ? "parameter" : "parameters"} (max ${max}).`,
    suggestion: SUGGESTION2,
    data: { count, max }
  });
}

// src/review/rules/unused-suppression.ts
var unusedSuppression = defineRule({
  meta: {
    id: "unused-suppression",
    category: "hygiene",
    severity: "notice",
    description: "A suppression directive that suppresses no finding.",
    languages: ["python", "typescript"]
  },
  defaultOptions: {}
});

// src/review/rules/index.ts
var RULES = [bareExcept, emptyCatch, nestedLoop, syntaxError, tooManyParams, unusedSuppression];
var RULES_BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export {
  DIRECTIVE_MARKER,
  parseDirective,
  applySuppressions,
  RULES,
  RULES_BY_ID
};
