import { studentTCdf } from '../../core/special/studentTCdf';
import { studentTQuantile } from '../../core/special/studentTQuantile';
import type { PairedTest } from '../types';

/**
 * One-sample t test of mean 0 on `values` (the per-respondent differences of a paired design), with
 * the t interval of the mean. Welford moments. With `n < 2` or zero spread, `t` is `null`, the p-value
 * is 1 for a zero mean and 0 otherwise, and the interval collapses to the mean.
 * @internal
 */
export function oneSampleT(values: ArrayLike<number>, level: number): PairedTest {
  const n = values.length;
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    const d = v - mean;
    mean += d / (i + 1);
    m2 += d * (v - mean);
  }
  const df = n - 1;
  const sd = n > 1 ? Math.sqrt(Math.max(0, m2 / df)) : 0;
  const se = n > 0 ? sd / Math.sqrt(n) : 0;
  if (!(se > 0)) {
    return {
      mean,
      standardDeviation: sd,
      standardError: se,
      t: null,
      df,
      pValue: mean === 0 ? 1 : 0,
      interval: { lower: mean, upper: mean },
    };
  }
  const t = mean / se;
  const q = studentTQuantile(1 - (1 - level) / 2, df);
  return {
    mean,
    standardDeviation: sd,
    standardError: se,
    t,
    df,
    pValue: Math.min(1, 2 * studentTCdf(-Math.abs(t), df)),
    interval: { lower: mean - q * se, upper: mean + q * se },
  };
}
