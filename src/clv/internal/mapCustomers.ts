import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { RfmCustomer } from '../types';
import { validateRfmCustomer } from './validateRfmCustomer';

/**
 * Applies a per-customer computation to one customer (returns a number) or to an array of customers
 * (returns a new array), validating each customer first.
 *
 * @param fn - Public function name for error messages.
 * @param input - One customer or an array of customers.
 * @param compute - The computation on a valid customer.
 * @throws InvalidArgumentError for an invalid customer, named by index and field.
 * @internal
 */
export function mapCustomers(
  fn: string,
  input: RfmCustomer | readonly RfmCustomer[],
  compute: (x: number, tx: number, T: number) => number,
): number | number[] {
  if (Array.isArray(input)) {
    const list = input as readonly RfmCustomer[];
    const out = new Array<number>(list.length);
    for (let i = 0; i < list.length; i++) {
      const c = list[i] as RfmCustomer;
      validateRfmCustomer(fn, `customers[${i}]`, c);
      out[i] = compute(c.frequency, c.recency, c.T);
    }
    return out;
  }
  if (input === null || typeof input !== 'object') {
    throw new InvalidArgumentError(fn, 'customer', 'must be an object { frequency, recency, T } or an array', input);
  }
  const c = input as RfmCustomer;
  validateRfmCustomer(fn, 'customer', c);
  return compute(c.frequency, c.recency, c.T);
}
