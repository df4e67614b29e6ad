import { defineRuleWithoutOptions, type NoOptions, type Rule, type RuleMeta } from '../core/rules/rule.js';
import type { Measured } from './measure/statement-measurement.js';
import type { MigrationReport } from './migration-rule.js';
import type { MigrationStatement } from './migration-statement.js';

/** What a measured rule sees of one statement: what applying it did, and the tables other findings already name. */
export interface MeasuredContext {
  measurement: Measured;
  measuredOn: string;
  /** Tables the statement's other findings name: what a static rule reported is not reported twice. */
  reportedTables: ReadonlySet<string>;
}

export interface MeasuredCheck {
  check(statement: MigrationStatement, context: MeasuredContext): MigrationReport[];
}

export type MeasuredMigrationRule<Id extends string = string> = Rule<MeasuredCheck, NoOptions, Id>;

/** A rule that reads what applying the statement did (locks, rewrites), where the SQL alone does not say it. */
export function defineMeasuredMigrationRule<Id extends string>(rule: { readonly meta: RuleMeta<Id> & { readonly category: 'migration' } } & MeasuredCheck): MeasuredMigrationRule<Id> {
  return defineRuleWithoutOptions(rule);
}
