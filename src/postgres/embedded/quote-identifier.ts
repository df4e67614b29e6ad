/** An identifier as SQL, quoted so mixed case, spaces and reserved words survive: `"Order Lines"`. */
export function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
