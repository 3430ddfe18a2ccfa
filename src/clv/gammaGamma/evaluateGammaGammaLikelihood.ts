import { digamma } from '../../core/special/digamma';
import { logGamma } from '../../core/special/logGamma';
import { logGammaRatio } from '../../core/special/logGammaRatio';
import type { CompressedData } from '../types';

/** Rows grouped by frequency, with the sums that do not depend on the parameters (cached per data). */
interface SpendGroups {
  /** The distinct frequencies. */
  readonly x: Float64Array;
  /** Group of each row. */
  readonly group: Int32Array;
  /** Spend `x m` of each row. */
  readonly spend: Float64Array;
  /** Sum of the weights per group. */
  readonly weight: Float64Array;
  /** `Σ w ln m` per group. */
  readonly logMean: Float64Array;
  /** Per-group accumulators, reused by every evaluation: running products and logs of `γ + x m`, `Σ w/(γ + x m)`. */
  readonly product: Float64Array;
  readonly logSum: Float64Array;
  readonly inverse: Float64Array;
}

const cache = new WeakMap<CompressedData, SpendGroups>();

function groupsOf(data: CompressedData): SpendGroups {
  let groups = cache.get(data);
  if (groups !== undefined) return groups;
  const xs = data.columns['frequency'] as Float64Array;
  const ms = data.columns['monetaryValue'] as Float64Array;
  const n = data.rows;
  const slotOf = new Map<number, number>();
  const distinct: number[] = [];
  const group = new Int32Array(n);
  const spend = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const x = xs[k] as number;
    let g = slotOf.get(x);
    if (g === undefined) {
      g = distinct.length;
      slotOf.set(x, g);
      distinct.push(x);
    }
    group[k] = g;
    spend[k] = x * (ms[k] as number);
  }
  const weight = new Float64Array(distinct.length);
  const logMean = new Float64Array(distinct.length);
  for (let k = 0; k < n; k++) {
    const g = group[k] as number;
    const w = data.weights[k] as number;
    weight[g] = (weight[g] as number) + w;
    logMean[g] = (logMean[g] as number) + w * Math.log(ms[k] as number);
  }
  groups = {
    x: Float64Array.from(distinct),
    group,
    spend,
    weight,
    logMean,
    product: new Float64Array(distinct.length),
    logSum: new Float64Array(distinct.length),
    inverse: new Float64Array(distinct.length),
  };
  cache.set(data, groups);
  return groups;
}

/**
 * Weighted Gamma-Gamma log-likelihood of compressed repeat-buyer data and, when `gradient` is given, its
 * gradient in `(ln p, ln q, ln γ)` written into it, in one pass.
 *
 * @remarks
 * Row term (Fader & Hardie 2013, eq. 3): `ℓ = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln m + px ln x
 * − (px+q) ln(γ+xm)`. Summed over the rows of one frequency `x` (weight `W_x`), only
 * `Λ_x = Σ w ln(γ+xm)` and, for the gradient, `Σ w/(γ+xm)` depend on the rows and the parameters
 * together; `Σ w ln m` is a constant of the data (cached with it). So a row costs one multiplication into
 * a running product of `γ + xm` per frequency (its logarithm taken when the product leaves
 * [1e-200, 1e200], or directly for rows of weight other than 1) and one division:
 * `Σ ℓ = Σ_x [W_x (lnΓ(px+q) − lnΓ(px) + px ln x) + (px−1) Σ w ln m − (px+q) Λ_x] + W (q ln γ − lnΓ(q))`,
 * `∂/∂ln p = p Σ_x x [W_x (ψ(px+q) − ψ(px) + ln x) + Σ w ln m − Λ_x]`,
 * `∂/∂ln q = q [Σ_x W_x ψ(px+q) − Λ_x] + q W (ln γ − ψ(q))`, `∂/∂ln γ = Σ_x [q W_x − (px+q) γ Σ w/(γ+xm)]`.
 * O(rows) with no logarithm per row; the special functions once per distinct frequency.
 * @internal
 */
export function evaluateGammaGammaLikelihood(
  params: { readonly p: number; readonly q: number; readonly gamma: number },
  data: CompressedData,
  gradient: Float64Array | undefined,
): number {
  const { p, q, gamma } = params;
  const groups = groupsOf(data);
  const { x: xs, group, spend, weight, logMean, product, logSum, inverse } = groups;
  const G = xs.length;
  product.fill(1);
  logSum.fill(0);
  inverse.fill(0);
  const weights = data.weights;
  const n = data.rows;
  for (let k = 0; k < n; k++) {
    const g = group[k] as number;
    const w = weights[k] as number;
    const t = gamma + (spend[k] as number);
    if (w === 1 && t >= 1e-100 && t <= 1e100) {
      const next = (product[g] as number) * t;
      if (next >= 1e-200 && next <= 1e200) product[g] = next;
      else {
        logSum[g] = (logSum[g] as number) + Math.log(next);
        product[g] = 1;
      }
    } else logSum[g] = (logSum[g] as number) + w * Math.log(t);
    inverse[g] = (inverse[g] as number) + w / t;
  }
  let total = 0;
  let W = 0;
  let gp = 0;
  let gq = 0;
  let gg = 0;
  for (let g = 0; g < G; g++) {
    const x = xs[g] as number;
    const Wg = weight[g] as number;
    const px = p * x;
    const lambda = (logSum[g] as number) + Math.log(product[g] as number);
    const logX = Math.log(x);
    total += Wg * (logGammaRatio(px, q) + px * logX) + (px - 1) * (logMean[g] as number) - (px + q) * lambda;
    W += Wg;
    if (gradient !== undefined) {
      const psiSum = digamma(px + q);
      gp += x * (Wg * (psiSum - digamma(px) + logX) + (logMean[g] as number) - lambda);
      gq += Wg * psiSum - lambda;
      gg += q * Wg - (px + q) * gamma * (inverse[g] as number);
    }
  }
  const logG = Math.log(gamma);
  total += W * (q * logG - logGamma(q));
  if (gradient !== undefined) {
    gradient[0] = p * gp;
    gradient[1] = q * (gq + W * (logG - digamma(q)));
    gradient[2] = gg;
  }
  return total;
}
