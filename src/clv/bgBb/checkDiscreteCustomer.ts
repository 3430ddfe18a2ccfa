import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { DiscreteCustomer } from '../types';

/**
 * Most opportunities `n` the BG/BB functions accept: their sums over opportunities run in O(n), so a
 * limit keeps every call bounded (about a second at the limit), 100 times the frequencies the models
 * promise. @internal
 */
export const MAX_OPPORTUNITIES = 1_000_000;

/**
 * Throws `INVALID_ARGUMENT` unless `customer` is a valid BG/BB history: integers `1 ≤ n ≤ 1,000,000`,
 * `0 ≤ frequency ≤ recency ≤ n`, `recency = 0` exactly when `frequency = 0`, and (when `withWeight`) a
 * finite weight ≥ 0. `path` names the customer in the message, e.g. `data[12]`.
 * @internal
 */
export function checkDiscreteCustomer(fn: string, path: string, customer: DiscreteCustomer, withWeight = false): void {
  if (customer === null || typeof customer !== 'object') {
    throw new InvalidArgumentError(fn, path, 'must be an object { frequency, recency, n }', customer);
  }
  const { frequency: x, recency: tx, n } = customer;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_OPPORTUNITIES) {
    throw new InvalidArgumentError(fn, `${path}.n`, 'must be an integer 1-1000000 (the supported range)', n);
  }
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x > n) {
    throw new InvalidArgumentError(fn, `${path}.frequency`, `must be an integer 0-n (n = ${n})`, x);
  }
  if (typeof tx !== 'number' || !Number.isInteger(tx) || tx < 0 || tx > n) {
    throw new InvalidArgumentError(fn, `${path}.recency`, `must be an integer 0-n (n = ${n})`, tx);
  }
  if (x === 0 ? tx !== 0 : tx < x) {
    throw new InvalidArgumentError(
      fn,
      `${path}.recency`,
      x === 0 ? 'must be 0 when frequency is 0' : `must be at least frequency (${x})`,
      tx,
    );
  }
  if (withWeight && customer.weight !== undefined) {
    const w = customer.weight;
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      throw new InvalidArgumentError(fn, `${path}.weight`, 'must be a finite number at least 0', w);
    }
  }
}
