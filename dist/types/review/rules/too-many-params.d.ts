import { type Language } from '../rule.js';
type ParamLimit = number | Partial<Record<Language, number>>;
interface TooManyParamsOptions {
    'max-params': ParamLimit;
    'ignore-params': string;
}
/** A long parameter list is hard to call correctly and usually means the function does several jobs. */
export declare const tooManyParams: import("../rule.js").Rule<TooManyParamsOptions>;
export {};
