export interface FindOptions {
    root: string;
    paths: readonly string[];
    include: readonly string[];
    exclude: readonly string[];
}
/**
 * The YAML files under `paths`, as absolute paths in name order. A path named explicitly is read whatever its
 * extension; a missing path is a usage error rather than an empty, passing lint.
 */
export declare function findManifestFiles(options: FindOptions): string[];
