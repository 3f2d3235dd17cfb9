// Types for derive.mjs (a plain Node script so it runs without a TypeScript toolchain).
export declare const SERVED_OPERATIONS: Array<[method: string, path: string]>;
export declare function deriveSubset(full: any, packageVersion: string): any;
