import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  openServerDatabase,
  passedInServerDatabase
} from "./chunk-chunk-5W76VBFA.js";
import {
  StatementRefusedError,
  statementError,
  statementLocation
} from "./chunk-chunk-IYKB54XW.js";
import {
  resolveInputFiles,
  resolvePlanFiles
} from "./chunk-chunk-MDTANTNL.js";
import {
  DatabaseError,
  quoted
} from "./chunk-chunk-P3IEJWAB.js";
import {
  parseFailure,
  pgParser,
  splitSqlFile,
  sqlParseError
} from "./chunk-chunk-QX7IN5DA.js";
import {
  SourcePositions
} from "./chunk-chunk-VKEPVHKR.js";
import "./chunk-chunk-V4K7GZ5P.js";
import {
  MIN_REFERENCING_ROWS_DEFAULT,
  PLAN_RULES,
  SEARCHES_REFERENCING_TABLE,
  formatCount,
  formatShare,
  missingIndex,
  numberField,
  sqlError,
  statementNotAudited,
  stringField,
  toList,
  walkPlan
} from "./chunk-chunk-XEKWYLA5.js";
import {
  parseDuration
} from "./chunk-chunk-45LV6IBN.js";
import "./chunk-chunk-SJWJCOKZ.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";
import {
  ruleSettingsResolver,
  severityFor
} from "./chunk-chunk-UM3XXW2D.js";
import "./chunk-chunk-ZEOJJT5H.js";
import {
  rulesOf
} from "./chunk-chunk-AE2HRXUO.js";
import "./chunk-chunk-SZAZ6YND.js";

// src/queries/audit-saved-plans.ts
import { readFileSync } from "node:fs";

// src/queries/plan/node-locations.ts
function nodeLocations(jsonText) {
  const locations = [];
  const lines = jsonText.split("\n");
  lines.forEach((text, index) => {
    const pattern = /"Node Type"\s*:\s*"(?:[^"\\]|\\.)*"/g;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      locations.push({ line: index + 1, column: match.index + 1, endColumn: match.index + match[0].length + 1 });
    }
  });
  return locations;
}

// src/queries/plan/psql-framing.ts
function stripPsqlFraming(text) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const framed = lines.some(isHeader);
  if (framed && isCsv(lines)) return unCsv(lines);
  const stripped = lines.map((line) => isFramingLine(line) ? "" : framed ? cellOf(line) : line).map((line) => line.replace(/\s*(?:\+|↵)$/, ""));
  return joinWrapped(stripped).join("\n");
}
var BORDER = "[|\u2502]";
var RULE_CHARS = /^[\s\-+=─━┼┌┐└┘├┤┬┴╞╡╪═]+$/;
function isHeader(line) {
  return new RegExp(`^\\s*(?:${BORDER})?\\s*QUERY PLAN\\s*(?:${BORDER})?\\s*$`).test(line) || /^\s*QUERY PLAN\s*[|│]/.test(line);
}
function isFramingLine(line) {
  const trimmed = line.trim();
  if (trimmed === "") return false;
  return new RegExp(`^(?:${BORDER})?\\s*QUERY PLAN\\s*(?:${BORDER})?$`).test(trimmed) || RULE_CHARS.test(trimmed) || /^[-─]\[ RECORD \d+ \][-─]*$/.test(trimmed) || /^\(\d+ rows?\)$/.test(trimmed);
}
function cellOf(line) {
  const expanded = /^(?:\s*QUERY PLAN\s*|\s+)[|│] ?(.*)$/.exec(line);
  if (expanded) return expanded[1];
  const bordered = /^[|│] ?(.*?)\s*[|│]$/.exec(line);
  return bordered ? bordered[1] : line;
}
function joinWrapped(lines) {
  const joined = [...lines];
  for (let index = 0; index + 1 < joined.length; index += 1) {
    const current = joined[index];
    const next = joined[index + 1];
    const marker = /[.…]$/.exec(current)?.[0];
    if (!marker || !next.startsWith(marker)) continue;
    joined[index] = current.slice(0, -1) + next.slice(1);
    joined[index + 1] = "";
    index -= 1;
  }
  return joined;
}
function isCsv(lines) {
  const first = lines.findIndex((line) => line.trim() !== "");
  return lines[first]?.trim() === "QUERY PLAN" && (lines[first + 1] ?? "").startsWith('"');
}
function unCsv(lines) {
  const first = lines.findIndex((line) => line.trim() !== "");
  const last = lines.findLastIndex((line) => line.trim() !== "");
  return lines.map((line, index) => {
    if (index <= first || index > last) return "";
    let cell = line;
    if (index === first + 1) cell = cell.replace(/^"/, "");
    if (index === last) cell = cell.replace(/"\s*$/, "");
    return cell.replace(/""/g, '"');
  }).join("\n");
}

// src/queries/plan/read-plan-input.ts
var EXPECTED_FORMS = `EXPLAIN (FORMAT JSON) output: [ {"Plan": \u2026} ], {"Plan": \u2026}, or the same as psql prints it (aligned with '+' line ends, wrapped, expanded, unaligned or CSV)`;
function readPlanInput(text, file) {
  const jsonText = stripPsqlFraming(text);
  if (jsonText.trim() === "") throw badPlan(file, "the file is empty");
  let parsed;
  try {
    parsed = JSON.parse(jsonText);
  } catch (error) {
    throw badPlan(file, `it is not JSON (${error.message})`);
  }
  const entries = Array.isArray(parsed) ? parsed : [parsed];
  if (entries.length === 0) throw badPlan(file, "it is an empty JSON array");
  const documents = entries.map((entry, index) => asPlanDocument(entry, file, index));
  return { documents, jsonText };
}
function asPlanDocument(entry, file, index) {
  const where = index === 0 ? "its top level" : `entry ${index + 1} of its array`;
  if (!isObject(entry)) throw badPlan(file, `${where} is ${describe(entry)}, not an object`);
  if (!isObject(entry.Plan)) throw badPlan(file, `${where} has no "Plan" object (keys: ${Object.keys(entry).join(", ") || "none"})`);
  if (typeof entry.Plan["Node Type"] !== "string") throw badPlan(file, `the "Plan" object of ${where} has no "Node Type"`);
  return entry;
}
function badPlan(file, problem) {
  return new UsageError(
    `${file} is not a saved query plan: ${problem}. Expected ${EXPECTED_FORMS}. Save the plan with psql -XAt -c 'EXPLAIN (ANALYZE, BUFFERS, SETTINGS, FORMAT JSON) \u2026' > plan.json, or paste psql's output as it is.`
  );
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe(value) {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return `a ${typeof value}`;
}

// src/queries/plan/node-label.ts
var AGGREGATE_NAMES = { Hashed: "HashAggregate", Sorted: "GroupAggregate", Mixed: "MixedAggregate" };
function nodeLabel(fields) {
  const nodeType = stringField(fields, "Node Type") ?? "Unknown";
  const strategy = stringField(fields, "Strategy");
  let name = nodeType === "Aggregate" && strategy ? AGGREGATE_NAMES[strategy] ?? nodeType : nodeType;
  if (fields["Parallel Aware"] === true && !name.startsWith("Parallel ")) name = `Parallel ${name}`;
  const target = stringField(fields, "Relation Name") ?? stringField(fields, "CTE Name") ?? stringField(fields, "Function Name");
  return target ? `${name} on ${target}` : name;
}

// src/queries/plan/analysed-plan.ts
function analysePlan(document, firstOrdinal = 0) {
  let ordinal = firstOrdinal;
  const build = (raw, ancestors, parallelism) => {
    const label = nodeLabel(raw);
    const parent = ancestors.at(-1);
    const underLimit = ancestors.some((ancestor) => ancestor.nodeType === "Limit");
    const node = {
      nodeType: stringField(raw, "Node Type") ?? "Unknown",
      label,
      path: parent ? `${parent.path} > ${label}` : label,
      ordinal: ordinal++,
      relation: stringField(raw, "Relation Name"),
      parentRelationship: stringField(raw, "Parent Relationship"),
      planRows: numberField(raw, "Plan Rows") ?? 0,
      actual: actualCounts(raw, parallelism),
      neverExecuted: (parent?.neverExecuted ?? false) || numberField(raw, "Actual Loops") === 0,
      underLimit,
      parallelism,
      children: [],
      fields: raw
    };
    const childParallelism = isGather(node) ? (numberField(raw, "Workers Launched") ?? 0) + 1 : parallelism;
    const rawChildren = Array.isArray(raw.Plans) ? raw.Plans.filter(isObject) : [];
    node.children = rawChildren.map((child) => build(child, [...ancestors, node], childParallelism));
    return node;
  };
  const root = build(document.Plan, [], 1);
  const settings = isObject(document.Settings) ? document.Settings : void 0;
  return {
    root,
    features: { analyze: root.actual !== void 0, buffers: "Shared Hit Blocks" in document.Plan },
    hasSettings: settings !== void 0,
    settings: Object.fromEntries(Object.entries(settings ?? {}).map(([name, value]) => [name, String(value)])),
    planningTimeMs: numberField(document, "Planning Time"),
    executionTimeMs: numberField(document, "Execution Time"),
    triggers: Array.isArray(document.Triggers) ? document.Triggers.filter(isObject).map(triggerTiming) : [],
    ...jitTiming(document.JIT)
  };
}
function nodeCount(plan) {
  let count = 0;
  const visit = (node) => {
    count += 1;
    node.children.forEach(visit);
  };
  visit(plan.root);
  return count;
}
function isGather(node) {
  return node.nodeType === "Gather" || node.nodeType === "Gather Merge";
}
function actualCounts(raw, parallelism) {
  const loops = numberField(raw, "Actual Loops");
  if (loops === void 0) return void 0;
  const rowsPerLoop = numberField(raw, "Actual Rows") ?? 0;
  const perLoop = (key) => (numberField(raw, key) ?? 0) * loops;
  return {
    loops,
    rowsPerLoop,
    rows: rowsPerLoop * loops,
    totalTimeMs: (numberField(raw, "Actual Total Time") ?? 0) * loops / parallelism,
    removedByFilter: perLoop("Rows Removed by Filter"),
    removedByJoinFilter: perLoop("Rows Removed by Join Filter"),
    removedByIndexRecheck: perLoop("Rows Removed by Index Recheck")
  };
}
function triggerTiming(raw) {
  return {
    name: stringField(raw, "Trigger Name") ?? "unnamed trigger",
    relation: stringField(raw, "Relation"),
    constraint: stringField(raw, "Constraint Name"),
    timeMs: numberField(raw, "Time") ?? 0,
    calls: numberField(raw, "Calls") ?? 0
  };
}
function jitTiming(jit) {
  if (!isObject(jit) || !isObject(jit.Timing)) return {};
  const total = numberField(jit.Timing, "Total");
  return total === void 0 ? {} : { jitTimeMs: total, jitFunctions: numberField(jit, "Functions") };
}

// src/queries/judge-plans.ts
function judgePlans(documents, rules, ruleList = rulesOf(PLAN_RULES)) {
  const plans = [];
  const notRun = /* @__PURE__ */ new Map();
  const reports = [];
  let firstOrdinal = 0;
  for (const document of documents) {
    const plan = analysePlan(document, firstOrdinal);
    firstOrdinal += nodeCount(plan);
    plans.push(plan);
    for (const rule of ruleList) {
      const setting = rules[rule.meta.id];
      const configured = setting?.severity;
      if (configured === "off") continue;
      const missing = rule.needs.filter((feature) => !plan.features[feature]);
      if (missing.length > 0) {
        const known = notRun.get(rule.meta.id) ?? /* @__PURE__ */ new Set();
        missing.forEach((feature) => known.add(feature));
        notRun.set(rule.meta.id, known);
        continue;
      }
      const options = { ...rule.defaultOptions, ...setting?.options };
      rule.check({
        plan,
        options,
        report: (report) => reports.push({ rule, report, severity: severityFor(rule.meta, configured, report.severity) })
      });
    }
  }
  return {
    reports: dropSuperseded(reports),
    plans,
    notRun: [...notRun].map(([rule, needs]) => ({ rule, needs: [...needs].sort() }))
  };
}
function dropSuperseded(reports) {
  const claimed = new Set(reports.filter((entry) => entry.report.node).map((entry) => `${entry.rule.meta.id}\0${entry.report.node?.ordinal}`));
  return reports.filter(({ rule, report }) => {
    if (!report.node || !rule.supersededBy) return true;
    return !rule.supersededBy.some((other) => claimed.has(`${other}\0${report.node?.ordinal}`));
  });
}

// src/queries/plan-finding.ts
import { createHash } from "node:crypto";
function planFinding({ rule, report, severity }, place, anchor, occurrence) {
  const nodePath = report.node?.path;
  return {
    analyzer: "queries",
    rule: rule.meta.id,
    category: rule.meta.category,
    severity,
    message: report.message,
    ...place,
    ...report.suggestion ? { suggestion: report.suggestion } : {},
    fingerprint: createHash("sha256").update(`${rule.meta.id}\0${anchor}\0${nodePath ?? "plan"}\0${occurrence}`).digest("hex").slice(0, 32),
    data: { ...nodePath ? { nodePath } : {}, ...report.data }
  };
}
function occurrenceCounter() {
  const seen = /* @__PURE__ */ new Map();
  return (judged) => {
    const key = ruleNodeKey(judged);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return occurrence;
  };
}
function ruleNodeKey({ rule, report }) {
  return `${rule.meta.id}\0${report.node?.path ?? ""}`;
}

// src/queries/audit-plan-file.ts
function auditPlanFile(file, text, rules, ruleList = rulesOf(PLAN_RULES)) {
  const input = readPlanInput(text, file);
  const locations = nodeLocations(input.jsonText);
  const { reports, plans, notRun } = judgePlans(input.documents, rules, ruleList);
  const occurrence = occurrenceCounter();
  const findings = reports.map((judged) => {
    const location = locations[judged.report.node?.ordinal ?? 0] ?? { line: 1, column: 1, endColumn: 1 };
    const place = { file, line: location.line, column: location.column, endLine: location.line, endColumn: location.endColumn };
    return planFinding(judged, place, file, occurrence(judged));
  });
  return { findings, plans, notRun };
}

// src/queries/audit-saved-plans.ts
function auditSavedPlans(root, entries, rulesFor, log) {
  const findings = [];
  const notRun = [];
  let plans = 0;
  for (const { absolute, file } of resolvePlanFiles(root, entries)) {
    log?.(`queries: auditing the saved plan ${file}`);
    const audit = auditPlanFile(file, readPlanText(absolute, file), rulesFor(file));
    findings.push(...audit.findings);
    plans += audit.plans.length;
    notRun.push(...audit.notRun);
  }
  return { findings, plans, notRun };
}
function readPlanText(absolute, file) {
  try {
    return readFileSync(absolute, "utf8");
  } catch (error) {
    throw new UsageError(`plan: cannot read ${file}: ${error.code ?? String(error)}. Check the file's permissions.`);
  }
}

// src/queries/advice/advice-finding.ts
import { createHash as createHash2 } from "node:crypto";
function adviceFinding(statement, report) {
  const lastLine = (statement.written ?? statement.sql).split("\n").at(-1) ?? "";
  return {
    analyzer: "queries",
    rule: "missing-index",
    category: "performance",
    severity: report.severity,
    message: report.message,
    file: statement.file,
    line: statement.startLine,
    column: 1,
    endLine: statement.endLine,
    endColumn: lastLine.length + 1,
    ...report.suggestion ? { suggestion: report.suggestion } : {},
    fingerprint: createHash2("sha256").update(`missing-index\0${statement.file}\0${report.subject}\0${report.outcome}`).digest("hex").slice(0, 32),
    // A kept suggestion is a statement to run: renderers show it as code, so it can be copied as it is.
    data: { outcome: report.outcome, ...report.data, ...(report.outcome === "suggested" || report.outcome === "not-verified") && report.suggestion ? { suggestionLanguage: "sql" } : {} }
  };
}

// src/queries/advice/advice-stats.ts
function emptyAdviceStats() {
  return { candidates: 0, plannerCalls: 0, kept: 0, skipped: 0 };
}
function addAdviceStats(total, more) {
  return {
    candidates: total.candidates + more.candidates,
    plannerCalls: total.plannerCalls + more.plannerCalls,
    kept: total.kept + more.kept,
    skipped: total.skipped + more.skipped
  };
}

// src/queries/advice/sql-text.ts
var UNQUOTED_KEYWORD_KINDS = /* @__PURE__ */ new Set(["NO_KEYWORD", "UNRESERVED_KEYWORD"]);
function quoteIdentifier(parser, name) {
  if (/^[a-z_][a-z0-9_$]*$/.test(name)) {
    const tokens = parser.scan(name).tokens ?? [];
    const kind = tokens.length === 1 ? tokens[0].keywordName ?? "NO_KEYWORD" : "NO_KEYWORD";
    if (UNQUOTED_KEYWORD_KINDS.has(kind)) return name;
  }
  return `"${name.replaceAll('"', '""')}"`;
}
function literalSql(value) {
  switch (value.kind) {
    case "string":
      return `'${value.value.replaceAll("'", "''")}'`;
    case "number":
      return value.value;
    case "boolean":
      return value.value ? "true" : "false";
    case "null":
      return "NULL";
  }
}

// src/queries/advice/index-candidate.ts
function candidateKeys(candidate) {
  return [...candidate.equalityKeys, ...candidate.rangeKey ? [candidate.rangeKey] : [], ...candidate.orderKeys];
}
function sameKey(a, b) {
  return a.column === b.column && a.wrappedIn === b.wrappedIn;
}
function describeKey(key) {
  const base = key.wrappedIn ? `${key.wrappedIn}(${key.column})` : key.column;
  return key.descending ? `${base} DESC` : base;
}
function describeTable(table) {
  return table.schema ? `${table.schema}.${table.name}` : table.name;
}
function describeCondition(equality) {
  const target = describeKey({ ...equality.key, descending: false });
  const [first] = equality.values;
  if (equality.values.length === 1) return first.kind === "null" ? `${target} IS NULL` : `${target} = ${literalSql(first)}`;
  return `${target} IN (${equality.values.map(literalSql).join(", ")})`;
}

// src/queries/sql/location-fields.ts
var LOCATION_FIELDS = {
  A_ArrayExpr: ["list_start", "list_end", "location"],
  A_Const: ["location"],
  A_Expr: ["rexpr_list_start", "rexpr_list_end", "location"],
  Aggref: ["location"],
  ArrayCoerceExpr: ["location"],
  ArrayExpr: ["list_start", "list_end", "location"],
  BoolExpr: ["location"],
  BooleanTest: ["location"],
  CTECycleClause: ["location"],
  CTESearchClause: ["location"],
  CaseExpr: ["location"],
  CaseWhen: ["location"],
  CoalesceExpr: ["location"],
  CoerceToDomain: ["location"],
  CoerceToDomainValue: ["location"],
  CoerceViaIO: ["location"],
  CollateClause: ["location"],
  CollateExpr: ["location"],
  ColumnDef: ["location"],
  ColumnRef: ["location"],
  CommonTableExpr: ["location"],
  Constraint: ["location"],
  ConvertRowtypeExpr: ["location"],
  DeallocateStmt: ["location"],
  DefElem: ["location"],
  DistinctExpr: ["location"],
  FuncCall: ["location"],
  FuncExpr: ["location"],
  FunctionParameter: ["location"],
  GroupingFunc: ["location"],
  GroupingSet: ["location"],
  InferClause: ["location"],
  JsonAggConstructor: ["location"],
  JsonArrayConstructor: ["location"],
  JsonArrayQueryConstructor: ["location"],
  JsonBehavior: ["location"],
  JsonConstructorExpr: ["location"],
  JsonExpr: ["location"],
  JsonFormat: ["location"],
  JsonFuncExpr: ["location"],
  JsonIsPredicate: ["location"],
  JsonObjectConstructor: ["location"],
  JsonParseExpr: ["location"],
  JsonScalarExpr: ["location"],
  JsonSerializeExpr: ["location"],
  JsonTable: ["location"],
  JsonTableColumn: ["location"],
  JsonTablePathSpec: ["name_location", "location"],
  MergeSupportFunc: ["location"],
  MinMaxExpr: ["location"],
  NamedArgExpr: ["location"],
  NullIfExpr: ["location"],
  NullTest: ["location"],
  OnConflictClause: ["location"],
  OpExpr: ["location"],
  PLAssignStmt: ["location"],
  Param: ["location"],
  ParamRef: ["location"],
  PartitionBoundSpec: ["location"],
  PartitionElem: ["location"],
  PartitionRangeDatum: ["location"],
  PartitionSpec: ["location"],
  PublicationObjSpec: ["location"],
  Query: ["stmt_location", "stmt_len"],
  RangeTableFunc: ["location"],
  RangeTableFuncCol: ["location"],
  RangeTableSample: ["location"],
  RangeVar: ["location"],
  RawStmt: ["stmt_location", "stmt_len"],
  RelabelType: ["location"],
  ResTarget: ["location"],
  ReturningOption: ["location"],
  RoleSpec: ["location"],
  RowExpr: ["location"],
  SQLValueFunction: ["location"],
  ScalarArrayOpExpr: ["location"],
  ScanToken: ["start", "end"],
  SetToDefault: ["location"],
  SortBy: ["location"],
  SubLink: ["location"],
  TableFunc: ["location"],
  TransactionStmt: ["location"],
  TypeCast: ["location"],
  TypeName: ["location"],
  Var: ["location"],
  VariableSetStmt: ["location"],
  WindowDef: ["location"],
  WindowFunc: ["location"],
  WithClause: ["location"],
  XmlExpr: ["location"],
  XmlSerialize: ["location"]
};
var TYPED_NODE_FIELDS = {
  A_Const: { ival: "Integer", fval: "Float", boolval: "Boolean", sval: "String", bsval: "BitString" },
  AlterDatabaseSetStmt: { setstmt: "VariableSetStmt" },
  AlterDefaultPrivilegesStmt: { action: "GrantStmt" },
  AlterFunctionStmt: { func: "ObjectWithArgs" },
  AlterObjectDependsStmt: { relation: "RangeVar", extname: "String" },
  AlterObjectSchemaStmt: { relation: "RangeVar" },
  AlterOperatorStmt: { opername: "ObjectWithArgs" },
  AlterOwnerStmt: { relation: "RangeVar", newowner: "RoleSpec" },
  AlterPolicyStmt: { table: "RangeVar" },
  AlterRoleSetStmt: { role: "RoleSpec", setstmt: "VariableSetStmt" },
  AlterRoleStmt: { role: "RoleSpec" },
  AlterSeqStmt: { sequence: "RangeVar" },
  AlterSystemStmt: { setstmt: "VariableSetStmt" },
  AlterTableCmd: { newowner: "RoleSpec" },
  AlterTableStmt: { relation: "RangeVar" },
  AlterUserMappingStmt: { user: "RoleSpec" },
  CallStmt: { funccall: "FuncCall", funcexpr: "FuncExpr" },
  ClusterStmt: { relation: "RangeVar" },
  ColumnDef: { typeName: "TypeName", identitySequence: "RangeVar", collClause: "CollateClause" },
  CommonTableExpr: { search_clause: "CTESearchClause", cycle_clause: "CTECycleClause" },
  CompositeTypeStmt: { typevar: "RangeVar" },
  Constraint: { pktable: "RangeVar" },
  CopyStmt: { relation: "RangeVar" },
  CreateCastStmt: { sourcetype: "TypeName", targettype: "TypeName", func: "ObjectWithArgs" },
  CreateDomainStmt: { typeName: "TypeName", collClause: "CollateClause" },
  CreateForeignTableStmt: { base: "CreateStmt" },
  CreateFunctionStmt: { returnType: "TypeName" },
  CreateOpClassItem: { name: "ObjectWithArgs", storedtype: "TypeName" },
  CreateOpClassStmt: { datatype: "TypeName" },
  CreatePolicyStmt: { table: "RangeVar" },
  CreateSchemaStmt: { authrole: "RoleSpec" },
  CreateSeqStmt: { sequence: "RangeVar" },
  CreateStmt: { relation: "RangeVar", partbound: "PartitionBoundSpec", partspec: "PartitionSpec", ofTypename: "TypeName" },
  CreateTableAsStmt: { into: "IntoClause" },
  CreateTableSpaceStmt: { owner: "RoleSpec" },
  CreateTransformStmt: { type_name: "TypeName", fromsql: "ObjectWithArgs", tosql: "ObjectWithArgs" },
  CreateTrigStmt: { relation: "RangeVar", constrrel: "RangeVar" },
  CreateUserMappingStmt: { user: "RoleSpec" },
  DeleteStmt: { relation: "RangeVar", returningClause: "ReturningClause", withClause: "WithClause" },
  DropUserMappingStmt: { user: "RoleSpec" },
  FuncCall: { over: "WindowDef" },
  FunctionParameter: { argType: "TypeName" },
  GrantRoleStmt: { grantor: "RoleSpec" },
  GrantStmt: { grantor: "RoleSpec" },
  IndexStmt: { relation: "RangeVar" },
  InsertStmt: { relation: "RangeVar", onConflictClause: "OnConflictClause", returningClause: "ReturningClause", withClause: "WithClause" },
  IntoClause: { rel: "RangeVar", viewQuery: "Query" },
  JoinExpr: { join_using_alias: "Alias", alias: "Alias" },
  JsonAggConstructor: { output: "JsonOutput", over: "WindowDef" },
  JsonArgument: { val: "JsonValueExpr" },
  JsonArrayAgg: { constructor: "JsonAggConstructor", arg: "JsonValueExpr" },
  JsonArrayConstructor: { output: "JsonOutput" },
  JsonArrayQueryConstructor: { output: "JsonOutput", format: "JsonFormat" },
  JsonConstructorExpr: { returning: "JsonReturning" },
  JsonExpr: { format: "JsonFormat", returning: "JsonReturning", on_empty: "JsonBehavior", on_error: "JsonBehavior" },
  JsonFuncExpr: { context_item: "JsonValueExpr", output: "JsonOutput", on_empty: "JsonBehavior", on_error: "JsonBehavior" },
  JsonIsPredicate: { format: "JsonFormat" },
  JsonKeyValue: { value: "JsonValueExpr" },
  JsonObjectAgg: { constructor: "JsonAggConstructor", arg: "JsonKeyValue" },
  JsonObjectConstructor: { output: "JsonOutput" },
  JsonOutput: { typeName: "TypeName", returning: "JsonReturning" },
  JsonParseExpr: { expr: "JsonValueExpr", output: "JsonOutput" },
  JsonReturning: { format: "JsonFormat" },
  JsonScalarExpr: { output: "JsonOutput" },
  JsonSerializeExpr: { expr: "JsonValueExpr", output: "JsonOutput" },
  JsonTable: { context_item: "JsonValueExpr", pathspec: "JsonTablePathSpec", on_error: "JsonBehavior", alias: "Alias" },
  JsonTableColumn: { typeName: "TypeName", pathspec: "JsonTablePathSpec", format: "JsonFormat", on_empty: "JsonBehavior", on_error: "JsonBehavior" },
  JsonTablePathScan: { path: "JsonTablePath" },
  JsonValueExpr: { format: "JsonFormat" },
  MergeStmt: { relation: "RangeVar", returningClause: "ReturningClause", withClause: "WithClause" },
  OnConflictClause: { infer: "InferClause" },
  PLAssignStmt: { val: "SelectStmt" },
  ParseResult: { stmts: "RawStmt" },
  PartitionCmd: { name: "RangeVar", bound: "PartitionBoundSpec" },
  PublicationObjSpec: { pubtable: "PublicationTable" },
  PublicationTable: { relation: "RangeVar" },
  Query: { jointree: "FromExpr", onConflict: "OnConflictExpr" },
  RangeFunction: { alias: "Alias" },
  RangeSubselect: { alias: "Alias" },
  RangeTableFunc: { alias: "Alias" },
  RangeTableFuncCol: { typeName: "TypeName" },
  RangeTblEntry: { alias: "Alias", eref: "Alias", tablesample: "TableSampleClause", subquery: "Query", join_using_alias: "Alias", tablefunc: "TableFunc" },
  RangeVar: { alias: "Alias" },
  ReassignOwnedStmt: { newrole: "RoleSpec" },
  RefreshMatViewStmt: { relation: "RangeVar" },
  ReindexStmt: { relation: "RangeVar" },
  RenameStmt: { relation: "RangeVar" },
  RuleStmt: { relation: "RangeVar" },
  ScanResult: { tokens: "ScanToken" },
  SelectStmt: { intoClause: "IntoClause", withClause: "WithClause", larg: "SelectStmt", rarg: "SelectStmt" },
  SummaryResult: { tables: "Table", functions: "Function", filterColumns: "FilterColumn" },
  TableLikeClause: { relation: "RangeVar" },
  TypeCast: { typeName: "TypeName" },
  UpdateStmt: { relation: "RangeVar", returningClause: "ReturningClause", withClause: "WithClause" },
  VacuumRelation: { relation: "RangeVar" },
  ViewStmt: { view: "RangeVar" },
  XmlSerialize: { typeName: "TypeName" }
};

// src/queries/sql/walk-parse-tree.ts
function someNode(tree, matches) {
  if (Array.isArray(tree)) return tree.some((item) => someNode(item, matches));
  if (!isObject2(tree)) return false;
  for (const [key, value] of Object.entries(tree)) {
    if (isNodeType(key) && isObject2(value) && matches(key, value)) return true;
    if (someNode(value, matches)) return true;
  }
  return false;
}
function nodesOfType(tree, type) {
  const found = [];
  someNode(tree, (nodeType, fields) => {
    if (nodeType === type) found.push(fields);
    return false;
  });
  return found;
}
function withoutLocations(tree) {
  if (Array.isArray(tree)) return tree.map(withoutLocations);
  if (!isObject2(tree)) return tree;
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, isNodeType(key) ? nodeWithoutLocations(key, value) : withoutLocations(value)]));
}
function nodeWithoutLocations(type, fields) {
  if (Array.isArray(fields)) return fields.map((item) => nodeWithoutLocations(type, item));
  if (!isObject2(fields)) return fields;
  const positions = LOCATION_FIELDS[type] ?? [];
  const typed = TYPED_NODE_FIELDS[type] ?? {};
  return Object.fromEntries(
    Object.entries(fields).filter(([key]) => !positions.includes(key)).map(([key, value]) => [key, key in typed ? nodeWithoutLocations(typed[key], value) : withoutLocations(value)])
  );
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function listItems(node) {
  return isObject2(node) && isObject2(node.List) && Array.isArray(node.List.items) ? node.List.items : [];
}
function nameStrings(value) {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => isObject2(item) && isObject2(item.String) && typeof item.String.sval === "string" ? [item.String.sval] : []);
}
function operatorName(expression) {
  return nameStrings(expression.name).at(-1) ?? "";
}
function isNodeType(key) {
  return /^[A-Z]/.test(key);
}

// src/queries/advice/query-scopes.ts
function queryScopes(statement) {
  const scopes = [];
  for (const update of nodesOfType(statement, "UpdateStmt")) scopes.push(writeScope(update, update.fromClause));
  for (const remove of nodesOfType(statement, "DeleteStmt")) scopes.push(writeScope(remove, remove.usingClause));
  for (const select of nodesOfType(statement, "SelectStmt")) {
    if (!Array.isArray(select.fromClause)) continue;
    const scope = emptyScope();
    select.fromClause.forEach((item) => addFromItem(scope, item));
    scope.conditions.push(...conjuncts(select.whereClause));
    scope.sortBy = asList(select.sortClause).flatMap((entry) => isFields(entry) && isFields(entry.SortBy) ? [entry.SortBy] : []);
    scope.hasLimit = select.limitCount !== void 0;
    scopes.push(scope);
  }
  return scopes;
}
function writeScope(statement, extraFrom) {
  const scope = emptyScope();
  addFromItem(scope, { RangeVar: statement.relation });
  asList(extraFrom).forEach((item) => addFromItem(scope, item));
  scope.conditions.push(...conjuncts(statement.whereClause));
  return scope;
}
function emptyScope() {
  return { tables: /* @__PURE__ */ new Map(), conditions: [], sortBy: [], hasLimit: false };
}
function addFromItem(scope, item) {
  if (!isFields(item)) return;
  if (isFields(item.RangeVar)) {
    const range = item.RangeVar;
    if (typeof range.relname !== "string") return;
    const alias = isFields(range.alias) && typeof range.alias.aliasname === "string" ? range.alias.aliasname : range.relname;
    scope.tables.set(alias, typeof range.schemaname === "string" ? { schema: range.schemaname, name: range.relname } : { name: range.relname });
    return;
  }
  if (isFields(item.JoinExpr)) {
    addFromItem(scope, item.JoinExpr.larg);
    addFromItem(scope, item.JoinExpr.rarg);
    scope.conditions.push(...conjuncts(item.JoinExpr.quals));
  }
}
function conjuncts(condition) {
  if (!isFields(condition)) return [];
  const bool = condition.BoolExpr;
  if (isFields(bool) && bool.boolop === "AND_EXPR") return asList(bool.args).flatMap(conjuncts);
  return [condition];
}
function asList(value) {
  return Array.isArray(value) ? value : [];
}
function isFields(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/queries/advice/scope-predicates.ts
var RANGE_OPERATORS = /* @__PURE__ */ new Set(["<", ">", "<=", ">="]);
function predicatesOf(condition) {
  if (!isFields(condition)) return [];
  const bare = keyReference(condition);
  if (bare && !bare.key.wrappedIn) return [{ kind: "equality", ref: bare, constants: [{ kind: "boolean", value: true }] }];
  if (isFields(condition.NullTest)) return nullTest(condition.NullTest);
  if (isFields(condition.BoolExpr)) return negatedColumn(condition.BoolExpr);
  if (!isFields(condition.A_Expr)) return [];
  const expression = condition.A_Expr;
  const operator = operatorName(expression);
  switch (expression.kind) {
    case "AEXPR_OP":
      return comparison(operator, expression.lexpr, expression.rexpr);
    case "AEXPR_IN":
      return operator === "=" ? inList(expression.lexpr, expression.rexpr) : [];
    case "AEXPR_BETWEEN":
      return sidedWithValues(expression.lexpr, listItems(expression.rexpr), "range");
    case "AEXPR_LIKE":
      return operator === "~~" && isPrefixPattern(expression.rexpr) ? sidedWithValues(expression.lexpr, [expression.rexpr], "range") : [];
    default:
      return [];
  }
}
function comparison(operator, left, right) {
  const leftRef = keyReference(left);
  const rightRef = keyReference(right);
  if (operator === "=" && leftRef && rightRef) return [{ kind: "join", ref: leftRef }, { kind: "join", ref: rightRef }];
  const [ref, value] = leftRef ? [leftRef, right] : [rightRef, left];
  if (!ref || !isValue(value)) return [];
  if (operator === "=") return [withConstants(ref, [value])];
  return RANGE_OPERATORS.has(operator) ? [{ kind: "range", ref }] : [];
}
function inList(left, right) {
  const ref = keyReference(left);
  const items = listItems(right);
  if (!ref || items.length === 0 || !items.every(isValue)) return [];
  return [withConstants(ref, items)];
}
function sidedWithValues(left, values, kind) {
  const ref = keyReference(left);
  return ref && values.length > 0 && values.every(isValue) ? [{ kind, ref }] : [];
}
function nullTest(test) {
  const ref = keyReference(test.arg);
  if (!ref || test.nulltesttype !== "IS_NULL") return [];
  return [{ kind: "equality", ref, constants: [{ kind: "null" }] }];
}
function negatedColumn(bool) {
  const args = Array.isArray(bool.args) ? bool.args : [];
  const ref = bool.boolop === "NOT_EXPR" && args.length === 1 ? keyReference(args[0]) : void 0;
  if (!ref || ref.key.wrappedIn) return [];
  return [{ kind: "equality", ref, constants: [{ kind: "boolean", value: false }] }];
}
function withConstants(ref, values) {
  const constants = values.map(constantValue);
  if (constants.every((constant) => constant !== void 0)) return { kind: "equality", ref, constants };
  return { kind: "equality", ref };
}
function keyReference(node) {
  if (!isFields(node)) return void 0;
  if (isFields(node.ColumnRef)) return columnReference(node.ColumnRef);
  const call = node.FuncCall;
  if (!isFields(call) || !Array.isArray(call.args) || call.args.length !== 1 || call.agg_star || call.over) return void 0;
  const inner = isFields(call.args[0]) && isFields(call.args[0].ColumnRef) ? columnReference(call.args[0].ColumnRef) : void 0;
  const name = nameStrings(call.funcname).at(-1);
  if (!inner || !name || inner.key.wrappedIn) return void 0;
  return { ...inner, key: { column: inner.key.column, wrappedIn: name } };
}
function columnReference(ref) {
  const names = nameStrings(ref.fields);
  if (names.length === 0 || Array.isArray(ref.fields) && names.length !== ref.fields.length) return void 0;
  const column = names.at(-1);
  return names.length >= 2 ? { qualifier: names.at(-2), key: { column } } : { key: { column } };
}
function isValue(node) {
  return isFields(node) && !someNode(node, (type) => type === "ColumnRef" || type === "SubLink");
}
function constantValue(node) {
  if (!isFields(node)) return void 0;
  if (isFields(node.TypeCast)) return constantValue(node.TypeCast.arg);
  const constant = node.A_Const;
  if (!isFields(constant)) return void 0;
  if (constant.isnull) return { kind: "null" };
  if (isFields(constant.sval)) return { kind: "string", value: String(constant.sval.sval ?? "") };
  if (isFields(constant.ival)) return { kind: "number", value: String(constant.ival.ival ?? 0) };
  if (isFields(constant.fval)) return { kind: "number", value: String(constant.fval.fval ?? "0") };
  if (isFields(constant.boolval)) return { kind: "boolean", value: constant.boolval.boolval === true };
  return void 0;
}
function isPrefixPattern(node) {
  const constant = constantValue(node);
  return constant?.kind === "string" && constant.value.length > 0 && !/^[%_]/.test(constant.value);
}

// src/queries/advice/derive-candidates.ts
function deriveCandidates(statement) {
  const candidates = [];
  for (const scope of queryScopes(statement)) {
    const predicates = scope.conditions.flatMap(predicatesOf);
    for (const [qualifier, table] of scope.tables) {
      const owned = predicates.filter((predicate) => ownerOf(scope, predicate.ref) === qualifier);
      const candidate = tableCandidate(table, owned, orderKeysFor(scope, qualifier));
      if (candidate && !candidates.some((known) => sameCandidate(known, candidate))) candidates.push(candidate);
    }
  }
  return candidates;
}
function tableCandidate(table, predicates, orderKeys) {
  const equalities = predicates.filter((predicate) => predicate.kind === "equality");
  const lookups = equalities.length > 0 ? equalities : predicates.filter((predicate) => predicate.kind === "join");
  const equalityKeys = distinctKeys(lookups.map((predicate) => predicate.ref.key));
  const constantEqualities = equalities.flatMap(
    (predicate) => predicate.constants ? [{ key: predicate.ref.key, values: predicate.constants }] : []
  );
  const range = predicates.find((predicate) => predicate.kind === "range" && !equalityKeys.some((key) => sameKey(key, predicate.ref.key)));
  const sortable = orderKeys.filter((key) => !equalityKeys.some((equal) => sameKey(equal, key)));
  const keys = rangeAndOrder(range?.ref.key, sortable);
  if (equalityKeys.length === 0 && !keys.rangeKey && keys.orderKeys.length === 0) return void 0;
  return { table, equalityKeys, ...keys, constantEqualities };
}
function rangeAndOrder(rangeKey, orderKeys) {
  if (!rangeKey) return { orderKeys };
  const [first, ...rest] = orderKeys;
  if (first && sameKey(first, rangeKey)) return { rangeKey: first, orderKeys: rest };
  return { rangeKey, orderKeys: [] };
}
function orderKeysFor(scope, qualifier) {
  if (!scope.hasLimit || scope.sortBy.length === 0) return [];
  const keys = [];
  for (const sortBy of scope.sortBy) {
    const ref = keyReference(sortBy.node);
    if (!ref || ownerOf(scope, ref) !== qualifier || sortBy.sortby_nulls !== "SORTBY_NULLS_DEFAULT") return [];
    keys.push(sortBy.sortby_dir === "SORTBY_DESC" ? { ...ref.key, descending: true } : ref.key);
  }
  return keys;
}
function ownerOf(scope, ref) {
  if (ref.qualifier !== void 0) return scope.tables.has(ref.qualifier) ? ref.qualifier : void 0;
  return scope.tables.size === 1 ? [...scope.tables.keys()][0] : void 0;
}
function distinctKeys(keys) {
  return keys.filter((key, index) => keys.findIndex((other) => sameKey(other, key)) === index);
}
function sameCandidate(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function withoutCoveredPrefixes(candidates) {
  return candidates.filter(
    (candidate) => !candidates.some((other) => {
      if (other === candidate || other.table.name !== candidate.table.name || other.table.schema !== candidate.table.schema) return false;
      const [short, long] = [candidateKeys(candidate), candidateKeys(other)];
      return short.length < long.length && short.every((key, index) => sameKey(key, long[index]) && key.descending === long[index].descending);
    })
  );
}

// src/queries/advice/gin-candidates.ts
var CONTAINMENT = /* @__PURE__ */ new Set(["@>", "<@", "&&", "?", "?|", "?&"]);
var REGEX = /* @__PURE__ */ new Set(["~", "~*"]);
function deriveGinCandidates(statement) {
  const found = [];
  for (const scope of queryScopes(statement)) {
    for (const condition of scope.conditions) {
      const candidate = isFields(condition) && isFields(condition.A_Expr) ? ginCondition(scope, condition.A_Expr) : void 0;
      if (candidate && !found.some((known) => JSON.stringify(known) === JSON.stringify(candidate))) found.push(candidate);
    }
  }
  return found;
}
function ginCondition(scope, expression) {
  const ref = keyReference(expression.lexpr);
  if (!ref || ref.key.wrappedIn) return void 0;
  const table = ref.qualifier !== void 0 ? scope.tables.get(ref.qualifier) : scope.tables.size === 1 ? [...scope.tables.values()][0] : void 0;
  if (!table) return void 0;
  const operator = operatorName(expression);
  const column = ref.key.column;
  if (expression.kind === "AEXPR_OP" && CONTAINMENT.has(operator)) return { table, column, kind: "containment", operator };
  if (expression.kind === "AEXPR_OP" && REGEX.has(operator)) return { table, column, kind: "trigram", operator };
  if ((expression.kind === "AEXPR_LIKE" || expression.kind === "AEXPR_ILIKE") && (operator === "~~" || operator === "~~*") && leadingWildcard(expression.rexpr)) {
    return { table, column, kind: "trigram", operator: operator === "~~" ? "LIKE" : "ILIKE" };
  }
  return void 0;
}
function leadingWildcard(node) {
  const constant = constantValue(node);
  if (constant) return constant.kind === "string" && /^[%_]/.test(constant.value);
  if (!isFields(node) || !isFields(node.A_Expr)) return false;
  return leadingWildcard(node.A_Expr.lexpr);
}

// src/queries/advice/gin-facts.ts
var GIN_INDEXES_SQL = `SELECT ic.relname AS name, pg_catalog.pg_get_indexdef(i.indexrelid, 1, true) AS key, opc.opcname AS opclass
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
JOIN pg_catalog.pg_opclass opc ON opc.oid = i.indclass[0]
WHERE i.indrelid = $1::int8::oid AND i.indisvalid AND am.amname = 'gin'`;
async function servingGinIndex(database, facts, candidate, quotedColumn) {
  const rows = await database.query(GIN_INDEXES_SQL, [String(facts.oid)]);
  const serving = rows.find((row) => row.key === quotedColumn && row.opclass === "gin_trgm_ops" === (candidate.kind === "trigram"));
  return serving ? String(serving.name) : void 0;
}
async function hasTrigramOpclass(database) {
  const rows = await database.query("SELECT 1 AS present FROM pg_catalog.pg_opclass WHERE opcname = 'gin_trgm_ops' LIMIT 1");
  return rows.length > 0;
}

// src/queries/advice/index-definition.ts
import { createHash as createHash3 } from "node:crypto";
var MAX_NAME_BYTES = 63;
function indexName(definition) {
  const parts = ["idx", definition.table, ...definition.keys.map((key) => key.wrappedIn ? `${key.wrappedIn}_${key.column}` : key.column)];
  if (definition.partial) parts.push("partial");
  if (definition.method) parts.push(definition.opclass === "gin_trgm_ops" ? "trgm" : definition.method);
  const name = parts.join("_").toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/_+/g, "_");
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  const digest = createHash3("sha256").update(name).digest("hex").slice(0, 8);
  return `${name.slice(0, MAX_NAME_BYTES - digest.length - 1)}_${digest}`;
}
function createIndexSql(parser, definition, options) {
  const quote2 = (name) => quoteIdentifier(parser, name);
  const table = definition.schema === "public" ? quote2(definition.table) : `${quote2(definition.schema)}.${quote2(definition.table)}`;
  const keys = definition.keys.map((key) => keySql(quote2, key) + (definition.opclass ? ` ${quote2(definition.opclass)}` : "")).join(", ");
  const using = definition.method ? ` USING ${definition.method}` : "";
  const where = definition.partial ? ` WHERE ${partialPredicateSql(quote2, definition.partial)}` : "";
  const text = `CREATE INDEX ${options.concurrently ? "CONCURRENTLY " : ""}${quote2(options.name ?? indexName(definition))} ON ${table}${using} (${keys})${where}`;
  const statements = parser.parse(text).stmts ?? [];
  if (statements.length !== 1 || !statements[0].stmt || !("IndexStmt" in statements[0].stmt)) {
    throw new Error(`Built an index definition that is not one CREATE INDEX: ${text}`);
  }
  return text;
}
function keySql(quote2, key) {
  const column = quote2(key.column);
  const expression = key.wrappedIn ? `${quote2(key.wrappedIn)}(${column})` : column;
  return key.descending ? `${expression} DESC` : expression;
}
function partialPredicateSql(quote2, partial) {
  const target = keySql(quote2, { ...partial.key, descending: false });
  const [first] = partial.values;
  if (partial.values.length === 1 && first.kind === "null") return `${target} IS NULL`;
  if (partial.values.length === 1) return `${target} = ${literalSql(first)}`;
  return `${target} IN (${partial.values.map(literalSql).join(", ")})`;
}

// src/queries/advice/column-stats.ts
var STATS_SQL = `SELECT null_frac::float8 AS null_frac, n_distinct::float8 AS n_distinct,
  pg_catalog.array_to_json(most_common_vals::text::text[])::text AS common_values,
  pg_catalog.array_to_json(most_common_freqs)::text AS common_shares
FROM pg_catalog.pg_stats WHERE schemaname = $1 AND tablename = $2 AND attname = $3
ORDER BY inherited LIMIT 1`;
async function readColumnStats(database, table, column) {
  const [row] = await database.query(STATS_SQL, [table.schema, table.name, column]);
  if (!row) return void 0;
  const values = row.common_values === null ? [] : JSON.parse(String(row.common_values));
  const shares = row.common_shares === null ? [] : JSON.parse(String(row.common_shares));
  const distinct = Number(row.n_distinct);
  return {
    nullFraction: Number(row.null_frac),
    distinctValues: distinct >= 0 ? distinct : -distinct * (table.estimatedRows ?? 0),
    commonValues: values.map((value, index) => ({ value, share: shares[index] ?? 0 }))
  };
}

// src/queries/advice/predicate-selectivity.ts
function equalityShare(stats, values) {
  const commonTotal = stats.commonValues.reduce((sum, entry) => sum + entry.share, 0);
  const otherDistinct = Math.max(1, stats.distinctValues - stats.commonValues.length);
  const rareShare = Math.max(0, 1 - commonTotal - stats.nullFraction) / otherDistinct;
  if (!values) return stats.distinctValues > 0 ? (1 - stats.nullFraction) / stats.distinctValues : 1;
  const share = values.reduce((sum, value) => {
    if (value.kind === "null") return sum + stats.nullFraction;
    const common = stats.commonValues.find((entry) => sameText(entry.value, value));
    return sum + (common ? common.share : rareShare);
  }, 0);
  return Math.min(1, share);
}
function isLowCardinality(stats) {
  const covered = stats.commonValues.reduce((sum, entry) => sum + entry.share, 0) + stats.nullFraction;
  return covered >= 0.95;
}
function isFewValued(stats) {
  return isLowCardinality(stats) && equalityShare(stats, void 0) >= 0.1;
}
function sameText(statsValue, value) {
  if (value.kind === "boolean") return statsValue === (value.value ? "t" : "f");
  if (value.kind === "number") return Number(statsValue) === Number(value.value);
  return statsValue === value.value;
}

// src/queries/advice/judge-candidate.ts
async function judgeCandidate(database, parser, candidate, facts, options) {
  if (facts.estimatedRows !== void 0 && facts.estimatedRows < options["min-table-rows"]) return { verdict: "small" };
  const rated = await rateEqualities(database, facts, candidate.constantEqualities);
  const partial = rated.find((equality) => equality.lowCardinality && equality.share <= options["max-partial-share"]);
  const unselective = rated.filter((equality) => equality !== partial && equality.share > options["max-selected-share"]);
  const dropped = [...unselective, ...partial ? [partial] : []];
  const kept = candidate.equalityKeys.filter((key) => !dropped.some((equality) => sameKey(equality.key, key)));
  const { selective, low } = await byCardinality(database, facts, kept, rated);
  let keys = candidate.rangeKey ? [...candidateKeys({ ...candidate, equalityKeys: selective }), ...low] : candidateKeys({ ...candidate, equalityKeys: [...selective, ...low] });
  if (keys.length === 0 && partial && unselective.length === 0) keys = [partial.key];
  if (keys.length === 0) {
    const [first] = unselective;
    return {
      verdict: "skip",
      reason: `not selective: ${describeCondition(first)} selects about ${formatShare(first.share)} of the rows (pg_stats), above max-selected-share ${options["max-selected-share"]}`
    };
  }
  const served = partial && !keys.some((key) => sameKey(key, partial.key)) ? [partial.key, ...keys] : keys;
  const covering = facts.indexes.find((index) => !index.partial && leadsWith(parser, index.keys, served));
  if (covering) return { verdict: "served", index: covering.name };
  return { verdict: "verify", definition: { schema: facts.schema, table: facts.name, keys, ...partial ? { partial } : {} } };
}
async function rateEqualities(database, facts, equalities) {
  const rated = [];
  for (const equality of equalities) {
    if (equality.key.wrappedIn) continue;
    const stats = await readColumnStats(database, facts, equality.key.column);
    if (!stats) continue;
    rated.push({ ...equality, share: equalityShare(stats, equality.values), lowCardinality: isLowCardinality(stats), fewValued: isFewValued(stats) });
  }
  return rated;
}
async function byCardinality(database, facts, keys, rated) {
  const low = [];
  const selective = [];
  for (const key of keys) {
    const known = rated.find((equality) => sameKey(equality.key, key));
    const fewValued = known ? known.fewValued : await isFewValuedKey(database, facts, key);
    (fewValued ? low : selective).push(key);
  }
  return { selective, low };
}
async function isFewValuedKey(database, facts, key) {
  const stats = key.wrappedIn ? void 0 : await readColumnStats(database, facts, key.column);
  return stats !== void 0 && isFewValued(stats);
}
function leadsWith(parser, existing, keys) {
  if (existing.length < keys.length) return false;
  return keys.every((key, index) => {
    const column = quoteIdentifier(parser, key.column);
    return existing[index] === (key.wrappedIn ? `${quoteIdentifier(parser, key.wrappedIn)}(${column})` : column);
  });
}

// src/queries/advice/plan-scans.ts
var SORTS = /* @__PURE__ */ new Set(["Sort", "Incremental Sort"]);
var INDEX_SCANS = /* @__PURE__ */ new Set(["Index Scan", "Index Only Scan", "Bitmap Heap Scan"]);
function scansWorthAdvice(document) {
  const worth = /* @__PURE__ */ new Map();
  const visit = (node, parent) => {
    const reason = node.relation ? scanProblem(node, parent) : void 0;
    if (node.relation && reason && !worth.has(node.relation)) worth.set(node.relation, reason);
    node.children.forEach((child) => visit(child, node));
  };
  visit(analysePlan(document).root, void 0);
  return worth;
}
function scanProblem(node, parent) {
  if (node.nodeType === "Seq Scan") return "Seq Scan";
  if (INDEX_SCANS.has(node.nodeType) && stringField(node.fields, "Filter")) return `${node.nodeType} with a Filter`;
  if (INDEX_SCANS.has(node.nodeType) && parent && SORTS.has(parent.nodeType)) return `${node.nodeType} under a ${parent.nodeType}`;
  return void 0;
}
function indexNamesIn(document) {
  return new Set(walkPlan(analysePlan(document).root).flatMap((node) => stringField(node.fields, "Index Name") ?? []));
}
function totalCost(document) {
  const cost = document.Plan["Total Cost"];
  return typeof cost === "number" ? cost : Number.NaN;
}

// src/queries/advice/table-facts.ts
var TABLE_SQL = `SELECT c.oid::int8::text AS oid, n.nspname AS schema, c.relname AS name, c.reltuples::float8 AS reltuples
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.oid = pg_catalog.to_regclass($1) AND c.relkind IN ('r', 'p', 'm')`;
var INDEXES_SQL = `SELECT ic.relname AS name, i.indpred IS NOT NULL AS partial,
  pg_catalog.array_to_json(ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
    FROM pg_catalog.generate_series(1, i.indnkeyatts::int) AS k ORDER BY k))::text AS keys
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
WHERE i.indrelid = $1::int8::oid AND i.indisvalid AND am.amname = 'btree'
ORDER BY ic.relname`;
async function readTableFacts(database, parser, table) {
  const qualified = [table.schema, table.name].filter((part) => part !== void 0).map((part) => quoteIdentifier(parser, part)).join(".");
  const [row] = await database.query(TABLE_SQL, [qualified]);
  if (!row) return void 0;
  const oid = Number(row.oid);
  const reltuples = Number(row.reltuples);
  const indexes = (await database.query(INDEXES_SQL, [String(oid)])).map((index) => ({
    name: String(index.name),
    keys: JSON.parse(String(index.keys)),
    partial: index.partial === true
  }));
  return { oid, schema: String(row.schema), name: String(row.name), estimatedRows: reltuples >= 0 ? reltuples : void 0, indexes };
}
function tableLabel(facts) {
  return facts.schema === "public" ? facts.name : describeTable({ schema: facts.schema, name: facts.name });
}

// src/queries/advice/verification-mode.ts
var VERIFY_INDEXES_SETTINGS = ["auto", "hypopg", "transaction", "off"];
var PROBE_SQL = `SELECT pg_catalog.pg_is_in_recovery() AS standby,
  EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'hypopg') AS hypopg`;
var probes = /* @__PURE__ */ new WeakMap();
async function resolveVerification(database, setting) {
  if (setting === "off") return { mode: "off" };
  let probe = probes.get(database);
  if (!probe) {
    probe = database.query(PROBE_SQL).then(([row]) => row ?? {});
    probes.set(database, probe);
  }
  const { standby, hypopg } = await probe;
  if (setting === "hypopg" && hypopg !== true) {
    throw new UsageError(
      `verify-indexes: hypopg, but the hypopg extension is not installed in the database at ${database.identity.location}. Install it (CREATE EXTENSION hypopg; Debian/Ubuntu package postgresql-<major>-hypopg), or set verify-indexes: auto to verify in a rolled-back transaction instead.`
    );
  }
  if (setting !== "transaction" && hypopg === true) return { mode: "hypopg" };
  if (standby === true) return { mode: "unverifiable", reason: "read-only server" };
  return { mode: "transaction" };
}
function readVerifyIndexesSetting(value) {
  if (value === void 0) return "auto";
  const known = VERIFY_INDEXES_SETTINGS;
  if (known.includes(value)) return value;
  throw new UsageError(
    `verify-indexes: got ${JSON.stringify(value)}; expected one of ${VERIFY_INDEXES_SETTINGS.join(", ")}. auto uses HypoPG when the extension is installed and otherwise builds the index in a rolled-back transaction; off turns index advice off.`
  );
}

// src/queries/sql/statement-label.ts
function statementLabel(type, fields) {
  switch (type) {
    case "TransactionStmt":
      return TRANSACTION_LABELS[String(fields.kind)] ?? "transaction control";
    case "VacuumStmt":
      return fields.is_vacuumcmd ? "VACUUM" : "ANALYZE";
    case "IndexStmt":
      return fields.concurrent ? "CREATE INDEX CONCURRENTLY" : "CREATE INDEX";
    case "VariableSetStmt":
      return fields.kind === "VAR_RESET" || fields.kind === "VAR_RESET_ALL" ? "RESET" : "SET";
    case "SelectStmt":
      return fields.intoClause ? "SELECT \u2026 INTO" : "SELECT";
    default:
      return LABELS[type] ?? fromTypeName(type);
  }
}
var TRANSACTION_LABELS = {
  TRANS_STMT_BEGIN: "BEGIN",
  TRANS_STMT_START: "START TRANSACTION",
  TRANS_STMT_COMMIT: "COMMIT",
  TRANS_STMT_ROLLBACK: "ROLLBACK",
  TRANS_STMT_SAVEPOINT: "SAVEPOINT",
  TRANS_STMT_RELEASE: "RELEASE SAVEPOINT",
  TRANS_STMT_ROLLBACK_TO: "ROLLBACK TO SAVEPOINT",
  TRANS_STMT_PREPARE: "PREPARE TRANSACTION",
  TRANS_STMT_COMMIT_PREPARED: "COMMIT PREPARED",
  TRANS_STMT_ROLLBACK_PREPARED: "ROLLBACK PREPARED"
};
var LABELS = {
  CreateStmt: "CREATE TABLE",
  CreateEnumStmt: "CREATE TYPE",
  CompositeTypeStmt: "CREATE TYPE",
  CreateRangeStmt: "CREATE TYPE",
  AlterEnumStmt: "ALTER TYPE",
  CreateFunctionStmt: "CREATE FUNCTION",
  CreateSeqStmt: "CREATE SEQUENCE",
  AlterSeqStmt: "ALTER SEQUENCE",
  CreateTrigStmt: "CREATE TRIGGER",
  RuleStmt: "CREATE RULE",
  CommentStmt: "COMMENT",
  CreateTableAsStmt: "CREATE TABLE AS",
  ViewStmt: "CREATE VIEW",
  DropStmt: "DROP",
  CopyStmt: "COPY",
  DoStmt: "DO",
  CallStmt: "CALL",
  ExplainStmt: "EXPLAIN",
  RefreshMatViewStmt: "REFRESH MATERIALIZED VIEW",
  DeclareCursorStmt: "DECLARE CURSOR",
  VariableShowStmt: "SHOW",
  InsertStmt: "INSERT",
  UpdateStmt: "UPDATE",
  DeleteStmt: "DELETE",
  MergeStmt: "MERGE"
};
function fromTypeName(type) {
  return type.replace(/Stmt$/, "").split(/(?=[A-Z])/).join(" ").toUpperCase();
}

// src/queries/sql/statement-refusal.ts
var SCHEMA_NODES = /* @__PURE__ */ new Set([
  "CreateStmt",
  "CreateEnumStmt",
  "CompositeTypeStmt",
  "CreateDomainStmt",
  "CreateRangeStmt",
  "DefineStmt",
  "AlterTableStmt",
  "AlterEnumStmt",
  "AlterDomainStmt",
  "IndexStmt",
  "ViewStmt",
  "CreateFunctionStmt",
  "CreateSeqStmt",
  "AlterSeqStmt",
  "CreateSchemaStmt",
  "CommentStmt",
  "CreateTrigStmt",
  "RuleStmt",
  "CreateExtensionStmt",
  "CreateCastStmt"
]);
var EXPLAINABLE = /* @__PURE__ */ new Set(["SelectStmt", "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"]);
var KEEP_OUT_OF_QUERIES = "Keep schema changes in the 'schema' files and data in the 'seed' files, and audit only queries.";
function refusalOf(statement) {
  const [type, fields] = nodeEntry(statement);
  const label = statementLabel(type, fields);
  if (type === "SelectStmt" && fields.intoClause) {
    return { label, reason: "SELECT \u2026 INTO creates a table", fix: "Drop the INTO clause to audit the query." };
  }
  if (EXPLAINABLE.has(type)) return void 0;
  if (type === "TransactionStmt") {
    return {
      label,
      reason: "transaction control would end or split the audit's own transaction, whose rollback undoes every audited statement",
      fix: "Remove it: predator-guard wraps each statement in BEGIN \u2026 ROLLBACK itself."
    };
  }
  if (type === "ExplainStmt") {
    return { label, reason: "predator-guard adds its own EXPLAIN with the options the audit needs", fix: "Write the statement without EXPLAIN." };
  }
  if (type === "IndexStmt" && fields.concurrent) {
    return { label, reason: "it cannot run inside a transaction block and EXPLAIN cannot plan it", fix: KEEP_OUT_OF_QUERIES };
  }
  if (SCHEMA_NODES.has(type)) {
    return { label, reason: "it is DDL, which EXPLAIN cannot plan", fix: KEEP_OUT_OF_QUERIES, schema: true };
  }
  return {
    label,
    reason: "EXPLAIN plans only SELECT, VALUES, TABLE, INSERT, UPDATE, DELETE and MERGE, and any other statement would run for real",
    fix: KEEP_OUT_OF_QUERIES
  };
}
function nodeEntry(node) {
  const [entry] = Object.entries(node);
  return entry;
}

// src/queries/sql/safe-explain.ts
function safeExplain(parser, statement, options) {
  const text = `EXPLAIN (${options.join(", ")}) ${statement.sql}`;
  requireWrapper(parser, statement, text, "ExplainStmt", (fields) => sameTree(fields.query, statement.node));
  return text;
}
function safePrepare(parser, statement, name) {
  const text = `PREPARE ${name} AS ${statement.sql}`;
  requireWrapper(parser, statement, text, "PrepareStmt", (fields) => fields.name === name && sameTree(fields.query, statement.node));
  return text;
}
function safeExplainExecute(parser, statement, options, name, values) {
  const params = values ? values.map((value) => `'${value.replaceAll("'", "''")}'`) : Array.from({ length: statement.parameterCount }, () => "NULL");
  const text = `EXPLAIN (${options.join(", ")}) EXECUTE ${name}(${params.join(", ")})`;
  requireWrapper(parser, statement, text, "ExplainStmt", (fields) => {
    const execute = fields.query?.ExecuteStmt;
    return execute?.name === name && Array.isArray(execute.params) && execute.params.length === statement.parameterCount && execute.params.every((param, index) => isConstant(param, values?.[index]));
  });
  return text;
}
function isConstant(param, value) {
  const constant = param?.A_Const;
  if (!constant) return false;
  return value === void 0 ? constant.isnull === true : (constant.sval?.sval ?? "") === value;
}
function requireWrapper(parser, statement, text, wrapperType, wraps) {
  const nodes = parsedStatements(parser, text);
  const [type, fields] = nodes?.length === 1 ? nodeEntry(nodes[0]) : ["", {}];
  if (type === wrapperType && wraps(fields)) return;
  const found = nodes === void 0 ? "it does not parse" : `it parses as ${nodes.map((node) => nodeEntry(node)[0]).join(" + ") || "nothing"}`;
  throw new UsageError(
    `${statementLocation(statement)}: refusing to send ${JSON.stringify(text)}: expected one ${wrapperType} around the audited statement, but ${found}. Rewrite the statement as one plain query.`
  );
}
function parsedStatements(parser, text) {
  try {
    return (parser.parse(text).stmts ?? []).flatMap((raw) => raw.stmt ? [raw.stmt] : []);
  } catch {
    return void 0;
  }
}
function sameTree(a, b) {
  return JSON.stringify(withoutLocations(a)) === JSON.stringify(withoutLocations(b));
}

// src/queries/sql/explain-script.ts
var PREPARED_STATEMENT_NAME = "predator_guard_statement";
var OLDEST_SUPPORTED = 12e4;
var GENERIC_PLAN_SINCE = 16e4;
function explainScript(parser, statement, settings) {
  requireSupportedServer(settings.serverVersionNum);
  const opening = openingSteps(statement, settings);
  const shared = { readOnly: statement.access === "read-only" };
  if (statement.parameterCount === 0) {
    const analyze = settings.analyze && !statement.locksRows;
    const options = analyze ? ["ANALYZE", "BUFFERS", ...PLAN_OPTIONS] : PLAN_OPTIONS;
    const steps2 = [...opening, safeExplain(parser, statement, options), "ROLLBACK"];
    return { steps: steps2, planStep: opening.length, afterFailure: ["ROLLBACK"], ...shared, analyze, estimateOnly: false };
  }
  if (settings.serverVersionNum >= GENERIC_PLAN_SINCE) {
    const steps2 = [...opening, safeExplain(parser, statement, ["GENERIC_PLAN", ...PLAN_OPTIONS]), "ROLLBACK"];
    return { steps: steps2, planStep: opening.length, afterFailure: ["ROLLBACK"], ...shared, analyze: false, estimateOnly: true };
  }
  const deallocate = `DEALLOCATE ${PREPARED_STATEMENT_NAME}`;
  const steps = [
    ...opening,
    safePrepare(parser, statement, PREPARED_STATEMENT_NAME),
    "SET LOCAL plan_cache_mode = force_generic_plan",
    safeExplainExecute(parser, statement, PLAN_OPTIONS, PREPARED_STATEMENT_NAME),
    "ROLLBACK",
    deallocate
  ];
  return { steps, planStep: opening.length + 2, afterFailure: ["ROLLBACK", deallocate], ...shared, analyze: false, estimateOnly: true };
}
function customPlanScript(parser, statement, settings, values) {
  requireSupportedServer(settings.serverVersionNum);
  const analyze = settings.analyze && !statement.locksRows;
  const options = analyze ? ["ANALYZE", "BUFFERS", ...PLAN_OPTIONS] : PLAN_OPTIONS;
  const opening = openingSteps(statement, settings);
  const deallocate = `DEALLOCATE ${PREPARED_STATEMENT_NAME}`;
  const steps = [
    ...opening,
    safePrepare(parser, statement, PREPARED_STATEMENT_NAME),
    "SET LOCAL plan_cache_mode = force_custom_plan",
    safeExplainExecute(parser, statement, options, PREPARED_STATEMENT_NAME, values),
    "ROLLBACK",
    deallocate
  ];
  return { steps, planStep: opening.length + 2, afterFailure: ["ROLLBACK", deallocate], readOnly: statement.access === "read-only", analyze, estimateOnly: false };
}
var PLAN_OPTIONS = ["COSTS", "SETTINGS", "FORMAT JSON"];
function openingSteps(statement, settings) {
  return [
    statement.access === "read-only" ? "BEGIN READ ONLY" : "BEGIN",
    `SET LOCAL statement_timeout = ${milliseconds("statement-timeout", settings.statementTimeoutMs)}`,
    `SET LOCAL lock_timeout = ${milliseconds("lock-timeout", settings.lockTimeoutMs)}`
  ];
}
function requireSupportedServer(versionNum) {
  if (Number.isInteger(versionNum) && versionNum >= OLDEST_SUPPORTED) return;
  throw new UsageError(
    `The server reports server_version_num ${versionNum}; predator-guard audits PostgreSQL 12 or later (120000+). Point the database URL at a newer server.`
  );
}
function milliseconds(setting, value) {
  if (Number.isInteger(value) && value >= 0) return value;
  throw new UsageError(`${setting}: got ${value}; expected a whole number of milliseconds (0 turns the limit off), e.g. 30000.`);
}

// src/queries/advice/verify-index.ts
var READ_ONLY_SQL_TRANSACTION = "25006";
async function verifyIndex(database, parser, statement, definitions, mode, timeouts, values) {
  const settings = {
    analyze: false,
    statementTimeoutMs: timeouts.statementTimeoutMs,
    lockTimeoutMs: timeouts.lockTimeoutMs,
    serverVersionNum: database.identity.versionNum
  };
  const script = values ? customPlanScript(parser, statement, settings, values) : explainScript(parser, statement, settings);
  const openingLength = script.steps.findIndex((step) => !/^(BEGIN|SET LOCAL)\b/.test(step));
  const opening = script.steps.slice(0, openingLength);
  const creates = definitions.map((definition) => createIndexSql(parser, definition, { concurrently: false }));
  const setup = creates.map((create) => () => mode === "hypopg" ? database.query("SELECT indexname FROM hypopg_create_index($1)", [create]) : database.run(create));
  const cleanup = mode === "hypopg" ? ["SELECT hypopg_reset()"] : [];
  if (mode === "transaction") opening[0] = "BEGIN";
  const explainSteps = script.steps.slice(openingLength);
  const planStep = script.planStep - openingLength;
  const candidate = definitions.at(-1);
  let createdName = candidate ? indexName(candidate) : "";
  let plan;
  try {
    for (const step of opening) await database.run(step);
    for (const create of setup) {
      const created = await create();
      if (mode === "hypopg") createdName = String(created[0]?.indexname ?? createdName);
    }
    for (const [index, step] of explainSteps.entries()) {
      if (step === "ROLLBACK") for (const command of cleanup) await database.run(command);
      const rows = await database.run(step);
      if (index === planStep) plan = planOf(rows);
    }
  } catch (error) {
    await runEach(database, [...script.afterFailure, ...cleanup]);
    if (!(error instanceof DatabaseError)) throw error;
    return { outcome: "refused", reason: error.code === READ_ONLY_SQL_TRANSACTION ? "read-only server" : `the server answered: ${error.message}` };
  }
  if (!plan) throw new Error(`The EXPLAIN step of the index verification returned no plan for ${statement.file}:${statement.startLine}.`);
  return { outcome: "planned", costAfter: totalCost(plan), plannedName: createdName, planIndexes: [...indexNamesIn(plan)].sort() };
}
async function runEach(database, commands) {
  for (const command of commands) {
    try {
      await database.run(command);
    } catch {
    }
  }
}
function planOf(rows) {
  const value = rows[0] ? Object.values(rows[0])[0] : void 0;
  const parsed = typeof value === "string" ? JSON.parse(value) : value;
  const document = Array.isArray(parsed) ? parsed[0] : parsed;
  if (typeof document !== "object" || document === null || !("Plan" in document)) throw new Error("EXPLAIN (FORMAT JSON) returned no plan document.");
  return document;
}

// src/queries/advice/index-verdict.ts
async function judgeIndex(kept, candidate, before, context, stats) {
  const { database, parser, statement, mode } = context;
  stats.plannerCalls += 1;
  const generic = await verifyIndex(database, parser, statement, [...kept, candidate], mode, context);
  if (generic.outcome === "refused") return generic;
  const usesIndex = generic.planIndexes.includes(generic.plannedName);
  const reduction = costCut(before.generic, generic.costAfter);
  const planned = { outcome: "planned", plannedName: generic.plannedName, planIndexes: generic.planIndexes, costAfter: generic.costAfter, usesIndex, reduction };
  if (!usesIndex || reduction < context.minCostReduction || !context.valueCases?.length) {
    return { ...planned, custom: [], before, after: { generic: generic.costAfter }, holds: usesIndex && reduction >= context.minCostReduction };
  }
  const customBefore = before.custom ?? await customCosts(kept, context, stats);
  const custom = [];
  const customAfter = /* @__PURE__ */ new Map();
  for (const valued of context.valueCases) {
    const costBefore = customBefore.get(valued.name);
    if (costBefore === void 0) continue;
    stats.plannerCalls += 1;
    const result = await verifyIndex(database, parser, statement, [...kept, candidate], mode, context, valued.values);
    if (result.outcome !== "planned") continue;
    const uses = result.planIndexes.includes(result.plannedName);
    customAfter.set(valued.name, result.costAfter);
    custom.push({ description: valued.description, uses, costBefore, costAfter: result.costAfter, holds: uses && costCut(costBefore, result.costAfter) >= context.minCostReduction });
  }
  const holds = custom.length === 0 || custom.some((check) => check.holds);
  return { ...planned, custom, before: { ...before, custom: customBefore }, after: { generic: generic.costAfter, custom: customAfter }, holds };
}
async function customCosts(kept, context, stats) {
  const costs = /* @__PURE__ */ new Map();
  for (const valued of context.valueCases ?? []) {
    stats.plannerCalls += 1;
    const result = await verifyIndex(context.database, context.parser, context.statement, kept, context.mode, context, valued.values);
    if (result.outcome === "planned") costs.set(valued.name, result.costAfter);
  }
  return costs;
}
function costCut(before, after) {
  return before > 0 ? 1 - after / before : 0;
}

// src/queries/advice/advise-indexes.ts
var COST = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
async function adviseIndexes(database, statement, plan, settings) {
  const stats = emptyAdviceStats();
  const findings = [];
  if (settings.rule?.severity === "off") return { findings, stats, suggestions: [] };
  const verification = await resolveVerification(database, settings.verifyIndexes);
  const worth = scansWorthAdvice(plan);
  if (verification.mode === "off" || worth.size === 0) return { findings, stats, suggestions: [] };
  const options = { ...missingIndex.defaultOptions, ...settings.rule?.options };
  const severity = settings.rule && settings.rule.severity !== "default" ? settings.rule.severity : missingIndex.meta.severity;
  const progress = { costs: { generic: totalCost(plan) }, kept: [] };
  const workload = [];
  const seen = /* @__PURE__ */ new Set();
  const declined = [];
  const suggestions = [];
  const pending = [
    ...withoutCoveredPrefixes(deriveCandidates(statement.node)).map((candidate) => ({
      table: candidate.table,
      subject: (facts) => `${tableLabel(facts)} (${candidateKeys(candidate).map(describeKey).join(", ")})`,
      advise: (facts, context) => adviseCandidate(candidate, facts, context)
    })),
    ...deriveGinCandidates(statement.node).map((gin) => ({
      table: gin.table,
      subject: (facts) => `${tableLabel(facts)} (${gin.column}) USING gin${gin.kind === "trigram" ? " (pg_trgm)" : ""}`,
      advise: (facts, context) => adviseGin(gin, facts, context)
    }))
  ];
  for (const candidate of pending) {
    const facts = await readTableFacts(database, settings.parser, candidate.table);
    const scan = facts ? worth.get(facts.name) : void 0;
    if (!facts || !scan) continue;
    const subject = candidate.subject(facts);
    if (seen.has(subject)) continue;
    seen.add(subject);
    stats.candidates += 1;
    const report = await candidate.advise(facts, { ...settings, database, statement, progress, stats, verification, options, severity, scan, subject, workload });
    if (report === "served" || report === "small-table") {
      stats.skipped += 1;
      continue;
    }
    if (report.outcome === "suggested") stats.kept += 1;
    else stats.skipped += 1;
    if (report.outcome === "skipped" || report.outcome === "rejected") declined.push(report);
    else findings.push(adviceFinding(statement, report));
    if (report.outcome === "suggested") suggestions.push({ ...workload.at(-1), finding: findings.at(-1) });
  }
  const folded = foldDeclined(declined);
  if (folded) findings.push(adviceFinding(statement, folded));
  return { findings, stats, suggestions };
}
function foldDeclined(reports) {
  if (reports.length <= 1) return reports[0];
  const prefix = "No index suggested for ";
  return {
    outcome: reports.every((report) => report.outcome === "rejected") ? "rejected" : "skipped",
    severity: "notice",
    subject: reports.map((report) => report.subject).join(" + "),
    message: `No index suggested for ${reports.length} candidates: ${reports.map((report) => report.message.replace(prefix, "")).join(" \u2014 ")}`,
    data: { reasons: reports.map((report) => ({ candidate: report.subject, ...report.data })) }
  };
}
async function adviseCandidate(candidate, facts, context) {
  const { subject, parser, database } = context;
  const planRead = planReadNote(facts, context.scan);
  const judgement = await judgeCandidate(database, parser, candidate, facts, context.options);
  if (judgement.verdict === "served") return "served";
  if (judgement.verdict === "small") return "small-table";
  if (judgement.verdict === "skip") {
    return { outcome: "skipped", severity: "notice", subject, message: `No index suggested for ${subject}: ${judgement.reason}. ${planRead}`, data: { reason: judgement.reason } };
  }
  return verifyDefinition(judgement.definition, planRead, context);
}
async function adviseGin(gin, facts, context) {
  const { subject, parser, database } = context;
  if (await servingGinIndex(database, facts, gin, quoteIdentifier(parser, gin.column))) return "served";
  const planRead = planReadNote(facts, context.scan);
  const definition = { schema: facts.schema, table: facts.name, keys: [{ column: gin.column }], method: "gin", ...gin.kind === "trigram" ? { opclass: "gin_trgm_ops" } : {} };
  const suggestion = createIndexSql(parser, definition, { concurrently: true });
  const named = describeDefinition(definition);
  const why = gin.kind === "trigram" ? `${gin.operator} with a pattern that has no fixed prefix` : `the ${gin.operator} operator`;
  if (gin.kind === "trigram" && !await hasTrigramOpclass(database)) {
    return notVerified(subject, named, `${why} needs a pg_trgm index, and pg_trgm is not installed here (CREATE EXTENSION pg_trgm)`, suggestion, planRead);
  }
  const { verification } = context;
  if (verification.mode === "hypopg") {
    return notVerified(subject, named, `${why} needs a GIN index, which HypoPG cannot make; verify-indexes: transaction builds it in a rolled-back transaction`, suggestion, planRead);
  }
  return verifyDefinition(definition, planRead, context);
}
async function verifyDefinition(definition, planRead, context) {
  const { parser, progress, stats, subject } = context;
  const suggestion = createIndexSql(parser, definition, { concurrently: true });
  const named = describeDefinition(definition);
  const { verification } = context;
  if (verification.mode === "unverifiable") return notVerified(subject, named, verification.reason, suggestion, planRead);
  const verdictContext = { ...context, mode: verification.mode, minCostReduction: context.options["min-cost-reduction"] };
  const kept = [...progress.kept];
  const verdict = await judgeIndex(kept, definition, progress.costs, verdictContext, stats);
  if (verdict.outcome === "refused") return notVerified(subject, named, verdict.reason, suggestion, planRead);
  const before = verdict.before;
  progress.costs = before;
  const costs = costChange(before.generic, verdict.costAfter);
  const data = {
    index: indexName(definition),
    // The index as data, for the report's readers to compare suggestions (the workload step compares definitions).
    indexKeys: { table: `${definition.schema}.${definition.table}`, keys: definition.keys.map(describeKey), ...definition.partial ? { where: describeCondition(definition.partial) } : {}, ...definition.method ? { method: definition.method } : {} },
    costBefore: before.generic,
    costAfter: verdict.costAfter,
    verifiedWith: verification.mode,
    plannedName: verdict.plannedName,
    planIndexes: verdict.planIndexes,
    ...verdict.custom.length > 0 ? { customPlans: verdict.custom } : {}
  };
  const minimum = context.options["min-cost-reduction"];
  if (!verdict.holds) {
    const why = !verdict.usesIndex ? `the planner does not use it (plan cost ${costs})` : verdict.reduction < minimum ? `with it the plan cost falls only ${costs}, below min-cost-reduction ${minimum}` : `it holds on the generic plan only, not with the data's values (${verdict.custom.map(describeCheck).join("; ")})`;
    return { outcome: "rejected", severity: "notice", subject, message: `No index suggested for ${subject}: ${why}. ${planRead}`, data: { ...data, reason: why } };
  }
  const verifiedWith = verification.mode === "hypopg" ? "verified with HypoPG" : "verified by building it in a rolled-back transaction";
  const onTop = kept.length > 0 ? ` with ${kept.map(indexName).join(", ")} in place` : "";
  const shown = verdict.custom.filter((check) => check.holds).map((check) => ` and ${costChange(check.costBefore, check.costAfter)} with ${check.description}`);
  progress.kept.push(definition);
  progress.costs = verdict.after;
  context.workload.push({ definition, kept, before, verdict: verdictContext });
  return {
    outcome: "suggested",
    severity: context.severity,
    subject,
    message: `Index ${named} cuts the plan cost ${costs}${shown.join("")}${onTop}, ${verifiedWith}. ${planRead}`,
    suggestion,
    data
  };
}
function costChange(before, after) {
  return `from ${COST.format(before)} to ${COST.format(after)} (${formatShare(costCut(before, after))} less)`;
}
function describeCheck(check) {
  return `${check.description}: ${check.uses ? `the cost falls only ${costChange(check.costBefore, check.costAfter)}` : "not used"}`;
}
function notVerified(subject, named, reason, suggestion, planRead) {
  return {
    outcome: "not-verified",
    severity: "notice",
    subject,
    message: `Index ${named} not verified: ${reason}; it is a candidate only. ${planRead}`,
    suggestion,
    data: { reason }
  };
}
function describeDefinition(definition) {
  const table = definition.schema === "public" ? definition.table : `${definition.schema}.${definition.table}`;
  const where = definition.partial ? ` WHERE ${describeCondition(definition.partial)}` : "";
  const using = definition.method ? ` USING ${definition.method}` : "";
  const keys = definition.keys.map((key) => `${describeKey(key)}${definition.opclass ? ` ${definition.opclass}` : ""}`).join(", ");
  return `${table}${using} (${keys})${where}`;
}
function planReadNote(facts, scan) {
  return `The plan reads ${tableLabel(facts)} with ${/^[aeiou]/i.test(scan) ? "an" : "a"} ${scan}.`;
}

// src/queries/advice/workload-indexes.ts
var MAX_HOSTS_TRIED = 3;
async function mergeWorkloadSuggestions(findings, suggestions, stats) {
  const ordered = [...suggestions].sort((a, b) => b.definition.keys.length - a.definition.keys.length || findings.indexOf(a.finding) - findings.indexOf(b.finding));
  const hosts = [];
  const servedBy = /* @__PURE__ */ new Map();
  for (const suggestion of ordered) {
    const host = await servingHost(suggestion, hosts.filter((other) => begins(other.definition, suggestion.definition)), stats);
    if (host) servedBy.set(suggestion.finding, host.finding);
    else hosts.push(suggestion);
  }
  const served = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const host = servedBy.get(finding);
    if (host) served.set(host, [...served.get(host) ?? [], statementOf(finding)]);
  }
  return findings.filter((finding) => !servedBy.has(finding)).map((finding) => {
    const others = served.get(finding);
    if (!others) return finding;
    const list = [...new Set(others)];
    return { ...finding, message: `${finding.message} The planner takes the same index for ${list.join(", ")} too.`, data: { ...finding.data, alsoServes: list } };
  });
}
async function servingHost(suggestion, hosts, stats) {
  const same = hosts.find((host) => host.definition.keys.length === suggestion.definition.keys.length);
  if (same) return same;
  for (const host of hosts.slice(0, MAX_HOSTS_TRIED)) {
    const verdict = await judgeIndex(suggestion.kept, host.definition, suggestion.before, suggestion.verdict, stats);
    if (verdict.outcome === "planned" && verdict.holds) return host;
  }
  return void 0;
}
function begins(long, short) {
  return long.schema === short.schema && long.table === short.table && long.method === short.method && long.opclass === short.opclass && (long.partial ? describeCondition(long.partial) : void 0) === (short.partial ? describeCondition(short.partial) : void 0) && long.keys.length >= short.keys.length && short.keys.every((key, index) => describeKey(long.keys[index]) === describeKey(key));
}
function statementOf(finding) {
  const place = `${finding.file}:${finding.line}`;
  const name = finding.data?.statementName;
  return typeof name === "string" ? `${name} (${place})` : place;
}

// src/queries/db/indexed-foreign-keys.ts
var REFERENCING_SQL = `
SELECT c.conname AS constraint, c.conrelid::regclass::text AS referencing,
       (SELECT min(i.indexrelid::regclass::text)
          FROM pg_index i
         WHERE i.indrelid = c.conrelid AND i.indisvalid AND i.indpred IS NULL
           AND cardinality(c.conkey) <= i.indnkeyatts
           AND (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] @> c.conkey) AS index
  FROM pg_constraint c
 WHERE c.contype = 'f' AND c.conname = ANY($1::text[])`;
async function settleIndexedForeignKeys(database, findings, minReferencingRows2 = MIN_REFERENCING_ROWS_DEFAULT) {
  const actions = findings.filter((finding) => finding.rule === "slow-foreign-key-check" && finding.data?.action === true && typeof finding.data.constraint === "string");
  if (actions.length === 0) return findings;
  const referencing = await referencingTables(database, [...new Set(actions.map((finding) => String(finding.data?.constraint)))], minReferencingRows2);
  return findings.map((finding) => {
    const found = actions.includes(finding) ? referencing.get(String(finding.data?.constraint)) : void 0;
    if (!found) return finding;
    const { suggestion: _suggestion, ...rest } = finding;
    if (found.index) {
      return {
        ...rest,
        severity: "notice",
        message: finding.message.replace(
          SEARCHES_REFERENCING_TABLE,
          ` Its referencing columns are indexed (${found.index}), so the time is the action's own work on the referencing rows (deleting or updating them), not a search for them.`
        ),
        data: { ...finding.data, referencingIndex: found.index }
      };
    }
    if (found.rows === void 0 || found.rows >= minReferencingRows2) return finding;
    return {
      ...rest,
      severity: "notice",
      message: finding.message.replace(
        SEARCHES_REFERENCING_TABLE,
        ` The referencing table ${found.table} holds ${formatCount(found.rows)} ${found.rows === 1 ? "row" : "rows"}, too few for an index to change the search: the time measured is the machine's, not the table's.`
      ),
      data: { ...finding.data, referencingRows: found.rows }
    };
  });
}
async function referencingTables(database, constraints, floor) {
  const rows = await database.query(REFERENCING_SQL, [constraints]).catch(() => []);
  const found = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const table = String(row.referencing);
    const index = row.index === null || row.index === void 0 ? void 0 : String(row.index);
    const counted = index ? void 0 : await database.query(`SELECT count(*)::int AS rows FROM (SELECT 1 FROM ${table} LIMIT ${Math.ceil(floor)}) AS counted`).catch(() => void 0);
    found.set(String(row.constraint), { table, index, rows: counted?.[0] ? Number(counted[0].rows) : void 0 });
  }
  return found;
}

// src/queries/sql/unsafe-functions.ts
var UNSAFE_FUNCTIONS = {
  pg_terminate_backend: "ends another session (backend signalling)",
  pg_cancel_backend: "cancels another session's query (backend signalling)",
  pg_reload_conf: "makes the server reload its configuration (backend signalling)",
  pg_rotate_logfile: "rotates the server's log file (backend signalling)",
  pg_log_backend_memory_contexts: "writes another session's memory contexts to the server log (backend signalling)",
  pg_promote: "promotes a standby to primary",
  pg_wal_replay_pause: "pauses WAL replay on a standby",
  pg_wal_replay_resume: "resumes WAL replay on a standby",
  pg_switch_wal: "forces a switch to a new WAL file",
  pg_create_restore_point: "writes a named restore point into the WAL",
  pg_backup_start: "starts an online backup",
  pg_backup_stop: "ends an online backup",
  pg_create_physical_replication_slot: "creates a replication slot, which persists and holds back WAL",
  pg_create_logical_replication_slot: "creates a replication slot, which persists and holds back WAL",
  pg_copy_physical_replication_slot: "creates a replication slot, which persists and holds back WAL",
  pg_copy_logical_replication_slot: "creates a replication slot, which persists and holds back WAL",
  pg_drop_replication_slot: "drops a replication slot",
  pg_replication_slot_advance: "moves a replication slot forward, discarding changes a consumer has not read",
  pg_logical_slot_get_changes: "consumes a logical replication slot's changes",
  pg_logical_slot_get_binary_changes: "consumes a logical replication slot's changes",
  pg_logical_emit_message: "writes a message into the WAL for logical decoding consumers",
  pg_replication_origin_create: "creates a replication origin",
  pg_replication_origin_drop: "drops a replication origin",
  pg_replication_origin_advance: "moves a replication origin",
  pg_replication_origin_session_setup: "marks the session's changes as coming from a replication origin",
  pg_advisory_lock: "takes a session-level advisory lock, held after the rollback until the session ends",
  pg_advisory_lock_shared: "takes a session-level advisory lock, held after the rollback until the session ends",
  pg_try_advisory_lock: "takes a session-level advisory lock, held after the rollback until the session ends",
  pg_try_advisory_lock_shared: "takes a session-level advisory lock, held after the rollback until the session ends",
  pg_advisory_unlock: "releases session-level advisory locks the application may hold",
  pg_advisory_unlock_shared: "releases session-level advisory locks the application may hold",
  pg_advisory_unlock_all: "releases session-level advisory locks the application may hold",
  setval: "sets a sequence, and sequence changes are never rolled back",
  nextval: "advances a sequence, and sequence changes are never rolled back",
  postgres_fdw_disconnect: "closes foreign-data connections",
  postgres_fdw_disconnect_all: "closes foreign-data connections",
  lo_import: "reads a server file into a large object",
  lo_export: "writes a large object to a server file",
  lo_create: "creates a large object",
  lo_creat: "creates a large object",
  lo_from_bytea: "creates a large object",
  lo_unlink: "deletes a large object",
  lo_put: "writes into a large object",
  lo_open: "opens a large object descriptor",
  lowrite: "writes into a large object",
  lo_truncate: "truncates a large object",
  lo_truncate64: "truncates a large object",
  pg_read_file: "reads a file on the database server",
  pg_read_binary_file: "reads a file on the database server",
  pg_stat_file: "reads a file on the database server",
  pg_ls_dir: "lists a directory on the database server",
  pg_ls_logdir: "lists a directory on the database server",
  pg_ls_waldir: "lists a directory on the database server",
  pg_ls_tmpdir: "lists a directory on the database server",
  pg_ls_archive_statusdir: "lists a directory on the database server",
  pg_ls_logicalmapdir: "lists a directory on the database server",
  pg_ls_logicalsnapdir: "lists a directory on the database server",
  pg_ls_replslotdir: "lists a directory on the database server",
  pg_file_write: "writes a file on the database server (adminpack)",
  pg_file_rename: "renames a file on the database server (adminpack)",
  pg_file_unlink: "deletes a file on the database server (adminpack)",
  pg_file_sync: "syncs a file on the database server (adminpack)",
  pg_logdir_ls: "lists the server's log directory (adminpack)"
};
var UNSAFE_PREFIXES = {
  dblink: "connects to another database, where what it does is not rolled back (dblink)"
};
function unsafeCall(statement) {
  for (const call of nodesOfType(statement, "FuncCall")) {
    const name = functionName(call);
    if (name === void 0) continue;
    const listed = UNSAFE_FUNCTIONS[name];
    if (listed) return { call: `${name}()`, reason: listed };
    const prefix = Object.keys(UNSAFE_PREFIXES).find((start) => name.startsWith(start));
    if (prefix) return { call: `${name}()`, reason: UNSAFE_PREFIXES[prefix] };
    if (name === "set_config" && !isLocal(call)) {
      return { call: "set_config(\u2026, false)", reason: "changes a setting for the rest of the session, not only this transaction" };
    }
  }
  return void 0;
}
function functionName(call) {
  const parts = Array.isArray(call.funcname) ? call.funcname : [];
  const last = parts.at(-1);
  return last?.String?.sval;
}
function isLocal(call) {
  const args = Array.isArray(call.args) ? call.args : [];
  const third = args[2];
  return third?.A_Const?.boolval?.boolval === true;
}

// src/queries/db/called-functions.ts
var VOLATILITY = { i: "immutable", s: "stable", v: "volatile" };
var USER_FUNCTION = `
  JOIN pg_namespace n ON n.oid = p.pronamespace
  JOIN pg_language l ON l.oid = p.prolang
  LEFT JOIN pg_depend e ON e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e'
  LEFT JOIN pg_extension x ON x.oid = e.refobjid
 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')`;
var COLUMNS = `n.nspname || '.' || p.proname AS name, p.provolatile AS volatility, l.lanname AS language, x.extname AS extension`;
async function calledFunctions(database, statement, withTargets) {
  const names = [...new Set(nodesOfType(statement, "FuncCall").flatMap((call) => functionName(call) ?? []))];
  const found = [];
  if (names.length > 0) {
    const rows = await database.query(`SELECT ${COLUMNS}, 'call' AS via FROM pg_proc p ${USER_FUNCTION} AND p.proname = ANY($1::text[]) ORDER BY 1`, [names]);
    found.push(...rows.map(asFunction));
  }
  if (withTargets) {
    for (const [table, { shown, events }] of targetTables(statement)) {
      const rows = await database.query(
        `SELECT ${COLUMNS}, 'trigger ' || t.tgname || ' on ' || $2 AS via
           FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid ${USER_FUNCTION} AND NOT t.tgisinternal AND t.tgrelid = to_regclass($1) AND (t.tgtype::int & $3::int) <> 0
         UNION ALL
         SELECT ${COLUMNS}, 'default of ' || $2 || '.' || a.attname AS via
           FROM pg_attrdef d
           JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
           JOIN pg_depend dep ON dep.classid = 'pg_attrdef'::regclass AND dep.objid = d.oid AND dep.refclassid = 'pg_proc'::regclass
           JOIN pg_proc p ON p.oid = dep.refobjid ${USER_FUNCTION} AND d.adrelid = to_regclass($1) AND ($3::int & ${INSERT | UPDATE}) <> 0
         ORDER BY 5, 1`,
        [table, shown, events]
      );
      found.push(...rows.map(asFunction));
    }
  }
  return found;
}
function asFunction(row) {
  const volatility = VOLATILITY[String(row.volatility)] ?? "volatile";
  return { name: String(row.name), volatility, language: String(row.language), via: String(row.via), ...row.extension ? { extension: String(row.extension) } : {} };
}
var INSERT = 4;
var DELETE = 8;
var UPDATE = 16;
var EVENTS = { InsertStmt: INSERT, UpdateStmt: UPDATE, DeleteStmt: DELETE, MergeStmt: INSERT | UPDATE | DELETE };
function targetTables(statement) {
  const tables = /* @__PURE__ */ new Map();
  for (const [type, events] of Object.entries(EVENTS)) {
    for (const fields of nodesOfType(statement, type)) {
      const relation = fields.relation;
      if (!relation?.relname) continue;
      const sql = relation.schemaname ? `${quote(relation.schemaname)}.${quote(relation.relname)}` : quote(relation.relname);
      const shown = relation.schemaname ? `${relation.schemaname}.${relation.relname}` : relation.relname;
      tables.set(sql, { shown, events: (tables.get(sql)?.events ?? 0) | events });
    }
  }
  return tables;
}
function quote(name) {
  return `"${name.replace(/"/g, '""')}"`;
}
function refusedUnderAnalyze(functions, allowed) {
  const allow = new Set(allowed.map((name) => name.toLowerCase()));
  return functions.filter((fn) => fn.volatility === "volatile" && !fn.extension && !allow.has(fn.name.toLowerCase()) && !allow.has(fn.name.split(".").slice(1).join(".").toLowerCase()));
}

// src/queries/db/run-explain.ts
async function runExplain(database, statement, script, limits) {
  let plan;
  try {
    for (const [index, step] of script.steps.entries()) {
      const rows = await database.run(step);
      if (index === script.planStep) plan = planDocument(rows, statement);
    }
  } catch (error) {
    await runEach2(database, script.afterFailure);
    if (error instanceof DatabaseError) throw statementError(statement, error, limits);
    throw error;
  }
  if (!plan) throw new Error(`${statementLocation(statement)}: the EXPLAIN script has no plan step ${script.planStep}; this is a bug.`);
  return plan;
}
async function runEach2(database, commands) {
  for (const command of commands) {
    try {
      await database.run(command);
    } catch {
    }
  }
}
function planDocument(rows, statement) {
  const value = rows[0] ? Object.values(rows[0])[0] : void 0;
  const text = typeof value === "string" ? value : JSON.stringify(value ?? null);
  const [document] = readPlanInput(text, `the EXPLAIN output for ${statementLocation(statement)}`).documents;
  return document;
}

// src/queries/own-settings.ts
function withoutOwnSettings(plan, script, engineSettings) {
  if (!isObject(plan.Settings)) return plan;
  const own = /* @__PURE__ */ new Set([...engineSettings, ...script.steps.flatMap((step) => /^SET LOCAL (\w+) =/.exec(step)?.[1] ?? [])]);
  const settings = Object.fromEntries(Object.entries(plan.Settings).filter(([name]) => !own.has(name)));
  return { ...plan, Settings: settings };
}

// src/queries/params/parameter-uses.ts
var LOWER = /* @__PURE__ */ new Set([">", ">="]);
var UPPER = /* @__PURE__ */ new Set(["<", "<="]);
var FLIPPED = { ">": "<", ">=": "<=", "<": ">", "<=": ">=", "=": "=" };
function parameterUses(statement) {
  const uses = /* @__PURE__ */ new Map();
  const add = (param, use) => {
    const number = paramNumber(param);
    if (number !== void 0 && !uses.has(number)) uses.set(number, use);
  };
  for (const expr of nodesOfType(statement, "A_Expr")) {
    const kind = String(expr.kind);
    const operator = operatorName(expr);
    const left = columnOf(expr.lexpr);
    const right = columnOf(expr.rexpr);
    if (kind === "AEXPR_OP" && operator) {
      const [column, param, op] = left ? [left, expr.rexpr, operator] : [right, expr.lexpr, FLIPPED[operator]];
      if (!column || !op) continue;
      if (op === "=") add(param, { kind: "equals", column });
      else if (LOWER.has(op)) add(param, { kind: "lower", column });
      else if (UPPER.has(op)) add(param, { kind: "upper", column });
    } else if (kind === "AEXPR_OP_ANY" && operator === "=" && left) {
      add(expr.rexpr, { kind: "any", column: left });
    } else if (kind === "AEXPR_IN" && left) {
      for (const item of listItems(expr.rexpr)) add(item, { kind: "equals", column: left });
    } else if ((kind === "AEXPR_LIKE" || kind === "AEXPR_ILIKE") && left && !operator.startsWith("!")) {
      add(expr.rexpr, { kind: "prefix", column: left });
    } else if (kind === "AEXPR_BETWEEN" && left) {
      const [low, high] = listItems(expr.rexpr);
      add(low, { kind: "lower", column: left });
      add(high, { kind: "between-upper", column: left });
    }
  }
  for (const select of nodesOfType(statement, "SelectStmt")) {
    add(select.limitCount, { kind: "limit" });
    add(select.limitOffset, { kind: "offset" });
  }
  for (const insert of nodesOfType(statement, "InsertStmt")) {
    const columns = Array.isArray(insert.cols) ? insert.cols.map((col) => isObject2(col) && isObject2(col.ResTarget) ? col.ResTarget.name : void 0) : [];
    const select = isObject2(insert.selectStmt) && isObject2(insert.selectStmt.SelectStmt) ? insert.selectStmt.SelectStmt : void 0;
    for (const row of Array.isArray(select?.valuesLists) ? select.valuesLists : []) {
      listItems(row).forEach((value, index) => {
        const name = columns[index];
        if (typeof name === "string") add(value, { kind: "written", column: { name } });
      });
    }
  }
  for (const update of nodesOfType(statement, "UpdateStmt")) {
    for (const target of Array.isArray(update.targetList) ? update.targetList : []) {
      const fields = isObject2(target) && isObject2(target.ResTarget) ? target.ResTarget : void 0;
      if (typeof fields?.name === "string") add(fields.val, { kind: "written", column: { name: fields.name } });
    }
  }
  return uses;
}
function statementTables(statement) {
  const targets = ["InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"].flatMap((type) => nodesOfType(statement, type).map((fields) => fields.relation).filter(isObject2));
  return [...targets, ...nodesOfType(statement, "RangeVar")].map((range) => ({
    ...typeof range.schemaname === "string" ? { schema: range.schemaname } : {},
    name: String(range.relname),
    ...isObject2(range.alias) && typeof range.alias.aliasname === "string" ? { alias: range.alias.aliasname } : {}
  }));
}
function paramNumber(node) {
  if (!isObject2(node)) return void 0;
  if (isObject2(node.ParamRef)) return typeof node.ParamRef.number === "number" ? node.ParamRef.number : void 0;
  if (isObject2(node.TypeCast)) return paramNumber(node.TypeCast.arg);
  return void 0;
}
function columnOf(node) {
  if (!isObject2(node)) return void 0;
  if (isObject2(node.TypeCast)) return columnOf(node.TypeCast.arg);
  if (!isObject2(node.ColumnRef) || !Array.isArray(node.ColumnRef.fields)) return void 0;
  const names = node.ColumnRef.fields.map((field) => isObject2(field) && isObject2(field.String) ? field.String.sval : void 0);
  if (names.length === 0 || names.some((name2) => typeof name2 !== "string")) return void 0;
  const name = names.at(-1);
  return names.length > 1 ? { qualifier: names.at(-2), name } : { name };
}

// src/queries/params/parameter-values.ts
var LIMIT_VALUE = "20";
var STATS_SQL2 = `SELECT pg_catalog.array_to_json(most_common_vals::text::text[])::text AS common,
  pg_catalog.array_to_json(histogram_bounds::text::text[])::text AS histogram
FROM pg_catalog.pg_stats WHERE tablename = $1 AND attname = $2 AND (schemaname = $3 OR ($3 IS NULL AND schemaname = ANY (pg_catalog.current_schemas(false))))
ORDER BY inherited LIMIT 1`;
async function parameterCases(database, statement, parameterCount2, pinned) {
  const uses = parameterUses(statement);
  const tables = statementTables(statement);
  const common = [];
  const rare = [];
  const commonText = [];
  const rareText = [];
  for (let number = 1; number <= parameterCount2; number += 1) {
    const pin = pinned[number];
    if (pin !== void 0) {
      common.push(pin);
      rare.push(pin);
      commonText.push(`$${number} = ${literal(pin)} (query-params)`);
      rareText.push(`$${number} = ${literal(pin)} (query-params)`);
      continue;
    }
    const use = uses.get(number);
    if (!use) return { missing: `$${number} is not compared with or written to a column, nor a LIMIT or OFFSET; pin a value in query-params` };
    if (use.kind === "limit" || use.kind === "offset") {
      const value = use.kind === "limit" ? LIMIT_VALUE : "0";
      common.push(value);
      rare.push(value);
      commonText.push(`$${number} = ${value} (${use.kind.toUpperCase()})`);
      rareText.push(`$${number} = ${value} (${use.kind.toUpperCase()})`);
      continue;
    }
    const values = await columnValues(database, tables, use);
    if (!values) return { missing: `no value of ${use.column?.name} was found for $${number} (no statistics, no rows); pin a value in query-params` };
    const [often, seldom] = pick(use, values);
    common.push(often);
    rare.push(seldom);
    commonText.push(`$${number} = ${literal(often)} (${isRange(use) ? "wide range" : "common"} in ${values.source})`);
    rareText.push(`$${number} = ${literal(seldom)} (${isRange(use) ? "narrow range" : "rare"} in ${values.source})`);
  }
  if (Object.keys(pinned).length > 0 && Object.keys(pinned).length >= parameterCount2) {
    return { cases: [{ name: "pinned", values: common, description: commonText.join(", ") }] };
  }
  const cases = [{ name: "common", values: common, description: commonText.join(", ") }];
  if (rare.some((value, index) => value !== common[index])) cases.push({ name: "rare", values: rare, description: rareText.join(", ") });
  return { cases };
}
function pick(use, values) {
  const { common, histogram } = values;
  const anyValue = common[0] ?? histogram[0];
  if (use.kind === "lower") return [histogram[0] ?? anyValue, histogram.at(-2) ?? histogram.at(-1) ?? anyValue];
  if (use.kind === "upper") return [histogram.at(-1) ?? anyValue, histogram[1] ?? histogram[0] ?? anyValue];
  if (use.kind === "between-upper") return [histogram.at(-1) ?? anyValue, histogram.at(-1) ?? anyValue];
  const often = common[0] ?? histogram[Math.floor(histogram.length / 2)];
  const seldom = histogram.find((value) => !common.includes(value) && value !== often) ?? common.at(-1) ?? often;
  if (use.kind === "prefix") return [`${often}%`, `${seldom}%`];
  if (use.kind === "any") return [arrayLiteral(often), arrayLiteral(seldom)];
  return [often, seldom];
}
async function columnValues(database, tables, use) {
  const column = use.column;
  if (!column) return void 0;
  const candidates = column.qualifier ? tables.filter((table) => table.alias === column.qualifier || !table.alias && table.name === column.qualifier) : tables;
  for (const table of candidates) {
    const source = `${table.name}.${column.name}`;
    const [stats] = await database.query(STATS_SQL2, [table.name, column.name, table.schema ?? null]).catch(() => []);
    const common = jsonList(stats?.common);
    const histogram = jsonList(stats?.histogram);
    if (common.length > 0 || histogram.length > 0) return { source, common, histogram };
    const sampled = await sample(database, table, column.name);
    if (sampled.length > 0) return { source, common: [], histogram: sampled };
  }
  return void 0;
}
async function sample(database, table, column) {
  const relation = table.schema ? `${quoted(table.schema)}.${quoted(table.name)}` : quoted(table.name);
  const rows = await database.query(`SELECT ${quoted(column)}::text AS value FROM ${relation} WHERE ${quoted(column)} IS NOT NULL ORDER BY ${quoted(column)} LIMIT 3`).catch(() => []);
  return rows.map((row) => String(row.value));
}
function jsonList(value) {
  if (typeof value !== "string") return [];
  const parsed = JSON.parse(value);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}
function arrayLiteral(value) {
  return `{"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"}`;
}
function literal(value) {
  const shown = value.length > 40 ? `${value.slice(0, 37)}\u2026` : value;
  return `'${shown.replaceAll("'", "''")}'`;
}
function isRange(use) {
  return use.kind === "lower" || use.kind === "upper" || use.kind === "between-upper";
}

// src/queries/params/valued-plans.ts
async function valuedPlanFindings(database, parser, statement, cases, settings, rules, place, anchor, seen, log) {
  const result = { findings: [], plans: 0, notRun: [] };
  const location = statementLocation(statement);
  const occurrence = occurrenceCounter();
  for (const valued of cases) {
    const script = customPlanScript(parser, statement, { ...settings, serverVersionNum: database.identity.versionNum }, valued.values);
    log?.(`queries: ${script.analyze ? "EXPLAIN ANALYZE" : "EXPLAIN"} of ${location} with ${valued.description}`);
    let raw;
    try {
      raw = await runExplain(database, statement, script, settings);
    } catch (error) {
      if (!(error instanceof StatementRefusedError) || error.serverError.code === void 0) throw error;
      log?.(`queries: ${location} with ${valued.description} was refused: ${error.serverError.message}`);
      continue;
    }
    result.plans += 1;
    const judgement = judgePlans([withoutOwnSettings(raw, script, database.engineSettings ?? [])], rules);
    result.notRun = judgement.notRun;
    for (const judged of judgement.reports) {
      const key = ruleNodeKey(judged);
      if (seen.has(key)) continue;
      seen.add(key);
      const finding = planFinding(judged, place, `${anchor}\0${valued.name}`, occurrence(judged));
      result.findings.push({
        ...finding,
        message: `${finding.message} Shown with ${valued.description}.`,
        data: { ...finding.data, parameterCase: valued.name, parameterValues: Object.fromEntries(valued.values.map((value, index) => [`$${index + 1}`, value])) }
      });
    }
  }
  return result;
}
async function chooseValues(database, statement, queryParams, log) {
  const location = statementLocation(statement);
  const pinned = (statement.name ? queryParams?.[statement.name] : void 0) ?? queryParams?.[location] ?? {};
  const chosen = await parameterCases(database, statement.node, statement.parameterCount, pinned);
  if ("cases" in chosen) return chosen.cases;
  log?.(`queries: ${location} keeps its generic plan: ${chosen.missing}`);
  return void 0;
}

// src/queries/statement-findings.ts
import { createHash as createHash4 } from "node:crypto";
function sqlErrorFinding(where, message, data, rules) {
  return statementFinding(sqlError, where, message, data, rules);
}
function notAuditedFinding(where, reason, message, data, rules) {
  return statementFinding(statementNotAudited, where, message, { reason, ...data }, rules);
}
function templateFinding(where, placeholder, rules) {
  const message = `Not audited: it holds the template placeholder ${placeholder}, which the application fills in before the SQL runs, so PostgreSQL cannot parse it as written. Audit a rendered copy of the query, or exclude the file.`;
  return notAuditedFinding(where, "template", message, { placeholder }, rules);
}
function statementFinding(rule, where, message, data, rules) {
  const severity = severityFor(rule.meta, rules[rule.meta.id]?.severity);
  if (!severity) return void 0;
  const text = where.written ?? where.sql;
  const lastLine = text.split("\n").at(-1) ?? "";
  const place = { file: where.file, line: where.startLine, column: where.column ?? 1, endLine: where.endLine, endColumn: where.column ?? lastLine.length + 1 };
  return withStatementName(where, {
    analyzer: "queries",
    rule: rule.meta.id,
    category: rule.meta.category,
    severity,
    message,
    ...place,
    // The file and the statement's text, never the line: moving the statement keeps a known finding known.
    fingerprint: createHash4("sha256").update(`${rule.meta.id}\0${where.file}\0${text.replace(/\s+/g, " ").trim()}\0${String(data.reason ?? "")}`).digest("hex").slice(0, 32),
    data
  });
}
function withStatementName(statement, finding) {
  if (!statement.name) return finding;
  return { ...finding, message: `${statement.name}: ${finding.message}`, data: { ...finding.data, statementName: statement.name } };
}

// src/queries/refused-statement.ts
var ALREADY_EXISTS = /* @__PURE__ */ new Set(["42P07", "42710", "42723", "42P06"]);
async function refusedStatement(database, statement, refusal, rules, schemaFiles, log) {
  if (refusal.kind) {
    return notAuditedFinding(statement, refusal.kind, `Not audited: ${refusal.reason}.${refusal.fix ? ` ${refusal.fix}` : ""}`, {}, rules);
  }
  if (!refusal.schema) {
    return notAuditedFinding(statement, "not-explainable", `Not audited: ${refusal.label} cannot be explained: ${refusal.reason}. ${refusal.fix}`, { statement: refusal.label }, rules);
  }
  if (database.identity.kind === "server") {
    return notAuditedFinding(
      statement,
      "schema-on-server",
      `Not audited: ${refusal.label} is DDL, and predator-guard never changes a server's schema. Apply it to the database with your migrations; on the embedded database it would be applied as schema.`,
      { statement: refusal.label },
      rules
    );
  }
  if (schemaFiles?.has(statement.file)) {
    return notAuditedFinding(
      statement,
      "applied-as-schema",
      `Applied as schema, not audited: ${refusal.label} is DDL, which EXPLAIN cannot plan; ${statement.file} is a schema file too, so the embedded database loaded it before the audit.`,
      { statement: refusal.label },
      rules
    );
  }
  log?.(`queries: applying ${refusal.label} at ${statementLocation(statement)} as schema`);
  try {
    await database.run(statement.sql);
  } catch (error) {
    if (!(error instanceof DatabaseError) || error.code === void 0) throw error;
    if (schemaFiles && schemaFiles.size > 0 && refusal.label.startsWith("CREATE") && ALREADY_EXISTS.has(error.code)) {
      return notAuditedFinding(
        statement,
        "applied-as-schema",
        `Applied as schema, not audited: ${refusal.label} is DDL, which EXPLAIN cannot plan, and what it creates is already there once the schema files are loaded (${error.message}): a copy of the schema beside the queries, as sqlc's layout keeps one, is not applied twice.`,
        { statement: refusal.label, sqlstate: error.code },
        rules
      );
    }
    return sqlErrorFinding(statement, `The database refused this ${refusal.label}: ${error.message} (SQLSTATE ${error.code}). Fix the DDL, or move it to the 'schema' files in the order it needs.`, { sqlstate: error.code, serverMessage: error.message }, rules);
  }
  return notAuditedFinding(
    statement,
    "applied-as-schema",
    `Applied as schema, not audited: ${refusal.label} is DDL, which EXPLAIN cannot plan; the embedded database ran it so the statements after it can use what it defines. Keep schema in the 'schema' files to audit against a server too.`,
    { statement: refusal.label },
    rules
  );
}

// src/queries/audit-sql-files.ts
async function auditSqlItems(database, parser, items, settings, rulesFor, log) {
  const audit = { findings: [], plans: 0, estimateOnly: [], notRun: [], indexAdvice: emptyAdviceStats(), notAudited: 0, errors: 0 };
  const suggestions = [];
  const report = (finding) => {
    if (finding) audit.findings.push(finding);
  };
  for (const item of items) {
    if (item.kind === "unparsed") {
      const { failure } = item;
      const { placeholder } = failure;
      if (placeholder) {
        audit.notAudited += 1;
        report(templateFinding({ ...failure, column: placeholder.column, startLine: placeholder.line, endLine: placeholder.line }, placeholder.text, rulesFor(failure.file)));
        continue;
      }
      audit.errors += 1;
      report(sqlErrorFinding({ ...failure, column: failure.column, startLine: failure.line, endLine: failure.line }, `The SQL does not parse: ${failure.reason}. Fix the statement so PostgreSQL accepts it.`, { reason: "parse" }, rulesFor(failure.file)));
    } else if (item.kind === "refused") {
      const finding = await refusedStatement(database, item.statement, item.refusal, rulesFor(item.statement.file), settings.schemaFiles, log);
      if (finding?.rule === "sql-error") audit.errors += 1;
      else audit.notAudited += 1;
      report(finding);
    } else {
      const outcome = await auditStatement(database, parser, item.statement, settings, rulesFor, log);
      if ("refused" in outcome) {
        if (outcome.counts === "error") audit.errors += 1;
        else audit.notAudited += 1;
        report(outcome.refused);
        continue;
      }
      audit.plans += 1;
      audit.findings.push(...outcome.findings);
      if (outcome.estimateOnly) audit.estimateOnly.push(statementLocation(item.statement));
      audit.notRun.push(...outcome.notRun);
      audit.indexAdvice = addAdviceStats(audit.indexAdvice, outcome.indexAdvice);
      suggestions.push(...outcome.suggestions);
    }
  }
  audit.findings = await mergeWorkloadSuggestions(audit.findings, suggestions, audit.indexAdvice);
  return audit;
}
async function auditStatement(database, parser, statement, settings, rulesFor, log) {
  const rules = rulesFor(statement.file);
  let script;
  try {
    script = explainScript(parser, statement, { ...settings, serverVersionNum: database.identity.versionNum });
  } catch (error) {
    if (!(error instanceof UsageError) || !error.message.startsWith(`${statementLocation(statement)}: refusing to send`)) throw error;
    const reason = error.message.slice(statementLocation(statement).length + 2);
    return { refused: notAuditedFinding(statement, "not-explainable", `Not audited: ${reason}`, {}, rules), counts: "not-audited" };
  }
  const functions = await calledFunctions(database, statement.node, script.analyze);
  const refused = script.analyze ? refusedUnderAnalyze(functions, settings.allowFunctions ?? []) : [];
  if (refused.length > 0) {
    log?.(`queries: ${statementLocation(statement)} is planned but not run: under ANALYZE it would run the VOLATILE ${namedFunctions(refused)}, not in allow-functions`);
    script = explainScript(parser, statement, { ...settings, analyze: false, serverVersionNum: database.identity.versionNum });
  }
  const withFunctions = (finding) => functions.length > 0 ? { ...finding, data: { ...finding.data, functions } } : finding;
  log?.(`queries: ${script.analyze ? "EXPLAIN ANALYZE" : "EXPLAIN"} of ${statementLocation(statement)}${script.estimateOnly ? " (generic plan: estimates only)" : ""}`);
  let raw;
  try {
    raw = await runExplain(database, statement, script, settings);
  } catch (error) {
    if (!(error instanceof StatementRefusedError) || error.serverError.code === void 0) throw error;
    const { message, code } = error.serverError;
    const finding = sqlErrorFinding(statement, `The database refused the statement: ${message} (SQLSTATE ${code}). ${error.fix}`, { sqlstate: code, serverMessage: message }, rules);
    return { refused: finding && withFunctions(finding), counts: "error" };
  }
  const plan = withoutOwnSettings(raw, script, database.engineSettings ?? []);
  const judgement = judgePlans([plan], rules);
  const occurrence = occurrenceCounter();
  const anchor = `${statement.file}\0${normalisedSql(statement.written ?? statement.sql)}`;
  const findings = [];
  for (const judged of judgement.reports) {
    const finding = planFinding(judged, statementPlace(statement), anchor, occurrence(judged));
    findings.push(withStatement(withStatementName(statement, withFunctions(script.estimateOnly ? { ...finding, data: { ...finding.data, estimateOnly: true } } : finding)), statement));
  }
  const cases = script.estimateOnly ? await chooseValues(database, statement, settings.queryParams, log) : void 0;
  const advice = await adviseIndexes(database, statement, plan, { ...settings, parser, rule: rules["missing-index"], valueCases: cases });
  const reported = new Map(advice.findings.map((finding) => [finding, withStatement(withStatementName(statement, withFunctions(finding)), statement)]));
  findings.push(...reported.values());
  const suggestions = advice.suggestions.map((suggestion) => ({ ...suggestion, finding: reported.get(suggestion.finding) ?? suggestion.finding }));
  const valued = cases ? await valuedPlanFindings(
    database,
    parser,
    statement,
    cases,
    { ...settings, analyze: await analyzeWithValues(database, statement, settings, log) },
    rules,
    statementPlace(statement),
    anchor,
    new Set(judgement.reports.map(ruleNodeKey)),
    log
  ) : void 0;
  for (const finding of valued?.findings ?? []) {
    findings.push(withStatement(withStatementName(statement, withFunctions(finding)), statement));
  }
  const estimateOnly = script.estimateOnly && !valued?.plans;
  return {
    findings: await settleIndexedForeignKeys(database, findings, minReferencingRows(rules)),
    suggestions,
    estimateOnly,
    // With analyze on, a generic plan lacks actual rows only because it has no values to run with; `estimateOnly`
    // already names it, and listing every ANALYZE rule as not run would wrongly say analyze was off.
    notRun: valued?.plans ? valued.notRun : settings.analyze && script.estimateOnly ? [] : judgement.notRun,
    indexAdvice: advice.stats
  };
}
async function analyzeWithValues(database, statement, settings, log) {
  if (!settings.analyze || statement.locksRows) return false;
  const refused = refusedUnderAnalyze(await calledFunctions(database, statement.node, true), settings.allowFunctions ?? []);
  if (refused.length === 0) return true;
  log?.(`queries: ${statementLocation(statement)} is planned with values but not run: it would run the VOLATILE ${namedFunctions(refused)}, not in allow-functions`);
  return false;
}
function namedFunctions(functions) {
  return [...new Set(functions.map((fn) => `${fn.name} (${fn.via})`))].join(", ");
}
function withStatement(finding, statement) {
  return { ...finding, data: { ...finding.data, statement: statement.written ?? statement.sql, statementKind: statementLabel(...nodeEntry(statement.node)) } };
}
function statementPlace(statement) {
  const lastLine = (statement.written ?? statement.sql).split("\n").at(-1) ?? "";
  return { file: statement.file, line: statement.startLine, column: 1, endLine: statement.endLine, endColumn: lastLine.length + 1 };
}
function normalisedSql(sql) {
  return sql.replace(/\s+/g, " ").trim();
}
function minReferencingRows(rules) {
  const value = rules["slow-foreign-key-check"]?.options["min-referencing-rows"];
  return typeof value === "number" ? value : void 0;
}

// src/queries/open-plan-database.ts
async function openPlanDatabase(config, deps) {
  if (deps.pgClient) return { database: await passedInServerDatabase(deps.pgClient) };
  const url = config.settings["database-url"];
  if (url !== void 0) {
    if (typeof url !== "string" || url.trim() === "") {
      throw new UsageError("database-url: expected a URL such as postgres://USER:PASSWORD@HOST:5432/DATABASE; got an empty or non-text value.");
    }
    return { database: await openServerDatabase(url.trim()) };
  }
  return openEmbedded(config, deps);
}
async function openEmbedded(config, deps) {
  const { openEmbeddedDatabase } = await import("./chunk-open-embedded-database-TUFCLUV3.js");
  return openEmbeddedDatabase(config, deps);
}

// src/queries/read-sql-files.ts
import { readFileSync as readFileSync2 } from "node:fs";

// src/queries/sql/statement-access.ts
var WRITING_NODES = /* @__PURE__ */ new Set(["InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"]);
function statementAccess(statement) {
  return someNode(statement, (type) => WRITING_NODES.has(type)) ? "writing" : "read-only";
}
function locksRows(statement) {
  return someNode(statement, (type) => type === "LockingClause");
}

// src/queries/sql/statement-parameters.ts
function parameterCount(statement) {
  let highest = 0;
  for (const param of nodesOfType(statement, "ParamRef")) {
    const number = typeof param.number === "number" ? param.number : 0;
    highest = Math.max(highest, number);
  }
  return highest;
}

// src/queries/sql/auditable-statement.ts
function checkStatement(parser, statement) {
  const location = statementLocation(statement);
  let parsed;
  try {
    parsed = parser.parse(statement.sql).stmts ?? [];
  } catch (error) {
    throw sqlParseError(statement.file, statement.sql, error, statement.startLine - 1);
  }
  const nodes = parsed.flatMap((raw) => raw.stmt ? [raw.stmt] : []);
  if (nodes.length !== 1) {
    const found = nodes.length === 0 ? "none" : `${nodes.length} (${nodes.map((node2) => statementLabel(...nodeEntry(node2))).join(", ")})`;
    throw new UsageError(
      `${location}: expected exactly one statement to EXPLAIN, found ${found}. Give each statement its own slot: in a SQL file, end each one with ';'.`
    );
  }
  const [node] = nodes;
  const refusal = refusalOf(node);
  if (refusal) return { refusal, node };
  const unsafe = unsafeCall(node);
  if (unsafe) {
    return {
      refusal: { label: statementLabel(...nodeEntry(node)), reason: `it calls ${unsafe.call}, which ${unsafe.reason}, and a rollback cannot undo that`, fix: "Audit the statement without that call.", kind: "unsafe-function" },
      node
    };
  }
  const access = statementAccess(node);
  return { statement: { ...statement, node, access, parameterCount: parameterCount(node), locksRows: access === "read-only" && locksRows(node) } };
}

// src/queries/sql/parameter-styles.ts
var PARAMS_STYLES = ["auto", "postgres", "sqlc", "psycopg", "colon"];
function isCode(tokenName, text) {
  if (tokenName === "SQL_COMMENT" || tokenName === "C_COMMENT" || tokenName.endsWith("CONST") && tokenName !== "ICONST" && tokenName !== "FCONST") return false;
  return !/['"]/.test(text);
}
function findParameters(parser, sql) {
  const positions = new SourcePositions(sql);
  const code = Array.from({ length: sql.length }, () => " ");
  for (const token of parser.scan(sql).tokens ?? []) {
    const [start, end] = [positions.charIndex(token.start), positions.charIndex(token.end)];
    const text = sql.slice(start, end);
    if (isCode(token.tokenName, text)) for (let index = start; index < end; index += 1) code[index] = sql[index];
  }
  const masked = code.join("");
  const markers = [];
  for (const match of masked.matchAll(/\$(\d+)/g)) markers.push({ style: "postgres", start: match.index, end: match.index + match[0].length });
  for (const match of sql.matchAll(/\bsqlc\s*\.\s*(arg|narg|slice)\s*\(\s*(?:'([A-Za-z_]\w*)'|"?([A-Za-z_]\w*)"?)\s*\)/gi)) {
    if (masked[match.index] === " ") continue;
    markers.push({ style: "sqlc", start: match.index, end: match.index + match[0].length, name: (match[2] ?? match[3]).toLowerCase() });
  }
  for (const match of sql.matchAll(/\bsqlc\s*\.\s*embed\s*\(\s*(?:'([A-Za-z_]\w*)'|("(?:[^"]|"")+")|([A-Za-z_][\w$]*))\s*\)/gi)) {
    if (masked[match.index] === " ") continue;
    markers.push({ style: "sqlc", start: match.index, end: match.index + match[0].length, replacement: `${match[1] ?? match[2] ?? match[3]}.*` });
  }
  for (const match of masked.matchAll(/@([A-Za-z_]\w*)/g)) {
    const before = masked[match.index - 1] ?? " ";
    const doubt = /[\s(,=]/.test(before) && !followsOperand(masked, match.index) ? void 0 : `the ${before === " " ? "" : before}@ operator`;
    markers.push({ style: "sqlc", start: match.index, end: match.index + match[0].length, name: match[1].toLowerCase(), ...doubt ? { doubt } : {} });
  }
  for (const match of masked.matchAll(/(?<!%)%(?:\(([A-Za-z_]\w*)\))?s(?!\w)/g)) {
    const doubt = followsOperand(masked, match.index) ? "the % (modulo) operator" : void 0;
    markers.push({ style: "psycopg", start: match.index, end: match.index + match[0].length, ...match[1] ? { name: match[1] } : {}, ...doubt ? { doubt } : {} });
  }
  for (const match of masked.matchAll(/(?<![:\w]):([A-Za-z_]\w*)/g)) {
    if (insideBrackets(masked, match.index)) continue;
    markers.push({ style: "colon", start: match.index, end: match.index + match[0].length, name: match[1].toLowerCase() });
  }
  markers.sort((a, b) => a.start - b.start);
  return { styles: [...new Set(markers.filter((marker) => marker.replacement === void 0).map((marker) => marker.style))], markers };
}
function followsOperand(masked, index) {
  const before = masked.slice(0, index).trimEnd();
  if (before === "") return false;
  if (/[)\]]$/.test(before) || /\d$/.test(before)) return true;
  const word = /([A-Za-z_]\w*)$/.exec(before)?.[1];
  return word !== void 0 && !KEYWORDS_BEFORE_VALUE.has(word.toUpperCase());
}
var KEYWORDS_BEFORE_VALUE = /* @__PURE__ */ new Set([
  "SELECT",
  "WHERE",
  "AND",
  "OR",
  "NOT",
  "VALUES",
  "IN",
  "SET",
  "LIMIT",
  "OFFSET",
  "THEN",
  "ELSE",
  "WHEN",
  "CASE",
  "BETWEEN",
  "LIKE",
  "ILIKE",
  "IS",
  "ON",
  "RETURNING",
  "BY",
  "HAVING",
  "DISTINCT",
  "ALL",
  "ANY",
  "SOME",
  "ARRAY",
  "AS",
  "FROM",
  "USING",
  "END",
  "RETURN",
  "SIMILAR",
  "TO",
  "ESCAPE"
]);
function insideBrackets(masked, index) {
  let depth = 0;
  for (let at = 0; at < index; at += 1) {
    if (masked[at] === "[") depth += 1;
    else if (masked[at] === "]") depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}
function fileParameters(statements) {
  const styles = [...new Set(statements.flatMap(({ found }) => found.styles))];
  const sqlc = statements.some(({ statement, found }) => statement.sqlcKind !== void 0 || found.markers.some((marker) => /^sqlc/i.test(statement.sql.slice(marker.start))));
  return { styles, sqlc };
}
function readParameters(statement, found, chosen, file) {
  const fileStyles = file.styles;
  const nonPostgres = fileStyles.filter((style2) => style2 !== "postgres");
  const compatible = file.sqlc && nonPostgres.length === 1 && nonPostgres[0] === "sqlc";
  if (chosen === "auto" && fileStyles.length > 1 && !compatible) {
    return { refusal: `its file mixes parameter styles (${fileStyles.map(describeStyle).join(", ")}), so which is meant cannot be read for certain. Write one style per file, or set params-style` };
  }
  if (chosen === "auto" && found.styles.length > 1) {
    return { refusal: `it mixes parameter styles (${found.styles.map(describeStyle).join(", ")}), which sqlc itself refuses in one statement. Write one style per statement` };
  }
  const style = chosen === "auto" ? nonPostgres[0] ?? "postgres" : chosen;
  const markers = found.markers.filter((marker) => marker.style === style && marker.replacement === void 0);
  if (chosen === "auto") {
    const doubtful = markers.find((marker) => marker.doubt) ?? (file.sqlc ? void 0 : markers.find((marker) => statement.sql[marker.start] === "@" && (marker.doubt = "the @ (absolute value) operator")));
    if (doubtful) {
      const text = statement.sql.slice(doubtful.start, doubtful.end);
      return { refusal: `'${text}' could be a ${describeStyle(style)} parameter or ${doubtful.doubt}, so it cannot be read for certain. Set params-style: ${style} if it is a parameter, or put a space after the operator` };
    }
  }
  const embeds = found.markers.filter((marker) => marker.replacement !== void 0);
  const rewritten = style === "postgres" ? embeds : [...markers, ...embeds].sort((a, b) => a.start - b.start);
  if (rewritten.length === 0) return { statement };
  const numbers = /* @__PURE__ */ new Map();
  let next = 0;
  let sql = "";
  let at = 0;
  for (const marker of rewritten) {
    if (marker.replacement !== void 0) {
      sql += `${statement.sql.slice(at, marker.start)}${marker.replacement}`;
      at = marker.end;
      continue;
    }
    let number;
    if (marker.name === void 0) number = ++next;
    else number = numbers.get(marker.name) ?? (numbers.set(marker.name, ++next), next);
    sql += `${statement.sql.slice(at, marker.start)}$${number}`;
    at = marker.end;
  }
  sql += statement.sql.slice(at);
  return { statement: { ...statement, sql, written: statement.sql, parameterNames: nameList(numbers) } };
}
function nameList(numbers) {
  if (numbers.size === 0) return void 0;
  return [...numbers].sort(([, a], [, b]) => a - b).map(([name]) => name);
}
function describeStyle(style) {
  return { postgres: "$n", sqlc: "sqlc @name / sqlc.arg(name)", psycopg: "psycopg %s / %(name)s", colon: ":name" }[style];
}

// src/queries/sql/template-placeholder.ts
var PLACEHOLDERS = [/%[A-Za-z_][A-Za-z0-9_.]*%/, /(?<=^|[\s,(=<>])%(?:\[\d+\])?[sdvqfx](?![A-Za-z0-9_])/m, /\{\{[\s\S]*?\}\}/, /\{%[\s\S]*?%\}/];
var QUOTED_OR_COMMENT = /'(?:[^']|'')*'|"(?:[^"]|"")*"|\$([A-Za-z_][A-Za-z0-9_]*)?\$[\s\S]*?\$\1\$|--[^\n]*|\/\*[\s\S]*?\*\//g;
function templatePlaceholder(sql) {
  const code = sql.replace(QUOTED_OR_COMMENT, (text2) => " ".repeat(text2.length));
  let first;
  for (const pattern of PLACEHOLDERS) {
    const match = pattern.exec(code) ?? void 0;
    if (match && (!first || match.index < first.index)) first = match;
  }
  if (!first) return void 0;
  const text = sql.slice(first.index, first.index + first[0].length).replace(/\s+/g, " ");
  return { text: text.length > 40 ? `${text.slice(0, 39)}\u2026` : text, index: first.index };
}

// src/queries/sql/split-sql-tolerant.ts
function splitSqlTolerant(parser, file, text) {
  try {
    return { statements: splitSqlFile(parser, file, text), failures: [] };
  } catch {
  }
  const positions = new SourcePositions(text);
  const semicolons = (parser.scan(text).tokens ?? []).filter((token) => token.tokenName === "ASCII_59").map((token) => positions.charIndex(token.end));
  const bounds = [0, ...semicolons, text.length];
  const result = { statements: [], failures: [] };
  for (let index = 0; index + 1 < bounds.length; index += 1) {
    const [start, end] = [bounds[index], bounds[index + 1]];
    if (text.slice(start, end).trim() === "") continue;
    const piece = blankOutside(text, start, end);
    try {
      result.statements.push(...splitSqlFile(parser, file, piece));
    } catch {
      result.failures.push(failureOf(file, text, piece, start, end, parserError(parser, piece)));
    }
  }
  return result;
}
function parserError(parser, piece) {
  try {
    parser.parse(piece);
    return new Error("the scanner could not read it");
  } catch (error) {
    return error;
  }
}
function failureOf(file, text, piece, start, end, error) {
  const positions = new SourcePositions(text);
  const trimmedStart = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
  const sql = text.slice(trimmedStart, end).trim().replace(/;$/, "");
  const startLine2 = positions.lineAndColumn(trimmedStart).line;
  const endLine = positions.lineAndColumn(Math.max(trimmedStart, trimmedStart + sql.length - 1)).line;
  const { reason, position } = parseFailure(piece, error);
  const placeholder = templatePlaceholder(sql);
  return {
    file,
    sql,
    startLine: startLine2,
    endLine,
    line: position?.line ?? startLine2,
    column: position?.column ?? 1,
    reason,
    ...placeholder ? { placeholder: { text: placeholder.text, ...positions.lineAndColumn(trimmedStart + placeholder.index) } } : {}
  };
}
function blankOutside(text, start, end) {
  const blank = (part) => part.replace(/[^\r\n]/g, " ");
  return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
}

// src/queries/read-sql-files.ts
function readSqlFiles(parser, files, paramsStyle = "auto") {
  const items = [];
  for (const { absolute, file } of files) {
    const { statements, failures } = splitSqlTolerant(parser, file, readSqlText(absolute, file));
    const found = statements.map((statement) => ({ statement, found: findParameters(parser, statement.sql) }));
    const inFile = fileParameters(found);
    const fileItems = [
      ...failures.map((failure) => ({ kind: "unparsed", failure })),
      ...found.map(({ statement, found: markers }) => {
        const read = readParameters(statement, markers, paramsStyle, inFile);
        if ("refusal" in read) return { kind: "refused", statement, refusal: { label: "the statement", reason: read.refusal, fix: "", kind: "parameters" } };
        const checked = checkStatement(parser, read.statement);
        return "refusal" in checked ? { kind: "refused", statement, refusal: checked.refusal } : { kind: "audit", statement: checked.statement };
      })
    ];
    items.push(...fileItems.sort((a, b) => startLine(a) - startLine(b)));
  }
  if (items.length > 0) return items;
  const names = files.map(({ file }) => file).join(", ");
  throw new UsageError(`queries: ${names} ${files.length === 1 ? "holds" : "hold"} no SQL statement (only comments or blank lines). Give the files that hold the queries to audit.`);
}
function startLine(item) {
  return item.kind === "unparsed" ? item.failure.startLine : item.statement.startLine;
}
function readSqlText(absolute, file) {
  try {
    return readFileSync2(absolute, "utf8");
  } catch (error) {
    throw new UsageError(`queries: cannot read ${file}: ${error.code ?? String(error)}. Check the file's permissions.`);
  }
}

// src/queries/sql-audit-settings.ts
var DEFAULT_STATEMENT_TIMEOUT = "30s";
var DEFAULT_LOCK_TIMEOUT = "2s";
function readSqlAuditSettings(config, embedded) {
  const analyze = config.settings.analyze;
  if (analyze !== void 0 && typeof analyze !== "boolean") {
    throw new UsageError(`analyze: got ${JSON.stringify(analyze)}; expected true or false.`);
  }
  return {
    analyze: analyze ?? embedded,
    statementTimeoutMs: durationSetting(config, "statement-timeout", DEFAULT_STATEMENT_TIMEOUT),
    lockTimeoutMs: durationSetting(config, "lock-timeout", DEFAULT_LOCK_TIMEOUT),
    verifyIndexes: readVerifyIndexesSetting(config.settings["verify-indexes"]),
    allowFunctions: allowFunctionsSetting(config.settings["allow-functions"]),
    queryParams: queryParamsSetting(config.settings["query-params"])
  };
}
function durationSetting(config, key, fallback) {
  const value = config.settings[key] ?? fallback;
  const ms = typeof value === "string" ? parseDuration(value) : void 0;
  if (ms !== void 0 && Number.isInteger(ms) && ms > 0) return ms;
  throw new UsageError(`${key}: got ${JSON.stringify(value)}; expected a Go-style duration of at least 1ms such as 300ms, ${fallback} or 1m.`);
}
function allowFunctionsSetting(value) {
  if (value === void 0) return [];
  if (typeof value === "string" || Array.isArray(value) && value.every((item) => typeof item === "string")) return toList(value);
  throw new UsageError(`allow-functions: got ${JSON.stringify(value)}; expected function names such as [touch_book, audit.log_change].`);
}
function queryParamsSetting(value) {
  if (value === void 0) return {};
  const expected = "expected statements (by -- name: or file:line) mapping parameters to values, e.g. { GetJob: { '$1': running, '$2': 10 } }";
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new UsageError(`query-params: got ${JSON.stringify(value)}; ${expected}.`);
  return Object.fromEntries(
    Object.entries(value).map(([statement, params]) => {
      if (typeof params !== "object" || params === null || Array.isArray(params)) throw new UsageError(`query-params.${statement}: got ${JSON.stringify(params)}; ${expected}.`);
      const values = Object.entries(params).map(([key, param]) => {
        const number = /^\$?([1-9][0-9]*)$/.exec(key)?.[1];
        if (!number || !["string", "number", "boolean"].includes(typeof param)) throw new UsageError(`query-params.${statement}.${key}: got ${JSON.stringify(param)}; ${expected}.`);
        return [Number(number), String(param)];
      });
      return [statement, Object.fromEntries(values)];
    })
  );
}

// src/queries/audit-sql-setting.ts
var SQL_FILE_KIND = {
  setting: "queries",
  what: "SQL files",
  one: "a SQL file",
  noun: "SQL files",
  extension: "sql",
  example: "predator-guard queries sql/orders.sql or queries: ['sql/**/*.sql']"
};
async function auditSqlSetting(config, entries, rulesFor, deps) {
  const parser = await pgParser();
  const items = readSqlFiles(parser, resolveInputFiles(config.root, entries, SQL_FILE_KIND), paramsStyleSetting(config.settings["params-style"]));
  const { database, rowCounts } = await openPlanDatabase(config, deps);
  try {
    const embedded = database.identity.kind === "embedded";
    const settings = { ...readSqlAuditSettings(config, embedded), ...embedded ? { schemaFiles: schemaFileSet(config) } : {} };
    const counted = `${items.length} ${items.length === 1 ? "statement" : "statements"}`;
    deps.log?.(`queries: auditing ${counted} on ${database.identity.version} at ${database.identity.location}`);
    const audit = await auditSqlItems(database, parser, items, settings, rulesFor, deps.log);
    return {
      findings: audit.findings,
      plans: audit.plans,
      notRun: audit.notRun,
      serverVersion: database.identity.version,
      stats: {
        server: database.identity.location,
        statements: items.length,
        // Present only when some statement was not explained, so a clean run's stats read as they always did.
        ...audit.notAudited > 0 ? { notAudited: audit.notAudited } : {},
        ...audit.errors > 0 ? { sqlErrors: audit.errors } : {},
        analyze: settings.analyze,
        estimateOnly: audit.estimateOnly,
        indexAdvice: audit.indexAdvice,
        ...rowCounts ? { rowCounts } : {}
      }
    };
  } finally {
    await database.close();
  }
}
function paramsStyleSetting(value) {
  if (value === void 0) return "auto";
  if (typeof value === "string" && PARAMS_STYLES.includes(value)) return value;
  throw new UsageError(`params-style: got ${JSON.stringify(value)}; expected one of ${PARAMS_STYLES.join(", ")} (auto reads each file's style and refuses what it cannot read for certain).`);
}
function schemaFileSet(config) {
  const value = config.settings.schema;
  if (value === void 0 || typeof value !== "string" && !Array.isArray(value)) return /* @__PURE__ */ new Set();
  return new Set(resolveInputFiles(config.root, toList(value), SQL_FILE_KIND).map(({ file }) => file));
}

// src/queries/index.ts
var queriesAnalyzer = {
  name: "queries",
  async run(config, deps) {
    const started = performance.now();
    const planEntries = settingList(config, "plan");
    const sqlEntries = settingList(config, "queries");
    if (planEntries.length === 0 && sqlEntries.length === 0) throw nothingToAudit(config, deps);
    const rulesFor = ruleSettingsResolver(config);
    const saved = auditSavedPlans(config.root, planEntries, rulesFor, deps.log);
    const sql = sqlEntries.length > 0 ? await auditSqlSetting(config, sqlEntries, rulesFor, deps) : void 0;
    return {
      findings: [...saved.findings, ...sql?.findings ?? []],
      stats: {
        plans: saved.plans + (sql?.plans ?? 0),
        // Saved EXPLAIN output does not carry the server version; a SQL audit reports the server's.
        serverVersion: sql?.serverVersion ?? null,
        ...sql?.stats,
        notRun: mergeNotRun([...saved.notRun, ...sql?.notRun ?? []]),
        durationMs: Math.round(performance.now() - started)
      }
    };
  }
};
function settingList(config, key) {
  const value = config.settings[key];
  if (value === void 0) return [];
  if (typeof value === "string" || Array.isArray(value) && value.every((item) => typeof item === "string")) return toList(value);
  throw new UsageError(`${key}: got ${JSON.stringify(value)}; expected a file, a glob, or a list of them.`);
}
function nothingToAudit(config, deps) {
  const hasDatabase = config.settings["database-url"] !== void 0 || deps.pgClient !== void 0;
  const given = hasDatabase ? "A database is given but no SQL to explain on it. " : "";
  return new UsageError(
    `queries: nothing to audit. ${given}Pass SQL files or globs (predator-guard queries sql/*.sql, or queries: ['sql/**/*.sql'] in .predator-guard.yml), or saved EXPLAIN (FORMAT JSON) plans with --plan FILE\u2026.`
  );
}
function mergeNotRun(missing) {
  const byRule = /* @__PURE__ */ new Map();
  for (const { rule, needs } of missing) {
    const known = byRule.get(rule) ?? /* @__PURE__ */ new Set();
    needs.forEach((feature) => known.add(feature));
    byRule.set(rule, known);
  }
  return [...byRule].sort(([a], [b]) => a.localeCompare(b)).map(([rule, needs]) => ({ rule, needs: [...needs].sort() }));
}
export {
  queriesAnalyzer
};
