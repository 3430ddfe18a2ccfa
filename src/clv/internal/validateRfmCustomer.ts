import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { RfmCustomer } from '../types';

/**
 * Checks one continuous-time customer summary: integer `0 ≤ frequency ≤ 2^53 − 1`, finite `0 ≤ recency ≤ T`,
 * `recency = 0` when `frequency = 0`, and a finite non-negative `weight` when one is given.
 *
 * @remarks
 * The valid case is checked first without building any string, so validating a million customers
 * allocates nothing; the path `argument[index]` is only built for the error message.
 *
 * @param fn - Public function name for the error message.
 * @param argument - Path of the customer, e.g. `data` (with `index`) or `customer`.
 * @param customer - The customer.
 * @param index - Index of the customer in its array, appended to `argument` as `[index]` when given.
 * @throws InvalidArgumentError naming the field, rule and value of the first violation.
 * @internal
 */
export function validateRfmCustomer(fn: string, argument: string, customer: RfmCustomer, index?: number): void {
  if (customer !== null && typeof customer === 'object') {
    const { frequency, recency, T, weight } = customer;
    if (
      typeof frequency === 'number' &&
      Number.isSafeInteger(frequency) &&
      frequency >= 0 &&
      typeof T === 'number' &&
      Number.isFinite(T) &&
      T >= 0 &&
      typeof recency === 'number' &&
      Number.isFinite(recency) &&
      recency >= 0 &&
      recency <= T &&
      (frequency !== 0 || recency === 0) &&
      (weight === undefined || (typeof weight === 'number' && Number.isFinite(weight) && weight >= 0))
    ) {
      return;
    }
  }
  if (index !== undefined) argument = `${argument}[${index}]`;
  if (customer === null || typeof customer !== 'object') {
    throw new InvalidArgumentError(fn, argument, 'must be an object { frequency, recency, T }', customer);
  }
  const { frequency, recency, T } = customer;
  if (typeof frequency !== 'number' || !Number.isInteger(frequency) || frequency < 0) {
    throw new InvalidArgumentError(fn, `${argument}.frequency`, 'must be an integer at least 0', frequency);
  }
  if (frequency > Number.MAX_SAFE_INTEGER) {
    // Past 2^53 a count is not exact in float64 (and near 1e308 the likelihoods' x ln x overflows to NaN).
    throw new InvalidArgumentError(fn, `${argument}.frequency`, `must be at most 2^53 − 1 (${Number.MAX_SAFE_INTEGER}; a larger count is not exact in float64: check the data)`, frequency);
  }
  if (typeof T !== 'number' || !Number.isFinite(T) || T < 0) {
    throw new InvalidArgumentError(fn, `${argument}.T`, 'must be a finite number at least 0', T);
  }
  if (typeof recency !== 'number' || !Number.isFinite(recency) || recency < 0) {
    throw new InvalidArgumentError(fn, `${argument}.recency`, 'must be a finite number at least 0', recency);
  }
  if (recency > T) throw new InvalidArgumentError(fn, `${argument}.recency`, `must be at most T (${T})`, recency);
  if (frequency === 0 && recency !== 0) {
    throw new InvalidArgumentError(fn, `${argument}.recency`, 'must be 0 when frequency is 0', recency);
  }
  const weight = customer.weight;
  if (weight !== undefined && (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0)) {
    throw new InvalidArgumentError(fn, `${argument}.weight`, 'must be a finite number at least 0', weight);
  }
}
