import type { Config } from '../../core/config/config.js';
import type { Finding } from '../../core/finding.js';
import type { RuleMeta } from '../../core/rules/rule.js';
import type { VerdictReport } from '../cluster/verdict-rule.js';
/**
 * A finding of the checks that run beside the wait (health probes, template metrics, the judge), with the severity
 * the config sets and none when it turns the rule off. `subject` names what the finding is about (a probe, a
 * Rollout's metric): the fingerprint hangs on it rather than on the message, whose numbers change from run to run.
 */
export declare function releaseFinding(meta: RuleMeta, report: VerdictReport, config: Config, subject: string, data: Record<string, unknown>): Finding[];
