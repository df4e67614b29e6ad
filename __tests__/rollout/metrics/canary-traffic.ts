import type { BackfillSeries } from '../../helpers/test-prometheus.js';

export const SAMPLE_SPACING_SECONDS = 15;
export const HISTORY_SECONDS = 30 * 60;
const REQUESTS_PER_SAMPLE = 150;

/**
 * One track of a service over the last 30 minutes, a sample every 15 s ending 5 s ago:
 * - `http_requests_total` counters growing by exactly 150 requests per sample, `errorShare` of them 500s, so
 *   every rate ratio over them is exactly `errorShare` wherever the window falls;
 * - an `http_error_ratio` gauge swinging ±20% around `errorShare` in a fixed pattern, for range queries: a judge
 *   comparing two constant samples would learn nothing.
 */
export function trackTraffic(service: string, track: { name: string; podHash: string }, errorShare: number, now: number): BackfillSeries[] {
  const end = Math.floor(now) - 5;
  const count = HISTORY_SECONDS / SAMPLE_SPACING_SECONDS;
  const times = Array.from({ length: count + 1 }, (_, index) => end - (count - index) * SAMPLE_SPACING_SECONDS);
  const errorsPerSample = REQUESTS_PER_SAMPLE * errorShare;
  // Argo labels the pods of each ReplicaSet with rollouts-pod-template-hash; exporters pass it on.
  const labels = { service, track: track.name, rollouts_pod_template_hash: track.podHash };
  return [
    { metric: 'http_requests_total', labels: { ...labels, code: '500' }, samples: times.map((time, index) => ({ time, value: round(index * errorsPerSample) })) },
    { metric: 'http_requests_total', labels: { ...labels, code: '200' }, samples: times.map((time, index) => ({ time, value: round(index * (REQUESTS_PER_SAMPLE - errorsPerSample)) })) },
    { metric: 'http_error_ratio', labels, samples: times.map((time, index) => ({ time, value: round(errorShare * (1 + SWING[index % SWING.length])) })) },
  ];
}

const SWING = [0.2, -0.1, 0.05, -0.2, 0.1, -0.05, 0.15, -0.15];

function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

export const CANARY = { name: 'canary', podHash: '7d9f6c5b8' };
export const STABLE = { name: 'stable', podHash: '5c4b8f7d6' };
