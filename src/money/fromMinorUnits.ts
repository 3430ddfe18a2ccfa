import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { formatMinor } from './formatMinor';
import { resolveMinorDigits } from './resolveMinorDigits';
import type { MoneyOptions } from './types';

/**
 * Formats an integer number of minor units as an exact decimal string: `1234` → `'12.34'`.
 *
 * @remarks
 * Plain digits with `.` as the decimal point and exactly `minorDigits` decimals, a leading `-` for
 * negative amounts, no grouping or currency symbol (format for display with `Intl.NumberFormat`). Takes a
 * `bigint` for totals beyond 2^53. O(digits).
 *
 * @param minor - The amount in minor units: a safe integer `number` or any `bigint`.
 * @param options - `currency` or `minorDigits` (default 2).
 * @returns The amount in major units as a decimal string.
 * @throws `INVALID_ARGUMENT` when `minor` is not a safe integer or a bigint.
 * @throws `INVALID_ARGUMENT` when `currency` is unknown or `minorDigits` is not an integer 0–15.
 * @example
 * ```ts
 * fromMinorUnits(1234); // '12.34'
 * fromMinorUnits(-5); // '-0.05'
 * fromMinorUnits(1500, { currency: 'JPY' }); // '1500'
 * fromMinorUnits(1234n, { currency: 'KWD' }); // '1.234'
 * ```
 */
export function fromMinorUnits(minor: number | bigint, options?: MoneyOptions): string {
  const fn = 'fromMinorUnits';
  const minorDigits = resolveMinorDigits(fn, options);
  if (typeof minor !== 'bigint' && !Number.isSafeInteger(minor)) {
    throw new InvalidArgumentError(fn, 'minor', 'must be a safe integer or a bigint', minor);
  }
  return formatMinor(minor, minorDigits);
}
