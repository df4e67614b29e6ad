import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'pod-template-invalid';
const rollout = (podSpec: string, extra: string[] = [], labels = '{app: web}') =>
  yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web}', 'spec:', '  selector: {matchLabels: {app: web}}', '  template:', `    metadata: {labels: ${labels}}`, `    spec: ${podSpec}`, ...extra);
const lint = (podSpec: string, extra: string[] = [], labels?: string) => lintSnippet({ 'r.yaml': rollout(podSpec, extra, labels) }, RULE);
const REFUSED = ": the controller validates the pod template as a ReplicaSet's and refuses the Rollout.";

// Cases from the controller's Rollout validation tests (a valid template, a privileged container) and the Kubernetes
// ReplicaSet pod template checks it runs (containers, names, ports, mounts, probes, restartPolicy, activeDeadlineSeconds), in our own words.
describe(RULE, () => {
  it.each([
    ['a container with a name and an image', '{containers: [{name: image-name, image: foo}]}'],
    ['a privileged container (the controller ignores privileged)', '{containers: [{name: web, image: web, securityContext: {privileged: true}}]}'],
    ['restartPolicy Always, ports, mounts of declared volumes, probes with successThreshold 1', '{restartPolicy: Always, dnsPolicy: ClusterFirst, volumes: [{name: data, emptyDir: {}}], initContainers: [{name: init, image: busybox, volumeMounts: [{name: data, mountPath: /data}]}], containers: [{name: web, image: web, imagePullPolicy: IfNotPresent, ports: [{name: http, containerPort: 8080, protocol: TCP}, {name: metrics, containerPort: 9090}], volumeMounts: [{name: data, mountPath: /data}], livenessProbe: {httpGet: {port: 8080}, successThreshold: 1}, readinessProbe: {httpGet: {port: 8080}, successThreshold: 3}}]}'],
  ])('stays quiet on %s', (_, podSpec) => {
    expect(lint(podSpec)).toEqual([]);
  });

  it.each([
    ['no containers', '{containers: []}', [`r.yaml:8:5 pod-template-invalid spec.template.spec has no containers${REFUSED}`]],
    ['a container without an image, and one with an invalid name', '{containers: [{name: web}, {name: Web_2, image: web}]}', [
      `r.yaml:8:25 pod-template-invalid spec.template.spec.containers[0] has no image${REFUSED}`,
      `r.yaml:8:39 pod-template-invalid spec.template.spec.containers[1].name 'Web_2' is not a valid container name (a DNS-1123 label)${REFUSED}`,
    ]],
    ['an init container and a container of one name', '{initContainers: [{name: web, image: init}], containers: [{name: web, image: web}]}', [
      `r.yaml:8:70 pod-template-invalid spec.template.spec.containers[0].name 'web' names a second container of the pod${REFUSED}`,
    ]],
    ['restartPolicy Never and activeDeadlineSeconds', '{restartPolicy: Never, activeDeadlineSeconds: 60, containers: [{name: web, image: web}]}', [
      `r.yaml:8:12 pod-template-invalid spec.template.spec.restartPolicy is Never; a ReplicaSet's pods must restart Always${REFUSED}`,
      `r.yaml:8:34 pod-template-invalid spec.template.spec.activeDeadlineSeconds is set; a ReplicaSet's pods cannot have a deadline${REFUSED}`,
    ]],
    ['bad ports', '{containers: [{name: web, image: web, ports: [{name: http, containerPort: 0}, {name: http, containerPort: 70000, protocol: HTTP}, {name: very-long-port-name, containerPort: 80}]}]}', [
      `r.yaml:8:57 pod-template-invalid spec.template.spec.containers[0].ports[0] has containerPort 0, outside 1-65535${REFUSED}`,
      `r.yaml:8:89 pod-template-invalid spec.template.spec.containers[0].ports[1] has containerPort 70000, outside 1-65535${REFUSED}`,
      `r.yaml:8:90 pod-template-invalid spec.template.spec.containers[0].ports[1].name 'http' names a second port of the container${REFUSED}`,
      `r.yaml:8:124 pod-template-invalid spec.template.spec.containers[0].ports[1].protocol is HTTP, none of TCP, UDP, SCTP${REFUSED}`,
      `r.yaml:8:142 pod-template-invalid spec.template.spec.containers[0].ports[2].name 'very-long-port-name' is not a valid port name (up to 15 lowercase letters, digits and "-", with a letter)${REFUSED}`,
    ]],
    ['a mount of an undeclared volume, a path mounted twice, and a second volume of one name', '{volumes: [{name: data}, {name: data}], containers: [{name: web, image: web, volumeMounts: [{name: cache, mountPath: /c}, {name: data, mountPath: /c}]}]}', [
      `r.yaml:8:37 pod-template-invalid spec.template.spec.volumes[1].name 'data' names a second volume${REFUSED}`,
      `r.yaml:8:104 pod-template-invalid spec.template.spec.containers[0].volumeMounts[0].name 'cache' names no volume of spec.template.spec.volumes${REFUSED}`,
      `r.yaml:8:146 pod-template-invalid spec.template.spec.containers[0].volumeMounts[1].mountPath '/c' is mounted twice in the container${REFUSED}`,
    ]],
    ['a quoted containerPort and an out-of-range hostPort', '{containers: [{name: web, image: web, ports: [{containerPort: "8080", hostPort: -1}]}]}', [
      `r.yaml:8:57 pod-template-invalid spec.template.spec.containers[0].ports[0] has containerPort "8080", not a whole number${REFUSED}`,
      `r.yaml:8:81 pod-template-invalid spec.template.spec.containers[0].ports[0].hostPort is -1, outside 1-65535${REFUSED}`,
    ]],
    ['a liveness probe with successThreshold 2, and an unknown pull policy', '{containers: [{name: web, image: web, imagePullPolicy: Sometimes, livenessProbe: {tcpSocket: {port: 80}, successThreshold: 2}}]}', [
      `r.yaml:8:49 pod-template-invalid spec.template.spec.containers[0].imagePullPolicy is Sometimes, none of Always, IfNotPresent, Never${REFUSED}`,
      `r.yaml:8:116 pod-template-invalid spec.template.spec.containers[0].livenessProbe.successThreshold is 2; a livenessProbe succeeds on one success, so it must be 1${REFUSED}`,
    ]],
  ])('reports %s', (_, podSpec, expected) => {
    expect(lint(podSpec)).toEqual(expected);
  });

  it('reports an invalid template label, and leaves workloadRef Rollouts and selector-less patches without containers alone', () => {
    expect(lint('{containers: [{name: web, image: web}]}', [], '{app: web, "bad key!": x}')).toEqual([`r.yaml:7:35 pod-template-invalid spec.template.metadata.labels.bad key! is not a valid label (key 'bad key!')${REFUSED}`]);
    const patch = yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web}', 'spec:', '  template: {metadata: {annotations: {restarted: "1"}}}');
    const workload = yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web}', 'spec:', '  workloadRef: {apiVersion: apps/v1, kind: Deployment, name: web}', '  template: {spec: {restartPolicy: Never}}');
    expect(lintSnippet({ 'p.yaml': patch, 'w.yaml': workload }, RULE)).toEqual([]);
  });
});
