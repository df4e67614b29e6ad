/** The terminal's colours, or none: the text renderers take one of these so they stay pure. */
export type Paint = (text: string) => string;
export interface Palette {
    bold: Paint;
    dim: Paint;
    red: Paint;
    yellow: Paint;
    cyan: Paint;
    green: Paint;
}
/** Each style closes with its own reset code, so styles nest without clearing one another. */
export declare const ANSI: Palette;
export declare const PLAIN: Palette;
