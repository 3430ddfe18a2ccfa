import { sortPrefix } from './sortPrefix';

/** Median of the first `n` values of `sorted` (ascending): the mean of the two middle values when `n` is even. @internal */
function medianOfSorted(sorted: Float64Array, n: number): number {
  const h = n >> 1;
  return n % 2 === 1 ? (sorted[h] as number) : ((sorted[h - 1] as number) + (sorted[h] as number)) / 2;
}

/**
 * Median and MAD (median of absolute deviations from the median, unscaled) of `values[0..n)`, sorting
 * `scratch` (its first `n` entries are overwritten); NaN for both when `n` is 0. @internal
 */
export function robustSpread(values: ArrayLike<number>, n: number, scratch: Float64Array): { median: number; mad: number } {
  if (n === 0) return { median: Number.NaN, mad: Number.NaN };
  for (let i = 0; i < n; i++) scratch[i] = values[i] as number;
  sortPrefix(scratch, n);
  const median = medianOfSorted(scratch, n);
  for (let i = 0; i < n; i++) scratch[i] = Math.abs((scratch[i] as number) - median);
  sortPrefix(scratch, n);
  return { median, mad: medianOfSorted(scratch, n) };
}

/** The `rank`-th (0-based) smallest value of a histogram of whole numbers 0..length−1. @internal */
function ranked(histogram: Float64Array, rank: number): number {
  let seen = 0;
  for (let v = 0; v < histogram.length; v++) {
    seen += histogram[v] as number;
    if (seen > rank) return v;
  }
  return histogram.length - 1;
}

/**
 * Median and MAD of whole numbers given as a histogram (`histogram[v]` = how many equal `v`), in
 * O(total + range): the same values as {@link robustSpread} on the expanded list. @internal
 */
export function robustSpreadOfHistogram(histogram: Float64Array): { median: number; mad: number; count: number } {
  let n = 0;
  for (let v = 0; v < histogram.length; v++) n += histogram[v] as number;
  if (n === 0) return { median: Number.NaN, mad: Number.NaN, count: 0 };
  const h = Math.floor(n / 2);
  const median = n % 2 === 1 ? ranked(histogram, h) : (ranked(histogram, h - 1) + ranked(histogram, h)) / 2;
  // Deviations |v − median| doubled are whole numbers: histogram them.
  const deviations = new Float64Array(2 * histogram.length + 2);
  for (let v = 0; v < histogram.length; v++) {
    const w = histogram[v] as number;
    if (w === 0) continue;
    const at = Math.round(Math.abs(2 * v - 2 * median));
    deviations[at] = (deviations[at] as number) + w;
  }
  const twiceMad = n % 2 === 1 ? ranked(deviations, h) : (ranked(deviations, h - 1) + ranked(deviations, h)) / 2;
  return { median, mad: twiceMad / 2, count: n };
}
