import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);

// src/postgres/sql/source-positions.ts
var SourcePositions = class {
  constructor(text) {
    this.text = text;
    this.bytes = Buffer.from(text, "utf8");
    this.lineStarts = [0];
    for (const match of text.matchAll(/\r\n|\n|\r/g)) this.lineStarts.push(match.index + match[0].length);
  }
  text;
  bytes;
  lineStarts;
  /** The character index of a byte offset. */
  charIndex(byteOffset) {
    return this.bytes.subarray(0, byteOffset).toString("utf8").length;
  }
  /** 1-based line and column of a character index. */
  lineAndColumn(charIndex) {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.lineStarts[middle] <= charIndex) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: charIndex - this.lineStarts[low] + 1 };
  }
  slice(startChar, endChar) {
    return this.text.slice(startChar, endChar);
  }
};

export {
  SourcePositions
};
