import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { SpendCustomer } from '../types';

/**
 * Throws `INVALID_ARGUMENT` unless `customer` has an integer `minFrequency ≤ frequency ≤ 2^53 − 1` and a finite
 * `monetaryValue` (> 0 when `frequency > 0` and `positiveSpend`, ≥ 0 otherwise). @internal
 */
export function checkSpendCustomer(
  fn: string,
  path: string,
  customer: SpendCustomer,
  minFrequency: number,
  positiveSpend: boolean,
): void {
  if (customer === null || typeof customer !== 'object') {
    throw new InvalidArgumentError(fn, path, 'must be an object { frequency, monetaryValue }', customer);
  }
  const { frequency: x, monetaryValue: m } = customer;
  if (typeof x !== 'number' || !Number.isInteger(x) || x < minFrequency) {
    const rule =
      minFrequency >= 1
        ? 'must be an integer at least 1 (the spend model is fitted on repeat buyers only)'
        : 'must be an integer at least 0';
    throw new InvalidArgumentError(fn, `${path}.frequency`, rule, x);
  }
  if (x > Number.MAX_SAFE_INTEGER) {
    throw new InvalidArgumentError(fn, `${path}.frequency`, `must be at most 2^53 − 1 (${Number.MAX_SAFE_INTEGER}; a larger count is not exact in float64: check the data)`, x);
  }
  if (typeof m !== 'number' || !Number.isFinite(m) || m < 0 || (positiveSpend && x > 0 && m === 0)) {
    const rule = positiveSpend ? 'must be a finite number greater than 0' : 'must be a finite number at least 0';
    throw new InvalidArgumentError(fn, `${path}.monetaryValue`, rule, m);
  }
}
