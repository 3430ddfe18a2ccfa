import { bgBbLogSurvivalProduct } from './bgBbLogSurvivalProduct';

/**
 * `ln Σ_{t=from+1}^{from+count} B(γ, δ+t)/B(γ, δ)` (`−∞` when `count = 0`): the log of the expected
 * number of the opportunities `from+1 … from+count` at which a new customer is still alive (BG/BB,
 * Fader, Hardie & Shang 2010).
 *
 * @remarks
 * Closed form `δ/(γ−1) · [R(from) − R(from+count)]`, `R(N) = Π_{j<N} (1+δ+j)/(γ+δ+j)`, evaluated as
 * `δ · R(from) · (−expm1(K))/(γ−1)` with `K = ln R(from+count) − ln R(from)`: no cancellation as `γ → 1`
 * (`K` is proportional to `γ − 1`, and `log1p`/`expm1` keep its relative accuracy); at `γ = 1` exactly the
 * removable singularity is evaluated at `γ − 1 = 1e−200`, whose error is far below double precision.
 * @internal
 */
export function bgBbLogSurvivalSum(gamma: number, delta: number, from: number, count: number): number {
  if (count <= 0) return Number.NEGATIVE_INFINITY;
  const g0 = gamma - 1;
  const g = g0 === 0 ? 1e-200 : g0;
  const logStart = from === 0 ? 0 : bgBbLogSurvivalProduct(g, delta, 0, from);
  const k = bgBbLogSurvivalProduct(g, delta, from, from + count);
  return Math.log(delta) + logStart + Math.log(-Math.expm1(k) / g);
}
