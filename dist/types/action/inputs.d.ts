import { type Config } from '../core/config.js';
/**
 * The only reader of action inputs. Inputs given explicitly win over the config file, which wins over defaults;
 * an invalid input names the input, the value and what is allowed.
 */
export declare function configFromInputs(workspace: string): Config;
