import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);

// src/postgres/db/plan-database.ts
var DatabaseError = class extends Error {
  constructor(message, code, position) {
    super(message);
    this.code = code;
    this.position = position;
    this.name = "DatabaseError";
  }
  code;
  position;
};

// src/postgres/embedded/quote-identifier.ts
function quoted(identifier) {
  return `"${identifier.replaceAll('"', '""')}"`;
}

export {
  DatabaseError,
  quoted
};
