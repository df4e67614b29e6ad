import { parseManifestFile } from '../../../src/rollout/lint/read-manifests.js';
import { firstGoTemplateAction } from '../../../src/rollout/lint/go-template-syntax.js';
import { lintSnippet, yaml } from '../../helpers/lint-manifest-snippet.js';

describe('parseManifestFile', () => {
  it('reads an unquoted {{args.x}} key without a warning on the process', () => {
    const warnings: unknown[] = [];
    const saved = process.emitWarning;
    process.emitWarning = ((warning: unknown) => void warnings.push(warning)) as typeof process.emitWarning;
    try {
      const text = yaml(
        'apiVersion: argoproj.io/v1alpha1',
        'kind: AnalysisTemplate',
        'metadata: {name: mesh}',
        'spec:',
        '  metrics:',
        '    - name: mesh',
        '      provider:',
        '        job:',
        '          metadata:',
        '            labels:',
        '              {{args.linkerd-enabled}}: "true"',
      );
      const { manifests, skipped } = parseManifestFile(text, 'mesh.yaml');
      expect(manifests.map((manifest) => `${manifest.kind}/${manifest.name}`)).toEqual(['AnalysisTemplate/mesh']);
      expect(skipped).toEqual([]);
      expect(warnings).toEqual([]);
    } finally {
      process.emitWarning = saved;
    }
  });

  it('skips a file with Helm syntax, naming the line, but keeps Argo placeholders as manifest text', () => {
    expect(firstGoTemplateAction('a: {{args.x}}\nb: "{{ templates.canary.podTemplateHash }}"\n')).toBeUndefined();
    expect(firstGoTemplateAction('a: {{args.x}}\n{{- if .Values.on }}\n')).toEqual({ line: 2, text: '{{- if .Values.on }}' });
    expect(firstGoTemplateAction('image: {{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}\n')).toEqual({ line: 1, text: '{{ .Values.image.repository }}' });
    expect(firstGoTemplateAction('a: {{ unclosed\n')).toEqual({ line: 1, text: '{{ unclosed' });
    expect(parseManifestFile('apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: {{ .Release.Name }}\n', 'chart/templates/r.yaml')).toEqual({
      manifests: [],
      skipped: [{ file: 'chart/templates/r.yaml', reason: 'Helm/Go template syntax at line 4 ({{ .Release.Name }}): render it first (helm template, kustomize build) and lint the output' }],
      objects: [],
    });
  });

  it('lints a Rollout whose notification annotations and ConfigMap messages hold Go templates inside string values', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata:',
      '  name: web',
      '  annotations:',
      '    notifications.argoproj.io/subscribe.on-rollout-completed.slack: "{{ .rollout.metadata.name }}-channel"',
      '    example.com/summary: |',
      '      {{- range .rollout.status.conditions }}',
      '      {{ .type }}: {{ .message }}',
      '      {{- end }}',
      'spec:',
      '  strategy: {canary: {steps: [{setWeight: 100}]}}',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: argo-rollouts-notification-configmap}',
      'data:',
      "  template.rollout-completed: 'message: Rollout {{.rollout.metadata.name}} has been completed.'",
    );
    const { manifests, skipped } = parseManifestFile(text, 'web.yaml');
    expect(manifests.map((manifest) => `${manifest.kind}/${manifest.name}`)).toEqual(['Rollout/web']);
    expect(skipped).toEqual([]);
  });

  it('still skips a file whose template syntax sits outside string values: a key, a control line, or one that breaks the YAML', () => {
    const head = ['apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata:', '  name: web', '  annotations:'];
    const skippedAt = (text: string) => parseManifestFile(text, 'r.yaml').skipped.map((entry) => entry.reason.split(':')[0]);
    expect(skippedAt(yaml(...head, '    "{{ .Values.key }}": "x"'))).toEqual(['Helm/Go template syntax at line 6 ({{ .Values.key }})']);
    expect(skippedAt(yaml(...head, '    a: "x"', '{{- if .Values.extra }}', '    b: "y"', '{{- end }}'))).toEqual(['Helm/Go template syntax at line 7 ({{- if .Values.extra }})']);
    // The quoted message is fine on its own, but the unquoted replicas breaks the document, so the whole file counts.
    expect(skippedAt(yaml(...head, '    a: "{{ .rollout.metadata.name }}"', 'spec:', '  replicas: {{ .Values.replicas }}', '  selector: [')))
      .toEqual(['Helm/Go template syntax at line 6 ({{ .rollout.metadata.name }})']);
  });

  it('reports a broken template document and ignores a broken document of a kind it does not check, in the same file', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: AnalysisRun',
      'metadata: {name: run}',
      'spec: {metrics: [',
      '---',
      'apiVersion: argoproj.io/v1alpha1', // 6
      'kind: AnalysisTemplate',
      'metadata:',
      '  name: rate',
      'spec:', // 10
      '  metrics:',
      '  - name: x',
      '     bad: indent',
      '---',
      'apiVersion: argoproj.io/v1alpha1', // 15
      'kind: Rollout',
      'metadata: {name: web}',
      'spec:',
      '  progressDeadlineAbort: true',
      '  strategy:', // 20
      '    canary:',
      '      analysis: {templates: [{templateName: rate}]}',
      '      steps: [{setWeight: 100}]',
    );
    const lines = lintSnippet({ 'mixed.yaml': text });
    // The Rollout still finds 'rate' (no analysis-template-not-found), and the AnalysisRun's error says nothing.
    expect(lines).toEqual(["mixed.yaml:12:11 manifest-yaml-error AnalysisTemplate 'rate' is not valid YAML: Nested mappings are not allowed in compact mappings; nothing else in it was checked."]);
  });
});

describe('parseManifestFile: Flagger kinds', () => {
  it('reads a flagger.app Canary and MetricTemplate, and no Canary of another API group', () => {
    const text = yaml('apiVersion: flagger.app/v1beta1', 'kind: Canary', 'metadata: {name: podinfo}', '---', 'apiVersion: flagger.app/v1beta1', 'kind: MetricTemplate', 'metadata: {name: errors}', '---', 'apiVersion: argoproj.io/v1alpha1', 'kind: Canary', 'metadata: {name: other}');
    expect(parseManifestFile(text, 'c.yaml').manifests.map((manifest) => `${manifest.kind}/${manifest.name}`)).toEqual(['Canary/podinfo', 'MetricTemplate/errors']);
  });
});
