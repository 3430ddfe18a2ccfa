import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { assertInteger } from '../../core/validate/assertInteger';
import { assertOptions } from '../../core/validate/assertOptions';

/** One row of {@link repeatCountComparison}. */
export interface RepeatCountRow {
  /** Number of repeat purchases (the last row holds every count ≥ `maxCount`). */
  readonly count: number;
  /** Label, e.g. `'2'` or `'7+'`. */
  readonly label: string;
  /** Customers observed with this count (sum of weights). */
  readonly actual: number;
  /** Customers the model expects with this count, `Σ_i w_i P(X(age_i) = count)`. */
  readonly expected: number;
}

/** A customer as {@link repeatCountComparison} reads it: the repeat count and the age (`T`, or `n` for BG/BB). */
export interface RepeatCountCustomer {
  /** Repeat purchases in calibration, an integer ≥ 0. */
  readonly frequency: number;
  /** Age in model time units (continuous-time models). */
  readonly T?: number;
  /** Number of opportunities (BG/BB), used when `T` is absent. */
  readonly n?: number;
  /** Optional count of customers with this record (default 1). */
  readonly weight?: number;
}

/**
 * Actual versus expected number of customers by repeat-purchase count in the calibration window: the
 * histogram check of a purchase model's fit.
 *
 * @remarks
 * `expected(k) = Σ_i w_i P(X(age_i) = k)` for `k < maxCount` and `Σ_i w_i (1 − Σ_{j<maxCount} P(X(age_i) = j))`
 * for the pooled last row, where `P(X(t) = k)` is the model's unconditional pmf at each customer's own
 * age (`T`, or `n` for BG/BB) — Fader, Hardie & Lee (2005a), Fig. 2. Customers of equal age share one pmf
 * evaluation. Pass the pmf as a function so any model fits, e.g.
 * `(t, k) => bgNbd.probabilityOfPurchases(params, k, t)`. O(customers + distinct ages · maxCount) pmf calls.
 *
 * @param customers - `{ frequency, T }` (or `{ frequency, n }`) records, optional `weight`
 * @param probability - `(age, count) => P(X(age) = count)`, in [0, 1]
 * @param options - `maxCount`: first pooled count, an integer 1 to 10,000 (default 7)
 * @returns One row per count `0 … maxCount − 1` and the pooled `maxCount+` row
 * @throws `INVALID_ARGUMENT` when a record is malformed, `maxCount` is not an integer 1 to 10,000, or the
 *   probability function returns a value outside [0, 1].
 * @throws `EMPTY_INPUT` when `customers` is empty.
 * @example
 * ```ts
 * const params = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 };
 * const rows = repeatCountComparison(
 *   [{ frequency: 0, n: 6, weight: 3464 }, { frequency: 6, n: 6, weight: 1203 }],
 *   (n, x) => bgBb.probabilityOfPurchases(params, x, n),
 *   { maxCount: 6 },
 * );
 * rows.map((r) => r.label); // ['0', '1', '2', '3', '4', '5', '6+']
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: an
 * alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284. https://doi.org/10.1287/mksc.1040.0098
 */
export function repeatCountComparison(
  customers: readonly RepeatCountCustomer[],
  probability: (age: number, count: number) => number,
  options: { readonly maxCount?: number } = {},
): RepeatCountRow[] {
  const fn = 'repeatCountComparison';
  assertOptions(fn, options);
  if (!Array.isArray(customers)) throw new InvalidArgumentError(fn, 'customers', 'must be an array', customers);
  if (customers.length === 0) throw new EmptyInputError(fn, 'customers');
  if (typeof probability !== 'function') throw new InvalidArgumentError(fn, 'probability', 'must be a function (age, count) => number', probability);
  const maxCount = options.maxCount ?? 7;
  assertInteger(fn, 'options.maxCount', maxCount, 1, 10_000);
  const actual = new Array<number>(maxCount + 1).fill(0);
  const ages = new Map<number, number>();
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i] as RepeatCountCustomer;
    if (c === null || typeof c !== 'object') throw new InvalidArgumentError(fn, `customers[${i}]`, 'must be an object', c);
    assertInteger(fn, `customers[${i}].frequency`, c.frequency, 0);
    const age = c.T ?? c.n;
    if (typeof age !== 'number' || !Number.isFinite(age) || age < 0) {
      throw new InvalidArgumentError(fn, `customers[${i}].T`, 'must be a finite number at least 0 (or give n)', age);
    }
    const w = c.weight ?? 1;
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      throw new InvalidArgumentError(fn, `customers[${i}].weight`, 'must be a finite number at least 0', w);
    }
    const g = Math.min(c.frequency, maxCount);
    actual[g] = (actual[g] as number) + w;
    ages.set(age, (ages.get(age) ?? 0) + w);
  }
  const expected = new Array<number>(maxCount + 1).fill(0);
  for (const [age, w] of ages) {
    let below = 0;
    for (let k = 0; k < maxCount; k++) {
      const p = probability(age, k);
      if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
        throw new InvalidArgumentError(fn, 'probability', `must return a probability in [0, 1] (at age ${age}, count ${k})`, p);
      }
      expected[k] = (expected[k] as number) + w * p;
      below += p;
    }
    expected[maxCount] = (expected[maxCount] as number) + w * Math.max(0, 1 - below);
  }
  return actual.map((a, k) => ({
    count: k,
    label: k === maxCount ? `${k}+` : String(k),
    actual: a,
    expected: expected[k] as number,
  }));
}
