import type { ConfigLayer } from '../core/config/config.js';
/** The flags of `predator-guard rollout`, declared for node:util parseArgs. */
export declare const ROLLOUT_OPTIONS: {
    readonly lint: {
        readonly type: "boolean";
    };
    readonly namespace: {
        readonly type: "string";
    };
    readonly kubeconfig: {
        readonly type: "string";
    };
    readonly context: {
        readonly type: "string";
    };
    readonly timeout: {
        readonly type: "string";
    };
    readonly image: {
        readonly type: "string";
    };
    readonly kind: {
        readonly type: "string";
    };
    readonly selector: {
        readonly type: "string";
    };
    readonly 'prometheus-url': {
        readonly type: "string";
    };
};
/**
 * Maps the rollout flags and positionals (rollout names, or manifest paths with --lint) onto the config layer.
 * Values are checked here so a typo fails before any cluster is contacted.
 */
export declare function rolloutLayer(values: Record<string, unknown>, positionals: readonly string[]): ConfigLayer;
