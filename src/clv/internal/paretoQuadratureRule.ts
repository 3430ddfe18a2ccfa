import { gaussLegendre } from '../../core/integrate/gaussLegendre';

/** A Gauss–Legendre rule on [−1, 1] with its weights as logarithms, and its position in the ladder. */
export interface ParetoQuadratureRule {
  /** Position in the ladder 4, 6, 8, 16, 32, 64 nodes (0–5). */
  readonly index: number;
  /** Nodes, increasing. */
  readonly nodes: Float64Array;
  /** Natural logarithms of the weights. */
  readonly logWeights: Float64Array;
}

const RULES: readonly ParetoQuadratureRule[] = [4, 6, 8, 16, 32, 64].map((n, index) => {
  const rule = gaussLegendre(n);
  return { index, nodes: rule.nodes, logWeights: rule.weights.map(Math.log) };
});

/**
 * The Gauss–Legendre rule (4, 6, 8, 16, 32 or 64 nodes) for the Pareto/NBD integral over `[y0, y1]` in
 * `y = ln(c+τ)`, from its span `y1 − y0` and the fall `span · max |h'|` of the concave log-integrand `h`.
 *
 * @remarks
 * The softplus term of `h` has poles at distance π from the real axis, so the span sets the node count;
 * a steep fall needs more nodes at the same span. The rungs follow a sweep against 64 nodes (k, α, σ−1, β
 * over 1e-4 … 1e4, intervals from 0.3 to 1,000 time units starting at 0 to 100): 8 nodes while span ≤ 1.5
 * and fall ≤ 4 (worst error in `ln I` 4e-12; up to span 3, as before, it reached 1e-9), 16 while span ≤ 4.5
 * and fall ≤ 15 (5e-14; up to span 6, 3e-11), 32 while span ≤ 12 and fall ≤ 15 (2e-13), 64 beyond. The
 * short steps of daily data (one day: span ≈ 1/(c+u)) take 4 nodes while span ≤ 0.1 and fall ≤ 0.25, and
 * 6 nodes while span ≤ 0.5 and fall ≤ 1; there the truncation error of `ln I` in a finer sweep, with the
 * log-integrand formed from small differences so that rounding does not mask it, is at most 1.3e-14 and
 * 5.8e-15 (test/clv/internal/paretoQuadratureRule.test.ts keeps every rung up to 32 nodes in check).
 * Shared by `paretoLogIntegral` and `paretoPairIntegrals` so that both place the same nodes.
 * @internal
 */
export function paretoQuadratureRule(span: number, fall: number): ParetoQuadratureRule {
  const index =
    span <= 0.1 && fall <= 0.25
      ? 0
      : span <= 0.5 && fall <= 1
        ? 1
        : span <= 1.5 && fall <= 4
          ? 2
          : span <= 4.5 && fall <= 15
            ? 3
            : span <= 12 && fall <= 15
              ? 4
              : 5;
  return RULES[index] as ParetoQuadratureRule;
}
