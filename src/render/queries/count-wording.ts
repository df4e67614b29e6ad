const GROUPED = new Intl.NumberFormat('en-US');

/** `100,000`: thousands grouped, as the plan findings print their numbers. */
export function grouped(count: number): string {
  return GROUPED.format(count);
}

/** `1 statement`, `12 statements`, `100,000 rows`. */
export function counted(count: number, noun: string): string {
  return `${grouped(count)} ${noun}${count === 1 ? '' : 's'}`;
}
