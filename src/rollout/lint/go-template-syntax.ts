/**
 * Where a file uses Helm / Go template syntax. Argo's own placeholders (`{{args.name}}`, `{{ templates.canary.x }}`,
 * `{{secrets.x}}`) are dotted names without a leading dot and stay part of the manifest; anything else between
 * `{{ }}` (`{{ .Values.x }}`, `{{- if … }}`, `{{ include "x" . }}`) is a template action that must be rendered before
 * the text is the YAML the cluster would get.
 */
const ACTION = /\{\{(.*?)(\}\}|$)/gm;
const ARGO_PLACEHOLDER = /^\s*[A-Za-z_][\w-]*(\.[\w-]+)+\s*$/;

export interface TemplateAction {
  line: number;
  /** The action as written, cut to 40 characters for messages. */
  text: string;
}

/**
 * The first Go template action of the text, or undefined when it holds only Argo placeholders (or none). Actions that
 * lie wholly inside one of `stringValues` (offset ranges of string values, such as a notification annotation's
 * message) are text of that value, not template syntax of the file, and do not count.
 */
export function firstGoTemplateAction(text: string, stringValues: readonly (readonly [number, number])[] = []): TemplateAction | undefined {
  if (!text.includes('{{')) return undefined;
  for (const match of text.matchAll(ACTION)) {
    const [whole, inner, close] = match;
    if (close === '}}' && ARGO_PLACEHOLDER.test(inner)) continue;
    const end = match.index + whole.length;
    if (close === '}}' && stringValues.some(([from, to]) => from <= match.index && end <= to)) continue;
    const line = text.slice(0, match.index).split('\n').length;
    return { line, text: whole.length > 40 ? `${whole.slice(0, 39)}…` : whole };
  }
  return undefined;
}
