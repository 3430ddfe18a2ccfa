import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { TimingCustomer } from './types';
import { validateTimingCustomer } from './validateTimingCustomer';

/**
 * Applies a per-customer computation that needs `litt` to one customer (a number) or to each customer of an
 * array (a new array), validating each customer first. @internal
 */
export function mapTimingCustomers(
  fn: string,
  k: number,
  input: TimingCustomer | readonly TimingCustomer[],
  compute: (x: number, tx: number, T: number, litt: number) => number,
): number | number[] {
  if (Array.isArray(input)) {
    const list = input as readonly TimingCustomer[];
    const out = new Array<number>(list.length);
    for (let i = 0; i < list.length; i++) {
      const c = list[i] as TimingCustomer;
      const litt = validateTimingCustomer(fn, 'customers', c, k, i);
      out[i] = compute(c.frequency, c.recency, c.T, litt);
    }
    return out;
  }
  if (input === null || typeof input !== 'object') {
    throw new InvalidArgumentError(fn, 'customer', 'must be an object { frequency, recency, T, litt } or an array', input);
  }
  const c = input as TimingCustomer;
  const litt = validateTimingCustomer(fn, 'customer', c, k);
  return compute(c.frequency, c.recency, c.T, litt);
}
