import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { assertInteger } from '../core/validate/assertInteger';
import { currencyMinorDigits } from './currencyMinorDigits';
import type { MoneyOptions } from './types';

/**
 * The number of minor digits named by `options` (`minorDigits`, else the `currency`'s, else 2); throws
 * `INVALID_ARGUMENT` when they are out of range or disagree. @internal
 */
export function resolveMinorDigits(fn: string, options: MoneyOptions | undefined): number {
  const fromCurrency = options?.currency === undefined ? undefined : currencyMinorDigits(options.currency, fn);
  const given = options?.minorDigits;
  if (given === undefined) return fromCurrency ?? 2;
  assertInteger(fn, 'options.minorDigits', given, 0, 15);
  if (fromCurrency !== undefined && fromCurrency !== given) {
    throw new InvalidArgumentError(
      fn,
      'options.minorDigits',
      `must agree with currency ${options?.currency} (${fromCurrency} minor digits)`,
      given,
    );
  }
  return given;
}
