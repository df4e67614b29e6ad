import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditPlanFile } from '../../src/queries/audit-plan-file.js';

interface ExpectedFinding {
  rule: string;
  nodePath: string | null;
  messageIncludes?: string;
  /** Where the README grades the finding (e.g. "low severity" for a 6 ms plan). */
  severity?: string;
}
interface Expectation {
  why: string;
  fires: ExpectedFinding[];
  silent: string[];
}

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The shared corpus is read where it lies, never copied into the project; the variable lets the skip be tried. */
const CORPUS = process.env.PLAN_CORPUS_DIR ?? path.resolve(root, '../shared/fixtures/plans');
const EXPECTATIONS = JSON.parse(readFileSync(fileURLToPath(new URL('corpus-expectations.json', import.meta.url)), 'utf8')) as Record<string, Expectation | string>;
const expectations = Object.entries(EXPECTATIONS).filter((entry): entry is [string, Expectation] => typeof entry[1] !== 'string');
const present = existsSync(CORPUS);

if (!present) {
  // Say it loudly: a silently skipped corpus looks like a passing one.
  console.warn(`corpus.test.ts: SKIPPED — ${CORPUS} does not exist, so the real-plan corpus was not checked.`);
}

describe('plan corpus (../shared/fixtures/plans)', () => {
  if (!present) {
    if (process.env.CI === 'true') {
      it('is present under CI', () => {
        throw new Error(`${CORPUS} is missing; under CI=true the corpus suite fails instead of skipping. Check out the shared fixtures beside the repository.`);
      });
    } else {
      it.skip(`skipped: ${CORPUS} does not exist`, () => undefined);
    }
    return;
  }

  it('has an expectation for every plan in the corpus, and no expectation without a plan', () => {
    const plans = readdirSync(CORPUS).filter((file) => file.endsWith('.json')).sort();
    expect(expectations.map(([file]) => file).sort()).toEqual(plans);
  });

  describe.each(expectations)('%s', (file, expectation) => {
    const audit = () => auditPlanFile(file, readFileSync(path.join(CORPUS, file), 'utf8'), {});

    it('reports exactly the expected findings at the expected nodes', () => {
      const { findings } = audit();
      expect(findings.map((finding) => ({ rule: finding.rule, nodePath: (finding.data?.nodePath as string | undefined) ?? null }))).toEqual(
        expectation.fires.map(({ rule, nodePath }) => ({ rule, nodePath })),
      );
      expectation.fires.forEach((expected, index) => {
        if (expected.messageIncludes) expect(findings[index].message).toContain(expected.messageIncludes);
        if (expected.severity) expect(findings[index].severity).toBe(expected.severity);
      });
    });

    it('keeps the rules that must stay silent silent, and every rule ran (the corpus plans all have ANALYZE)', () => {
      const { findings, notRun } = audit();
      expect(findings.filter((finding) => expectation.silent.includes(finding.rule))).toEqual([]);
      expect(notRun).toEqual([]);
    });
  });
});
