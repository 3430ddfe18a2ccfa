import { validatePositiveParams } from '../internal/validatePositiveParams';
import { customerLogLikelihood } from './customerLogLikelihood';
import { mapTimingCustomers } from './mapTimingCustomers';
import type { MbgCnbdKParams, TimingCustomer } from './types';
import { validateRegularity } from './validateRegularity';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * MBG/CNBD-k log-likelihood of each customer for regularity `k`: the body of `MbgCnbdKModel.logLikelihoodOf` (`mbgCnbdK(k).logLikelihoodOf`), where its
 * formula, source and example are documented. @internal
 */
export function logLikelihoodOf(k: number, params: MbgCnbdKParams, customers: TimingCustomer): number;
export function logLikelihoodOf(k: number, params: MbgCnbdKParams, customers: readonly TimingCustomer[]): number[];
export function logLikelihoodOf(k: number, params: MbgCnbdKParams, customers: TimingCustomer | readonly TimingCustomer[]): number | number[] {
  const fn = 'mbgCnbdK.logLikelihoodOf';
  validateRegularity(fn, 'k', k);
  validatePositiveParams(fn, params, NAMES);
  return mapTimingCustomers(fn, k, customers, (x, tx, T, litt) => customerLogLikelihood(k, params, x, tx, T, litt));
}
