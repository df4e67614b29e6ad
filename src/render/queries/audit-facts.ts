import type { AuditedQueries } from './audited-queries.js';
import { counted } from './count-wording.js';
import { explainedWording } from './explained-wording.js';
import { indexAdviceWording } from './index-advice-wording.js';
import type { InlineStyle } from './inline-style.js';

/**
 * The facts of one queries run that every output leads with: where and how the statements were explained, those
 * not explained (not audited, in error: each has its finding), the saved plans, the index advice.
 */
export function auditFacts(audit: AuditedQueries, style: InlineStyle): string[] {
  const { explainedOn, savedPlans } = audit;
  return [
    ...(explainedOn === undefined ? [] : [explainedWording(explainedOn, style)]),
    ...(explainedOn !== undefined && explainedOn.notAudited > 0 ? [`${counted(explainedOn.notAudited, 'statement')} not audited (${style.code('statement-not-audited')})`] : []),
    ...(explainedOn !== undefined && explainedOn.sqlErrors > 0 ? [`${counted(explainedOn.sqlErrors, 'statement')} in error (${style.code('sql-error')})`] : []),
    ...(savedPlans > 0 ? [`${counted(savedPlans, 'saved plan')} audited`] : []),
    ...(explainedOn?.indexAdvice === undefined ? [] : [indexAdviceWording(explainedOn.indexAdvice)]),
  ];
}
