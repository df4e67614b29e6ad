import { type Language } from '../review-rule.js';
type ParamLimit = number | Partial<Record<Language, number>>;
export interface TooManyParamsOptions {
    'max-params': ParamLimit;
    'ignore-params': string;
}
/** A long parameter list is hard to call correctly and usually means the function does several jobs. */
export declare const tooManyParams: import("../review-rule.js").ReviewRule<TooManyParamsOptions, "too-many-params">;
export {};
