/** Test reference: an independent Beta quadrature that checks the models' closed forms (not library code). */
import { gaussLegendre } from '../../../src/core/integrate/gaussLegendre';
import { logBeta } from '../../../src/core/special/logBeta';

const RULE = gaussLegendre(64);

/**
 * One half of the Beta integral: `∫_0^{½} g(q) exp(L(q)) q^(e−1) dq` after `q = ½ v^m`, `m = ⌈4/e⌉`, which
 * turns the endpoint factor into the smooth `(½)^e m v^(m e − 1)` with `m e ≥ 4`. Every factor but `g` is
 * combined in one exponent, so huge normalising constants cannot overflow.
 */
function half(g: (q: number) => number, logWeight: (q: number) => number, e: number): number {
  const m = Math.max(1, Math.ceil(4 / e));
  const logConstant = Math.log(0.5 * m) - e * Math.LN2;
  const nodes = RULE.nodes;
  const weights = RULE.weights;
  let sum = 0;
  for (let i = 0; i < nodes.length; i++) {
    const v = 0.5 * (1 + (nodes[i] as number));
    const q = 0.5 * Math.pow(v, m);
    if (q > 0) sum += (weights[i] as number) * g(q) * Math.exp(logWeight(q) + (m * e - 1) * Math.log(v) + logConstant);
  }
  return sum;
}

/**
 * `∫_0^1 g(p) Beta(p; a, b) dp` for a bounded smooth `g`, by 64-point Gauss–Legendre on `[0, ½]` and
 * `[½, 1]` after `p = ½ v^m` (and `1 − p = ½ w^m`) substitutions that make the endpoint powers of the Beta
 * density smooth (`m a ≥ 4`), so the rule converges fast for any `a, b > 0`.
 *
 * @param g - The integrand, bounded on (0, 1).
 * @param a - First Beta shape, > 0.
 * @param b - Second Beta shape, > 0.
 * @internal
 */
export function betaExpectation(g: (p: number) => number, a: number, b: number): number {
  const logNorm = -logBeta(a, b);
  const left = half(g, (p) => (b - 1) * Math.log1p(-p) + logNorm, a);
  const right = half((q) => g(1 - q), (q) => (a - 1) * Math.log1p(-q) + logNorm, b);
  return left + right;
}
