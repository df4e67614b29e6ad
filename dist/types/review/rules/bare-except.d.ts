/**
 * `except:` also catches KeyboardInterrupt, SystemExit and GeneratorExit, so Ctrl-C and `sys.exit()` get swallowed
 * along with the error the author had in mind. `except*` always names a type (without one it is a syntax error).
 */
export declare const bareExcept: import("../review-rule.js").ReviewRule<{}, "bare-except">;
