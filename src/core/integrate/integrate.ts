import { MAX_NODES } from './gaussLegendreRule';
import { gaussLegendreRule } from './gaussLegendreRule';

/**
 * Definite integral `∫_a^b f(x) dx` by fixed-order Gauss–Legendre quadrature.
 *
 * @remarks
 * `((b − a) / 2) Σ w_i f(m + h x_i)` with `m = (a + b)/2`, `h = (b − a)/2` and the cached rule of
 * {@link gaussLegendre} (DLMF §3.5(v)). Exact for polynomials of degree ≤ 2·nodes − 1; for smooth (analytic)
 * integrands the error falls geometrically with the number of nodes. Not adaptive: split the interval
 * yourself at kinks or near singular endpoints. `nodes` evaluations of `f`; the sum is compensated
 * (Neumaier). `b < a` gives the negated integral.
 *
 * Never throws (unless `f` does): `NaN` when `f` is not a function, for non-finite limits or a node count
 * that is not an integer 1 to 10,000 (the rule costs O(n²) to build); `0` when `a = b`.
 *
 * @param f - integrand, called at interior points of [a, b] only
 * @param a - lower limit (finite)
 * @param b - upper limit (finite)
 * @param nodes - number of Gauss–Legendre nodes, an integer 1 to 10,000 (default 64)
 * @returns the approximate integral
 * @example
 * ```ts
 * integrate(Math.sin, 0, Math.PI); // 1.9999999999999998
 * integrate((x) => x ** 3, 0, 2, 2); // 3.9999999999999996
 * ```
 * @see NIST Digital Library of Mathematical Functions, §3.5(v), https://dlmf.nist.gov/3.5.v
 */
export function integrate(f: (x: number) => number, a: number, b: number, nodes = 64): number {
  if (typeof f !== 'function' || !Number.isFinite(a) || !Number.isFinite(b)) return Number.NaN;
  if (!Number.isInteger(nodes) || nodes < 1 || nodes > MAX_NODES) return Number.NaN;
  if (a === b) return 0;
  const rule = gaussLegendreRule(nodes);
  const middle = 0.5 * (a + b);
  const halfWidth = 0.5 * (b - a);
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < nodes; i++) {
    const term = (rule.weights[i] as number) * f(middle + halfWidth * (rule.nodes[i] as number));
    const next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
    sum = next;
  }
  return halfWidth * (sum + compensation);
}
