/** Sizes as people write them in config: a number of bytes, or `512KB`, `1MB` (binary units: 1MB = 1,048,576 bytes). */
const UNIT_BYTES: Record<string, number> = { b: 1, kb: 1024, kib: 1024, mb: 1024 ** 2, mib: 1024 ** 2, gb: 1024 ** 3, gib: 1024 ** 3 };

export function parseSize(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?\s*$/i.exec(value);
  if (!match) return undefined;
  const bytes = Number(match[1]) * UNIT_BYTES[(match[2] ?? 'b').toLowerCase()];
  return bytes > 0 ? Math.floor(bytes) : undefined;
}
