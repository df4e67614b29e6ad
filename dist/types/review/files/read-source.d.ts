import type { SkipReason } from './collect-files.js';
export type ReadResult = {
    ok: true;
    text: string;
} | {
    ok: false;
    reason: SkipReason;
    detail: string;
};
/**
 * Reads a source file for review, or says why it cannot be reviewed. The size is checked before reading so a
 * huge generated file costs one stat. A BOM is dropped (TextDecoder does it) so columns start at 1 on line 1.
 */
export declare function readSource(absolute: string, maxFileSize: number): ReadResult;
