import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { assertNonNegative } from '../../core/validate/assertNonNegative';
import type { RfmCustomer } from '../types';
import { betaGeometricExpectations } from './betaGeometricExpectations';
import { INTERPOLATE_FROM, betaGeometricInterpolant } from './betaGeometricInterpolant';
import { validateRfmCustomer } from './validateRfmCustomer';

/**
 * Conditional expected purchases of BG/NBD (`shift = 0`) or MBG/NBD (`shift = 1`) customers at several
 * horizons: `P(alive)` once per customer and the 2F1 series shared across the horizons (from 10,000
 * customers on, a checked interpolant per horizon instead: `betaGeometricInterpolant`).
 *
 * @param fn - Public function name for error messages.
 * @param params - `{ r, alpha, a, b }` (already validated).
 * @param customers - The customers (validated here, named by index).
 * @param horizons - Horizons `t ≥ 0` (validated here).
 * @param alive - `P(alive | x, t_x, T)` of the model.
 * @param shift - 0 for BG/NBD, 1 for MBG/NBD.
 * @returns `values[h][i] = E[Y(horizons[h]) | customers[i]]`.
 * @throws InvalidArgumentError when an argument or a customer is invalid.
 * @internal
 */
export function betaGeometricCurve(
  fn: string,
  params: { readonly r: number; readonly alpha: number; readonly a: number; readonly b: number },
  customers: readonly RfmCustomer[],
  horizons: readonly number[],
  alive: (x: number, tx: number, T: number) => number,
  shift: 0 | 1,
): number[][] {
  if (!Array.isArray(customers)) throw new InvalidArgumentError(fn, 'customers', 'must be an array of customers', customers);
  if (!Array.isArray(horizons)) throw new InvalidArgumentError(fn, 'horizons', 'must be an array of numbers', horizons);
  for (let h = 0; h < horizons.length; h++) assertNonNegative(fn, `horizons[${h}]`, horizons[h] as number);
  const { r, alpha, a, b } = params;
  const m = horizons.length;
  const n = customers.length;
  const out: number[][] = [];
  for (let h = 0; h < m; h++) out.push(new Array<number>(n));
  const values = new Float64Array(m);
  // Many customers: one interpolant per horizon; few: the series shared across one customer's horizons.
  const interpolants = n >= INTERPOLATE_FROM ? horizons.map((t) => betaGeometricInterpolant(r, alpha, a, b, shift, [t], [1])) : [];
  for (let i = 0; i < n; i++) {
    const c = customers[i] as RfmCustomer;
    validateRfmCustomer(fn, 'customers', c, i);
    const p = alive(c.frequency, c.recency, c.T);
    if (p === 0) {
      for (let h = 0; h < m; h++) (out[h] as number[])[i] = 0;
      continue;
    }
    if (interpolants.length > 0) for (let h = 0; h < m; h++) values[h] = (interpolants[h] as (x: number, T: number) => number)(c.frequency, c.T);
    else betaGeometricExpectations(r, alpha, a, b, c.frequency, c.T, horizons, shift, values);
    for (let h = 0; h < m; h++) (out[h] as number[])[i] = horizons[h] === 0 ? 0 : p * (values[h] as number);
  }
  return out;
}
