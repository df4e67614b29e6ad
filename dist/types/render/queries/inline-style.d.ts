/**
 * How the wording shared by the terminal and the comment marks what it quotes: as is on a terminal; in markdown a
 * location or rule id becomes a code span and any other text from the run (table names) is escaped.
 */
export interface InlineStyle {
    code(text: string): string;
    text(text: string): string;
}
export declare const PLAIN_STYLE: InlineStyle;
export declare const MARKDOWN_STYLE: InlineStyle;
