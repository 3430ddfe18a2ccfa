import { logGammaRatio } from '../../core/special/logGammaRatio';

/**
 * `lnΓ(r+kx) − lnΓ(r)` for `x = 0 … maxX`, and with `withGradient` also `ψ(r+kx) − ψ(r) = Σ_{i<kx} 1/(r+i)`
 * (a running sum, exact for integer `kx`): the rate terms of the MBG/CNBD-k likelihood. O(k · maxX). @internal
 */
export function erlangRateTables(r: number, k: number, maxX: number, withGradient: boolean): { logGamma: Float64Array; digamma: Float64Array | undefined } {
  const logGamma = new Float64Array(maxX + 1);
  for (let x = 1; x <= maxX; x++) logGamma[x] = logGammaRatio(r, k * x);
  if (!withGradient) return { logGamma, digamma: undefined };
  const digamma = new Float64Array(maxX + 1);
  let s = 0;
  for (let i = 0, x = 1; x <= maxX; x++) {
    for (; i < k * x; i++) s += 1 / (r + i);
    digamma[x] = s;
  }
  return { logGamma, digamma };
}
