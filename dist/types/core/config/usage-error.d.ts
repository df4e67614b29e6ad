/**
 * A problem with what the user asked for (a flag, an input, the config file, a path): exit code 2, and a message
 * that names the bad value, the expected form and the fix. Anything else that escapes is a bug.
 */
export declare class UsageError extends Error {
    readonly name = "UsageError";
}
