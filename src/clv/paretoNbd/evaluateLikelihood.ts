import type { CompressedData } from '../types';
import { logGammaRatio } from '../../core/special/logGammaRatio';
import { frequencyTables } from '../internal/frequencyTables';
import { paretoLogIntegral } from '../internal/paretoLogIntegral';
import { paretoPairIndex } from '../internal/paretoPairIndex';
import type { ParetoPairIndex } from '../internal/paretoPairIndex';
import { paretoPairIntegrals } from '../internal/paretoPairIntegrals';
import { evaluateLikelihoodByTables } from './evaluateLikelihoodByTables';
import type { ParetoNbdParams } from './types';

const DERIV = new Float64Array(4);
// One row by the exact path: its mixture term, then its gradient terms without ψ(r+x) − ψ(r).
const ROW = new Float64Array(5);
// Running products of S for rows of whole weight 1 … 8 (index = weight).
const products = new Float64Array(9);
const EMPTY = new Float64Array(0);
// Use G(t_x) − G(T) while G(T) ≤ 0.99 G(t_x): at most 100-fold amplification of the ~1e-12 quadrature error.
const CANCELLATION_LIMIT = Math.log(0.99);
// Scaled row sums below this (e^−667) are taken by the exact path: their terms may have lost digits to underflow.
const TINY = 1e-290;
// Continuous-time data with this many rows take evaluateLikelihoodByTables (its tables cost ~100
// quadratures per frequency, the row-by-row path 8-64 nodes per row).
const TABLE_MIN_ROWS = 20_000;

/** Per-pair work arrays, kept with their pair index and reused by every evaluation (no garbage per call). */
interface Work {
  readonly logScale: Float64Array;
  readonly value: Float64Array;
  readonly dValue: Float64Array;
  readonly logAL: Float64Array;
  readonly logBL: Float64Array;
  readonly ref: Float64Array;
  readonly scaled: Float64Array;
  readonly factor: Float64Array;
  readonly acc: Float64Array;
}
const works = new WeakMap<ParetoPairIndex, Work>();

function workFor(pairs: ParetoPairIndex): Work {
  let work = works.get(pairs);
  if (work === undefined) {
    const m = pairs.x.length;
    work = {
      logScale: new Float64Array(m),
      value: new Float64Array(m),
      dValue: new Float64Array(4 * m),
      logAL: new Float64Array(pairs.levels.length),
      logBL: new Float64Array(pairs.levels.length),
      ref: new Float64Array(pairs.weightOfX.length),
      scaled: new Float64Array(2 * m),
      factor: new Float64Array(m),
      acc: new Float64Array(2 * m),
    };
    works.set(pairs, work);
  }
  return work;
}

/**
 * One row the exact way into `ROW`: `mix = logaddexp(l1, ln s + ln I)` and the row's gradient terms.
 * `lo`, `hi` are its pair indices into the output of `paretoPairIntegrals`, or −1 to integrate `I` directly.
 */
function exactRow(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tx: number,
  T: number,
  logAT: number,
  logBT: number,
  logScale: Float64Array,
  value: Float64Array,
  dValue: Float64Array,
  lo: number,
  hi: number,
  withGradient: boolean,
): void {
  const rx = r + x;
  const l1 = -rx * logAT - s * logBT;
  let mix = l1;
  let p2 = 0;
  if (tx < T) {
    let logI = Number.NaN;
    if (lo >= 0) {
      const vLow = value[lo] as number;
      const vHigh = value[hi] as number;
      const gLow = vLow > 0 ? (logScale[lo] as number) + Math.log(vLow) : Number.NEGATIVE_INFINITY;
      const gHigh = vHigh > 0 ? (logScale[hi] as number) + Math.log(vHigh) : Number.NEGATIVE_INFINITY;
      if (gHigh - gLow < CANCELLATION_LIMIT) {
        const q = Math.exp(gHigh - gLow); // G(T)/G(t_x) ≤ 0.99
        logI = gLow + Math.log1p(-q);
        if (withGradient) {
          const wl = 1 / (1 - q); // G(t_x)/I
          const wh = q * wl; // G(T)/I
          for (let j = 0; j < 4; j++) {
            DERIV[j] = (wl * (dValue[4 * lo + j] as number)) / vLow - (q === 0 ? 0 : (wh * (dValue[4 * hi + j] as number)) / vHigh);
          }
        }
      }
    }
    if (Number.isNaN(logI)) logI = paretoLogIntegral(rx, alpha, s + 1, beta, tx, T, withGradient ? DERIV : undefined);
    const l2 = Math.log(s) + logI;
    if (l1 >= l2) {
      const e = Math.exp(l2 - l1);
      mix = l1 + Math.log1p(e);
      p2 = e / (1 + e);
    } else {
      const e = Math.exp(l1 - l2);
      mix = l2 + Math.log1p(e);
      p2 = 1 / (1 + e);
    }
  }
  ROW[0] = mix;
  if (withGradient) {
    const p1 = 1 - p2;
    ROW[1] = -p1 * logAT + (p2 > 0 ? p2 * (DERIV[0] as number) : 0);
    ROW[2] = -p1 * (rx / (alpha + T)) + (p2 > 0 ? p2 * (DERIV[1] as number) : 0);
    ROW[3] = -p1 * logBT + (p2 > 0 ? p2 * (1 / s + (DERIV[2] as number)) : 0);
    ROW[4] = -p1 * (s / (beta + T)) + (p2 > 0 ? p2 * (DERIV[3] as number) : 0);
  }
}

/**
 * Weighted total Pareto/NBD log-likelihood, and optionally its gradient in `θ = ln(r, alpha, s, beta)`.
 *
 * @remarks
 * `ℓ = lnΓ(r+x) − lnΓ(r) + r ln α + s ln β + logaddexp(−(r+x) ln(α+T) − s ln(β+T), ln s + ln I)`,
 * `I = ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ` by Gauss–Legendre in log space (docs/clv.md, "Numerics"): no
 * 2F1, finite for any frequency. O(8–64 nodes · unique rows), allocation-free per row.
 *
 * When the rows share few distinct `(x, t_x)` and `(x, T)` pairs (daily data), `I = G(t_x) − G(T)` with
 * `G(u) = ∫_u^M`, `M = max T`, is assembled from one quadrature per pair (`paretoPairIntegrals`, which
 * returns `G` in linear space against a log scale), and the row needs a single logarithm: with
 * `E1(u) = exp(−(r+x) ln(α+u) − s ln(β+u) − ln s − m_x)` and `EG(u) = G(u) exp(−m_x)` per pair, `m_x` the
 * largest of these exponents among the pairs of frequency `x`, the row's mixture term is
 * `ln s + m_x + ln S`, `S = E1(T) + EG(t_x) − EG(T)`; rows of equal whole weight (1 to 8) share that
 * logarithm through a running product. The gradient is linear in `w/S` times per-pair vectors (`p1 = E1(T)/S`,
 * `p2 ∂ln I = (EG(t_x) ∂ln G(t_x) − EG(T) ∂ln G(T))/S`), so the rows only add `w/S` to per-pair sums and
 * the vectors are contracted once per pair. The constants `r ln α + s ln β` are added per frequency, where
 * they cancel most of `m_x`, not to the total. Rows where the difference would cancel (`G(T) > 0.99 G(t_x)`)
 * are integrated directly; rows whose `S` is below 1e-290, or that use a pair whose scale lies more than
 * e^700 below `m_x`, take the exact per-row path. Continuous-time data of 20,000 rows or more (no pair index)
 * take `evaluateLikelihoodByTables`: `G` from one interpolant per frequency.
 * @internal
 */
export function evaluateLikelihood(
  params: ParetoNbdParams,
  data: CompressedData,
  gradient: Float64Array | undefined,
): number {
  const { r, alpha, s, beta } = params;
  const xs = data.columns.frequency as Float64Array;
  const txs = data.columns.recency as Float64Array;
  const Ts = data.columns.T as Float64Array;
  const ws = data.weights;
  const withGradient = gradient !== undefined;
  const pairs = paretoPairIndex(data);
  // Continuous times (every row its own pairs): one interpolant of ln G per frequency instead.
  if (pairs === null && data.rows >= TABLE_MIN_ROWS) return evaluateLikelihoodByTables(params, data, gradient);
  let total = 0;
  let gr = 0;
  let gAlpha = 0;
  let gs = 0;
  let gBeta = 0;
  const n = data.rows;
  if (pairs === null) {
    const { logGammaR, digammaR } = frequencyTables(xs, r, Number.NaN, Number.NaN, 0, withGradient);
    for (let i = 0; i < n; i++) {
      const x = xs[i] as number;
      const w = ws[i] as number;
      const T = Ts[i] as number;
      exactRow(r, alpha, s, beta, x, txs[i] as number, T, Math.log(alpha + T), Math.log(beta + T), EMPTY, EMPTY, EMPTY, -1, -1, withGradient);
      total += w * ((logGammaR[x] as number) + (ROW[0] as number));
      if (withGradient) {
        gr += w * ((digammaR[x] as number) + (ROW[1] as number));
        gAlpha += w * (ROW[2] as number);
        gs += w * (ROW[3] as number);
        gBeta += w * (ROW[4] as number);
      }
    }
  } else {
    const m = pairs.x.length;
    // G(u) = exp(logScale) · value per pair, ∂G = exp(logScale) · dValue.
    const { logScale, value, dValue, logAL, logBL, ref, scaled, factor, acc } = workFor(pairs);
    paretoPairIntegrals(r, alpha, s, beta, pairs, logScale, value, withGradient ? dValue : undefined);
    const levels = pairs.levels;
    // ln(α+u), ln(β+u) per distinct u
    for (let j = 0; j < levels.length; j++) {
      logAL[j] = Math.log(alpha + (levels[j] as number));
      logBL[j] = Math.log(beta + (levels[j] as number));
    }
    const logS = Math.log(s);
    const weightOfX = pairs.weightOfX;
    // m_x − ln s per frequency: the largest of l1 − ln s and ln G over its pairs. G decreases in u, so its
    // largest is at the frequency's last pair (pairs run by x, then u from largest to smallest).
    ref.fill(Number.NEGATIVE_INFINITY);
    // Per pair, interleaved for locality: E1 = exp(l1 − ln s − m_x), EG = exp(ln G − m_x).
    for (let k = 0; k < m; k++) {
      const x = pairs.x[k] as number;
      const level = pairs.level[k] as number;
      const l1 = -(r + x) * (logAL[level] as number) - s * (logBL[level] as number) - logS;
      scaled[2 * k] = l1;
      if (l1 > (ref[x] as number)) ref[x] = l1;
      if ((k === m - 1 || pairs.x[k + 1] !== x) && (value[k] as number) > 0) {
        ref[x] = Math.max(ref[x] as number, (logScale[k] as number) + Math.log(value[k] as number));
      }
    }
    // exp(logScale − m_x) per pair, at most 1 (the scale only rises along a frequency's chain, and m_x is at
    // least ln G at its end); one exp per change of scale.
    let lastScale = Number.NaN;
    let lastRef = Number.NaN;
    let f = 0;
    for (let k = 0; k < m; k++) {
      const mx = ref[pairs.x[k] as number] as number;
      const sc = logScale[k] as number;
      scaled[2 * k] = Math.exp((scaled[2 * k] as number) - mx);
      if ((value[k] as number) === 0) {
        // u = M: G = 0, and its scale is not one of the frequency's.
        factor[k] = 0;
        scaled[2 * k + 1] = 0;
        continue;
      }
      if (sc !== lastScale || mx !== lastRef) {
        // Beyond e^−700 the factor would lose digits to underflow while value (up to 1e100) is large:
        // NaN then sends every row that uses the pair to the exact path.
        f = sc - mx < -700 ? Number.NaN : Math.exp(sc - mx);
        lastScale = sc;
        lastRef = mx;
      }
      factor[k] = f;
      scaled[2 * k + 1] = (value[k] as number) * f;
    }
    const rowLow = pairs.orderedLow;
    const rowHigh = pairs.orderedHigh;
    const rowWeight = pairs.orderedWeight;
    // Σ w/S per pair: [2k] over rows whose (x, T) it is; [2k+1] over rows (with t_x < T) whose (x, t_x) it
    // is, minus those whose (x, T) it is.
    if (withGradient) acc.fill(0);
    const wholeWeight = pairs.orderedWholeWeight;
    products.fill(1);
    for (let o = 0; o < n; o++) {
      const lo = rowLow[o] as number;
      const hi = rowHigh[o] as number;
      const w = rowWeight[o] as number;
      const e1 = scaled[2 * hi] as number;
      let S = e1;
      if (lo !== hi) {
        const gLow = scaled[2 * lo + 1] as number;
        const gHigh = scaled[2 * hi + 1] as number;
        // G(T) < 0.99 G(t_x), as CANCELLATION_LIMIT; an underflowed G(t_x) fails and goes the exact way.
        S = gHigh < 0.99 * gLow ? e1 + (gLow - gHigh) : Number.NaN;
      }
      if (S >= TINY) {
        const whole = wholeWeight[o] as number;
        if (whole !== 0 && S >= 1e-100) {
          // Rows of equal whole weight w (most rows of daily data) share one log: w ln S₁ + w ln S₂ + … =
          // w ln(S₁ S₂ …), each product kept within [1e-200, 1e200] (S ≤ 2, and S ≥ 1e-100 cannot take it
          // below 1e-300).
          const product = (products[whole] as number) * S;
          if (product >= 1e-200 && product <= 1e200) products[whole] = product;
          else {
            total += whole * Math.log(product);
            products[whole] = 1;
          }
        } else total += w * Math.log(S);
        if (withGradient) {
          const c = w / S;
          acc[2 * hi] = (acc[2 * hi] as number) + c;
          if (lo !== hi) {
            acc[2 * lo + 1] = (acc[2 * lo + 1] as number) + c;
            acc[2 * hi + 1] = (acc[2 * hi + 1] as number) - c;
          }
        }
      } else {
        const i = pairs.rowOrder[o] as number;
        const x = xs[i] as number;
        const level = pairs.level[hi] as number;
        exactRow(r, alpha, s, beta, x, txs[i] as number, Ts[i] as number, logAL[level] as number, logBL[level] as number, logScale, value, dValue, lo, hi, withGradient);
        total += w * ((ROW[0] as number) - logS - (ref[x] as number));
        if (withGradient) {
          gr += w * (ROW[1] as number);
          gAlpha += w * (ROW[2] as number);
          gs += w * (ROW[3] as number);
          gBeta += w * (ROW[4] as number);
        }
      }
    }
    for (let whole = 1; whole <= 8; whole++) total += whole * Math.log(products[whole] as number);
    // lnΓ(r+x) − lnΓ(r) and ψ(r+x) − ψ(r) per frequency; the constants cancel most of m_x (e.g.
    // s ln β ≈ −m_x for large s): combined per value, not per total.
    const head = r * Math.log(alpha) + s * Math.log(beta) + logS;
    let digamma = 0;
    for (let x = 0; x < weightOfX.length; x++) {
      if (x > 0) digamma += 1 / (r + x - 1);
      const W = weightOfX[x] as number;
      if (W === 0) continue;
      total += W * ((x === 0 ? 0 : logGammaRatio(r, x)) + (head + (ref[x] as number)));
      if (withGradient) gr += W * digamma;
    }
    if (withGradient) {
      const invS = 1 / s;
      for (let k = 0; k < m; k++) {
        const a = (acc[2 * k] as number) * (scaled[2 * k] as number);
        if (a !== 0) {
          const level = pairs.level[k] as number;
          const u = levels[level] as number;
          gr -= a * (logAL[level] as number);
          gAlpha -= a * ((r + (pairs.x[k] as number)) / (alpha + u));
          gs -= a * (logBL[level] as number);
          gBeta -= a * (s / (beta + u));
        }
        const b = acc[2 * k + 1] as number;
        if (b !== 0) {
          // EG ∂ln G = exp(logScale − m_x) ∂G/exp(logScale) = factor · dValue.
          const fb = b * (factor[k] as number);
          gr += fb * (dValue[4 * k] as number);
          gAlpha += fb * (dValue[4 * k + 1] as number);
          gs += b * (scaled[2 * k + 1] as number) * invS + fb * (dValue[4 * k + 2] as number);
          gBeta += fb * (dValue[4 * k + 3] as number);
        }
      }
    }
  }
  const W = data.total;
  const logAlpha = Math.log(alpha);
  const logBeta = Math.log(beta);
  if (pairs === null) total += W * (r * logAlpha + s * logBeta);
  if (gradient !== undefined) {
    gradient[0] = (gr + W * logAlpha) * r;
    gradient[1] = (gAlpha + (W * r) / alpha) * alpha;
    gradient[2] = (gs + W * logBeta) * s;
    gradient[3] = (gBeta + (W * s) / beta) * beta;
  }
  return total;
}
