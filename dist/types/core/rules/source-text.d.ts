/**
 * A file's text with a line table, so that rules can report UTF-16 offsets and get 1-based lines and columns.
 * Both parsers index the text in UTF-16 code units, which is also how SARIF counts columns.
 */
export declare class SourceText {
    readonly text: string;
    private readonly lineStarts;
    constructor(text: string);
    get lineCount(): number;
    /** 1-based line and column of a UTF-16 offset. */
    position(offset: number): {
        line: number;
        column: number;
    };
    lineStart(line: number): number;
    /** The text of a 1-based line without its line break. */
    lineText(line: number): string;
}
