import type { ClusterRollout } from '../../../src/rollout/cluster/rollout-api.js';
import { resolveAnalysisArgs } from '../../../src/rollout/metrics/resolve-analysis-args.js';
import { substituteArgs } from '../../../src/rollout/metrics/substitute-args.js';

const rollout = {
  metadata: { name: 'checkout', namespace: 'shop', labels: { app: 'checkout' }, annotations: { team: 'payments' } },
  status: { currentPodHash: '7d9f6c5b8', stableRS: '5c4b8f7d6' },
} as ClusterRollout;

describe('resolveAnalysisArgs', () => {
  it('merges template defaults with the Rollout args, which win, and reads hashes and metadata from the Rollout', () => {
    const templateArgs = [{ name: 'service', value: 'default-service' }, { name: 'threshold', value: '0.05' }, { name: 'canary-hash' }, { name: 'stable-hash' }, { name: 'app' }, { name: 'team' }, { name: 'ns' }];
    const rolloutArgs = [
      { name: 'service', value: 'checkout' },
      { name: 'threshold' },
      { name: 'canary-hash', valueFrom: { podTemplateHashValue: 'Latest' } },
      { name: 'stable-hash', valueFrom: { podTemplateHashValue: 'Stable' } },
      { name: 'app', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } },
      { name: 'team', valueFrom: { fieldRef: { fieldPath: "metadata.annotations['team']" } } },
      { name: 'ns', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
    ];
    expect(resolveAnalysisArgs(templateArgs, rolloutArgs, rollout)).toEqual({
      ok: true,
      values: { service: 'checkout', threshold: '0.05', 'canary-hash': '7d9f6c5b8', 'stable-hash': '5c4b8f7d6', app: 'checkout', team: 'payments', ns: 'shop' },
    });
  });

  it.each([
    [[{ name: 'service' }], [], "arg 'service' has no value: neither the template nor the Rollout gives one"],
    [[{ name: 'token', valueFrom: { secretKeyRef: { name: 'prom-auth', key: 'token' } } }], [], "arg 'token' comes from Secret 'prom-auth', which the checker does not read"],
    [[{ name: 'hash' }], [{ name: 'hash', valueFrom: { podTemplateHashValue: 'Newest' } }], "arg 'hash' asks for podTemplateHashValue 'Newest'; expected Latest or Stable"],
    [[{ name: 'owner' }], [{ name: 'owner', valueFrom: { fieldRef: { fieldPath: "metadata.labels['owner']" } } }], "arg 'owner' reads metadata.labels['owner'] from the Rollout, which is not set (or not a path the checker resolves)"],
  ])('leaves the metric unevaluated when an arg has no value: %j %j', (templateArgs, rolloutArgs, reason) => {
    expect(resolveAnalysisArgs(templateArgs, rolloutArgs, rollout)).toEqual({ ok: false, reason });
  });

  it('needs the hash in the status', () => {
    expect(resolveAnalysisArgs([{ name: 'hash', valueFrom: { podTemplateHashValue: 'Latest' } }], [], { status: {} } as ClusterRollout)).toEqual({
      ok: false,
      reason: "arg 'hash' needs the Latest pod-template-hash, which the Rollout's status does not have yet",
    });
  });
});

describe('substituteArgs', () => {
  it('replaces every placeholder, with or without inner spaces, and refuses an undeclared one', () => {
    expect(substituteArgs('rate(x{a="{{args.a}}",b="{{ args.b }}",a2="{{args.a}}"}[5m])', { a: '1', b: '2' })).toEqual({ ok: true, text: 'rate(x{a="1",b="2",a2="1"}[5m])' });
    expect(substituteArgs('x{a="{{args.a}}",c="{{args.c}}"}', { a: '1' })).toEqual({ ok: false, reason: 'the query uses {{args.c}}, which no arg declares' });
    expect(substituteArgs('up', {})).toEqual({ ok: true, text: 'up' });
  });
});
