import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { describeMinorUnitsProblem } from './describeMinorUnitsProblem';
import { DECIMAL_ROUNDING } from './moneyDecimal';
import { MINOR_LIMIT, parseMinorUnits } from './parseMinorUnits';
import { resolveMinorDigits } from './resolveMinorDigits';
import { toDecimal } from './toDecimal';
import type { MoneyOptions, RoundingMode } from './types';

/** Options of {@link toMinorUnits}. */
export interface ToMinorUnitsOptions extends MoneyOptions {
  /**
   * How to round an amount with more decimals than the currency has. Omitted (the default): such an
   * amount is an error, because silently rounding money hides data problems.
   */
  readonly rounding?: RoundingMode;
}

/**
 * Converts an amount to an exact integer number of minor units (cents for USD): `12.34` → `1234`.
 *
 * @remarks
 * A number is read as the shortest decimal that round-trips to it, so `0.1` is ten cents and `2.675` is
 * 2.675 (not the binary value 2.67499999…); a string is read as written (`'12.340'`, `'-5'`, `'1e3'`; `.`
 * is the decimal point; no thousands separators). The conversion is exact, without float rounding:
 * `Math.round(x * 100)` is only used when `result / 100 === x` proves it. The result is a safe integer
 * below 2^52 ≈ 4.5·10^15 in magnitude (45 trillion dollars), the range in which every amount with
 * `minorDigits` decimals has its own float64. O(length of the amount).
 *
 * @param amount - A finite number or a decimal string, in major units (dollars).
 * @param options - `currency` or `minorDigits` (default 2) and an optional `rounding` mode for amounts
 *   with too many decimals.
 * @returns The amount in minor units, an integer with `|result| < 2^52`.
 * @throws `INVALID_ARGUMENT` when `amount` is not a finite number or decimal string.
 * @throws `INVALID_ARGUMENT` when `amount` has more decimals than the currency and no `rounding` is given.
 * @throws `INVALID_ARGUMENT` when the result is 2^52 minor units or more in magnitude.
 * @throws `INVALID_ARGUMENT` when `currency` is unknown or `minorDigits` is not an integer 0–15.
 * @example
 * ```ts
 * toMinorUnits(12.34); // 1234
 * toMinorUnits('0.10', { currency: 'USD' }); // 10
 * toMinorUnits(1500, { currency: 'JPY' }); // 1500
 * toMinorUnits('1.2345', { currency: 'KWD', rounding: 'half-even' }); // 1234
 * toMinorUnits(2.675, { rounding: 'half-up' }); // 268
 * ```
 * @see ISO 4217 for the minor units of currencies.
 */
export function toMinorUnits(amount: number | string, options?: ToMinorUnitsOptions): number {
  const fn = 'toMinorUnits';
  const minorDigits = resolveMinorDigits(fn, options);
  const minor = parseMinorUnits(amount, minorDigits);
  if (!Number.isNaN(minor)) return minor;
  const rounding = options?.rounding;
  if (rounding !== undefined) {
    const mode = DECIMAL_ROUNDING[rounding];
    if (mode === undefined) throw new InvalidArgumentError(fn, 'options.rounding', 'must be a rounding mode such as half-even', rounding);
    const scaled = toDecimal(fn, 'amount', amount).times(`1e${minorDigits}`).toDecimalPlaces(0, mode);
    if (scaled.abs().lt(MINOR_LIMIT)) {
      const result = scaled.toNumber();
      return result === 0 ? 0 : result;
    }
  }
  throw new InvalidArgumentError(fn, 'amount', describeMinorUnitsProblem(amount, minorDigits), amount);
}
