const REDACTED = '[redacted]';

/**
 * Replaces every secret in a text. Longest first, so a password that contains a shorter one is never left half
 * shown. Used on every message that could echo what the server or the driver was given.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  return [...secrets].sort((a, b) => b.length - a.length).reduce((redacted, secret) => redacted.split(secret).join(REDACTED), text);
}
