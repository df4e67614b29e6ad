import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  splitSqlFile
} from "./chunk-chunk-QX7IN5DA.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";

// src/postgres/schema/psql-script.ts
function readPsqlScript(text) {
  const lines = text.split("\n");
  const out = [];
  const metaCommands = [];
  const copyData = [];
  const lexer = new StatementLexer();
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (lexer.betweenTokens() && /^\s*\\/.test(line)) {
      const [, name = "", argument = ""] = /^\s*\\(\S*)\s*(.*)$/.exec(line.replace(/\r$/, "")) ?? [];
      metaCommands.push({ line: index + 1, name, argument });
      out.push("");
      continue;
    }
    out.push(line);
    if (!lexer.feed(`${line}
`)) continue;
    const first = index + 1;
    let last = first;
    while (last < lines.length && lines[last].replace(/\r$/, "") !== "\\.") last += 1;
    copyData.push({ line: first + 1, text: lines.slice(first, last).map((row) => `${row.replace(/\r$/, "")}
`).join("") });
    for (let blank = first; blank <= Math.min(last, lines.length - 1); blank += 1) out.push("");
    index = last;
  }
  return { sql: out.join("\n"), metaCommands, copyData };
}
var StatementLexer = class {
  state = "code";
  dollarTag = "";
  commentDepth = 0;
  /** The current statement's code outside strings and comments, to recognise COPY … FROM stdin when it ends. */
  statementCode = "";
  /** Whether the next character is outside every string, identifier, body and comment. */
  betweenTokens() {
    return this.state === "code" || this.state === "line-comment";
  }
  feed(text) {
    let copyEnded = false;
    for (let index = 0; index < text.length; index += 1) {
      const char = text[index];
      const next = text[index + 1] ?? "";
      switch (this.state) {
        case "code":
          if (char === "-" && next === "-") {
            this.state = "line-comment";
            index += 1;
          } else if (char === "/" && next === "*") {
            this.state = "block-comment";
            this.commentDepth = 1;
            index += 1;
          } else if (char === "'") {
            const escape = /(^|[^\w$])[eE]$/.test(this.statementCode);
            this.state = escape ? "escape-string" : "single";
            this.statementCode += " ";
          } else if (char === '"') {
            this.state = "double";
            this.statementCode += " x ";
          } else if (char === "$" && !/[\w$]$/.test(this.statementCode)) {
            const tag = /^\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.exec(text.slice(index));
            if (tag) {
              this.state = "dollar";
              this.dollarTag = tag[0];
              index += tag[0].length - 1;
              this.statementCode += " ";
            } else this.statementCode += char;
          } else if (char === ";") {
            copyEnded ||= isCopyFromStdin(this.statementCode);
            this.statementCode = "";
          } else this.statementCode += char;
          break;
        case "line-comment":
          if (char === "\n") {
            this.state = "code";
            this.statementCode += "\n";
          }
          break;
        case "block-comment":
          if (char === "/" && next === "*") {
            this.commentDepth += 1;
            index += 1;
          } else if (char === "*" && next === "/") {
            this.commentDepth -= 1;
            index += 1;
            if (this.commentDepth === 0) {
              this.state = "code";
              this.statementCode += " ";
            }
          }
          break;
        case "single":
          if (char === "'") {
            if (next === "'") index += 1;
            else this.state = "code";
          }
          break;
        case "escape-string":
          if (char === "\\") index += 1;
          else if (char === "'") {
            if (next === "'") index += 1;
            else this.state = "code";
          }
          break;
        case "double":
          if (char === '"') {
            if (next === '"') index += 1;
            else this.state = "code";
          }
          break;
        case "dollar":
          if (char === "$" && text.startsWith(this.dollarTag, index)) {
            index += this.dollarTag.length - 1;
            this.state = "code";
          }
          break;
      }
    }
    return copyEnded;
  }
};
function isCopyFromStdin(code) {
  return /^\s*COPY\b/i.test(code) && /\bFROM\s+STDIN\b/i.test(code);
}

// src/postgres/schema/up-migration.ts
var UP = /^\s*--\s*(?:migrate:up|\+goose\s+up)\b/i;
var DOWN = /^\s*--\s*(?:migrate:down|\+goose\s+down)\b/i;
function upMigration(text) {
  const lines = text.split("\n");
  if (!lines.some((line) => UP.test(line))) return text;
  let inUp = false;
  return lines.map((line) => {
    if (UP.test(line)) inUp = true;
    else if (DOWN.test(line)) inUp = false;
    else if (inUp) return line;
    return "";
  }).join("\n");
}

// src/postgres/schema/schema-file.ts
var SESSION_ONLY = /* @__PURE__ */ new Set(["restrict", "unrestrict", "connect", "c", "set", "unset", "encoding", "pset", "echo", "qecho", "warn", "timing", "pset", "x"]);
function readSchemaFile(parser, setting, file, text) {
  const script = readPsqlScript(upMigration(text));
  for (const command of script.metaCommands) if (!SESSION_ONLY.has(command.name)) throw unsupportedMetaCommand(setting, file, command);
  const copyData = [...script.copyData];
  const steps = [];
  for (const statement of splitSqlFile(parser, file, script.sql)) {
    const head = statement.sql.slice(0, 40).toUpperCase();
    if (head.startsWith("COPY") && copyFromStdin(parser, statement.sql)) {
      const data = copyData.shift() ?? { line: statement.endLine + 1, text: "" };
      steps.push({ kind: "copy", statement, data, readingFile: (path2) => readingFile(parser, statement.sql, path2) });
    } else if (/^CREATE\s+EXTENSION\b/.test(head)) {
      steps.push({ kind: "extension", statement, extension: extensionName(parser, statement.sql) });
    } else steps.push({ kind: "sql", statement: publicSchemaIfMissing(parser, statement) });
  }
  return { file, steps };
}
function publicSchemaIfMissing(parser, statement) {
  if (!/^CREATE\s+SCHEMA\s+/i.test(statement.sql)) return statement;
  const node = parser.parse(statement.sql).stmts?.[0]?.stmt?.CreateSchemaStmt;
  if (node?.schemaname !== "public" || node.if_not_exists === true || (node.schemaElts?.length ?? 0) > 0) return statement;
  return { ...statement, sql: statement.sql.replace(/^CREATE\s+SCHEMA\s+/i, "CREATE SCHEMA IF NOT EXISTS ") };
}
function copyFromStdin(parser, sql) {
  const copy = parser.parse(sql).stmts?.[0]?.stmt?.CopyStmt;
  return copy !== void 0 && copy.is_from === true && copy.filename === void 0 && !copy.is_program;
}
function extensionName(parser, sql) {
  const node = parser.parse(sql).stmts?.[0]?.stmt?.CreateExtensionStmt;
  return node?.extname ?? "";
}
function readingFile(parser, sql, path2) {
  const bytes = Buffer.from(sql, "utf8");
  const tokens = parser.scan(sql).tokens ?? [];
  const word = (index2) => tokens[index2] && tokens[index2].keywordKind !== 0 ? bytes.subarray(tokens[index2].start, tokens[index2].end).toString("utf8").toLowerCase() : "";
  const index = tokens.findIndex((_token, position) => word(position) === "stdin" && word(position - 1) === "from");
  if (index === -1) throw new Error(`COPY without FROM STDIN reached readingFile: ${sql.slice(0, 80)}`);
  const { start, end } = tokens[index];
  return `${bytes.subarray(0, start).toString("utf8")}'${path2.replace(/'/g, "''")}'${bytes.subarray(end).toString("utf8")}`;
}
function unsupportedMetaCommand(setting, file, command) {
  const include = ["i", "ir", "include", "include_relative"].includes(command.name);
  const fix = include ? `List the file it includes in ${setting} instead (files load in migration order).` : `Remove it: the loader reads SQL and pg_dump's psql commands (\\restrict, \\connect, \\set), and runs nothing outside the database.`;
  return new UsageError(`${setting}: ${file}:${command.line}: psql's \\${command.name} cannot be loaded. ${fix}`);
}

// src/postgres/schema/migration-order.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// src/postgres/schema/natural-order.ts
function compareNaturally(a, b) {
  const left = chunks(a);
  const right = chunks(b);
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const order = compareChunks(left[index], right[index]);
    if (order !== 0) return order;
  }
  if (left.length !== right.length) return left.length - right.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
function chunks(text) {
  return text.match(/\d+|\D+/g) ?? [];
}
function compareChunks(a, b) {
  if (/^\d/.test(a) && /^\d/.test(b)) return compareDigitRuns(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareDigitRuns(a, b) {
  const left = a.replace(/^0+(?=\d)/, "");
  const right = b.replace(/^0+(?=\d)/, "");
  if (left.length !== right.length) return left.length - right.length;
  return left < right ? -1 : left > right ? 1 : 0;
}

// src/postgres/schema/migration-order.ts
var FLYWAY_VERSIONED = /^V(\d+(?:[._]\d+)*)__.*\.sql$/i;
var FLYWAY_REPEATABLE = /^R__(.*)\.sql$/i;
var FLYWAY_OTHER = /^[UB]\d+(?:[._]\d+)*__.*\.sql$/i;
var UP2 = /\.up\.sql$/i;
var DOWN2 = /\.down\.sql$/i;
function orderMigrations(files, setting) {
  const groups = /* @__PURE__ */ new Map();
  const sqitchRoots = /* @__PURE__ */ new Map();
  for (const entry of files) {
    const key = sqitchRoot(entry.absolute, sqitchRoots) ?? path.dirname(entry.absolute);
    groups.set(key, [...groups.get(key) ?? [], entry]);
  }
  const ordered = { files: [], folders: [] };
  for (const key of [...groups.keys()].sort(compareNaturally)) {
    const group = groups.get(key) ?? [];
    const folder = path.dirname(group[0].file);
    const isSqitch = [...sqitchRoots.values()].includes(key);
    const { tool, kept, left } = isSqitch ? sqitchOrder(key, group, setting) : folderOrder(group);
    ordered.files.push(...kept);
    ordered.folders.push({ folder: isSqitch ? path.dirname(path.dirname(group[0].file)) || "." : folder, tool, left: left.map((entry) => entry.file) });
  }
  return ordered;
}
function folderOrder(group) {
  const names = group.map((entry) => path.basename(entry.absolute));
  if (names.some((name) => FLYWAY_VERSIONED.test(name))) {
    const kept = group.filter((entry) => !FLYWAY_OTHER.test(path.basename(entry.absolute)));
    return { tool: "flyway", kept: kept.sort(compareFlyway), left: group.filter((entry) => !kept.includes(entry)) };
  }
  if (names.some((name) => UP2.test(name))) {
    const kept = group.filter((entry) => !DOWN2.test(entry.absolute));
    return { tool: "golang-migrate", kept: kept.sort(byPath), left: group.filter((entry) => !kept.includes(entry)) };
  }
  return { tool: "name order", kept: [...group].sort(byPath), left: [] };
}
function byPath(a, b) {
  return compareNaturally(a.file, b.file);
}
function compareFlyway(a, b) {
  const left = flywayKey(path.basename(a.absolute));
  const right = flywayKey(path.basename(b.absolute));
  if (left.rank !== right.rank) return left.rank - right.rank;
  return compareNaturally(left.key, right.key) || byPath(a, b);
}
function flywayKey(name) {
  const versioned = FLYWAY_VERSIONED.exec(name);
  if (versioned) return { rank: 0, key: versioned[1].replace(/_/g, ".") };
  const repeatable = FLYWAY_REPEATABLE.exec(name);
  if (repeatable) return { rank: 1, key: repeatable[1] };
  return { rank: 2, key: name };
}
function sqitchRoot(absolute, cache) {
  let directory = path.dirname(absolute);
  while (directory !== path.dirname(directory)) {
    const parent = path.dirname(directory);
    if (["deploy", "revert", "verify"].includes(path.basename(directory))) {
      if (!cache.has(parent)) cache.set(parent, existsSync(path.join(parent, "sqitch.plan")) ? parent : void 0);
      const root = cache.get(parent);
      if (root) return root;
    }
    directory = parent;
  }
  return void 0;
}
function sqitchOrder(root, group, setting) {
  const deploy = path.join(root, "deploy");
  const byScript = new Map(group.filter((entry) => entry.absolute.startsWith(`${deploy}${path.sep}`)).map((entry) => [entry.absolute, entry]));
  const left = group.filter((entry) => !byScript.has(entry.absolute));
  const kept = [];
  for (const script of sqitchScripts(readFileSync(path.join(root, "sqitch.plan"), "utf8"))) {
    const entry = byScript.get(path.join(deploy, `${script}.sql`));
    if (entry === void 0 || kept.includes(entry)) continue;
    kept.push(entry);
  }
  const unplanned = [...byScript.values()].find((entry) => !kept.includes(entry));
  if (unplanned) {
    throw new UsageError(
      `${setting}: ${unplanned.file} is not in ${path.join(path.dirname(path.dirname(unplanned.file)), "sqitch.plan")}, so sqitch never deploys it. Add it to the plan (sqitch add), or leave it out of ${setting}.`
    );
  }
  return { tool: "sqitch", kept, left };
}
function sqitchScripts(plan) {
  const entries = [];
  for (const raw of plan.split("\n")) {
    const line = raw.replace(/#.*$/, "").trim();
    if (line === "" || line.startsWith("%")) continue;
    const word = line.split(/\s+/)[0];
    entries.push(word.startsWith("@") ? { tag: word } : { change: word });
  }
  const scripts = [];
  entries.forEach((entry, index) => {
    if (entry.change === void 0) return;
    const rework = entries.findIndex((other, position) => position > index && other.change === entry.change);
    const tag = rework === -1 ? void 0 : entries.slice(index + 1, rework).filter((other) => other.tag !== void 0).at(-1)?.tag;
    scripts.push(tag ? `${entry.change}${tag}` : entry.change);
  });
  return scripts;
}

export {
  readSchemaFile,
  orderMigrations
};
