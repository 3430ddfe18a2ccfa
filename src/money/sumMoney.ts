import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { describeMinorUnitsProblem } from './describeMinorUnitsProblem';
import { formatMinor } from './formatMinor';
import { MINOR_LIMIT, parseMinorUnits } from './parseMinorUnits';
import { resolveMinorDigits } from './resolveMinorDigits';
import { toMinorUnits } from './toMinorUnits';
import type { MoneyOptions, MoneyTotal, RoundingMode } from './types';

/** Options of {@link sumMoney}. */
export interface SumMoneyOptions extends MoneyOptions {
  /**
   * Round each amount with more decimals than the currency in this mode before adding. Omitted (the
   * default): such an amount is an error.
   */
  readonly rounding?: RoundingMode;
}

/**
 * Adds money amounts exactly, to the minor unit, however many there are: ten million amounts of 0.10 sum
 * to exactly `'1000000.00'`.
 *
 * @remarks
 * Each amount is converted once to integer minor units (see {@link toMinorUnits}: numbers are read as
 * their shortest round-trip decimal) and the integers are added in float64 while the running total stays
 * below 2^52 in magnitude, where integer addition is exact, and carried into a `bigint` beyond; so the
 * total is exact for any count. Float addition, by contrast, gives `0.1 + 0.2 = 0.30000000000000004` and
 * drifts by cents over millions of rows. Each amount must be below 2^52 minor units. O(n), no allocation
 * per amount.
 *
 * @param amounts - Amounts in major units (dollars): finite numbers or decimal strings.
 * @param options - `currency` or `minorDigits` (default 2); `rounding` to round over-precise amounts.
 * @returns `{ total, value, count, minorDigits }`: the exact total as a decimal string, the same as a
 *   float64, the number of amounts and the minor digits. An empty list sums to zero.
 * @throws `INVALID_ARGUMENT` naming the index of the first amount that is not a finite number or decimal
 *   string, has more decimals than the currency (without `rounding`), or is 2^52 minor units or more.
 * @throws `INVALID_ARGUMENT` when `amounts` is not an array, `currency` is unknown or `minorDigits` is not
 *   an integer 0–15.
 * @example
 * ```ts
 * sumMoney([0.1, 0.2]).total; // '0.30'
 * sumMoney(new Array(10_000_000).fill(0.1)).total; // '1000000.00'
 * sumMoney(['19.99', '-5', 0.01], { currency: 'EUR' }); // { total: '15.00', value: 15, count: 3, minorDigits: 2 }
 * sumMoney(['1.005', '2.0049'], { currency: 'KWD', rounding: 'half-even' }).total; // '3.010'
 * ```
 */
export function sumMoney(amounts: ArrayLike<number | string>, options?: SumMoneyOptions): MoneyTotal {
  const fn = 'sumMoney';
  const minorDigits = resolveMinorDigits(fn, options);
  if (amounts === null || typeof amounts !== 'object' || typeof amounts.length !== 'number') {
    throw new InvalidArgumentError(fn, 'amounts', 'must be an array', amounts);
  }
  const rounding = options?.rounding;
  let small = 0;
  let big = 0n;
  const n = amounts.length;
  for (let i = 0; i < n; i++) {
    const amount = amounts[i] as number | string;
    let minor = parseMinorUnits(amount, minorDigits);
    if (Number.isNaN(minor)) {
      if (rounding === undefined) {
        throw new InvalidArgumentError(fn, `amounts[${i}]`, describeMinorUnitsProblem(amount, minorDigits), amount);
      }
      minor = toMinorUnits(amount, { minorDigits, rounding });
    }
    small += minor;
    if (small >= MINOR_LIMIT || small <= -MINOR_LIMIT) {
      big += BigInt(small);
      small = 0;
    }
  }
  const total = formatMinor(big + BigInt(small), minorDigits);
  return { total, value: Number(total), count: n, minorDigits };
}
