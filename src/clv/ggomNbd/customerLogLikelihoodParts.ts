import { digamma } from '../../core/special/digamma';
import { logGammaRatio } from '../../core/special/logGammaRatio';
import { adaptiveLogIntegral } from '../internal/adaptiveLogIntegral';
import { gompertzLogShift } from './gompertzLogShift';
import { lifetimeBreaks } from './lifetimeBreaks';
import type { GgomNbdParams } from './types';

/** The three log terms of one customer's likelihood: `ℓ = head + ln(e^survive + e^die)`. @internal */
export interface GgomNbdLogParts {
  /** `ln Γ(r+x) − ln Γ(r)`. */
  readonly head: number;
  /** `ln[α^r (α+T)^−(r+x) S(T)]`: the customer is still alive at `T`. */
  readonly survive: number;
  /** `ln[α^r ∫_{t_x}^{T} (α+τ)^−(r+x) f(τ) dτ]`: the customer died between `t_x` and `T`. */
  readonly die: number;
}

/**
 * Relative tolerance of the lifetime integral's error estimate `|K15 − G7|`; the Kronrod value it returns
 * is far more accurate (agreement with 50-digit mpmath to ~1e-12 on the test points).
 */
const TOLERANCE = 1e-8;

// The integrand's parameters, set before each integral (the integrand is a module-level function so that
// a likelihood over many rows allocates no closure per row).
let cR = 0;
let cAlpha = 0;
let cLogAlpha = 0;
let cB = 0;
let cS = 0;
let cBeta = 0;
let cLogBeta = 0;
let cX = 0;
let cRx = 0;
let cConst = 0;

/**
 * `ln[α^r (α+τ)^−(r+x) f(τ)] = −r ln(1+τ/α) − x ln(α+τ) + ln f(τ)` (`logRatio` is `ln(1+τ/α)`), `f(τ) = b s β^s e^{bτ} (β + e^{bτ} − 1)^−(s+1)` the Gamma-Gompertz lifetime
 * density (Bemmaor & Glady 2012), with its derivatives in `ln(r, α, b, s, β)`.
 */
function integrand(tau: number, logRatio: number, gradient: Float64Array | undefined): number {
  const bt = cB * tau;
  // M = ln(1 + (e^{bτ} − 1)/β) = ln(β + e^{bτ} − 1) − ln β, so that s ln β − (s+1) ln(β + e^{bτ} − 1)
  // = −ln β − (s+1) M does not cancel when s and β are large.
  let M: number;
  let R = 1; // e^{bτ} / (β + e^{bτ} − 1)
  let eShare = 0; // (e^{bτ} − 1) / (β + e^{bτ} − 1)
  let betaShare = 0; // β / (β + e^{bτ} − 1)
  if (bt <= 600) {
    const E = Math.expm1(bt);
    M = Math.log1p(E / cBeta);
    if (gradient !== undefined) {
      const D = cBeta + E;
      R = (E + 1) / D;
      eShare = E / D;
      betaShare = cBeta / D;
    }
  } else {
    const decay = Math.exp(-bt);
    const q = (cBeta - 1) * decay;
    M = bt - cLogBeta + Math.log1p(q);
    if (gradient !== undefined) {
      R = 1 / (1 + q);
      eShare = (1 - decay) / (1 + q);
      betaShare = (cBeta * decay) / (1 + q);
    }
  }
  const xTerm = cX === 0 ? 0 : cX * (cLogAlpha + logRatio);
  if (gradient !== undefined) {
    gradient[0] = -cR * logRatio;
    gradient[1] = (cR * tau - cX * cAlpha) / (cAlpha + tau);
    gradient[2] = 1 + bt - (cS + 1) * bt * R;
    gradient[3] = 1 - cS * M;
    gradient[4] = cS * eShare - betaShare;
  }
  return cConst - cR * logRatio - xTerm + bt - (cS + 1) * M;
}

let cOrigin = 0;
let cScale = 1;
let cShiftIsAlpha = true;
let cLogRatioOrigin = 0;

/**
 * The integrand after `τ = t_x + (c + t_x) expm1(z)`, i.e. `z = ln((c + τ)/(c + t_x))`: `ln f(τ) + z` (the
 * Jacobian `dτ = (c + t_x) e^z dz`, its constant factor added by the caller). `τ − t_x` keeps full
 * relative precision however small.
 */
function integrandZ(z: number, gradient: Float64Array | undefined): number {
  const tau = cOrigin + cScale * Math.expm1(z);
  // With c = α, ln(1 + τ/α) = ln(1 + t_x/α) + z exactly; otherwise it takes its own logarithm.
  const logRatio = cShiftIsAlpha ? cLogRatioOrigin + z : Math.log1p(tau / cAlpha);
  return integrand(tau, logRatio, gradient) + z;
}

/** The logarithm of `integrandZ` alone. */
function logIntegrandZ(z: number): number {
  return integrandZ(z, undefined);
}

/** Slope `d/dz` of `integrandZ`: `(c + τ) g'(τ) + 1`. */
function slopeZ(z: number): number {
  const tau = cOrigin + cScale * Math.expm1(z);
  const R = Math.exp(cB * tau - gompertzLogShift(cB, cBeta, tau));
  const slopeTau = -cRx / (cAlpha + tau) + cB - (cS + 1) * cB * R;
  return cScale * Math.exp(z) * slopeTau + 1;
}

/** `ψ(r+x) − ψ(r)`: the finite sum `Σ_{k<x} 1/(r+k)` for small `x`, else the digamma difference. */
function digammaDifference(r: number, x: number): number {
  if (x > 64) return digamma(r + x) - digamma(r);
  let sum = 0;
  for (let k = x - 1; k >= 0; k--) sum += 1 / (r + k);
  return sum;
}

const BREAKS = new Float64Array(64);
const DIE_GRADIENT = new Float64Array(5);

/**
 * Gamma-Gompertz/NBD log-likelihood terms of one customer `(x, t_x, T)`; with `gradient`, writes
 * `∂ℓ/∂ln(r, α, b, s, β)` of the full `ℓ` into it.
 *
 * @remarks
 * `L = Γ(r+x)/Γ(r) α^r [(α+T)^−(r+x) S(T) + ∫_{t_x}^T (α+τ)^−(r+x) f(τ) dτ]`,
 * `S(T) = (β/(β+e^{bT}−1))^s` (Bemmaor & Glady 2012). The integral is computed in log space by
 * adaptive Gauss–Kronrod quadrature (`adaptiveLogIntegral`), started from break points on the scales of
 * the integrand at both ends and around the lifetime density's mode `ln((β−1)/s)/b` (when `β > 1 + s`),
 * in the variable `y = ln(c + τ)` with `c` the distance to the nearest real singularity of the integrand.
 * @internal
 */
export function customerLogLikelihoodParts(params: GgomNbdParams, x: number, tx: number, T: number, gradient?: Float64Array): GgomNbdLogParts {
  const { r, alpha, b, s, beta } = params;
  const rx = r + x;
  const logBeta = Math.log(beta);
  const head = x === 0 ? 0 : logGammaRatio(r, x);
  const LT = gompertzLogShift(b, beta, T);
  const bT = b * T;
  // ln S(T) = −s ln(1 + (e^{bT} − 1)/β), without the cancellation of s ln β − s ln(β + e^{bT} − 1).
  const logSurvivalT = bT <= 600 ? -s * Math.log1p(Math.expm1(bT) / beta) : -s * (bT - logBeta + Math.log1p((beta - 1) * Math.exp(-bT)));
  // r ln α − (r+x) ln(α+T) as −r log1p(T/α) − x ln(α+T): no cancellation when T ≪ α.
  const survive = -r * Math.log1p(T / alpha) - (x === 0 ? 0 : x * Math.log(alpha + T)) + logSurvivalT;
  let die = Number.NEGATIVE_INFINITY;
  if (T > tx) {
    cR = r;
    cAlpha = alpha;
    cLogAlpha = Math.log(alpha);
    cB = b;
    cS = s;
    cBeta = beta;
    cLogBeta = logBeta;
    cX = x;
    cRx = rx;
    cConst = Math.log(b) + Math.log(s) - logBeta;
    // Integrate in z = ln((c + τ)/(c + t_x)), c the distance to the integrand's nearest real singularity
    // (τ = −α, or τ = ln(1−β)/b where β + e^{bτ} − 1 vanishes when β < 1): both factors are then smooth,
    // and the power (α+τ)^−(r+x) is nearly e^{−(r+x)z}. Break points on the scales of the integrand in z.
    const gompertzPole = beta < 1 ? -Math.log1p(-beta) / b : Number.POSITIVE_INFINITY;
    cOrigin = tx;
    cShiftIsAlpha = alpha <= gompertzPole;
    cScale = (cShiftIsAlpha ? alpha : gompertzPole) + tx;
    cLogRatioOrigin = Math.log1p(tx / alpha);
    const zT = Math.log1p((T - tx) / cScale);
    // The density's mode e^{bτ} = (β−1)/s when β > 1 + s, else its knee e^{bτ} = β − 1 when β > 1.
    const mode = beta > 1 + s ? Math.log((beta - 1) / s) / b : beta > 1 ? Math.log(beta - 1) / b : Number.NaN;
    const width = Math.sqrt((s + 1) / s) / b;
    const modeZ = mode > tx ? Math.log1p((mode - tx) / cScale) : Number.NaN;
    const widthZ = width / (cScale + Math.max(0, mode - tx));
    const n = lifetimeBreaks(BREAKS, 0, zT, slopeZ(0), slopeZ(zT), modeZ, widthZ, logIntegrandZ);
    die = adaptiveLogIntegral(integrandZ, BREAKS, n, gradient === undefined ? undefined : DIE_GRADIENT, 5, TOLERANCE) + Math.log(cScale);
  }
  if (gradient !== undefined) {
    const high = Math.max(survive, die);
    const wS = Math.exp(survive - high);
    const wD = Math.exp(die - high);
    const shareS = wS / (wS + wD);
    const shareD = 1 - shareS;
    const R = Math.exp(bT - LT);
    const eShareT = bT <= 600 ? Math.expm1(bT) / (beta + Math.expm1(bT)) : -Math.expm1(-bT) * Math.exp(bT - LT);
    const gs0 = -r * Math.log1p(T / alpha);
    const gs1 = (r * T - x * alpha) / (alpha + T);
    const gs2 = -s * bT * R;
    const gs3 = logSurvivalT;
    const gs4 = s * eShareT;
    const die0 = shareD > 0 ? DIE_GRADIENT : null;
    gradient[0] = r * (x === 0 ? 0 : digammaDifference(r, x)) + shareS * gs0 + (die0 ? shareD * (die0[0] as number) : 0);
    gradient[1] = shareS * gs1 + (die0 ? shareD * (die0[1] as number) : 0);
    gradient[2] = shareS * gs2 + (die0 ? shareD * (die0[2] as number) : 0);
    gradient[3] = shareS * gs3 + (die0 ? shareD * (die0[3] as number) : 0);
    gradient[4] = shareS * gs4 + (die0 ? shareD * (die0[4] as number) : 0);
  }
  return { head, survive, die };
}
