import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'route-match-invalid';
const rollout = (routing: string, ...steps: string[]) =>
  yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web}', 'spec:', '  strategy:', '    canary:', `      trafficRouting: ${routing}`, '      steps:', ...steps.map((line) => `        ${line}`));
const lint = (routing: string, ...steps: string[]) => lintSnippet({ 'r.yaml': rollout(routing, ...steps) }, RULE).map((line) => line.replace(/^r\.yaml:/, ''));
const ISTIO = '{istio: {virtualService: {name: vs}}, managedRoutes: [{name: h}, {name: m}]}';
const ALB = '{alb: {ingress: web}, managedRoutes: [{name: h}]}';

// Cases from the controller's header and mirror route tests (multiple values, missed values, ALB exact only), in our own words.
describe(RULE, () => {
  it('stays quiet on one value per match, and exact with ALB', () => {
    expect(lint(ISTIO, '- setHeaderRoute: {name: h, match: [{headerName: x, headerValue: {regex: "a.*"}}]}', '- setMirrorRoute: {name: m, match: [{method: {exact: GET}, path: {prefix: /api}}]}')).toEqual([]);
    expect(lint(ALB, '- setHeaderRoute: {name: h, match: [{headerName: x, headerValue: {exact: a}}]}')).toEqual([]);
  });

  it('reports a match without value, two values, and a mirror path with two values', () => {
    expect(lint(ISTIO, '- setHeaderRoute: {name: h, match: [{headerName: x}, {headerName: y, headerValue: {exact: a, prefix: b}}]}', '- setMirrorRoute: {name: m, match: [{path: {exact: /a, regex: /b}}]}')).toEqual([
      '9:45 route-match-invalid spec.strategy.canary.steps[0].setHeaderRoute.match[0] has no headerValue; give it exactly one of exact, regex, prefix.',
      '9:78 route-match-invalid spec.strategy.canary.steps[0].setHeaderRoute.match[1].headerValue sets exact and prefix; a string match takes exactly one of exact, regex, prefix.',
      '10:46 route-match-invalid spec.strategy.canary.steps[1].setMirrorRoute.match[0].path sets exact and regex; a string match takes exactly one of exact, regex, prefix.',
    ]);
  });

  it('reports a header match other than exact with ALB', () => {
    expect(lint(ALB, '- setHeaderRoute: {name: h, match: [{headerName: x, headerValue: {prefix: a}}]}')).toEqual([
      '9:61 route-match-invalid spec.strategy.canary.steps[0].setHeaderRoute.match[0].headerValue sets prefix; with ALB a header match must be exact only.',
    ]);
  });
});
