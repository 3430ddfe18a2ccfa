import { logGamma } from './logGamma';
import { logGammaPrefix } from './logGammaPrefix';
import { lowerGammaSeries } from './lowerGammaSeries';
import { upperGammaFraction } from './upperGammaFraction';
import { upperGammaSmallA } from './upperGammaSmallA';

/**
 * The pair `[P(a, x), Q(a, x)]` of regularized incomplete gamma functions, `a > 0`, `x ≥ 0`, each of the
 * two computed directly where it is the smaller one. @internal
 */
export function regularizedGammaPair(a: number, x: number): [number, number] {
  if (!(a > 0) || !(x >= 0) || a === Number.POSITIVE_INFINITY) return [Number.NaN, Number.NaN];
  if (x === 0) return [0, 1];
  if (x === Number.POSITIVE_INFINITY) return [1, 0];
  const smallA = a <= 0.5 && x <= 1.5;
  if (x < a + 1) {
    const p = (Math.exp(logGammaPrefix(a, x)) / a) * lowerGammaSeries(a, x);
    const q = smallA ? upperGammaSmallA(a, x) * Math.exp(-logGamma(a)) : 1 - p;
    return [p, q];
  }
  const q = smallA ? upperGammaSmallA(a, x) * Math.exp(-logGamma(a)) : Math.exp(logGammaPrefix(a, x)) * upperGammaFraction(a, x);
  return [1 - q, q];
}
