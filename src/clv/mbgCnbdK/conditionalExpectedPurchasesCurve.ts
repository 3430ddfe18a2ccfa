import { expit } from '../../core/special/expit';
import { betaGeometricCurve } from '../internal/betaGeometricCurve';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerLogOdds } from './customerLogOdds';
import type { MbgCnbdKParams } from './types';
import { validateRegularity } from './validateRegularity';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * MBG/CNBD-k conditional expected purchases at several horizons for regularity `k`: the body of `MbgCnbdKModel.conditionalExpectedPurchasesCurve` (`mbgCnbdK(k).conditionalExpectedPurchasesCurve`), where its
 * formula, source and example are documented. @internal
 */
export function conditionalExpectedPurchasesCurve(
  k: number,
  params: MbgCnbdKParams,
  customers: readonly RfmCustomer[],
  horizons: readonly number[],
): number[][] {
  const fn = 'mbgCnbdK.conditionalExpectedPurchasesCurve';
  validateRegularity(fn, 'k', k);
  validatePositiveParams(fn, params, NAMES);
  const scaled = { r: params.r, alpha: k * params.alpha, a: params.a, b: params.b };
  return betaGeometricCurve(fn, scaled, customers, horizons, (x, tx, T) => expit(-customerLogOdds(k, params, x, tx, T)), 1);
}
