import { type ConfigLayer } from '../core/config/config.js';
/** The flags of `predator-guard queries`, declared for node:util parseArgs. */
export declare const QUERIES_OPTIONS: {
    readonly plan: {
        readonly type: "string";
        readonly multiple: true;
    };
    readonly 'database-url': {
        readonly type: "string";
    };
    readonly schema: {
        readonly type: "string";
        readonly multiple: true;
    };
    readonly seed: {
        readonly type: "string";
        readonly multiple: true;
    };
    readonly analyze: {
        readonly type: "boolean";
    };
    readonly 'no-analyze': {
        readonly type: "boolean";
    };
    readonly 'statement-timeout': {
        readonly type: "string";
    };
    readonly 'lock-timeout': {
        readonly type: "string";
    };
    readonly 'verify-indexes': {
        readonly type: "string";
    };
};
/**
 * Maps the queries flags and positionals (SQL files or globs) onto the config layer, under the same kebab-case
 * keys as the config file, so the analyzer reads one shape whichever door the setting came through. Repeatable
 * flags also take comma lists, as action inputs do.
 */
export declare function queriesLayer(values: Record<string, unknown>, positionals: readonly string[]): ConfigLayer;
