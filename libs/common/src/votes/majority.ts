/** Votes for that carry a motion among `base` (those present, or all voting members): more than half. */
export function majorityOf(base: number): number {
  return Math.floor(base / 2) + 1;
}
