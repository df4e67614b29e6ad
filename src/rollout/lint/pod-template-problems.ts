import { isDnsLabel, isLabelKey, isLabelValue, isPortName } from './label-syntax.js';
import type { FieldPath } from './manifest.js';
import { asList, asRecord, asString, isRecord } from './plain-data.js';

/** One thing Kubernetes' ReplicaSet pod template validation refuses, at a field of the template. */
export interface PodTemplateProblem {
  path: FieldPath;
  problem: string;
  suggestion: string;
}

/** The values Kubernetes accepts where the lint checks an enumeration (unset is fine: the API server defaults it). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  imagePullPolicy: ['Always', 'IfNotPresent', 'Never'],
  terminationMessagePolicy: ['File', 'FallbackToLogsOnError'],
  protocol: ['TCP', 'UDP', 'SCTP'],
  dnsPolicy: ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'],
};

const isPort = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535;
/** What is wrong with a port number: out of range, or (a quoted "8080") not a number at all, which the API refuses too. */
const portText = (value: unknown): string => (typeof value === 'number' ? `${value}, outside 1-65535` : `${JSON.stringify(value)}, not a whole number`);

/**
 * The checks of Kubernetes' ValidatePodTemplateSpecForReplicaSet that the Rollout controller runs on spec.template
 * (after defaulting, so unset enumerations are fine), as far as they can be told from the manifest: the template's
 * labels, containers (present, named, unique, with an image; ports, volume mounts, probe thresholds, policies),
 * volumes, a restartPolicy of Always and no activeDeadlineSeconds. `requireContainers` is false for a Rollout that
 * may be a patch (no selector), whose containers come from elsewhere.
 */
export function podTemplateProblems(template: Record<string, unknown>, requireContainers: boolean): PodTemplateProblem[] {
  const base: FieldPath = ['spec', 'template'];
  const problems: PodTemplateProblem[] = [];
  const add = (path: FieldPath, problem: string, suggestion: string) => problems.push({ path, problem, suggestion });
  for (const [key, value] of Object.entries(asRecord(asRecord(template.metadata).labels))) {
    const valueText = value === null || value === undefined ? '' : String(value);
    if (!isLabelKey(key) || !isLabelValue(valueText)) add([...base, 'metadata', 'labels', key], `is not a valid label (${!isLabelKey(key) ? `key '${key}'` : `value '${valueText}'`})`, 'Use label keys of up to 63 letters, digits, "-", "_" and "." (with an optional DNS prefix and "/"), and values like them.');
  }
  const spec = asRecord(template.spec);
  const specPath = [...base, 'spec'];
  const volumes = new Set<string>();
  asList(spec.volumes).forEach((volume, index) => {
    const name = asString(asRecord(volume).name) ?? '';
    const path = [...specPath, 'volumes', index, 'name'];
    if (!isDnsLabel(name)) add(path, name === '' ? 'is missing' : `'${name}' is not a valid volume name (a DNS-1123 label)`, 'Name the volume with lowercase letters, digits and "-".');
    else if (volumes.has(name)) add(path, `'${name}' names a second volume`, 'Give every volume its own name.');
    volumes.add(name);
  });
  const containers = asList(spec.containers);
  if (containers.length === 0 && requireContainers) add(specPath, 'has no containers', 'Add spec.template.spec.containers with at least one container.');
  const names = new Set<string>();
  for (const list of ['initContainers', 'containers'] as const) {
    asList(spec[list]).forEach((container, index) => problems.push(...containerProblems(asRecord(container), [...specPath, list, index], names, volumes)));
  }
  if (asList(spec.ephemeralContainers).length > 0) add([...specPath, 'ephemeralContainers'], 'is set; ephemeral containers are not allowed in a pod template', 'Remove ephemeralContainers: they are added to running pods with kubectl debug.');
  if (spec.restartPolicy !== undefined && spec.restartPolicy !== 'Always') add([...specPath, 'restartPolicy'], `is ${String(spec.restartPolicy)}; a ReplicaSet's pods must restart Always`, 'Remove restartPolicy, or set it to Always.');
  if (spec.activeDeadlineSeconds !== undefined && spec.activeDeadlineSeconds !== null) add([...specPath, 'activeDeadlineSeconds'], "is set; a ReplicaSet's pods cannot have a deadline", 'Remove activeDeadlineSeconds.');
  if (spec.dnsPolicy !== undefined && !ALLOWED.dnsPolicy.includes(String(spec.dnsPolicy))) add([...specPath, 'dnsPolicy'], `is ${String(spec.dnsPolicy)}, none of ${ALLOWED.dnsPolicy.join(', ')}`, `Use one of ${ALLOWED.dnsPolicy.join(', ')}.`);
  return problems;
}

/** One container: name (unique across init and regular containers), image, policies, ports, mounts, probes. */
function containerProblems(container: Record<string, unknown>, path: FieldPath, names: Set<string>, volumes: ReadonlySet<string>): PodTemplateProblem[] {
  const problems: PodTemplateProblem[] = [];
  const add = (at: FieldPath, problem: string, suggestion: string) => problems.push({ path: at, problem, suggestion });
  const name = asString(container.name) ?? '';
  if (!isDnsLabel(name)) add([...path, 'name'], name === '' ? 'is missing' : `'${name}' is not a valid container name (a DNS-1123 label)`, 'Name the container with lowercase letters, digits and "-".');
  else if (names.has(name)) add([...path, 'name'], `'${name}' names a second container of the pod`, 'Give every container, init containers included, its own name.');
  names.add(name);
  if (!asString(container.image)) add(path, 'has no image', 'Set the container image.');
  for (const policy of ['imagePullPolicy', 'terminationMessagePolicy'] as const) {
    const value = container[policy];
    if (value !== undefined && !ALLOWED[policy].includes(String(value))) add([...path, policy], `is ${String(value)}, none of ${ALLOWED[policy].join(', ')}`, `Use one of ${ALLOWED[policy].join(', ')}.`);
  }
  const portNames = new Set<string>();
  asList(container.ports).forEach((item, index) => {
    const port = asRecord(item);
    const at = [...path, 'ports', index];
    const portName = asString(port.name);
    if (portName !== undefined && portName !== '') {
      if (!isPortName(portName)) add([...at, 'name'], `'${portName}' is not a valid port name (up to 15 lowercase letters, digits and "-", with a letter)`, 'Shorten or rename the port.');
      else if (portNames.has(portName)) add([...at, 'name'], `'${portName}' names a second port of the container`, 'Give every port of a container its own name.');
      portNames.add(portName);
    }
    if (!isPort(port.containerPort)) add(at, port.containerPort === undefined ? 'has no containerPort' : `has containerPort ${portText(port.containerPort)}`, 'Set containerPort to the port the container listens on.');
    if (port.hostPort !== undefined && port.hostPort !== 0 && !isPort(port.hostPort)) add([...at, 'hostPort'], `is ${portText(port.hostPort)}`, 'Set hostPort within 1-65535, or remove it.');
    if (port.protocol !== undefined && !ALLOWED.protocol.includes(String(port.protocol))) add([...at, 'protocol'], `is ${String(port.protocol)}, none of ${ALLOWED.protocol.join(', ')}`, `Use one of ${ALLOWED.protocol.join(', ')}.`);
  });
  const mountPaths = new Set<string>();
  asList(container.volumeMounts).forEach((item, index) => {
    const mount = asRecord(item);
    const at = [...path, 'volumeMounts', index];
    const volume = asString(mount.name) ?? '';
    if (!volumes.has(volume)) add([...at, 'name'], `'${volume}' names no volume of spec.template.spec.volumes`, 'Add the volume to spec.template.spec.volumes, or correct the name.');
    const mountPath = asString(mount.mountPath) ?? '';
    if (mountPath === '') add(at, 'has no mountPath', 'Set mountPath.');
    else if (mountPaths.has(mountPath)) add([...at, 'mountPath'], `'${mountPath}' is mounted twice in the container`, 'Mount each path once.');
    mountPaths.add(mountPath);
  });
  for (const probe of ['livenessProbe', 'startupProbe'] as const) {
    const threshold = isRecord(container[probe]) ? container[probe].successThreshold : undefined;
    if (threshold !== undefined && threshold !== 1) add([...path, probe, 'successThreshold'], `is ${String(threshold)}; a ${probe} succeeds on one success, so it must be 1`, 'Set successThreshold: 1, or remove it.');
  }
  return problems;
}
