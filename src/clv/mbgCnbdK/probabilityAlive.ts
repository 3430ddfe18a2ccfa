import { expit } from '../../core/special/expit';
import { mapCustomers } from '../internal/mapCustomers';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerLogOdds } from './customerLogOdds';
import type { MbgCnbdKParams } from './types';
import { validateRegularity } from './validateRegularity';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * MBG/CNBD-k P(alive) for regularity `k`: the body of `MbgCnbdKModel.probabilityAlive` (`mbgCnbdK(k).probabilityAlive`), where its
 * formula, source and example are documented. @internal
 */
export function probabilityAlive(k: number, params: MbgCnbdKParams, customers: RfmCustomer): number;
export function probabilityAlive(k: number, params: MbgCnbdKParams, customers: readonly RfmCustomer[]): number[];
export function probabilityAlive(k: number, params: MbgCnbdKParams, customers: RfmCustomer | readonly RfmCustomer[]): number | number[] {
  const fn = 'mbgCnbdK.probabilityAlive';
  validateRegularity(fn, 'k', k);
  validatePositiveParams(fn, params, NAMES);
  return mapCustomers(fn, customers, (x, tx, T) => expit(-customerLogOdds(k, params, x, tx, T)), k > 4);
}
