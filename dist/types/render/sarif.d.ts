import type { Report } from '../core/report.js';
import type { RuleDescriptor } from '../core/rules/rule.js';
/**
 * What SARIF says about a rule, from the catalog's descriptors (the caller passes them, so that rendering imports
 * no analyzer and, through one, no parser).
 */
export type SarifRule = Pick<RuleDescriptor, 'analyzer' | 'id' | 'category' | 'severity' | 'description'> & {
    /** Defaults to the rule's page under docs/rules/ in the repository. */
    helpUri?: string;
    /** Plain text; defaults to the description and a pointer to the docs page. */
    help?: string;
};
export interface SarifOptions {
    /** Every rule of every analyzer, not only those with results: code scanning lists them all. */
    rules: readonly SarifRule[];
    /** Absolute path of the checkout; recorded as %SRCROOT% so that local SARIF viewers can open the files. */
    root?: string;
}
type SarifLevel = 'error' | 'warning' | 'note';
export interface SarifMessage {
    text: string;
    markdown?: string;
}
export interface SarifReportingDescriptor {
    id: string;
    name: string;
    shortDescription: SarifMessage;
    fullDescription: SarifMessage;
    help: SarifMessage;
    helpUri: string;
    defaultConfiguration: {
        level: SarifLevel;
    };
    properties: {
        tags: string[];
        precision: 'high';
    };
}
export interface SarifRegion {
    startLine: number;
    startColumn?: number;
    endLine?: number;
    endColumn?: number;
}
export interface SarifLocation {
    physicalLocation: {
        artifactLocation: {
            uri: string;
            uriBaseId: '%SRCROOT%';
        };
        region?: SarifRegion;
    };
}
export interface SarifResult {
    ruleId: string;
    ruleIndex: number;
    level: SarifLevel;
    message: SarifMessage;
    locations: SarifLocation[];
    partialFingerprints: Record<string, string>;
}
export interface SarifNotification {
    level: SarifLevel;
    message: SarifMessage;
}
export interface SarifRun {
    tool: {
        driver: {
            name: string;
            semanticVersion: string;
            version: string;
            informationUri: string;
            rules: SarifReportingDescriptor[];
        };
    };
    automationDetails: {
        id: string;
    };
    originalUriBaseIds?: Record<string, {
        uri: string;
    }>;
    columnKind: 'utf16CodeUnits';
    invocations: {
        executionSuccessful: boolean;
        toolExecutionNotifications?: SarifNotification[];
    }[];
    results: SarifResult[];
}
export interface SarifLog {
    $schema: string;
    version: '2.1.0';
    runs: SarifRun[];
}
/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: one run per analyzer, each with its own automation id so that
 * uploads of different analyzers do not replace one another's alerts.
 */
export declare function renderSarif(report: Report, options: SarifOptions): string;
export {};
