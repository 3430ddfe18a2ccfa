/**
 * Rearranges `a[left..right]` (inclusive) so that `a[k]` holds the value it would hold if that range were
 * sorted ascending, everything before it ≤ it and everything after it ≥ it (Hoare's FIND with Wirth's
 * partition and a median-of-three pivot; many equal values are split evenly). Expected O(right − left).
 * NaN-free input. @internal
 */
export function selectInPlace(a: Float64Array, k: number, left: number, right: number): void {
  let lo = left;
  let hi = right;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const x = a[lo] as number;
    const y = a[mid] as number;
    const z = a[hi] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * The order statistics of `values` at the ascending 0-based `positions`, found by successive selections
 * on one copy (each selection narrows the range of the next): expected O(N × positions) worst, far less
 * than a sort in practice. @internal
 */
export function orderStatistics(values: Float64Array, positions: readonly number[]): Map<number, number> {
  const a = values.slice();
  const out = new Map<number, number>();
  let left = 0;
  for (const p of positions) {
    if (out.has(p)) continue;
    selectInPlace(a, p, left, a.length - 1);
    out.set(p, a[p] as number);
    left = p + 1;
  }
  return out;
}
