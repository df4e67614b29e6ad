/** The label selector to follow by (`--selector`, the `selector` setting); blank counts as none. */
export function rolloutSelector(setting: unknown): string | undefined {
  if (typeof setting !== 'string') return undefined;
  const selector = setting.trim();
  return selector === '' ? undefined : selector;
}
