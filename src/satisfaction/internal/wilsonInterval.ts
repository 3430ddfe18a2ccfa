import type { Interval } from '../types';

/**
 * Wilson (1927) score interval for a share `p` observed on `n` (possibly effective, non-integer)
 * respondents: `(p + z²/2n ± z √(p(1−p)/n + z²/4n²)) / (1 + z²/n)`, clamped to [0, 1].
 * @internal
 */
export function wilsonInterval(p: number, n: number, z: number): Interval {
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / (1 + z2n);
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}
