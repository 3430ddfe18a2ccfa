import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { mbgCnbdK } from '../mbgCnbdK/index';
import type { MbgCnbdKModel } from '../mbgCnbdK/index';
import { MAX_REGULARITY } from '../mbgCnbdK/validateRegularity';

/**
 * The model object `mbgCnbdK(k)` of a fit of MBG/CNBD-k, from the regularity `k` the fit records. Throws
 * `INVALID_ARGUMENT` naming `<path>.k` when it is missing (a fit saved before fit format version 3, or
 * built by hand) or not an integer from 1 to 100. @internal
 */
export function mbgCnbdKOfFit(fn: string, path: string, k: unknown): MbgCnbdKModel {
  if (k === undefined) {
    throw new InvalidArgumentError(
      fn,
      `${path}.k`,
      'is required for a fit of mbgCnbdK: the regularity k of the fit (fitModel(mbgCnbdK(k), …) and fitMbgCnbdK record it; a fit saved before fit format version 3 does not: read it with parseFit(text, mbgCnbdK(k)) or add it, { ...fit, k })',
      k,
    );
  }
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > MAX_REGULARITY) {
    throw new InvalidArgumentError(fn, `${path}.k`, `must be an integer from 1 to ${MAX_REGULARITY} (the regularity of the MBG/CNBD-k fit)`, k);
  }
  return mbgCnbdK(k);
}
