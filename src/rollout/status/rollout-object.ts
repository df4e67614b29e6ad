/**
 * The fields of an argoproj.io/v1alpha1 Rollout that the status algorithm reads, all optional: objects come from
 * YAML files and API servers of every controller version, so any of them may be absent.
 */
export interface RolloutCondition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
}

export interface CanaryStep {
  setWeight?: number;
  pause?: { duration?: string | number } | null;
  analysis?: Record<string, unknown>;
  experiment?: Record<string, unknown>;
  setCanaryScale?: Record<string, unknown>;
  setHeaderRoute?: Record<string, unknown>;
  setMirrorRoute?: Record<string, unknown>;
  plugin?: Record<string, unknown>;
}

export interface RolloutObject {
  metadata?: { name?: string; generation?: number; annotations?: Record<string, string> };
  spec?: {
    replicas?: number;
    paused?: boolean;
    restartAt?: string;
    workloadRef?: Record<string, unknown>;
    strategy?: {
      canary?: {
        steps?: CanaryStep[];
        trafficRouting?: { maxTrafficWeight?: number } & Record<string, unknown>;
      };
      blueGreen?: { postPromotionAnalysis?: Record<string, unknown> };
    };
  };
  status?: {
    phase?: string;
    message?: string;
    observedGeneration?: string | number;
    workloadObservedGeneration?: string | number;
    controllerPause?: boolean;
    pauseConditions?: { reason?: string }[];
    conditions?: RolloutCondition[];
    restartedAt?: string;
    replicas?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    currentPodHash?: string;
    stableRS?: string;
    abort?: boolean;
    currentStepIndex?: number;
    blueGreen?: { activeSelector?: string; postPromotionAnalysisRunStatus?: { status?: string } };
    canary?: { weights?: { canary?: { weight?: number } } };
  };
}
