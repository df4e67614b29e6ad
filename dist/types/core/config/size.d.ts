export declare function parseSize(value: string | number): number | undefined;
