import { defineRuleWithoutOptions, type NoOptions, type Rule, type RuleMeta } from '../core/rules/rule.js';
import type { MigrationStatement } from './migration-statement.js';
import type { SchemaState } from './schema-state.js';

/** What a rule reports about one statement; the engine places it on the statement's lines and makes the finding. */
export interface MigrationReport {
  message: string;
  suggestion?: string;
  /** The tables the statement locks, for the finding's data. */
  tables?: string[];
  /** A line of the file when the finding is about that line (an edit) rather than the whole statement. */
  line?: number;
  /** The fix the finding takes without judgement; the engine turns it into the lines of the file (`data.fix`). */
  fix?: StatementFix;
}

/**
 * A machine fix said about the statement: its first line rewritten (the line as the file has it, from the
 * statement's first token; undefined when it is not in the form the rule rewrites) and lines put before it.
 */
export interface StatementFix {
  firstLine?: (line: string) => string | undefined;
  linesBefore?: string[];
  note?: string;
}

/**
 * How a migration rule checks: one statement at a time, with what the migrations before it (and the statements
 * before it in its own file) did, so that a change to a table created in the same change stays quiet.
 */
export interface MigrationCheck {
  check(statement: MigrationStatement, state: SchemaState): MigrationReport[];
}

export type MigrationRule<Id extends string = string> = Rule<MigrationCheck, NoOptions, Id>;

/** A static migration rule: it reads the SQL, and what the statement does to an existing table's readers and writers. */
export function defineMigrationRule<Id extends string>(rule: { readonly meta: RuleMeta<Id> & { readonly category: 'migration' } } & MigrationCheck): MigrationRule<Id> {
  return defineRuleWithoutOptions(rule);
}
