import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { validateRfmCustomer } from '../internal/validateRfmCustomer';
import type { TimingCustomer } from './types';

/**
 * Checks one MBG/CNBD-k customer: the `{ frequency, recency, T }` rules, and for `k > 1` a finite `litt`
 * that is 0 when `frequency` is 0, with `recency > 0` when `frequency > 0` (Erlang-k times are positive),
 * and `litt ≤ x·ln(t_x/x)` (the mean of the logs is at most the log of the mean: a larger `litt` was
 * measured in another time unit than `recency`). Returns the `litt` to use (0 for `k = 1`). @internal
 */
export function validateTimingCustomer(fn: string, argument: string, customer: TimingCustomer, k: number, index?: number): number {
  validateRfmCustomer(fn, argument, customer, index);
  if (k === 1) return 0;
  const { frequency: x, recency: tx, litt } = customer;
  if (typeof litt === 'number' && Number.isFinite(litt)) {
    if (x === 0 ? litt === 0 : tx > 0 && litt <= x * Math.log(tx / x) + 1e-9 * (1 + Math.abs(x * Math.log(tx / x)))) return litt;
  }
  const path = index === undefined ? argument : `${argument}[${index}]`;
  if (typeof litt !== 'number' || !Number.isFinite(litt)) {
    throw new InvalidArgumentError(
      fn,
      `${path}.litt`,
      `must be a finite number for k = ${k} (the sum of the log inter-purchase times; add it with withTimingRegularity of clientele/time)`,
      litt,
    );
  }
  if (x === 0) throw new InvalidArgumentError(fn, `${path}.litt`, 'must be 0 when frequency is 0 (no inter-purchase time)', litt);
  if (tx === 0) throw new InvalidArgumentError(fn, `${path}.recency`, `must be greater than 0 when frequency is ${x} and k = ${k} (Erlang inter-purchase times are positive)`, tx);
  throw new InvalidArgumentError(
    fn,
    `${path}.litt`,
    `must be at most frequency·ln(recency/frequency) = ${x * Math.log(tx / x)} (a larger sum of logs means litt and recency are in different time units)`,
    litt,
  );
}
