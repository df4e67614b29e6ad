/**
 * libpg-query reports byte offsets into the UTF-8 text; editors and findings count lines and columns in
 * characters. One instance per file converts both ways without re-encoding per statement.
 */
export class SourcePositions {
  private readonly bytes: Buffer;
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    this.bytes = Buffer.from(text, 'utf8');
    this.lineStarts = [0];
    // CRLF, LF and a lone CR each end a line, as in PostgreSQL's own line counting for error positions.
    for (const match of text.matchAll(/\r\n|\n|\r/g)) this.lineStarts.push(match.index + match[0].length);
  }

  /** The character index of a byte offset. */
  charIndex(byteOffset: number): number {
    return this.bytes.subarray(0, byteOffset).toString('utf8').length;
  }

  /** 1-based line and column of a character index. */
  lineAndColumn(charIndex: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.lineStarts[middle] <= charIndex) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: charIndex - this.lineStarts[low] + 1 };
  }

  slice(startChar: number, endChar: number): string {
    return this.text.slice(startChar, endChar);
  }
}
