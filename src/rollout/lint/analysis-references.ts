import type { FieldPath, Manifest } from './manifest.js';
import { asList, asRecord, asString, isRecord } from './plain-data.js';
import { CANARY_PATH, canarySteps, canaryStrategy } from './rollout-steps.js';
import type { TemplateReference } from './template-index.js';

/**
 * How a Rollout uses an analysis. Step, pre- and post-promotion analyses block the rollout until they finish, so
 * they must end on their own; background and experiment analyses are stopped by the controller.
 */
export type AnalysisUsage = 'background' | 'step' | 'pre-promotion' | 'post-promotion' | 'experiment';

export interface LocatedTemplateReference extends TemplateReference {
  /** Path of the `templateName` field. */
  path: FieldPath;
}

export interface AnalysisReference {
  usage: AnalysisUsage;
  /** Path of the analysis block (`...analysis`, `...prePromotionAnalysis`, an experiment's `analyses[i]`). */
  path: FieldPath;
  templates: LocatedTemplateReference[];
  /** Names of the args the Rollout passes. */
  argNames: string[];
}

/** Every place a Rollout names an analysis template, in document order. */
export function analysisReferences(rollout: Manifest): AnalysisReference[] {
  const references: AnalysisReference[] = [];
  const canary = canaryStrategy(rollout);
  if (canary && isRecord(canary.analysis)) references.push(readReference('background', [...CANARY_PATH, 'analysis'], canary.analysis));
  for (const { step, path } of canarySteps(rollout)) {
    if (isRecord(step.analysis)) references.push(readReference('step', [...path, 'analysis'], step.analysis));
    asList(asRecord(step.experiment).analyses).forEach((analysis, index) => {
      if (!isRecord(analysis)) return;
      const analysisPath = [...path, 'experiment', 'analyses', index];
      const single = readTemplate(analysis, analysisPath);
      const reference = readReference('experiment', analysisPath, analysis);
      references.push(single ? { ...reference, templates: [single, ...reference.templates] } : reference);
    });
  }
  const blueGreen = asRecord(asRecord(rollout.object.spec).strategy).blueGreen;
  for (const [usage, key] of [['pre-promotion', 'prePromotionAnalysis'], ['post-promotion', 'postPromotionAnalysis']] as const) {
    const analysis = asRecord(blueGreen)[key];
    if (isRecord(analysis)) references.push(readReference(usage, ['spec', 'strategy', 'blueGreen', key], analysis));
  }
  return references;
}

function readReference(usage: AnalysisUsage, path: FieldPath, analysis: Record<string, unknown>): AnalysisReference {
  const templates = asList(analysis.templates).flatMap((template, index) => {
    const located = isRecord(template) ? readTemplate(template, [...path, 'templates', index]) : undefined;
    return located ? [located] : [];
  });
  const argNames = asList(analysis.args).flatMap((arg) => {
    const name = asString(asRecord(arg).name);
    return name === undefined ? [] : [name];
  });
  return { usage, path, templates, argNames };
}

function readTemplate(entry: Record<string, unknown>, path: FieldPath): LocatedTemplateReference | undefined {
  const templateName = asString(entry.templateName);
  if (templateName === undefined) return undefined;
  return { templateName, clusterScope: entry.clusterScope === true, path: [...path, 'templateName'] };
}
