/** An argument as a template declares it or a Rollout passes it (argo-rollouts `v1alpha1.Argument`). */
export interface AnalysisArgument {
    name?: string;
    value?: string;
    valueFrom?: {
        podTemplateHashValue?: string;
        fieldRef?: {
            fieldPath?: string;
        };
        secretKeyRef?: {
            name?: string;
            key?: string;
        };
    };
}
export interface TemplateMetric {
    name?: string;
    successCondition?: string;
    failureCondition?: string;
    provider?: {
        prometheus?: {
            query?: string;
            address?: string;
        };
    } & Record<string, unknown>;
}
/** The fields of an AnalysisTemplate or ClusterAnalysisTemplate the canary metrics need, all optional as read. */
export interface AnalysisTemplateObject {
    metadata?: {
        name?: string;
    };
    spec?: {
        args?: AnalysisArgument[];
        metrics?: TemplateMetric[];
    };
}
/** `templateName` plus whether it names a ClusterAnalysisTemplate, as a Rollout's analysis block writes it. */
export interface TemplateRef {
    templateName: string;
    clusterScope: boolean;
}
