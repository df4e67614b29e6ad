import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reviewSnippet } from '../helpers/review-snippet.js';

/**
 * Whatever the bytes, a review returns findings with sane positions and never throws: random text, and real
 * sources cut, spliced and sprinkled with the characters that trip parsers (quotes, brackets, colons, indents).
 */
const realSources = {
  python: readFileSync(fileURLToPath(new URL('../fixtures/sample-project/app/orders.py', import.meta.url)), 'utf8'),
  typescript: readFileSync(fileURLToPath(new URL('../../src/core/rules/suppressions.ts', import.meta.url)), 'utf8'),
};
const TRICKY = ['"', "'", '`', '(', ')', '{', '}', '[', ']', ':', '\n    ', '\t', '\r\n', '\\', '#', '//', '/*', '*/', 'except*', '=>', '<div>', '\uFEFF', '𝄞', '\0'];

const mutation = (source: string) =>
  fc
    .tuple(fc.nat(source.length), fc.nat(200), fc.array(fc.constantFrom(...TRICKY), { maxLength: 5 }))
    .map(([at, cut, inserted]) => source.slice(0, at) + inserted.join('') + source.slice(Math.min(source.length, at + cut)));

async function expectSaneReview(file: string, text: string): Promise<void> {
  const findings = await reviewSnippet(file, text);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const finding of findings) {
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.endLine).toBeGreaterThanOrEqual(finding.line!);
    expect(finding.endLine).toBeLessThanOrEqual(lineCount);
    expect(finding.column).toBeGreaterThanOrEqual(1);
    expect(finding.message.length).toBeGreaterThan(0);
  }
}

/**
 * Made once for the four file kinds: building it indexes every Unicode code point (fast-check's reverse mapping for
 * shrinking), about a third of a second each time.
 */
const randomText = fc.string({ unit: 'binary', maxLength: 400 });

describe('the review never throws', () => {
  it.each(['a.py', 'a.ts', 'a.tsx', 'a.js'])('on random text as %s', async (file) => {
    await fc.assert(fc.asyncProperty(randomText, (text) => expectSaneReview(file, text)), { numRuns: 150 });
  });

  it('on mutated real Python', async () => {
    await fc.assert(fc.asyncProperty(mutation(realSources.python), (text) => expectSaneReview('m.py', text)), { numRuns: 200 });
  });

  it('on mutated real TypeScript', async () => {
    await fc.assert(fc.asyncProperty(mutation(realSources.typescript), (text) => expectSaneReview('m.ts', text)), { numRuns: 200 });
  });
});
