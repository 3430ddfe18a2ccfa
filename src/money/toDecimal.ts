import type Decimal from 'decimal.js';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { MoneyDecimal } from './moneyDecimal';

const DECIMAL = /^ *[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)? *$/;

/**
 * A number (read as its shortest round-trip decimal, so `2.675` is 2.675) or a decimal string as a
 * `Decimal`; throws `INVALID_ARGUMENT` for anything else. @internal
 */
export function toDecimal(fn: string, argument: string, value: unknown): Decimal {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InvalidArgumentError(fn, argument, 'must be a finite number', value);
    return new MoneyDecimal(String(value));
  }
  if (typeof value === 'string' && DECIMAL.test(value)) return new MoneyDecimal(value.trim());
  throw new InvalidArgumentError(fn, argument, 'must be a finite number or a decimal string such as 12.34', value);
}
