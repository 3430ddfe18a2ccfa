import { expit } from '../../core/special/expit';
import { betaGeometricWeighted } from '../internal/betaGeometricWeighted';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerLogOdds } from './customerLogOdds';
import type { MbgCnbdKParams } from './types';
import { validateRegularity } from './validateRegularity';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * MBG/CNBD-k weighted sum of expected purchases over horizons for regularity `k`: the body of `MbgCnbdKModel.weightedExpectedPurchases` (`mbgCnbdK(k).weightedExpectedPurchases`), where its
 * formula, source and example are documented. @internal
 */
export function weightedExpectedPurchases(
  k: number,
  params: MbgCnbdKParams,
  customers: readonly RfmCustomer[],
  horizons: readonly number[],
  weights: readonly number[],
): number[] {
  const fn = 'mbgCnbdK.weightedExpectedPurchases';
  validateRegularity(fn, 'k', k);
  validatePositiveParams(fn, params, NAMES);
  const scaled = { r: params.r, alpha: k * params.alpha, a: params.a, b: params.b };
  return betaGeometricWeighted(fn, scaled, customers, horizons, weights, (x, tx, T) => expit(-customerLogOdds(k, params, x, tx, T)), 1);
}
