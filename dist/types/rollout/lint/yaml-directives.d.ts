import { SourceText } from '../../core/rules/source-text.js';
import { type Directive } from '../../core/rules/suppressions.js';
/** A manifest file's suppression directives, with the file's text so they can be placed and fingerprinted. */
export interface FileDirectives {
    source: SourceText;
    directives: readonly Directive[];
}
/**
 * Reads the `predator-guard-ignore…` directives of one YAML file (every document in it). Comments come from the
 * yaml package's own CST, never from a text search, so a `#` inside a quoted or block scalar is never a comment.
 */
export declare function yamlDirectives(text: string): FileDirectives;
