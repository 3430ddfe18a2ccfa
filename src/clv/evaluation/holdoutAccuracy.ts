import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { correlation as pearson } from '../../core/stats/correlation';
import { scaleOfLargest } from '../../core/stats/internal/scaleOfLargest';
import { neumaierSum } from '../../core/stats/neumaierSum';
import { assertOptions } from '../../core/validate/assertOptions';

/** Mean predicted and actual holdout purchases of the customers with one calibration frequency. */
export interface FrequencyGroupAccuracy {
  /** Calibration frequency `x` (the last group holds every `x ≥ maxFrequency`). */
  readonly frequency: number;
  /** Label, e.g. `'3'` or `'7+'`. */
  readonly label: string;
  /** Number of customers in the group. */
  readonly customers: number;
  /** Mean predicted holdout purchases. */
  readonly meanPredicted: number;
  /** Mean actual holdout purchases. */
  readonly meanActual: number;
}

/** Result of {@link holdoutAccuracy}. */
export interface HoldoutAccuracy {
  /** Number of customers. */
  readonly customers: number;
  /** Mean absolute error `Σ|ŷ − y|/N`. */
  readonly mae: number;
  /** Root mean squared error `√(Σ(ŷ − y)²/N)`. */
  readonly rmse: number;
  /** Pearson correlation of predicted and actual (`null` when either is constant). */
  readonly correlation: number | null;
  /** Sum of the predictions. */
  readonly totalPredicted: number;
  /** Sum of the actual values. */
  readonly totalActual: number;
  /** `(totalPredicted − totalActual)/totalActual` (`null` when `totalActual = 0`, or so small that the ratio passes 1.8e308). */
  readonly relativeBias: number | null;
  /** Mean predicted and actual by calibration frequency (empty unless `frequencies` is given). */
  readonly byFrequency: FrequencyGroupAccuracy[];
}

const SUM_RULE = 'must sum to a finite number (divide the values by a common factor)';

/** Pearson correlation, each side divided by a power of two near its largest value when that passes 2^500 (the correlation does not change). */
function correlationOf(predicted: readonly number[], actual: readonly number[], largestPredicted: number, largestActual: number): number {
  if (largestPredicted <= 2 ** 500 && largestActual <= 2 ** 500) return pearson(predicted, actual);
  const sp = scaleOfLargest(largestPredicted);
  const sa = scaleOfLargest(largestActual);
  return pearson(predicted.map((v) => v / sp), actual.map((v) => v / sa));
}

/** `(totalPredicted − totalActual)/totalActual`; `null` when `totalActual = 0` or the ratio passes 1.8e308. */
function relativeBiasOf(totalPredicted: number, totalActual: number): number | null {
  if (totalActual === 0) return null;
  let bias = (totalPredicted - totalActual) / totalActual;
  if (!Number.isFinite(bias)) bias = totalPredicted / totalActual - 1; // the difference overflowed
  return Number.isFinite(bias) ? bias : null;
}

/**
 * Calibration-versus-holdout accuracy of per-customer predictions: MAE, RMSE, correlation, aggregate bias,
 * and mean predicted versus actual holdout purchases by calibration frequency.
 *
 * @remarks
 * The standard validation of BTYD models (Fader, Hardie & Lee 2005a, Fig. 3; docs/clv.md, "Evaluation"): fit on a
 * calibration window, predict each customer's holdout purchases with `conditionalExpectedPurchases`
 * (`t` = holdout length), and compare with what they did. Errors are plain averages over customers;
 * totals are compensated sums; the by-frequency table pools every `x ≥ maxFrequency` into one group. Values
 * past 2^500 are divided by a power of two near the largest before squaring (exact), so the RMSE of values up
 * to 1.8e308 is finite and right. O(N).
 *
 * @param predicted - predicted values per customer (finite)
 * @param actual - actual values per customer, same length (finite)
 * @param options - `frequencies` (calibration frequency per customer, integers ≥ 0) and `maxFrequency` (1 to 10,000)
 *   (default 7) for the by-frequency table
 * @returns `{ customers, mae, rmse, correlation, totalPredicted, totalActual, relativeBias, byFrequency }`
 * @throws `INVALID_ARGUMENT` when the arrays differ in length or hold a non-finite value, or a frequency is
 *   not an integer ≥ 0, or `maxFrequency` is not an integer 1 to 10,000, or a total or the mean error
 *   passes 1.8e308 (the largest float64).
 * @throws `EMPTY_INPUT` when there is no customer.
 * @example
 * ```ts
 * const r = holdoutAccuracy([0.5, 1.5, 3], [0, 2, 3], { frequencies: [0, 1, 7] });
 * [r.mae, r.rmse]; // [0.3333333333333333, 0.408248290463863]
 * r.byFrequency.map((g) => g.label); // ['0', '1', '7+']
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: an
 * alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284. https://doi.org/10.1287/mksc.1040.0098
 */
export function holdoutAccuracy(
  predicted: readonly number[],
  actual: readonly number[],
  options: { readonly frequencies?: readonly number[]; readonly maxFrequency?: number } = {},
): HoldoutAccuracy {
  const fn = 'holdoutAccuracy';
  assertOptions(fn, options);
  if (!Array.isArray(predicted)) throw new InvalidArgumentError(fn, 'predicted', 'must be an array', predicted);
  if (!Array.isArray(actual)) throw new InvalidArgumentError(fn, 'actual', 'must be an array', actual);
  const n = predicted.length;
  if (n === 0) throw new EmptyInputError(fn, 'predicted');
  if (actual.length !== n) throw new InvalidArgumentError(fn, 'actual', `must have the length of predicted (${n})`, actual.length);
  const absolute = new Float64Array(n);
  const squared = new Float64Array(n);
  let largestPredicted = 0;
  let largestActual = 0;
  for (let i = 0; i < n; i++) {
    const p = predicted[i];
    const a = actual[i];
    if (typeof p !== 'number' || !Number.isFinite(p)) throw new InvalidArgumentError(fn, `predicted[${i}]`, 'must be a finite number', p);
    if (typeof a !== 'number' || !Number.isFinite(a)) throw new InvalidArgumentError(fn, `actual[${i}]`, 'must be a finite number', a);
    if (p > largestPredicted || -p > largestPredicted) largestPredicted = Math.abs(p);
    if (a > largestActual || -a > largestActual) largestActual = Math.abs(a);
    absolute[i] = Math.abs(p - a);
    squared[i] = (p - a) * (p - a);
  }
  // Values past 2^500 could overflow a square or a difference: they are divided by a power of two near
  // the largest (exact, so the errors keep their digits) and the errors scaled back.
  const largest = Math.max(largestPredicted, largestActual);
  const scale = largest > 2 ** 500 ? scaleOfLargest(largest) : 1;
  if (scale !== 1) {
    for (let i = 0; i < n; i++) {
      const d = (predicted[i] as number) / scale - (actual[i] as number) / scale;
      absolute[i] = Math.abs(d);
      squared[i] = d * d;
    }
  }
  const totalPredicted = neumaierSum(predicted);
  const totalActual = neumaierSum(actual);
  if (!Number.isFinite(totalPredicted)) throw new InvalidArgumentError(fn, 'predicted', SUM_RULE, totalPredicted);
  if (!Number.isFinite(totalActual)) throw new InvalidArgumentError(fn, 'actual', SUM_RULE, totalActual);
  const mae = (neumaierSum(absolute) / n) * scale;
  const rmse = Math.sqrt(neumaierSum(squared) / n) * scale;
  if (!Number.isFinite(mae) || !Number.isFinite(rmse)) {
    throw new InvalidArgumentError(fn, 'predicted', 'must differ from actual by less than 1.8e308 on average, for a finite error (divide both by a common factor)', rmse);
  }
  const r = n > 1 ? correlationOf(predicted, actual, largestPredicted, largestActual) : Number.NaN;
  const byFrequency: FrequencyGroupAccuracy[] = [];
  if (options.frequencies !== undefined) {
    const freq = options.frequencies;
    const maxFrequency = options.maxFrequency ?? 7;
    if (typeof maxFrequency !== 'number' || !Number.isInteger(maxFrequency) || maxFrequency < 1 || maxFrequency > 10_000) {
      throw new InvalidArgumentError(fn, 'options.maxFrequency', 'must be an integer 1-10000', maxFrequency);
    }
    if (!Array.isArray(freq) || freq.length !== n) {
      throw new InvalidArgumentError(fn, 'options.frequencies', `must be an array of ${n} frequencies`, freq);
    }
    const count = new Array<number>(maxFrequency + 1).fill(0);
    const sumP = new Array<number>(maxFrequency + 1).fill(0);
    const sumA = new Array<number>(maxFrequency + 1).fill(0);
    for (let i = 0; i < n; i++) {
      const x = freq[i];
      if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) {
        throw new InvalidArgumentError(fn, `options.frequencies[${i}]`, 'must be an integer at least 0', x);
      }
      const g = Math.min(x, maxFrequency);
      count[g] = (count[g] as number) + 1;
      sumP[g] = (sumP[g] as number) + (predicted[i] as number) / scale;
      sumA[g] = (sumA[g] as number) + (actual[i] as number) / scale;
    }
    for (let g = 0; g <= maxFrequency; g++) {
      const c = count[g] as number;
      if (c === 0) continue;
      byFrequency.push({
        frequency: g,
        label: g === maxFrequency ? `${g}+` : String(g),
        customers: c,
        meanPredicted: ((sumP[g] as number) / c) * scale,
        meanActual: ((sumA[g] as number) / c) * scale,
      });
    }
  }
  return {
    customers: n,
    mae,
    rmse,
    correlation: Number.isFinite(r) ? Math.max(-1, Math.min(1, r)) : null,
    totalPredicted,
    totalActual,
    relativeBias: relativeBiasOf(totalPredicted, totalActual),
    byFrequency,
  };
}
