/**
 * Gauss–Kronrod 7/15 abscissae on [−1, 1] (positive half, the last is 0; odd indices are the Gauss
 * nodes) and weights (Piessens et al. 1983, QUADPACK `qk15`).
 */
const XGK = [
  0.991455371120812639206854697526329, 0.949107912342758524526189684047851, 0.864864423359769072789712788640926,
  0.741531185599394439863864773280788, 0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
  0.207784955007898467600689403773245, 0,
];
const WGK = [
  0.02293532201052922496373200805897, 0.063092092629978553290700663189204, 0.104790010322250183839876322541518,
  0.140653259715525918745189590510238, 0.16900472663926790282658342659855, 0.190350578064785409913256402421014,
  0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
];
/** Gauss 7-point weights of the nodes `XGK[1], XGK[3], XGK[5], XGK[7]`. */
const WG = [0.129484966168869693270611432679082, 0.27970539148927666790146777142378, 0.381830050505118944950369775488975, 0.417959183673469387755102040816327];

/** Most subintervals kept; beyond it the estimate is returned as it stands. */
const MAX_INTERVALS = 200;
/** Most derivative components carried along. */
const MAX_DIM = 8;

/**
 * A log-integrand: returns `ln f(x)` (may be `−∞`, never `NaN` for valid input), and when `gradient` is
 * given writes `∂ ln f(x) / ∂p_j` into `gradient[0..dim)`. @internal
 */
export type LogIntegrand = (x: number, gradient: Float64Array | undefined) => number;

// Scratch storage, reused by every call (the integrator is synchronous and does not re-enter).
const lo = new Float64Array(MAX_INTERVALS);
const hi = new Float64Array(MAX_INTERVALS);
const logValue = new Float64Array(MAX_INTERVALS);
const logError = new Float64Array(MAX_INTERVALS);
const meanGradient = new Float64Array(MAX_INTERVALS * MAX_DIM);
const nodeLog = new Float64Array(15);
const nodeGradient = new Float64Array(15 * MAX_DIM);
/** One view per node into `nodeGradient`, so the integrand writes its derivatives in place. */
const nodeViews = Array.from({ length: 15 }, (_, i) => nodeGradient.subarray(i * MAX_DIM, (i + 1) * MAX_DIM));

/** Evaluates the 15-point rule on `[a, b]` into slot `k`. */
function evaluateInterval(f: LogIntegrand, a: number, b: number, k: number, dim: number): void {
  const centre = 0.5 * (a + b);
  const half = 0.5 * (b - a);
  const withGradient = dim > 0;
  let m = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < 15; i++) {
    const offset = i < 8 ? -half * (XGK[i] as number) : half * (XGK[14 - i] as number);
    const g = f(centre + offset, withGradient ? nodeViews[i] : undefined);
    nodeLog[i] = g;
    if (g > m) m = g;
  }
  lo[k] = a;
  hi[k] = b;
  const base = k * MAX_DIM;
  if (m === Number.NEGATIVE_INFINITY || !(half > 0)) {
    logValue[k] = Number.NEGATIVE_INFINITY;
    logError[k] = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < dim; j++) meanGradient[base + j] = 0;
    return;
  }
  let kronrod = 0;
  let gauss = 0;
  for (let j = 0; j < dim; j++) meanGradient[base + j] = 0;
  for (let i = 0; i < 15; i++) {
    const p = i < 8 ? i : 14 - i;
    const e = Math.exp((nodeLog[i] as number) - m);
    const w = (WGK[p] as number) * e;
    kronrod += w;
    if (p % 2 === 1) gauss += (WG[(p - 1) >> 1] as number) * e;
    for (let j = 0; j < dim; j++) meanGradient[base + j] = (meanGradient[base + j] as number) + w * (nodeGradient[i * MAX_DIM + j] as number);
  }
  for (let j = 0; j < dim; j++) meanGradient[base + j] = (meanGradient[base + j] as number) / kronrod;
  const logHalf = Math.log(half);
  logValue[k] = m + logHalf + Math.log(kronrod);
  const diff = Math.abs(kronrod - gauss);
  logError[k] = diff > 0 ? m + logHalf + Math.log(diff) : Number.NEGATIVE_INFINITY;
}

/** `ln Σ e^{v_k}` over the first `n` entries of `v`. */
function logTotal(v: Float64Array, n: number): number {
  let m = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) if ((v[k] as number) > m) m = v[k] as number;
  if (m === Number.NEGATIVE_INFINITY) return m;
  let s = 0;
  for (let k = 0; k < n; k++) s += Math.exp((v[k] as number) - m);
  return m + Math.log(s);
}

/**
 * `ln ∫_{breaks[0]}^{breaks[count−1]} f(x) dx` for a positive integrand given by its logarithm, by globally
 * adaptive Gauss–Kronrod 7/15 quadrature in log space, and optionally `∂ ln I / ∂p_j`.
 *
 * @remarks
 * Each subinterval's Kronrod sum is formed relative to its largest node value, so integrands of size
 * `e^−5000` or `e^5000` neither underflow nor overflow. Starts from the subintervals between `breaks`
 * (ascending) and bisects the one with the largest error estimate `|K15 − G7|` until the summed estimate
 * is at most `relTol` times the integral (the Kronrod result is then typically far more accurate), or
 * 200 subintervals. `∂ ln I/∂p = ∫ f ∂ln f/∂p / ∫ f` is accumulated with the same weights (limits not
 * depending on `p`). Returns `−∞` for an empty range. Piessens, de Doncker-Kapenga, Überhuber & Kahaner
 * (1983), QUADPACK, Springer, doi:10.1007/978-3-642-61786-7.
 *
 * @param f - The log-integrand.
 * @param breaks - Ascending points; the first and last are the limits.
 * @param count - Number of points used from `breaks` (≥ 2).
 * @param gradient - When given, receives `∂ ln I / ∂p_j` for `j < dim`.
 * @param dim - Number of derivative components (≤ 8; 0 without `gradient`).
 * @param relTol - Relative tolerance on the summed error estimate.
 * @returns `ln I`.
 * @internal
 */
export function adaptiveLogIntegral(
  f: LogIntegrand,
  breaks: ArrayLike<number>,
  count: number,
  gradient: Float64Array | undefined,
  dim: number,
  relTol = 1e-10,
): number {
  const d = gradient === undefined ? 0 : dim;
  let n = 0;
  for (let i = 0; i + 1 < count; i++) {
    const a = breaks[i] as number;
    const b = breaks[i + 1] as number;
    if (!(b > a)) continue;
    evaluateInterval(f, a, b, n++, d);
  }
  if (n === 0) {
    if (gradient !== undefined) for (let j = 0; j < d; j++) gradient[j] = 0;
    return Number.NEGATIVE_INFINITY;
  }
  const logTol = Math.log(relTol);
  while (n < MAX_INTERVALS) {
    const total = logTotal(logValue, n);
    if (total === Number.NEGATIVE_INFINITY || logTotal(logError, n) <= total + logTol) break;
    let worst = 0;
    for (let k = 1; k < n; k++) if ((logError[k] as number) > (logError[worst] as number)) worst = k;
    const a = lo[worst] as number;
    const b = hi[worst] as number;
    const mid = 0.5 * (a + b);
    if (!(mid > a && mid < b)) {
      logError[worst] = Number.NEGATIVE_INFINITY; // cannot be split further
      continue;
    }
    evaluateInterval(f, a, mid, worst, d);
    evaluateInterval(f, mid, b, n++, d);
  }
  const total = logTotal(logValue, n);
  if (gradient !== undefined) {
    for (let j = 0; j < d; j++) gradient[j] = 0;
    if (total > Number.NEGATIVE_INFINITY) {
      for (let k = 0; k < n; k++) {
        const share = Math.exp((logValue[k] as number) - total);
        if (share === 0) continue;
        for (let j = 0; j < d; j++) gradient[j] = (gradient[j] as number) + share * (meanGradient[k * MAX_DIM + j] as number);
      }
    }
  }
  return total;
}
