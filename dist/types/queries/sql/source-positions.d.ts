/**
 * libpg-query reports byte offsets into the UTF-8 text; editors and findings count lines and columns in
 * characters. One instance per file converts both ways without re-encoding per statement.
 */
export declare class SourcePositions {
    private readonly text;
    private readonly bytes;
    private readonly lineStarts;
    constructor(text: string);
    /** The character index of a byte offset. */
    charIndex(byteOffset: number): number;
    /** 1-based line and column of a character index. */
    lineAndColumn(charIndex: number): {
        line: number;
        column: number;
    };
    slice(startChar: number, endChar: number): string;
}
