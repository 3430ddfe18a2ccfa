import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { DECIMAL_ROUNDING } from './moneyDecimal';
import { resolveMinorDigits } from './resolveMinorDigits';
import { toDecimal } from './toDecimal';
import type { MoneyOptions, RoundingMode } from './types';

/** Options of {@link roundMoney}. */
export interface RoundMoneyOptions extends MoneyOptions {
  /** Rounding mode (default `'half-even'`). */
  readonly mode?: RoundingMode;
}

/**
 * Rounds an amount to the minor unit of its currency and returns it as an exact decimal string.
 *
 * @remarks
 * Decimal rounding in decimal.js, not float rounding: a number is first read as the shortest decimal
 * that round-trips to it, so `2.675` is the tie 2.675 (unlike `(2.675).toFixed(2)`, which sees the binary
 * value 2.67499999… and gives `'2.67'`). The default mode, half-even (banker's rounding), sends ties to
 * the even neighbour and so has no bias when many amounts are rounded; `'half-up'` sends ties away from
 * zero (2.345 → 2.35, −2.345 → −2.35). See {@link RoundingMode} for all modes. O(digits).
 *
 * @param value - A finite number or a decimal string (e.g. a share of a total, an interest amount).
 * @param options - `currency` or `minorDigits` (default 2) and the rounding `mode` (default `'half-even'`).
 * @returns The rounded amount with exactly `minorDigits` decimals, e.g. `'2.68'` (no `-` on zero).
 * @throws `INVALID_ARGUMENT` when `value` is not a finite number or a decimal string.
 * @throws `INVALID_ARGUMENT` when `mode` is not a rounding mode.
 * @throws `INVALID_ARGUMENT` when `currency` is unknown or `minorDigits` is not an integer 0–15.
 * @example
 * ```ts
 * roundMoney(2.345); // '2.34' (half-even: the tie goes to the even 4)
 * roundMoney(2.345, { mode: 'half-up' }); // '2.35'
 * roundMoney(2.675, { mode: 'half-up' }); // '2.68'
 * roundMoney('-0.125', { mode: 'half-up' }); // '-0.13'
 * roundMoney(1234.5, { currency: 'JPY' }); // '1234'
 * roundMoney('1.23456', { currency: 'KWD' }); // '1.235'
 * ```
 * @see IEEE 754-2019, §4.3 (roundTiesToEven and roundTiesToAway).
 */
export function roundMoney(value: number | string, options?: RoundMoneyOptions): string {
  const fn = 'roundMoney';
  const minorDigits = resolveMinorDigits(fn, options);
  const modeName = options?.mode ?? 'half-even';
  const mode = DECIMAL_ROUNDING[modeName];
  if (mode === undefined) throw new InvalidArgumentError(fn, 'options.mode', 'must be a rounding mode such as half-even', modeName);
  const rounded = toDecimal(fn, 'value', value).toDecimalPlaces(minorDigits, mode);
  return (rounded.isZero() ? rounded.abs() : rounded).toFixed(minorDigits);
}
