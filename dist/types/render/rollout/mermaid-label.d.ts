/**
 * A mermaid node label, quoted. Mermaid reads `#name;` / `#123;` as entity codes and renders labels as HTML, so
 * a step or template name holding a quote, `#`, `&`, `<`, `>` or a leading backtick (mermaid's markdown strings)
 * could end the label early or restyle it: those characters become entity codes, and line breaks become spaces.
 */
export declare function mermaidLabel(text: string): string;
