/**
 * A dryRun or measurementRetention `metricName` is a Go regular expression, matched unanchored against each metric
 * name (`total` matches `total-errors`). Returns the compiled pattern, or undefined when it does not compile — as
 * `*` does not: the controller then matches nothing with it. Go's `(?P<name>` group syntax is read as JavaScript's.
 */
export function compileMetricNameRule(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern.replace(/\(\?P</g, '(?<'));
  } catch {
    return undefined;
  }
}
