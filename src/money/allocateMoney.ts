import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { assertNonEmpty } from '../core/validate/assertNonEmpty';
import { formatMinor } from './formatMinor';
import { MoneyDecimal } from './moneyDecimal';
import { resolveMinorDigits } from './resolveMinorDigits';
import { toDecimal } from './toDecimal';
import type { MoneyOptions } from './types';

/**
 * Splits a total into parts proportional to weights, in whole minor units, so that the parts add up to
 * the total exactly (no cent lost or created).
 *
 * @remarks
 * Largest-remainder (Hamilton) method in exact integer arithmetic: with the total `T` in minor units and
 * weights `w_i` (read as their shortest decimals and scaled to integers), each part first gets
 * `⌊T·w_i / Σw⌋` (towards zero for a negative total); the minor units left over, fewer than the number of
 * parts, go one each to the parts with the largest remainders, ties to the earlier part. Zero weights get
 * zero. O(n log n).
 *
 * @param total - The amount to split, a finite number or a decimal string with at most `minorDigits`
 *   decimals.
 * @param weights - Non-negative finite weights, at least one positive.
 * @param options - `currency` or `minorDigits` (default 2).
 * @returns One decimal string per weight, summing exactly to `total`.
 * @throws `INVALID_ARGUMENT` when `total` is not a finite number or a decimal string or has more decimals
 *   than the currency.
 * @throws `EMPTY_INPUT` when `weights` is empty.
 * @throws `INVALID_ARGUMENT` when a weight is negative or not finite, or all weights are zero.
 * @throws `INVALID_ARGUMENT` when `currency` is unknown or `minorDigits` is not an integer 0–15.
 * @example
 * ```ts
 * allocateMoney(100, [1, 1, 1]); // ['33.34', '33.33', '33.33']
 * allocateMoney('0.05', [0.3, 0.7]); // ['0.02', '0.03']
 * allocateMoney(-10, [1, 2], { currency: 'JPY' }); // ['-3', '-7']
 * ```
 * @see Balinski, M. L. & Young, H. P. (2001). Fair Representation: Meeting the Ideal of One Man, One
 * Vote (2nd ed.). Brookings Institution Press (Hamilton's method).
 */
export function allocateMoney(total: number | string, weights: readonly number[], options?: MoneyOptions): string[] {
  const fn = 'allocateMoney';
  const minorDigits = resolveMinorDigits(fn, options);
  const totalDecimal = toDecimal(fn, 'total', total);
  if (totalDecimal.decimalPlaces() > minorDigits) {
    throw new InvalidArgumentError(fn, 'total', `must have at most ${minorDigits} decimal places`, total);
  }
  assertNonEmpty(fn, 'weights', weights);
  let places = 0;
  const decimals = Array.from(weights, (w, i) => {
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      throw new InvalidArgumentError(fn, `weights[${i}]`, 'must be a finite number ≥ 0', w);
    }
    const d = new MoneyDecimal(String(w));
    places = Math.max(places, d.decimalPlaces());
    return d;
  });
  const scaled = decimals.map((d) => BigInt(d.times(`1e${places}`).toFixed(0)));
  const sum = scaled.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new InvalidArgumentError(fn, 'weights', 'must have a positive sum', weights);
  const minor = BigInt(totalDecimal.times(`1e${minorDigits}`).toFixed(0));
  const sign = minor < 0n ? -1n : 1n;
  const magnitude = minor * sign;
  const parts = scaled.map((w) => (magnitude * w) / sum);
  const remainders = scaled.map((w) => (magnitude * w) % sum);
  let left = magnitude - parts.reduce((a, b) => a + b, 0n);
  const order = parts.map((_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    return ra === rb ? a - b : rb > ra ? 1 : -1;
  });
  for (let k = 0; left > 0n; k++, left--) {
    const i = order[k] as number;
    parts[i] = (parts[i] as bigint) + 1n;
  }
  return parts.map((p) => formatMinor(p * sign, minorDigits));
}
