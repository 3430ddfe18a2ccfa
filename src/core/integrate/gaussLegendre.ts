import { MAX_NODES } from './gaussLegendreRule';
import { gaussLegendreRule } from './gaussLegendreRule';

/**
 * Nodes and weights of the n-point Gauss–Legendre quadrature rule on [−1, 1].
 *
 * @remarks
 * `∫_{−1}^{1} f(x) dx ≈ Σ w_i f(x_i)`, exact for polynomials of degree ≤ 2n − 1 (DLMF §3.5(v)). The nodes
 * are the zeros of the Legendre polynomial `P_n`, found by Newton's method from Tricomi's estimate
 * `cos(π (i − ¼) / (n + ½))`, with `P_n` and `P_n'` from the three-term recurrence
 * `k P_k = (2k − 1) x P_{k−1} − (k − 1) P_{k−2}` (DLMF 18.9.1); the weights are
 * `w_i = 2 / ((1 − x_i²) P_n'(x_i)²)` (DLMF §3.5(v)), evaluated in the equivalent Christoffel form
 * `w_i = 1 / Σ_{k=0}^{n−1} (k + ½) P_k(x_i)²` (the Christoffel function, DLMF §18.2(v), with the Legendre
 * norms `2/(2k + 1)`), a sum of positive terms that is insensitive to rounding in the node (measured: weights
 * within 6e−14 relative of mpmath at n = 64, summing to 2 within 4e−16). O(n²) work the first time for each
 * `n`, then cached; each call returns fresh copies, so the caller may modify them.
 *
 * Never throws: an `n` that is not an integer 1 to 10,000 gives empty arrays (the rule costs O(n²) to build).
 *
 * @param n - number of nodes, an integer 1 to 10,000 (64 is a good default for smooth integrands)
 * @returns `{ nodes, weights }`, nodes in increasing order, symmetric about 0
 * @example
 * ```ts
 * const { nodes, weights } = gaussLegendre(2);
 * nodes; // Float64Array [-0.5773502691896257, 0.5773502691896257]  (= ∓1/√3)
 * weights; // Float64Array [1, 1]
 * ```
 * @see NIST Digital Library of Mathematical Functions, §3.5(v), https://dlmf.nist.gov/3.5.v
 * @see Golub, G. H. & Welsch, J. H. (1969). Calculation of Gauss quadrature rules. Mathematics of
 * Computation 23(106), 221–230. https://doi.org/10.1090/S0025-5718-69-99647-1
 */
export function gaussLegendre(n: number): { nodes: Float64Array; weights: Float64Array } {
  if (!Number.isInteger(n) || n < 1 || n > MAX_NODES) return { nodes: new Float64Array(0), weights: new Float64Array(0) };
  const rule = gaussLegendreRule(n);
  return { nodes: rule.nodes.slice(), weights: rule.weights.slice() };
}
