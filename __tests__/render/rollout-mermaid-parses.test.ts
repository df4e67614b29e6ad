import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JSDOM } from 'jsdom';
import { renderMarkdown } from '../../src/render/markdown.js';
import { ABORTED, HEALTHY, PAUSED_FOR_PROMOTION, rolloutReport, type RolloutScenario } from './rollout-scenarios.js';

/**
 * The step diagrams go to GitHub, which renders them with mermaid: each one the renderer draws must parse with
 * mermaid's own parser, or the comment shows a red error box instead of the rollout. mermaid needs a DOM (it
 * sanitises labels with DOMPurify), so jsdom stands in for the browser.
 */
type Mermaid = { parse(text: string): Promise<unknown> };
let mermaid: Mermaid;
let dom: JSDOM;

beforeAll(async () => {
  dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaid = ((await import('mermaid')) as unknown as { default: Mermaid }).default;
});

// Taken off the global scope again: jest's clean-up of a suite's leftover globals recurses forever on jsdom's window.
afterAll(() => {
  Reflect.deleteProperty(globalThis, 'window');
  Reflect.deleteProperty(globalThis, 'document');
  dom.window.close();
});

function diagrams(scenario: RolloutScenario): string[] {
  const section = renderMarkdown(rolloutReport([scenario]), { analyzer: 'rollout' });
  return [...section.matchAll(/```mermaid\n([\s\S]*?)\n\s*```/g)].map((match) => match[1]);
}

// A template name is the one free text that reaches a node label.
const HOSTILE_TEMPLATE = 'x"]; click s0 "evil" #35; [y] <b>&amp; `z`';
const HOSTILE: RolloutScenario = { ...ABORTED, steps: ABORTED.steps.map((step) => ('analysis' in step ? { analysis: { templates: [{ templateName: HOSTILE_TEMPLATE }] } } : step)) };

describe('rollout step diagrams', () => {
  it.each([
    ['healthy', HEALTHY],
    ['aborted at the analysis step', ABORTED],
    ['paused for a promotion', PAUSED_FOR_PROMOTION],
    ['a template name full of mermaid syntax', HOSTILE],
  ])('%s: every diagram parses with mermaid', async (_label, scenario) => {
    const found = diagrams(scenario);
    expect(found.length).toBe(1);
    if (scenario === HOSTILE) expect(found[0]).toContain('click s0');
    for (const diagram of found) await expect(mermaid.parse(diagram)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });

  it('the parser used here rejects a broken label, so a passing diagram means something', async () => {
    const [diagram] = diagrams(ABORTED);
    const broken = diagram.replace(/\["/, '["unclosed');
    await expect(mermaid.parse(broken.replace(/"\]/, ']'))).rejects.toThrow(/Parse error/);
  });
});
