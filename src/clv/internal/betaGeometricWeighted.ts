import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { assertNonNegative } from '../../core/validate/assertNonNegative';
import type { RfmCustomer } from '../types';
import { betaGeometricExpectations } from './betaGeometricExpectations';
import { INTERPOLATE_FROM, betaGeometricInterpolant } from './betaGeometricInterpolant';
import { validateRfmCustomer } from './validateRfmCustomer';

/**
 * `Σ_h w_h E[Y(t_h) | customer]` of BG/NBD (`shift = 0`) or MBG/NBD (`shift = 1`) customers: `P(alive)` once
 * per customer times the weighted conditional expectations, without an array per horizon.
 *
 * @remarks
 * From 10,000 customers on, one checked interpolant of the whole weighted sum per frequency
 * (`betaGeometricInterpolant`): a logarithm and a polynomial per customer, whatever the number of
 * horizons. Below that, the 2F1 series shared across one customer's horizons (`betaGeometricExpectations`).
 *
 * @param fn - Public function name for error messages.
 * @param params - `{ r, alpha, a, b }` (already validated).
 * @param customers - The customers (validated here, named by index).
 * @param horizons - Horizons `t_h ≥ 0` (validated here).
 * @param weights - Weights `w_h ≥ 0`, one per horizon (validated here).
 * @param alive - `P(alive | x, t_x, T)` of the model.
 * @returns The weighted sum for each customer, in input order.
 * @throws InvalidArgumentError when an argument or a customer is invalid.
 * @internal
 */
export function betaGeometricWeighted(
  fn: string,
  params: { readonly r: number; readonly alpha: number; readonly a: number; readonly b: number },
  customers: readonly RfmCustomer[],
  horizons: readonly number[],
  weights: readonly number[],
  alive: (x: number, tx: number, T: number) => number,
  shift: 0 | 1,
): number[] {
  if (!Array.isArray(customers)) throw new InvalidArgumentError(fn, 'customers', 'must be an array of customers', customers);
  if (!Array.isArray(horizons)) throw new InvalidArgumentError(fn, 'horizons', 'must be an array of numbers', horizons);
  if (!Array.isArray(weights) || weights.length !== horizons.length) {
    throw new InvalidArgumentError(fn, 'weights', `must be an array of ${horizons.length} numbers, one per horizon`, weights);
  }
  for (let h = 0; h < horizons.length; h++) {
    assertNonNegative(fn, `horizons[${h}]`, horizons[h] as number);
    assertNonNegative(fn, `weights[${h}]`, weights[h] as number);
  }
  const { r, alpha, a, b } = params;
  const m = horizons.length;
  const n = customers.length;
  const out = new Array<number>(n);
  const interpolant = n >= INTERPOLATE_FROM ? betaGeometricInterpolant(r, alpha, a, b, shift, horizons, weights) : undefined;
  const values = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const c = customers[i] as RfmCustomer;
    validateRfmCustomer(fn, 'customers', c, i);
    const p = alive(c.frequency, c.recency, c.T);
    if (p === 0) {
      out[i] = 0;
      continue;
    }
    if (interpolant !== undefined) {
      out[i] = p * interpolant(c.frequency, c.T);
      continue;
    }
    betaGeometricExpectations(r, alpha, a, b, c.frequency, c.T, horizons, shift, values);
    let sum = 0;
    for (let h = 0; h < m; h++) if (horizons[h] !== 0) sum += (weights[h] as number) * (values[h] as number);
    out[i] = p * sum;
  }
  return out;
}
