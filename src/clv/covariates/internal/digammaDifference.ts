import { digamma } from '../../../core/special/digamma';

/** `ψ(y + x) − ψ(y) = Σ_{j<x} 1/(y+j)` for an integer `x ≥ 0`: the sum for `x ≤ 32`, else by `digamma`. @internal */
export function digammaDifference(y: number, x: number): number {
  if (x <= 32) {
    let s = 0;
    for (let j = 0; j < x; j++) s += 1 / (y + j);
    return s;
  }
  return digamma(y + x) - digamma(y);
}
