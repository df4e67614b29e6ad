import { createHash } from 'node:crypto';
import type { Config } from '../../core/config/config.js';
import type { Finding } from '../../core/finding.js';
import type { RuleMeta } from '../../core/rules/rule.js';
import { severityFor } from '../../core/rules/settings.js';
import type { VerdictReport } from '../cluster/verdict-rule.js';

/**
 * A finding of the checks that run beside the wait (health probes, template metrics, the judge), with the severity
 * the config sets and none when it turns the rule off. `subject` names what the finding is about (a probe, a
 * Rollout's metric): the fingerprint hangs on it rather than on the message, whose numbers change from run to run.
 */
export function releaseFinding(meta: RuleMeta, report: VerdictReport, config: Config, subject: string, data: Record<string, unknown>): Finding[] {
  const severity = severityFor(meta, config.rules[meta.id]?.severity);
  if (!severity) return [];
  return [
    {
      analyzer: 'rollout',
      rule: meta.id,
      category: meta.category,
      severity,
      message: report.message,
      suggestion: report.suggestion,
      fingerprint: createHash('sha256').update(`${meta.id}\0${subject}`).digest('hex').slice(0, 32),
      data,
    },
  ];
}
