/** Kept equal to package.json's version by a test; a constant keeps the bundle free of a package.json read. */
export declare const VERSION = "0.1.0";
export declare const TOOL: {
    readonly name: "predator-guard";
    readonly version: "0.1.0";
};
