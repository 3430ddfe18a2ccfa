import { UndefinedResultError } from '../../core/errors/UndefinedResultError';
import type { GammaGammaParams } from './types';
import { validateGammaGammaParams } from './validateGammaGammaParams';

/**
 * Population mean spend per transaction under the Gamma-Gamma model, `E[M] = p γ/(q − 1)`.
 *
 * @remarks
 * The mean of `p/ν` with `ν ~ Gamma(q, γ)` (Fader & Hardie 2013, eq. 2): the expected spend of a customer
 * about whom nothing is known (a new or one-time buyer). Exists only for `q > 1`. In money units. O(1).
 *
 * @param params - `{ p, q, gamma }`, all finite and > 0, with `q > 1`
 * @returns The mean spend per transaction (> 0)
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite positive number.
 * @throws `UNDEFINED_RESULT` when `q ≤ 1`, or when the mean exceeds the largest double (about 1.8e308).
 * @example
 * ```ts
 * gammaGamma.meanSpend({ p: 6.25, q: 3.74, gamma: 15.44 }); // 35.21897810218978
 * ```
 * @see Fader, P. S. & Hardie, B. G. S. (2013). The Gamma-Gamma model of monetary value. Technical note,
 * http://brucehardie.com/notes/025/
 */
export function gammaGammaMeanSpend(params: GammaGammaParams): number {
  const fn = 'gammaGamma.meanSpend';
  validateGammaGammaParams(params, fn);
  if (!(params.q > 1)) {
    throw new UndefinedResultError(fn, `the mean spend needs q > 1, got q = ${params.q}`, params.q);
  }
  const plain = (params.p * params.gamma) / (params.q - 1);
  // pγ alone may overflow while the mean does not (q − 1 large): divide first only then.
  const mean = Number.isFinite(plain) ? plain : (params.p / (params.q - 1)) * params.gamma;
  if (!Number.isFinite(mean)) {
    throw new UndefinedResultError(fn, `the mean spend pγ/(q−1) exceeds the largest double (p = ${params.p}, γ = ${params.gamma}, q = ${params.q}): express spend in larger money units`, params);
  }
  return mean;
}
