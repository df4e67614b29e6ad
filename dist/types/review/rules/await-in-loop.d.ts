/**
 * Each awaited operation must finish before the next iteration starts it, so independent I/O runs serially. A
 * `for await` / `async for` is sequential by design, and so are the awaits it repeats directly, as in ESLint's
 * no-await-in-loop. A function written in the loop resets: awaiting inside an async callback does not hold up the
 * loop (whatever else is wrong with passing one to forEach).
 */
export declare const awaitInLoop: import("../review-rule.js").ReviewRule<{}, "await-in-loop">;
