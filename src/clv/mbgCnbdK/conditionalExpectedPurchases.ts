import { expit } from '../../core/special/expit';
import { assertNonNegative } from '../../core/validate/assertNonNegative';
import { betaGeometricExpectation } from '../internal/betaGeometricExpectation';
import { INTERPOLATE_FROM, betaGeometricInterpolant } from '../internal/betaGeometricInterpolant';
import { mapCustomers } from '../internal/mapCustomers';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerLogOdds } from './customerLogOdds';
import type { MbgCnbdKParams } from './types';
import { validateRegularity } from './validateRegularity';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * MBG/CNBD-k conditional expected purchases for regularity `k`: the body of `MbgCnbdKModel.conditionalExpectedPurchases` (`mbgCnbdK(k).conditionalExpectedPurchases`), where its
 * formula, source and example are documented. @internal
 */
export function conditionalExpectedPurchases(k: number, params: MbgCnbdKParams, customers: RfmCustomer, t: number): number;
export function conditionalExpectedPurchases(k: number, params: MbgCnbdKParams, customers: readonly RfmCustomer[], t: number): number[];
export function conditionalExpectedPurchases(
  k: number,
  params: MbgCnbdKParams,
  customers: RfmCustomer | readonly RfmCustomer[],
  t: number,
): number | number[] {
  const fn = 'mbgCnbdK.conditionalExpectedPurchases';
  validateRegularity(fn, 'k', k);
  validatePositiveParams(fn, params, NAMES);
  assertNonNegative(fn, 't', t);
  const { r, a, b } = params;
  const scale = k * params.alpha;
  const many = Array.isArray(customers) && customers.length >= INTERPOLATE_FROM;
  const interpolant = many ? betaGeometricInterpolant(r, scale, a, b, 1, [t], [1]) : undefined;
  return mapCustomers(fn, customers, (x, tx, T) => {
    if (t === 0) return 0;
    const alive = expit(-customerLogOdds(k, params, x, tx, T));
    if (alive === 0) return 0;
    return alive * (interpolant === undefined ? betaGeometricExpectation(r, scale, a, b, x, T, t, 1) : interpolant(x, T));
  }, true);
}
