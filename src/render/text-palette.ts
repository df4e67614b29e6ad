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
export const ANSI: Palette = {
  bold: (text) => `\x1b[1m${text}\x1b[22m`,
  dim: (text) => `\x1b[2m${text}\x1b[22m`,
  red: (text) => `\x1b[31m${text}\x1b[39m`,
  yellow: (text) => `\x1b[33m${text}\x1b[39m`,
  cyan: (text) => `\x1b[36m${text}\x1b[39m`,
  green: (text) => `\x1b[32m${text}\x1b[39m`,
};

const plain: Paint = (text) => text;
export const PLAIN: Palette = { bold: plain, dim: plain, red: plain, yellow: plain, cyan: plain, green: plain };
