/** Inline markdown that every comment renderer shares: text from the analysed code or the cluster must stay text. */
/** A fence one backtick longer than any run inside, so a path or rule id with backticks stays one code span. */
export declare function codeSpan(text: string): string;
/**
 * Inline text only: line breaks fold to spaces so a message cannot start a heading or leave its list item; the
 * characters that open emphasis, code, links, HTML, tables or strikethrough are backslash-escaped; and `@` gets
 * a zero-width space, since GitHub would otherwise notify whoever a quoted decorator such as `@property` names.
 */
export declare function escapeMarkdown(text: string): string;
/**
 * A code span inside a table cell: GitHub splits cells at every unescaped `|`, even inside code, so pipes (as in
 * `len(result) == 0 || …`) are backslash-escaped, which GitHub removes again within the span; line breaks fold.
 */
export declare function tableCodeSpan(text: string): string;
