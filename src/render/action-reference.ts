import { tableCell } from './generated-section.js';

/** The parts of action.yml the reference reads; the parsed YAML is passed in, so this stays a pure function. */
export interface ActionMetadata {
  inputs?: Record<string, { description?: string; default?: unknown; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
}

const code = (text: string) => `\`${text.replace(/`/g, '')}\``;

/** docs/action.md's inputs and outputs tables, in action.yml's order, so the page cannot drift from the action. */
export function actionReference(action: ActionMetadata): string {
  const inputs = Object.entries(action.inputs ?? {}).map(([name, input]) => {
    const fallback = input.default === undefined || input.default === '' ? '' : code(String(input.default));
    return `| ${code(name)} | ${fallback} | ${tableCell(input.description ?? '')} |`;
  });
  const outputs = Object.entries(action.outputs ?? {}).map(([name, output]) => `| ${code(name)} | ${tableCell(output.description ?? '')} |`);
  return [
    '| input | default | meaning |',
    '|---|---|---|',
    ...inputs,
    '',
    '| output | meaning |',
    '|---|---|',
    ...outputs,
  ].join('\n');
}
