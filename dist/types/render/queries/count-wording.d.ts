/** `100,000`: thousands grouped, as the plan findings print their numbers. */
export declare function grouped(count: number): string;
/** `1 statement`, `12 statements`, `100,000 rows`. */
export declare function counted(count: number, noun: string): string;
