import { neumaierSum } from '../../core/stats/neumaierSum';

/** How a measure is put on a common scale: the mid-rank percentile in (0, 1), or the z-score. */
export type MeasureScale = 'percentile' | 'z';

/**
 * Standardised, oriented scores of one measure's values (higher = more loyal), with the values' mean and
 * standard deviation (`n − 1`; 0 for one value). Percentiles are `(mid-rank − ½)/n`; a z-score is 0 for
 * every value when the standard deviation is 0. @internal
 */
export function standardizeMeasure(
  values: readonly number[],
  scale: MeasureScale,
  direction: 'higher' | 'lower',
): { scores: number[]; mean: number; standardDeviation: number } {
  const n = values.length;
  const mean = n === 0 ? 0 : neumaierSum(values) / n;
  const ss = n < 2 ? 0 : neumaierSum(values.map((v) => (v - mean) * (v - mean)));
  const sd = n < 2 ? 0 : Math.sqrt(ss / (n - 1));
  const sign = direction === 'higher' ? 1 : -1;
  if (scale === 'z') {
    return { scores: values.map((v) => (sd > 0 ? (sign * (v - mean)) / sd : 0)), mean, standardDeviation: sd };
  }
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const percentile = new Array<number>(n);
  for (let lo = 0; lo < n; ) {
    let hi = lo + 1;
    while (hi < n && values[order[hi] as number] === values[order[lo] as number]) hi++;
    const midRank = (lo + 1 + hi) / 2; // ranks lo+1 .. hi share their mean
    const p = (midRank - 0.5) / n;
    for (let j = lo; j < hi; j++) percentile[order[j] as number] = direction === 'higher' ? p : 1 - p;
    lo = hi;
  }
  return { scores: percentile, mean, standardDeviation: sd };
}
