/**
 * `except Exception:` also catches the bugs nobody expected (a typo's NameError, a wrong attribute), and a handler
 * that neither re-raises nor logs the traceback leaves no trace of them. Bare `except:` is bare-except's.
 */
export declare const broadExceptionCaught: import("../review-rule.js").ReviewRule<{}, "broad-exception-caught">;
