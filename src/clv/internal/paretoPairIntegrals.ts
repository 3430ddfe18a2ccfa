import { paretoLogIntegral } from './paretoLogIntegral';
import { paretoLogSlope } from './paretoLogSlope';
import type { ParetoPairIndex } from './paretoPairIndex';
import { paretoQuadratureRule } from './paretoQuadratureRule';

const H = new Float64Array(64);
const RULES = 6; // rungs of paretoQuadratureRule's ladder
const DERIV = new Float64Array(4);
// Node tables of the steps placed in the current evaluation, grown on demand and reused across calls:
// per node y = ln(c+τ), ln(α+τ), ln(β+τ), 1/(α+τ), 1/(β+τ).
let LOG_A: Float64Array = new Float64Array(0);
let LOG_B: Float64Array = new Float64Array(0);
let INV_A: Float64Array = new Float64Array(0);
let INV_B: Float64Array = new Float64Array(0);
let Y: Float64Array = new Float64Array(0);

/** Per-step work arrays, kept with their pair index. */
interface StepWork {
  readonly y0s: Float64Array;
  readonly y1s: Float64Array;
  readonly ey1s: Float64Array;
  readonly logHalves: Float64Array;
  readonly placed: Int32Array;
}
const works = new WeakMap<ParetoPairIndex, StepWork>();

function reserve(size: number): void {
  if (size <= LOG_A.length) return;
  const grown = Math.max(size, 2 * LOG_A.length, 4096);
  const grow = (a: Float64Array): Float64Array => {
    const b = new Float64Array(grown);
    b.set(a);
    return b;
  };
  LOG_A = grow(LOG_A);
  LOG_B = grow(LOG_B);
  INV_A = grow(INV_A);
  INV_B = grow(INV_B);
  Y = grow(Y);
}

/**
 * `G(u)` for every pair of a {@link ParetoPairIndex}, `G(u) = ∫_u^M (α+τ)^−(r+x) (β+τ)^−(s+1) dτ`, as
 * `G = exp(logScale[j]) · value[j]`, and optionally its derivatives `∂G / ∂(k, α, σ, β)` (`k = r+x`,
 * `σ = s+1`) as `exp(logScale[j]) · dValue[4j..4j+3]`.
 *
 * @remarks
 * Per frequency, from the largest `u` down, `G(u_i) = G(u_{i+1}) + ∫_{u_i}^{u_{i+1}}`: short steps of
 * positive terms (no cancellation), summed in linear space against a running log scale that is reset when
 * the sum passes 1e100 (`value` stays in [1, 1e100] where `G > 0`; `value = 0` at `u = M`). Each step is the
 * quadrature of `paretoLogIntegral` (same substitution `y = ln(c+τ)`, same rule from
 * {@link paretoQuadratureRule}, same nodes), but the nodes of a step depend on `α`, `β` and the rule only,
 * not on `x`: they are placed once per distinct step and rule (two transcendental calls per node), and each
 * pair then costs one `exp` per node and one to add the step to the running sum; the derivatives are the
 * unnormalised moment sums of the same nodes. A step whose integrand falls so steeply that
 * `paretoLogIntegral` would truncate it is handed to `paretoLogIntegral` itself. O(nodes · pairs)
 * multiply-adds, O(nodes · distinct steps) logarithms.
 * @internal
 */
export function paretoPairIntegrals(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  pairs: ParetoPairIndex,
  logScale: Float64Array,
  value: Float64Array,
  dValue: Float64Array | undefined,
): void {
  const sigma = s + 1;
  const alphaSmaller = alpha <= beta;
  const c = alphaSmaller ? alpha : beta;
  const d = alphaSmaller ? beta - alpha : alpha - beta;
  const steps = pairs.stepLow.length;
  let work = works.get(pairs);
  if (work === undefined) {
    work = {
      y0s: new Float64Array(steps),
      y1s: new Float64Array(steps),
      ey1s: new Float64Array(steps),
      logHalves: new Float64Array(steps),
      placed: new Int32Array(RULES * steps),
    };
    works.set(pairs, work);
  }
  const { y0s, y1s, ey1s, logHalves, placed } = work;
  for (let j = 0; j < steps; j++) {
    const y0 = Math.log(c + (pairs.stepLow[j] as number));
    const y1 = Math.log(c + (pairs.stepHigh[j] as number));
    y0s[j] = y0;
    y1s[j] = y1;
    ey1s[j] = Math.exp(y1);
    logHalves[j] = Math.log(0.5 * (y1 - y0));
  }
  // Offset into the node tables of each (step, rule) placed so far, −1 until placed.
  placed.fill(-1);
  let used = 0;
  const withGradient = dValue !== undefined;
  const m = pairs.x.length;
  // The running G(u) = exp(scale) · g and its derivatives exp(scale) · (d0, d1, d2, d3) of one frequency.
  let scale = 0;
  let g = 0;
  let d0 = 0;
  let d1 = 0;
  let d2 = 0;
  let d3 = 0;
  for (let o = 0; o < m; o++) {
    const p = pairs.order[o] as number;
    const x = pairs.x[p] as number;
    const u = pairs.u[p] as number;
    if (o === 0 || pairs.x[pairs.order[o - 1] as number] !== x) {
      scale = 0;
      g = 0;
      d0 = 0;
      d1 = 0;
      d2 = 0;
      d3 = 0;
    }
    const j = pairs.step[p] as number;
    if (j >= 0) {
      const k = r + x;
      const y0 = y0s[j] as number;
      const y1 = y1s[j] as number;
      const slope = paretoLogSlope(alphaSmaller, k, sigma, d, c + u);
      // The step is exp(max + logHalf) · sum, its derivatives exp(max + logHalf) · DERIV.
      let max: number;
      let sum: number;
      let logHalf: number;
      if (slope < 0 && y0 + 60 / -slope < y1) {
        max = paretoLogIntegral(k, alpha, sigma, beta, u, pairs.stepHigh[j] as number, withGradient ? DERIV : undefined);
        sum = 1;
        logHalf = 0;
      } else {
        const span = y1 - y0;
        const fall = span * Math.max(Math.abs(slope), Math.abs(paretoLogSlope(alphaSmaller, k, sigma, d, ey1s[j] as number)));
        const rule = paretoQuadratureRule(span, fall);
        const nodes = rule.nodes;
        const n = nodes.length;
        let at = placed[RULES * j + rule.index] as number;
        if (at < 0) {
          at = used;
          used += n;
          reserve(used);
          placed[RULES * j + rule.index] = at;
          const mid = 0.5 * (y0 + y1);
          const half = 0.5 * (y1 - y0);
          for (let i = 0; i < n; i++) {
            const y = mid + half * (nodes[i] as number);
            const ey = Math.exp(y);
            const logOther = Math.log(d + ey);
            const la = alphaSmaller ? y : logOther;
            const lb = alphaSmaller ? logOther : y;
            LOG_A[at + i] = la;
            LOG_B[at + i] = lb;
            INV_A[at + i] = alphaSmaller ? 1 / ey : 1 / (d + ey);
            INV_B[at + i] = alphaSmaller ? 1 / (d + ey) : 1 / ey;
            Y[at + i] = y;
          }
        }
        const logWeights = rule.logWeights;
        max = Number.NEGATIVE_INFINITY;
        for (let i = 0; i < n; i++) {
          // In the operation order of paretoLogIntegral, so that both round alike.
          const h = (Y[at + i] as number) - k * (LOG_A[at + i] as number) - sigma * (LOG_B[at + i] as number) + (logWeights[i] as number);
          H[i] = h;
          if (h > max) max = h;
        }
        sum = 0;
        let sLa = 0;
        let sIa = 0;
        let sLb = 0;
        let sIb = 0;
        for (let i = 0; i < n; i++) {
          const e = Math.exp((H[i] as number) - max);
          sum += e;
          if (withGradient) {
            sLa += e * (LOG_A[at + i] as number);
            sIa += e * (INV_A[at + i] as number);
            sLb += e * (LOG_B[at + i] as number);
            sIb += e * (INV_B[at + i] as number);
          }
        }
        if (withGradient) {
          // Unnormalised: sum · ∂ln(step), as the running sum needs.
          DERIV[0] = -sLa;
          DERIV[1] = -k * sIa;
          DERIV[2] = -sLb;
          DERIV[3] = -sigma * sIb;
        }
        logHalf = logHalves[j] as number;
      }
      // Add exp(max + logHalf) · sum to exp(scale) · g.
      let t = 0;
      if (g === 0) scale = max + logHalf;
      else t = max + logHalf - scale;
      if (t > 300) {
        // The step dwarfs the sum so far: move the scale up to the step first.
        const f = Math.exp(-t);
        g *= f;
        d0 *= f;
        d1 *= f;
        d2 *= f;
        d3 *= f;
        scale += t;
        t = 0;
      }
      const f = t === 0 ? 1 : Math.exp(t);
      g += f * sum;
      if (withGradient) {
        d0 += f * (DERIV[0] as number);
        d1 += f * (DERIV[1] as number);
        d2 += f * (DERIV[2] as number);
        d3 += f * (DERIV[3] as number);
      }
      if (g > 1e100) {
        const inverse = 1 / g;
        scale += Math.log(g);
        g = 1;
        d0 *= inverse;
        d1 *= inverse;
        d2 *= inverse;
        d3 *= inverse;
      }
    }
    logScale[p] = scale;
    value[p] = g;
    if (withGradient) {
      dValue[4 * p] = d0;
      dValue[4 * p + 1] = d1;
      dValue[4 * p + 2] = d2;
      dValue[4 * p + 3] = d3;
    }
  }
}
