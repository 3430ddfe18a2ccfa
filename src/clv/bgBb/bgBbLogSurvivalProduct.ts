import { logGammaRatio } from '../../core/special/logGammaRatio';

/**
 * `ln Π_{j=from}^{to−1} (1 + δ + j)/(γ + δ + j)` with `g = γ − 1` given separately (so that a tiny `g`
 * survives): a loop of `log1p(−g/(1+g+δ+j))` for short products, a difference of {@link logGammaRatio}
 * values (`ln Γ(1+δ+to) − ln Γ(γ+δ+to) − …`) for long ones. @internal
 */
export function bgBbLogSurvivalProduct(g: number, delta: number, from: number, to: number): number {
  if (to - from <= 256) {
    let sum = 0;
    for (let j = from; j < to; j++) sum += Math.log1p(-g / (1 + g + delta + j));
    return sum;
  }
  return logGammaRatio(1 + delta + from, g) - logGammaRatio(1 + delta + to, g);
}
