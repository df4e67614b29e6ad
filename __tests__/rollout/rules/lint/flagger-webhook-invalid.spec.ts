import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'flagger-webhook-invalid';
const canary = (...webhooks: string[]) =>
  yaml('apiVersion: flagger.app/v1beta1', 'kind: Canary', 'metadata: {name: podinfo}', 'spec:', '  analysis:', '    webhooks:', ...webhooks.map((line) => `      ${line}`));

// Cases from Flagger's Canary schema (webhook types, required name and url), in our own words.
describe(RULE, () => {
  it('stays quiet on every listed type, and on a webhook without a type', () => {
    const types = ['confirm-rollout', 'pre-rollout', 'rollout', 'confirm-promotion', 'post-rollout', 'event', 'rollback', 'confirm-traffic-increase'];
    const hooks = types.map((type) => `- {name: ${type}, type: ${type}, url: "http://flagger-loadtester.test/"}`);
    expect(lintSnippet({ 'c.yaml': canary(...hooks, '- {name: load, url: "https://tester.example/run"}') }, RULE)).toEqual([]);
  });

  it('reports an unknown type, a missing name, and a url that is not absolute http(s)', () => {
    expect(lintSnippet({ 'c.yaml': canary('- {name: smoke, type: pre-rolout, url: "http://tester/"}', '- {type: rollout, url: "tester.test/"}', '- {name: none}') }, RULE)).toEqual([
      'c.yaml:7:23 flagger-webhook-invalid spec.analysis.webhooks[0].type is "pre-rolout", not a Flagger webhook type (confirm-rollout, pre-rollout, rollout, confirm-promotion, post-rollout, event, rollback, confirm-traffic-increase).',
      'c.yaml:8:9 flagger-webhook-invalid spec.analysis.webhooks[1] has no name; Flagger needs one to report the hook.',
      'c.yaml:8:25 flagger-webhook-invalid spec.analysis.webhooks[1].url is "tester.test/": Flagger posts to the webhook, so it needs an absolute http:// or https:// URL.',
      'c.yaml:9:9 flagger-webhook-invalid spec.analysis.webhooks[2].url is missing: Flagger posts to the webhook, so it needs an absolute http:// or https:// URL.',
    ]);
  });
});
