/** Kept equal to package.json's version by a test; a constant keeps the bundle free of a package.json read. */
export const VERSION = '0.1.0';
export const TOOL = { name: 'predator-guard', version: VERSION } as const;
