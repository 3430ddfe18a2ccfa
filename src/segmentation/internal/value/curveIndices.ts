/** Shares within this distance of an integer count (q·N) count as that integer. @internal */
const COUNT_TOLERANCE = 1e-9;

/** `⌈qN⌉` with q·N within 1e-9 of an integer taken as that integer (so 0.2 × 10 is 2, not 3). @internal */
export function ceilCount(q: number, n: number): number {
  const x = q * n;
  const r = Math.round(x);
  return Math.abs(x - r) <= COUNT_TOLERANCE * Math.max(1, x) ? r : Math.ceil(x);
}

/**
 * The ranks `k` (0..n) at which a curve of n customers is drawn: all n + 1 when they fit in `maxPoints`,
 * else `maxPoints − 1` evenly spaced ranks (first and last included) plus the `keep` ranks. @internal
 */
export function curveIndices(n: number, maxPoints: number, keep: readonly number[]): number[] {
  if (n + 1 <= maxPoints) return Array.from({ length: n + 1 }, (_, k) => k);
  const steps = maxPoints - 2;
  const set = new Set<number>(keep);
  for (let i = 0; i <= steps; i++) set.add(Math.round((i * n) / steps));
  return [...set].sort((a, b) => a - b);
}
