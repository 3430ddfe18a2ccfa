/**
 * Slope `h'(y)` of the log-integrand `h(y) = y − k ln(α−c+e^y) − σ ln(β−c+e^y)` of the Pareto/NBD
 * integral in `y = ln(c+τ)`, `c = min(α, β)`, `d = |α − β|`, at a point where `e^y = ey`.
 *
 * @remarks
 * With `α ≤ β`: `h' = 1 − k − σ e^y / (d + e^y)`; otherwise `h' = 1 − σ − k e^y / (d + e^y)`. `h` is
 * concave, so `|h'|` is largest at an end of an interval.
 * @internal
 */
export function paretoLogSlope(alphaSmaller: boolean, k: number, sigma: number, d: number, ey: number): number {
  return alphaSmaller ? 1 - k - (sigma * ey) / (d + ey) : 1 - sigma - (k * ey) / (d + ey);
}
