import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  registerSecret
} from "./chunk-chunk-V4K7GZ5P.js";
import {
  parseCondition,
  syntaxErrorText,
  usesUncoveredSyntax
} from "./chunk-chunk-45LV6IBN.js";

// src/rollout/metrics/url-without-credentials.ts
function urlWithoutCredentials(text, { keepUser = false } = {}) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return "(not a valid URL)";
  }
  if (!keepUser) url.username = "";
  url.password = "";
  for (const key of [...url.searchParams.keys()]) {
    if (/pass|secret|token|key/i.test(key)) url.searchParams.set(key, "***");
  }
  return url.toString();
}

// src/rollout/metrics/prometheus-value.ts
function sampleNumber(text) {
  if (text === "+Inf") return Number.POSITIVE_INFINITY;
  if (text === "-Inf") return Number.NEGATIVE_INFINITY;
  return Number(text);
}
function prometheusValueOf(data) {
  if (typeof data !== "object" || data === null) return void 0;
  const { resultType, result } = data;
  if (resultType === "scalar" && Array.isArray(result)) return { kind: "scalar", value: sampleNumber(String(result[1])) };
  if (resultType === "string" && Array.isArray(result)) return { kind: "string", value: String(result[1]) };
  if (!Array.isArray(result)) return void 0;
  const series = result;
  if (resultType === "vector") {
    return { kind: "vector", samples: series.map((entry) => ({ labels: entry.metric ?? {}, value: sampleNumber(String(entry.value?.[1])) })) };
  }
  if (resultType === "matrix") {
    return {
      kind: "matrix",
      series: series.map((entry) => ({
        labels: entry.metric ?? {},
        points: (entry.values ?? []).map(([time, value]) => ({ time, value: sampleNumber(value) }))
      }))
    };
  }
  return void 0;
}

// src/rollout/metrics/prometheus-client.ts
var DEFAULT_PROMETHEUS_TIMEOUT_MS = 3e4;
var PrometheusError = class extends Error {
  name = "PrometheusError";
};
function prometheusClient(options) {
  const base = new URL(options.url);
  const authorization = base.username || base.password ? `Basic ${Buffer.from(`${decodeURIComponent(base.username)}:${decodeURIComponent(base.password)}`).toString("base64")}` : void 0;
  registerSecret(decodeURIComponent(base.password));
  registerSecret(authorization?.slice("Basic ".length));
  base.username = "";
  base.password = "";
  if (!base.pathname.endsWith("/")) base.pathname += "/";
  const endpoint = urlWithoutCredentials(base.toString());
  const send = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_PROMETHEUS_TIMEOUT_MS;
  async function call2(path, promql, form) {
    const headers = { "content-type": "application/x-www-form-urlencoded", accept: "application/json" };
    if (authorization) headers.authorization = authorization;
    let response;
    let text;
    try {
      response = await send(new URL(path, base), { method: "POST", headers, body: new URLSearchParams({ query: promql, ...form }), signal: AbortSignal.timeout(timeoutMs) });
      text = await response.text();
    } catch (error) {
      throw transportError(error, endpoint, promql, timeoutMs);
    }
    return valueOf(response.status, text, endpoint, promql);
  }
  return {
    endpoint,
    query(promql, at) {
      return call2("api/v1/query", promql, at ? { time: unixSeconds(at) } : {});
    },
    async queryRange(promql, window) {
      const value = await call2("api/v1/query_range", promql, { start: unixSeconds(window.start), end: unixSeconds(window.end), step: String(window.stepSeconds) });
      if (value.kind !== "matrix") throw new PrometheusError(`Prometheus at ${endpoint} answered the range query '${promql}' with a ${value.kind}, not a matrix.`);
      return value.series;
    }
  };
}
function unixSeconds(date) {
  return String(date.getTime() / 1e3);
}
function valueOf(status, text, endpoint, promql) {
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new PrometheusError(
      `Prometheus at ${endpoint} answered the query '${promql}' with HTTP ${status} and no Prometheus API response; check that prometheus-url is the Prometheus server's base URL (such as http://prometheus:9090), not a page in front of it.`
    );
  }
  if (body.status !== "success") {
    const reason = [body.errorType, body.error].filter((part) => typeof part === "string" && part !== "").join(": ");
    throw new PrometheusError(`Prometheus at ${endpoint} refused the query '${promql}' (HTTP ${status}): ${reason || "no error text"}.`);
  }
  const value = prometheusValueOf(body.data);
  if (!value) throw new PrometheusError(`Prometheus at ${endpoint} answered the query '${promql}' with a result of unknown shape.`);
  return value;
}
function transportError(error, endpoint, promql, timeoutMs) {
  const { name, cause } = errorFields(error);
  if (name === "TimeoutError" || name === "AbortError") {
    return new PrometheusError(`Prometheus at ${endpoint} did not answer the query '${promql}' within ${timeoutMs / 1e3}s; check that it is up and not overloaded, or simplify the query.`);
  }
  return new PrometheusError(`cannot reach Prometheus at ${endpoint} for the query '${promql}': ${cause}; check prometheus-url and that Prometheus is running.`);
}
function errorFields(error) {
  const { name, message, cause } = typeof error === "object" && error !== null ? error : {};
  const reason = typeof cause?.message === "string" ? cause.message : typeof message === "string" ? message : String(error);
  return { name: typeof name === "string" ? name : "", cause: reason };
}

// src/rollout/metrics/argo-result.ts
function argoResult(value) {
  if (value.kind === "scalar") return { ok: true, result: value.value };
  if (value.kind === "vector") return { ok: true, result: value.samples.map((sample) => sample.value) };
  return { ok: false, reason: `the query returned a ${value.kind}; Argo Rollouts supports only vectors and scalars (drop a range selector such as [5m] left outside a function)` };
}
function argoValueText(result) {
  if (Array.isArray(result)) return `[${result.map(goFloatText).join(",")}]`;
  return goFloatText(result);
}
function goFloatText(value) {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "+Inf";
  if (value === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(value);
}

// src/rollout/expr/expr-value.ts
var ExprRuntimeError = class extends Error {
};
var ExprUnsupportedError = class extends Error {
};
function typeName(value) {
  if (value === null) return "nil";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "string") return "string";
  if (typeof value === "bigint") return "int";
  if (typeof value === "number") return "float64";
  if (Array.isArray(value)) return "array";
  return "map";
}
function isNumber(value) {
  return typeof value === "bigint" || typeof value === "number";
}
function isMap(value) {
  return value instanceof Map;
}
function int64(value) {
  return BigInt.asIntN(64, value);
}
function toExprValue(input) {
  if (input === null || input === void 0) return null;
  if (typeof input === "boolean" || typeof input === "string" || typeof input === "number") return input;
  if (typeof input === "bigint") return int64(input);
  if (Array.isArray(input)) return input.map(toExprValue);
  if (typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype) {
    return new Map(Object.entries(input).map(([key, value]) => [key, toExprValue(value)]));
  }
  throw new ExprUnsupportedError(`the result is a ${typeof input}, not plain data`);
}
function describeValue(value) {
  if (value === null) return "nil";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return goFloat(value);
  if (Array.isArray(value)) return value.length > 5 ? `[${value.slice(0, 5).map(describeValue).join(", ")}, \u2026]` : `[${value.map(describeValue).join(", ")}]`;
  if (isMap(value)) return `map with keys ${[...value.keys()].join(", ") || "(none)"}`;
  return String(value);
}
function goFloat(value) {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "+Inf";
  if (value === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(value);
}

// src/rollout/expr/expr-functions.ts
var GO_INT_PATTERN = /^[+-]?\d+$/;
var GO_FLOAT_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
var GO_INFINITY_PATTERN = /^([+-]?)(?:inf|infinity)$/i;
var INT64_MIN = -(2n ** 63n);
var INT64_MAX = 2n ** 63n - 1n;
var EXPR_FUNCTIONS = /* @__PURE__ */ new Map([
  ["len", (args) => length(single("len", args))],
  ["abs", (args) => absolute(single("abs", args))],
  ["max", (args) => extreme("max", args)],
  ["min", (args) => extreme("min", args)],
  ["isNaN", (args) => Number.isNaN(float64Argument("isNaN", single("isNaN", args)))],
  ["isInf", (args) => Math.abs(float64Argument("isInf", single("isInf", args))) === Number.POSITIVE_INFINITY],
  ["asInt", (args) => asInt(single("asInt", args))],
  ["asFloat", (args) => asFloat(single("asFloat", args))],
  ["isNil", (args, result) => {
    single("isNil", args);
    return result === null;
  }],
  ["default", (args, result) => {
    if (args.length !== 2) throw new ExprRuntimeError(`default takes 2 arguments, got ${args.length}`);
    return result === null ? args[1] : result;
  }]
]);
function single(name, args) {
  if (args.length !== 1) throw new ExprRuntimeError(`${name} takes 1 argument, got ${args.length}`);
  return args[0];
}
function length(value) {
  if (typeof value === "string") return BigInt([...value].length);
  if (Array.isArray(value)) return BigInt(value.length);
  if (value !== null && isMap(value)) return BigInt(value.size);
  throw new ExprRuntimeError(`invalid argument for len (type ${typeName(value)})`);
}
function absolute(value) {
  if (typeof value === "bigint") return value < 0n ? -value : value;
  if (typeof value === "number") return Math.abs(value);
  throw new ExprRuntimeError(`invalid argument for abs (type ${typeName(value)})`);
}
function extreme(name, args) {
  const candidates = args.flatMap((arg) => Array.isArray(arg) ? arg : [arg]);
  if (candidates.length === 0) throw new ExprRuntimeError(`not enough arguments to call ${name}`);
  let best;
  for (const candidate of candidates) {
    if (!isNumber(candidate)) throw new ExprRuntimeError(`invalid argument for ${name} (type ${typeName(candidate)})`);
    if (Number.isNaN(candidate)) throw new ExprUnsupportedError(`${name} over NaN is outside the evaluated subset`);
    if (best === void 0 || (name === "max" ? Number(candidate) > Number(best) : Number(candidate) < Number(best))) best = candidate;
  }
  return best ?? null;
}
function float64Argument(name, value) {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") throw new ExprUnsupportedError(`${name} of an int is outside the evaluated subset`);
  throw new ExprRuntimeError(`${name} expects a float64, got ${typeName(value)} ${describeValue(value)}`);
}
function asInt(value) {
  if (typeof value === "bigint") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || Math.abs(value) >= 2 ** 63) throw new ExprUnsupportedError(`asInt of ${describeValue(value)} is implementation-defined in Go`);
    return BigInt(Math.trunc(value));
  }
  if (typeof value === "string") {
    const parsed = GO_INT_PATTERN.test(value) ? BigInt(value) : void 0;
    if (parsed === void 0 || parsed < INT64_MIN || parsed > INT64_MAX) throw new ExprRuntimeError(`strconv.ParseInt: parsing ${JSON.stringify(value)}: invalid syntax`);
    return parsed;
  }
  throw new ExprRuntimeError(`asInt() not supported on ${typeName(value)} ${describeValue(value)}`);
}
function asFloat(value) {
  if (isNumber(value)) return Number(value);
  if (typeof value !== "string") throw new ExprRuntimeError(`asFloat() not supported on ${typeName(value)} ${describeValue(value)}`);
  if (GO_FLOAT_PATTERN.test(value)) return Number(value);
  if (/^nan$/i.test(value)) return Number.NaN;
  const infinity = GO_INFINITY_PATTERN.exec(value);
  if (infinity) return infinity[1] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (/^[+-]?0[xX]|_/.test(value)) throw new ExprUnsupportedError(`asFloat of ${JSON.stringify(value)} (hex or underscores) is outside the evaluated subset`);
  throw new ExprRuntimeError(`strconv.ParseFloat: parsing ${JSON.stringify(value)}: invalid syntax`);
}

// src/rollout/expr/expr-operators.ts
function exprEqual(left, right) {
  if (isNumber(left) && isNumber(right)) {
    if (typeof left === "bigint" && typeof right === "bigint") return left === right;
    return Number(left) === Number(right);
  }
  if (Array.isArray(left) || Array.isArray(right) || left !== null && isMap(left) || right !== null && isMap(right)) {
    throw new ExprUnsupportedError("== on lists or maps is outside the evaluated subset");
  }
  return left === right;
}
function applyUnary(operator, operand) {
  if (operator === "not" || operator === "!") {
    if (typeof operand !== "boolean") throw mismatch(operator, operand);
    return !operand;
  }
  if (typeof operand === "bigint") return operator === "-" ? int64(-operand) : operand;
  if (typeof operand === "number") return operator === "-" ? -operand : operand;
  throw mismatch(operator, operand);
}
function applyBinary(operator, left, right) {
  switch (operator) {
    case "==":
      return exprEqual(left, right);
    case "!=":
      return !exprEqual(left, right);
    case "<":
    case ">":
    case "<=":
    case ">=":
      return compare(operator, left, right);
    case "+":
      if (typeof left === "string" && typeof right === "string") return left + right;
      return arithmetic(operator, left, right);
    case "-":
    case "*":
      return arithmetic(operator, left, right);
    case "/":
      if (!isNumber(left) || !isNumber(right)) throw mismatch(operator, left, right);
      return Number(left) / Number(right);
    case "%":
      return modulo(left, right);
    case "**":
    case "^":
      if (!isNumber(left) || !isNumber(right)) throw mismatch(operator, left, right);
      return Number(left) ** Number(right);
    case "in":
      return contains(right, left);
    case "not in":
      return !contains(right, left);
    case "contains":
    case "startsWith":
    case "endsWith":
      return stringTest(operator, left, right);
    case "not contains":
    case "not startsWith":
    case "not endsWith":
      return !stringTest(operator.slice("not ".length), left, right);
    default:
      throw new ExprUnsupportedError(`the operator ${operator} is outside the evaluated subset`);
  }
}
function compare(operator, left, right) {
  if (typeof left === "string" && typeof right === "string") return ordered(operator, left, right);
  if (!isNumber(left) || !isNumber(right)) throw mismatch(operator, left, right);
  if (typeof left === "bigint" && typeof right === "bigint") return ordered(operator, left, right);
  return ordered(operator, Number(left), Number(right));
}
function ordered(operator, left, right) {
  if (operator === "<") return left < right;
  if (operator === ">") return left > right;
  if (operator === "<=") return left <= right;
  return left >= right;
}
function arithmetic(operator, left, right) {
  if (!isNumber(left) || !isNumber(right)) throw mismatch(operator, left, right);
  if (typeof left === "bigint" && typeof right === "bigint") {
    if (operator === "+") return int64(left + right);
    if (operator === "-") return int64(left - right);
    return int64(left * right);
  }
  if (operator === "+") return Number(left) + Number(right);
  if (operator === "-") return Number(left) - Number(right);
  return Number(left) * Number(right);
}
function modulo(left, right) {
  if (typeof left !== "bigint" || typeof right !== "bigint") throw mismatch("%", left, right);
  if (right === 0n) throw new ExprRuntimeError("integer divide by zero");
  return left % right;
}
function contains(container, needle) {
  if (Array.isArray(container)) return container.some((element) => exprEqual(element, needle));
  if (container !== null && isMap(container)) {
    if (typeof needle !== "string") throw mismatch("in", needle, container);
    return container.has(needle);
  }
  throw mismatch("in", needle, container);
}
function stringTest(operator, left, right) {
  if (typeof left !== "string" || typeof right !== "string") throw mismatch(operator, left, right);
  if (operator === "contains") return left.includes(right);
  if (operator === "startsWith") return left.startsWith(right);
  return left.endsWith(right);
}
function mismatch(operator, ...operands) {
  if (operands.length === 1) return new ExprRuntimeError(`invalid operation: ${operator} (mismatched type ${typeName(operands[0])})`);
  return new ExprRuntimeError(`invalid operation: ${operator} (mismatched types ${typeName(operands[0])} and ${typeName(operands[1])})`);
}

// src/rollout/expr/evaluate-expression.ts
var PREDICATE_FUNCTIONS = /* @__PURE__ */ new Set(["all", "any", "none", "one", "filter", "map", "count"]);
var UNCOVERED_BUILTINS = /* @__PURE__ */ new Set([
  "sum",
  "mean",
  "median",
  "first",
  "last",
  "round",
  "floor",
  "ceil",
  "int",
  "float",
  "string",
  "trim",
  "trimPrefix",
  "trimSuffix",
  "upper",
  "lower",
  "split",
  "join",
  "replace",
  "repeat",
  "indexOf",
  "lastIndexOf",
  "hasPrefix",
  "hasSuffix",
  "type",
  "toJSON",
  "fromJSON",
  "toBase64",
  "fromBase64",
  "now",
  "duration",
  "date",
  "timezone",
  "keys",
  "values",
  "reduce",
  "groupBy",
  "sortBy",
  "sort",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
  "concat",
  "flatten",
  "uniq",
  "reverse",
  "get",
  "toPairs",
  "fromPairs",
  "bitand",
  "bitor",
  "bitxor",
  "bitnand",
  "bitnot",
  "bitshl",
  "bitshr",
  "bitushr",
  "take"
]);
var INT64_MAX2 = 2n ** 63n - 1n;
function evaluateExpression(node, scope) {
  switch (node.type) {
    case "Literal":
      return literal(node);
    case "Identifier":
      return identifier(node.name, scope);
    case "Group":
      return evaluateExpression(node.expression, scope);
    case "UnaryExpression": {
      const unary = node;
      return applyUnary(unary.operator, evaluateExpression(unary.argument, scope));
    }
    case "BinaryExpression":
      return binary(node, scope);
    case "ConditionalExpression": {
      const conditional = node;
      const test = evaluateExpression(conditional.test, scope);
      if (typeof test !== "boolean") throw new ExprRuntimeError(`non-bool expression (type ${typeName(test)}) used as condition`);
      return evaluateExpression(test ? conditional.consequent : conditional.alternate, scope);
    }
    case "MemberExpression":
      return member(node, scope);
    case "CallExpression":
      return call(node, scope);
    case "ArrayExpression":
      return node.elements.map((element) => {
        if (element === null) throw new ExprUnsupportedError("a list with an empty slot is not expr-lang");
        return evaluateExpression(element, scope);
      });
    case "Closure":
      throw new ExprUnsupportedError("map literals ({\u2026} outside a predicate) are outside the evaluated subset");
    case "ThisExpression":
      throw new ExprRuntimeError("unknown name this");
    default:
      throw new ExprUnsupportedError(`${node.type} is outside the evaluated subset`);
  }
}
function literal(node) {
  if (typeof node.value !== "number") return node.value instanceof RegExp ? String(node.value) : node.value;
  if (/[.eE]/.test(node.raw)) return node.value;
  const integer = BigInt(node.raw);
  if (integer > INT64_MAX2) throw new ExprUnsupportedError(`the integer ${node.raw} overflows int64`);
  return integer;
}
function identifier(name, scope) {
  if (name === "result") return scope.result;
  if (name === "#") {
    if (!("element" in scope)) throw new ExprRuntimeError("# is only defined inside a predicate such as all(result, {# > 0})");
    return scope.element ?? null;
  }
  if (name.startsWith("#")) throw new ExprUnsupportedError(`${name} is outside the evaluated subset`);
  throw new ExprRuntimeError(`unknown name ${name}`);
}
function binary(node, scope) {
  const { operator } = node;
  if (operator === "and" || operator === "&&") return logical(operator, node, scope, false);
  if (operator === "or" || operator === "||") return logical(operator, node, scope, true);
  if (operator === "??") {
    const left = evaluateExpression(node.left, scope);
    return left === null ? evaluateExpression(node.right, scope) : left;
  }
  if ((operator === "**" || operator === "^") && node.left.type === "UnaryExpression") {
    const unary = node.left;
    return applyUnary(unary.operator, applyBinary(operator, evaluateExpression(unary.argument, scope), evaluateExpression(node.right, scope)));
  }
  return applyBinary(operator, evaluateExpression(node.left, scope), evaluateExpression(node.right, scope));
}
function logical(operator, node, scope, stopsOn) {
  const left = evaluateExpression(node.left, scope);
  if (typeof left !== "boolean") throw new ExprRuntimeError(`invalid operation: ${operator} (mismatched types ${typeName(left)} and bool)`);
  if (left === stopsOn) return left;
  const right = evaluateExpression(node.right, scope);
  if (typeof right !== "boolean") throw new ExprRuntimeError(`invalid operation: ${operator} (mismatched types bool and ${typeName(right)})`);
  return right;
}
function member(node, scope) {
  const object = evaluateExpression(node.object, scope);
  if (object === null && node.optional === true) return null;
  const key = node.computed ? evaluateExpression(node.property, scope) : node.property.name;
  return fetch2(object, key);
}
function fetch2(from, key) {
  if (Array.isArray(from)) {
    if (typeof key !== "bigint" && typeof key !== "number") throw new ExprRuntimeError(`cannot use ${typeName(key)} as index to array`);
    if (typeof key === "number" && !Number.isFinite(key)) throw new ExprUnsupportedError(`indexing with ${describeValue(key)} is outside the evaluated subset`);
    const requested = typeof key === "bigint" ? Number(key) : Math.trunc(key);
    const index = requested < 0 ? from.length + requested : requested;
    if (index < 0 || index >= from.length) throw new ExprRuntimeError(`index out of range: ${index} (array length is ${from.length})`);
    return from[index];
  }
  if (from !== null && isMap(from)) {
    if (typeof key !== "string") throw new ExprRuntimeError(`cannot use ${typeName(key)} as a map key`);
    return from.get(key) ?? null;
  }
  if (typeof from === "string") throw new ExprUnsupportedError("indexing into a string is outside the evaluated subset");
  throw new ExprRuntimeError(`cannot fetch ${typeof key === "string" ? key : describeValue(key)} from ${typeName(from)}`);
}
function call(node, scope) {
  if (node.callee.type !== "Identifier") throw new ExprUnsupportedError("method calls are outside the evaluated subset");
  const name = node.callee.name;
  if (PREDICATE_FUNCTIONS.has(name)) return predicateCall(name, node.arguments, scope);
  const builtin = EXPR_FUNCTIONS.get(name);
  if (builtin) return builtin(node.arguments.map((argument) => evaluateExpression(argument, scope)), scope.result);
  if (UNCOVERED_BUILTINS.has(name)) throw new ExprUnsupportedError(`the function ${name}() is outside the evaluated subset`);
  throw new ExprRuntimeError(`unknown name ${name}`);
}
function predicateCall(name, args, scope) {
  if (args.length !== 2) throw new ExprUnsupportedError(`${name}() with ${args.length} argument(s) is outside the evaluated subset`);
  const list = evaluateExpression(args[0], scope);
  if (!Array.isArray(list)) throw new ExprRuntimeError(`cannot iterate over ${typeName(list)}`);
  const body = args[1].type === "Closure" ? args[1].body : args[1];
  const apply = (element) => evaluateExpression(body, { result: scope.result, element });
  const test = (element) => {
    const outcome = apply(element);
    if (typeof outcome !== "boolean") throw new ExprRuntimeError(`predicate of ${name}() returned ${typeName(outcome)}, expected bool`);
    return outcome;
  };
  switch (name) {
    case "all":
      return list.every(test);
    case "any":
      return list.some(test);
    case "none":
      return !list.some(test);
    case "one":
      return list.filter(test).length === 1;
    case "filter":
      return list.filter(test);
    case "count":
      return BigInt(list.filter(test).length);
    default:
      return list.map(apply);
  }
}

// src/rollout/expr/evaluate-condition.ts
var ARGO_RECORDS_ERROR = "; Argo Rollouts records such a measurement as Error";
function evaluateCondition(source, result) {
  const parsed = parseCondition(source);
  if (!parsed.ok) {
    const syntax = syntaxErrorText(parsed);
    if (usesUncoveredSyntax(source)) return notEvaluated(`it uses expr-lang syntax outside the evaluated subset (${syntax})`);
    return notEvaluated(`it is not valid expr-lang (${syntax})${ARGO_RECORDS_ERROR}`);
  }
  try {
    const value = evaluateExpression(parsed.ast, { result: toExprValue(result) });
    if (typeof value !== "boolean") return notEvaluated(`it yields ${typeName(value)}, not bool${ARGO_RECORDS_ERROR}`);
    return { evaluated: true, value };
  } catch (error) {
    if (error instanceof ExprRuntimeError) return notEvaluated(`${error.message}${ARGO_RECORDS_ERROR}`);
    if (error instanceof ExprUnsupportedError) return notEvaluated(error.message);
    return notEvaluated(error instanceof Error ? error.message : String(error));
  }
}
function notEvaluated(reason) {
  return { evaluated: false, reason: `condition not evaluated: ${reason}` };
}

// src/rollout/metrics/measurement-phase.ts
function measurementPhase(result, successCondition, failureCondition) {
  const success = decide(successCondition, result);
  if ("reason" in success) return { evaluated: false, reason: `successCondition '${successCondition}': ${success.reason}` };
  const failure = decide(failureCondition, result);
  if ("reason" in failure) return { evaluated: false, reason: `failureCondition '${failureCondition}': ${failure.reason}` };
  if (success.value === void 0 && failure.value === void 0) return { evaluated: true, phase: "Successful" };
  const failed = failure.value ?? !success.value;
  const succeeded = success.value ?? !failure.value;
  if (failed) return { evaluated: true, phase: "Failed" };
  return { evaluated: true, phase: succeeded ? "Successful" : "Inconclusive" };
}
function decide(condition, result) {
  if (condition === void 0 || condition === "") return { value: void 0 };
  const outcome = evaluateCondition(condition, result);
  return outcome.evaluated ? { value: outcome.value } : { reason: outcome.reason.replace(/^condition not evaluated: /, "") };
}

// src/rollout/metrics/substitute-args.ts
var PLACEHOLDER = /\{\{\s*args\.([A-Za-z0-9_.-]+?)\s*\}\}/g;
function substituteArgs(template, values) {
  const missing = [...template.matchAll(PLACEHOLDER)].map((match) => match[1]).filter((name) => !(name in values));
  if (missing.length > 0) return { ok: false, reason: `the query uses {{args.${missing[0]}}}, which no arg declares` };
  return { ok: true, text: template.replace(PLACEHOLDER, (_, name) => values[name]) };
}

export {
  urlWithoutCredentials,
  argoResult,
  argoValueText,
  evaluateCondition,
  measurementPhase,
  substituteArgs,
  prometheusClient
};
