/**
 * Why a `metadata…` fieldPath cannot be read from an object, as Kubernetes' downward-API field paths are read (the
 * controller resolves an analysis arg's `valueFrom.fieldRef` on the Rollout that way), or undefined when it can.
 * Readable: metadata.name, .namespace, .uid, .labels, .annotations, and one label or annotation by
 * `metadata.labels['key']` with a qualified name as the key.
 */
export function metadataFieldPathProblem(fieldPath: string): string | undefined {
  const subscripted = /^(.+?)\['(.*)'\]$/s.exec(fieldPath);
  if (subscripted) {
    const [, path, key] = subscripted;
    if (path !== 'metadata.labels' && path !== 'metadata.annotations') return `${path} takes no ['key'] subscript; only metadata.labels and metadata.annotations do`;
    // Annotation keys are compared lower-cased, as the downward API does.
    const problem = qualifiedNameProblem(path === 'metadata.annotations' ? key.toLowerCase() : key);
    return problem === undefined ? undefined : `the key '${key}' ${problem}`;
  }
  if (['metadata.name', 'metadata.namespace', 'metadata.uid', 'metadata.labels', 'metadata.annotations'].includes(fieldPath)) return undefined;
  return 'it is not one of metadata.name, metadata.namespace, metadata.uid, metadata.labels, metadata.annotations or metadata.labels/annotations[\'key\']';
}

const NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Kubernetes' qualified name: an optional DNS-subdomain prefix and '/', then a name of at most 63 characters. */
function qualifiedNameProblem(key: string): string | undefined {
  const parts = key.split('/');
  if (parts.length > 2) return 'is not a qualified name (at most one /)';
  const name = parts[parts.length - 1];
  if (parts.length === 2 && (parts[0].length === 0 || parts[0].length > 253 || !DNS_SUBDOMAIN.test(parts[0]))) return 'has a prefix that is not a DNS subdomain';
  if (name.length === 0 || name.length > 63 || !NAME.test(name)) return 'is not a qualified name (letters, digits, -, _ and ., at most 63, starting and ending with a letter or digit)';
  return undefined;
}
