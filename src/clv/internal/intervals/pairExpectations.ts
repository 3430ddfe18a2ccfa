import type { ModelParams } from '../../types';
import { betaGeometricExpectations } from '../betaGeometricExpectations';
import { chebyshevFromNodes } from '../chebyshevFromNodes';
import { chebyshevPoints } from '../chebyshevPoints';
import { chebyshevTerms } from '../chebyshevTerms';
import { clenshawPair } from '../clenshawPair';
import { oneMinusPowerOverExponent } from '../oneMinusPowerOverExponent';
import { buildFrequencyCurve } from './buildFrequencyCurve';
import { frequencyCurveAt, type FrequencyCurve } from './frequencyCurveAt';

/** Pairs of a frequency with at most this many distinct `T` are evaluated directly, one by one. */
const DIRECT = 24;
/** Chebyshev nodes of one interpolation piece (degree 11). */
const NODES = 12;
/** Accepted relative error of a piece at its check points (far below the Monte Carlo error of any quantile). */
const TOLERANCE = 1e-8;
/** Halvings of a piece that fails its check before its pairs are evaluated directly. */
const DEPTH = 6;
/** A frequency's `(T, t)` combinations from which a {@link FrequencyCurve} (about 24 series per piece) pays. */
const CURVE_FROM = 48;

/** Chebyshev points of the first kind `cos(π (j + ½)/12)` on `[−1, 1]`. */
const NODE_POINTS = chebyshevPoints(NODES);

/**
 * The horizons of the pair expectations of one draw and where they are written: pair `k`'s expectation at
 * `horizons[at]` into `gE[k·stride + offset]` and, with weights, `Σ_h weights[h] E[Y(horizons[h])]` into
 * `gD[k·stride + offset]`. @internal
 */
export interface PairSlots {
  readonly horizons: Float64Array;
  readonly at: number;
  readonly weights: Float64Array | null;
  readonly gE: Float64Array;
  readonly gD: Float64Array | null;
  readonly offset: number;
  readonly stride: number;
}

/** Distinct `(x, T)` of a set of histories, grouped by frequency and sorted by `T`. @internal */
export interface PairTable {
  /** Number of pairs. */
  readonly count: number;
  /** Frequency of each group. */
  readonly frequencies: Float64Array;
  /** Group `g` holds the pairs `order[start[g] .. start[g+1] − 1]`. */
  readonly start: Int32Array;
  /** Pair indices grouped by frequency, by increasing `T`. */
  readonly order: Int32Array;
  /** `T` of each pair. */
  readonly T: Float64Array;
}

/** Groups pairs `(x_k, T_k)` by frequency, sorted by `T`. @internal */
export function pairTable(x: Float64Array, T: Float64Array): PairTable {
  const count = x.length;
  const order = Int32Array.from({ length: count }, (_, k) => k).sort((i, j) => (x[i] as number) - (x[j] as number) || (T[i] as number) - (T[j] as number));
  const frequencies: number[] = [];
  const start: number[] = [];
  for (let k = 0; k < count; k++) {
    const v = x[order[k] as number] as number;
    if (k === 0 || v !== frequencies[frequencies.length - 1]) {
      frequencies.push(v);
      start.push(k);
    }
  }
  start.push(count);
  return { count, frequencies: Float64Array.from(frequencies), start: Int32Array.from(start), order, T };
}

/** Below this share of its largest coefficient a piece's trailing Chebyshev coefficients are dropped (12 of them change a value by 1.2e-12 of it at most, against the 1e-8 check). */
const NEGLIGIBLE = 1e-13;

/**
 * `E[Y(t) | alive, x, T]` at several horizons into `out`: BG/NBD (`shift` 0) and MBG/NBD (`shift` 1)
 * through `betaGeometricExpectations` (the 2F1 series shared across horizons); Pareto/NBD in closed form
 * `(r+x)/(α+T) · (β+T) · [1 − ((β+T)/(β+T+t))^(s−1)]/(s−1)` (Schmittlein, Morrison & Colombo 1987).
 */
function expectationsAt(model: 'bgNbd' | 'mbgNbd' | 'paretoNbd', params: ModelParams, x: number, T: number, horizons: Float64Array, out: Float64Array): void {
  if (model === 'paretoNbd') {
    const { r, alpha, s, beta } = params as { r: number; alpha: number; s: number; beta: number };
    const scale = ((r + x) / (alpha + T)) * (beta + T);
    for (let h = 0; h < horizons.length; h++) {
      const t = horizons[h] as number;
      out[h] = t === 0 ? 0 : scale * oneMinusPowerOverExponent(s - 1, Math.log1p(t / (beta + T)));
    }
    return;
  }
  const { r, alpha, a, b } = params as { r: number; alpha: number; a: number; b: number };
  betaGeometricExpectations(r, alpha, a, b, x, T, horizons, model === 'bgNbd' ? 0 : 1, out);
  for (let h = 0; h < horizons.length; h++) if (horizons[h] === 0) out[h] = 0;
}

/**
 * For every pair `k` of `table` under `params`, into `slots`: `gE[k·stride + offset] = E[Y(horizons[at]) | alive, x, T]`
 * and, with weights, `gD[k·stride + offset] = Σ_h weights[h] E[Y(horizons[h]) | alive, x, T]`.
 *
 * @remarks
 * A frequency with few distinct `T` is evaluated pair by pair. Otherwise both functions are interpolated
 * in `y = ln(1 + T/α)` over the frequency's range of `T` by a Chebyshev series through 12 Chebyshev
 * points (summed by Clenshaw's recurrence): they are analytic in a strip around the real `y` axis (see
 * `betaGeometricInterpolant`), so the interpolant converges geometrically. A piece is used only when it
 * agrees with the direct values at two of its pairs to 1e-8 (relative); otherwise it is halved (up to six
 * times) and finally evaluated directly. Cost per frequency: ~14 evaluations instead of one per pair.
 *
 * For BG/NBD and MBG/NBD, a frequency with at least 48 `(T, horizon)` combinations first gets a
 * `buildFrequencyCurve` (`E[Y(t) | alive]` depends on `t` and `T` only through `t/(α+T)`), checked to
 * 1e-11, from which every one of its evaluations above is read: about 24 series per piece of the curve
 * instead of one per combination. Without a curve (it failed its checks) they are computed directly.
 * @internal
 */
export function pairExpectationsInto(model: 'bgNbd' | 'mbgNbd' | 'paretoNbd', params: ModelParams, table: PairTable, slots: PairSlots): void {
  const { horizons, at, weights, gE, gD, offset, stride } = slots;
  const m = horizons.length;
  const values = new Float64Array(m);
  const alpha = params.alpha as number;
  const nodeE = new Float64Array(NODES);
  const nodeD = new Float64Array(NODES);
  const result = new Float64Array(2);
  const E = new Float64Array(NODES);
  const Dv = new Float64Array(NODES);
  const weighted = (): number => {
    let sum = 0;
    if (weights !== null) for (let h = 0; h < m; h++) sum += (weights[h] as number) * (values[h] as number);
    return sum;
  };
  let curve: FrequencyCurve | null = null;
  const fill = (x: number, T: number): void => {
    if (curve === null) {
      expectationsAt(model, params, x, T, horizons, values);
      return;
    }
    for (let h = 0; h < m; h++) values[h] = frequencyCurveAt(curve, (horizons[h] as number) / (alpha + T));
  };
  const direct = (x: number, k: number): void => {
    fill(x, table.T[k] as number);
    gE[k * stride + offset] = values[at] as number;
    if (gD !== null) gD[k * stride + offset] = weighted();
  };
  const interpolate = (x: number, from: number, to: number, depth: number): void => {
    if (to - from <= DIRECT || depth > DEPTH) {
      for (let i = from; i < to; i++) direct(x, table.order[i] as number);
      return;
    }
    const low = Math.log1p((table.T[table.order[from] as number] as number) / alpha);
    const high = Math.log1p((table.T[table.order[to - 1] as number] as number) / alpha);
    const center = (low + high) / 2;
    const half = (high - low) / 2;
    for (let j = 0; j < NODES; j++) {
      fill(x, alpha * Math.expm1(center + half * (NODE_POINTS[j] as number)));
      nodeE[j] = values[at] as number;
      nodeD[j] = weighted();
    }
    chebyshevFromNodes(nodeE, 0, NODES, E, 0);
    if (gD !== null) chebyshevFromNodes(nodeD, 0, NODES, Dv, 0);
    else Dv.fill(0);
    const terms = Math.max(chebyshevTerms(E, 0, NODES, NEGLIGIBLE), chebyshevTerms(Dv, 0, NODES, NEGLIGIBLE));
    // Both interpolants at `y`: into `result[0]` (E) and `result[1]` (D).
    const interpolant = (y: number): void => clenshawPair(E, Dv, 0, terms, Math.min(1, Math.max(-1, (y - center) / half)), result);
    // Check at two of the pairs (they keep their direct values).
    const checks = [from + Math.floor((to - from) / 3), from + Math.floor((2 * (to - from)) / 3)];
    for (const i of checks) {
      const k = table.order[i] as number;
      direct(x, k);
      interpolant(Math.log1p((table.T[k] as number) / alpha));
      const e = gE[k * stride + offset] as number;
      const okE = Math.abs((result[0] as number) - e) <= TOLERANCE * Math.abs(e);
      const okD = gD === null || Math.abs((result[1] as number) - (gD[k * stride + offset] as number)) <= TOLERANCE * Math.abs(gD[k * stride + offset] as number);
      if (!okE || !okD) {
        const mid = (from + to) >> 1;
        interpolate(x, from, mid, depth + 1);
        interpolate(x, mid, to, depth + 1);
        return;
      }
    }
    for (let i = from; i < to; i++) {
      if (i === checks[0] || i === checks[1]) continue;
      const k = table.order[i] as number;
      interpolant(Math.log1p((table.T[k] as number) / alpha));
      gE[k * stride + offset] = result[0] as number;
      if (gD !== null) gD[k * stride + offset] = result[1] as number;
    }
  };
  let tLow = Infinity;
  let tHigh = 0;
  for (let h = 0; h < m; h++) {
    const t = horizons[h] as number;
    if (t > 0 && t < tLow) tLow = t;
    if (t > tHigh) tHigh = t;
  }
  for (let g = 0; g < table.frequencies.length; g++) {
    const x = table.frequencies[g] as number;
    const from = table.start[g] as number;
    const to = table.start[g + 1] as number;
    curve = null;
    if (model !== 'paretoNbd' && (to - from) * m >= CURVE_FROM && tHigh > 0) {
      const TLow = table.T[table.order[from] as number] as number;
      const THigh = table.T[table.order[to - 1] as number] as number;
      curve = buildFrequencyCurve(params as { r: number; alpha: number; a: number; b: number }, model === 'bgNbd' ? 0 : 1, x, tLow / (alpha + THigh), tHigh / (alpha + TLow));
    }
    interpolate(x, from, to, 0);
  }
}
