import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { fieldPathText } from '../../lint/manifest.js';
import { asList, asRecord, asString, isRecord } from '../../lint/plain-data.js';
import { canarySteps } from '../../lint/rollout-steps.js';

/**
 * What fails the Experiment a canary step creates: a template whose specRef is neither `canary` nor `stable` (the
 * controller cannot build the Experiment), and a template without a name or with a name an earlier template has
 * (the Experiment is InvalidSpec). Either way the step never completes and the rollout aborts or stalls.
 */
export const experimentStepInvalid = defineLintRule({
  meta: {
    id: 'experiment-step-invalid',
    category: 'configuration',
    severity: 'error',
    description: "A canary experiment step whose template has a specRef other than 'canary' or 'stable', no name, or the name of an earlier template.",
    summary: "an experiment step template with a specRef other than canary/stable, no name, or a repeated name",
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    const reports: LintReport[] = [];
    for (const { step, path } of canarySteps(manifest)) {
      const seen = new Set<string>();
      asList(asRecord(step.experiment).templates).forEach((template, index) => {
        if (!isRecord(template)) return;
        const at = [...path, 'experiment', 'templates', index];
        const specRef = template.specRef;
        if (specRef !== undefined && specRef !== 'canary' && specRef !== 'stable') {
          reports.push({ path: [...at, 'specRef'], message: `${fieldPathText([...at, 'specRef'])} is ${JSON.stringify(specRef)}; the controller builds experiment templates only from 'canary' or 'stable'.`, suggestion: 'Set specRef to canary or stable.' });
        }
        const name = asString(template.name);
        if (name === undefined || name === '') {
          reports.push({ path: at, message: `${fieldPathText(at)} has no name; the Experiment is refused as InvalidSpec.`, suggestion: 'Give every experiment template a unique name.' });
        } else if (seen.has(name)) {
          reports.push({ path: [...at, 'name'], message: `${fieldPathText([...at, 'name'])} is '${name}', which an earlier template of the step uses; the Experiment is refused as InvalidSpec.`, suggestion: 'Give every experiment template a unique name.' });
        }
        if (name) seen.add(name);
      });
    }
    return reports;
  },
});
