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
 * a steep fall needs more nodes at the same span. The rungs of 8 to 64 nodes were chosen from a sweep
 * against 64 nodes over parameters 1e-4 … 1e4 to keep the error in `ln I` near 1e-11; a finer sweep (k, α,
 * σ−1, β on 12 values each, steps of 0.001 to 5 from u = 0 to 365) finds up to 2.9e-9 on the 8-node rung
 * near span 3 with α ≪ β ≈ 30, σ ≈ 31, left as it was. The short steps of daily data (one day:
 * span ≈ 1/(c+u)) take 4 nodes while span ≤ 0.1 and fall ≤ 0.25, and 6 nodes while span ≤ 0.5 and
 * fall ≤ 1; there the truncation error of `ln I` in that finer sweep, with the log-integrand formed from
 * small differences so that rounding does not mask it, is at most 1.3e-14 and 5.8e-15
 * (test/clv/internal/paretoQuadratureRule.test.ts keeps it below 1e-13). Shared by `paretoLogIntegral`
 * and `paretoPairIntegrals` so that both place the same nodes.
 * @internal
 */
export function paretoQuadratureRule(span: number, fall: number): ParetoQuadratureRule {
  const index =
    span <= 0.1 && fall <= 0.25
      ? 0
      : span <= 0.5 && fall <= 1
        ? 1
        : span <= 3 && fall <= 4
          ? 2
          : span <= 6 && fall <= 15
            ? 3
            : span <= 12
              ? 4
              : 5;
  return RULES[index] as ParetoQuadratureRule;
}
