/**
 * inputs → what the event asks to analyze → analyze → publish (files, summary, annotations, comment) → outcome.
 * The one try/catch turns any failure into a failed step with a message, never a stack trace.
 */
export declare function run(env?: NodeJS.ProcessEnv): Promise<void>;
