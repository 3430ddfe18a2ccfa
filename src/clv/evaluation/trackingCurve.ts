import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { assertInteger } from '../../core/validate/assertInteger';

/** A customer as {@link trackingCurve} reads it: birth and repeat-purchase times on one global clock. */
export interface TrackedCustomer {
  /** Time of the first purchase, in model time units since the global origin. */
  readonly birth: number;
  /** Times of the repeat purchases (after `birth`), same clock; may extend beyond calibration. */
  readonly repeatTimes: readonly number[];
}

/** One period of {@link trackingCurve}. */
export interface TrackingPoint {
  /** End of the period, `origin + k · periodLength`. */
  readonly end: number;
  /** Repeat purchases observed in the period. */
  readonly actual: number;
  /** Repeat purchases expected in the period. */
  readonly expected: number;
  /** Repeat purchases observed up to `end`. */
  readonly actualCumulative: number;
  /** Repeat purchases expected up to `end`, `Σ_i E[X(end − birth_i)]` over customers born before `end`. */
  readonly expectedCumulative: number;
}

/**
 * Tracking curve: expected versus actual repeat transactions of a cohort, period by period, cumulative and
 * incremental — the classic calibration/holdout plot of BTYD models.
 *
 * @remarks
 * The actual curve counts repeat purchases with time ≤ `end`; the model curve is
 * `Σ_i E[X(end − birth_i)]` over customers born before `end`, with the model's unconditional expectation
 * `E[X(t)]` (e.g. `(t) => bgNbd.expectedPurchases(params, t)`); Fader, Hardie & Lee (2005a), Fig. 1.
 * Customers sharing a birth time share one evaluation of `E[X]`. O(periods · distinct births + purchases
 * · log purchases).
 *
 * @param customers - `{ birth, repeatTimes }` per customer, model time units on a common clock
 * @param expectedPurchases - `t => E[X(t)]`, non-decreasing, 0 at `t = 0`
 * @param options - `periods` (an integer ≥ 1), `periodLength` (> 0, default 1) and `origin` (default 0)
 * @returns One point per period
 * @throws `INVALID_ARGUMENT` when a time is not finite, a repeat time precedes its birth, an option is out
 *   of range, or `expectedPurchases` returns a negative or non-finite value.
 * @throws `EMPTY_INPUT` when `customers` is empty.
 * @example
 * ```ts
 * const curve = trackingCurve(
 *   [{ birth: 0, repeatTimes: [0.5, 1.5] }, { birth: 1, repeatTimes: [] }],
 *   (t) => 0.5 * t,
 *   { periods: 2 },
 * );
 * curve.map((p) => [p.actualCumulative, p.expectedCumulative]); // [[1, 0.5], [2, 1.5]]
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: an
 * alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284. https://doi.org/10.1287/mksc.1040.0098
 */
export function trackingCurve(
  customers: readonly TrackedCustomer[],
  expectedPurchases: (t: number) => number,
  options: { readonly periods: number; readonly periodLength?: number; readonly origin?: number },
): TrackingPoint[] {
  const fn = 'trackingCurve';
  if (!Array.isArray(customers)) throw new InvalidArgumentError(fn, 'customers', 'must be an array', customers);
  if (customers.length === 0) throw new EmptyInputError(fn, 'customers');
  if (typeof expectedPurchases !== 'function') {
    throw new InvalidArgumentError(fn, 'expectedPurchases', 'must be a function t => E[X(t)]', expectedPurchases);
  }
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object { periods }', options);
  assertInteger(fn, 'options.periods', options.periods, 1, 1_000_000);
  const length = options.periodLength ?? 1;
  if (typeof length !== 'number' || !Number.isFinite(length) || length <= 0) {
    throw new InvalidArgumentError(fn, 'options.periodLength', 'must be a finite number greater than 0', length);
  }
  const origin = options.origin ?? 0;
  if (typeof origin !== 'number' || !Number.isFinite(origin)) {
    throw new InvalidArgumentError(fn, 'options.origin', 'must be a finite number', origin);
  }
  const births = new Map<number, number>();
  const times: number[] = [];
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i] as TrackedCustomer;
    if (c === null || typeof c !== 'object' || !Array.isArray(c.repeatTimes)) {
      throw new InvalidArgumentError(fn, `customers[${i}]`, 'must be { birth, repeatTimes }', c);
    }
    if (typeof c.birth !== 'number' || !Number.isFinite(c.birth)) {
      throw new InvalidArgumentError(fn, `customers[${i}].birth`, 'must be a finite number', c.birth);
    }
    births.set(c.birth, (births.get(c.birth) ?? 0) + 1);
    for (let j = 0; j < c.repeatTimes.length; j++) {
      const t = c.repeatTimes[j];
      if (typeof t !== 'number' || !Number.isFinite(t) || t < c.birth) {
        throw new InvalidArgumentError(fn, `customers[${i}].repeatTimes[${j}]`, `must be a finite time at least birth (${c.birth})`, t);
      }
      times.push(t);
    }
  }
  times.sort((a, b) => a - b);
  const points: TrackingPoint[] = [];
  let cursor = 0;
  let previousActual = 0;
  let previousExpected = 0;
  for (let k = 1; k <= options.periods; k++) {
    const end = origin + k * length;
    while (cursor < times.length && (times[cursor] as number) <= end) cursor++;
    let expected = 0;
    for (const [birth, count] of births) {
      if (birth >= end) continue;
      const e = expectedPurchases(end - birth);
      if (typeof e !== 'number' || !Number.isFinite(e) || e < 0) {
        throw new InvalidArgumentError(fn, 'expectedPurchases', `must return a finite number at least 0 (at t = ${end - birth})`, e);
      }
      expected += count * e;
    }
    points.push({
      end,
      actual: cursor - previousActual,
      expected: expected - previousExpected,
      actualCumulative: cursor,
      expectedCumulative: expected,
    });
    previousActual = cursor;
    previousExpected = expected;
  }
  return points;
}
