import { adaptiveLogIntegral } from '../internal/adaptiveLogIntegral';
import { gompertzLogShift } from './gompertzLogShift';
import { lifetimeBreaks } from './lifetimeBreaks';
import { logSurvivalRatio } from './logSurvivalRatio';
import type { GgomNbdParams } from './types';

let cB = 0;
let cBeta = 0;
let cS = 0;
let cT = 0;
let cLogShiftT = 0;
let cDelta = 0;

function integrand(u: number): number {
  return logSurvivalRatio(cB, cBeta, cS, cT, cLogShiftT, u) - cDelta * u;
}

function logIntegrand(u: number): number {
  return integrand(u);
}

const BREAKS = new Float64Array(64);

/**
 * `∫_0^t e^(−δu) S(T+u)/S(T) du` for a customer alive at `T`, the lifetime survival averaged over the
 * posterior of the Gompertz scale: `S(T+u)/S(T) = ((β+e^{bT}−1)/(β+e^{b(T+u)}−1))^s` (Bemmaor & Glady
 * 2012; Adler 2022 erratum). `t = ∞` is allowed with `δ > 0` (the range then ends at `750/δ`, beyond
 * which the rest is below `e^−750` of the total). By adaptive Gauss–Kronrod quadrature in log space,
 * refined geometrically from 0 on the integrand's scale `1/(δ + s b e^{bT}/(β+e^{bT}−1))` and around the
 * knee `e^{bτ} = β − 1` of the survival curve. @internal
 */
export function residualLifetimeIntegral(params: GgomNbdParams, T: number, t: number, delta: number): number {
  const { b, s, beta } = params;
  if (!(t > 0)) return 0;
  cB = b;
  cBeta = beta;
  cS = s;
  cT = T;
  cLogShiftT = gompertzLogShift(b, beta, T);
  cDelta = delta;
  const upper = Number.isFinite(t) ? t : 750 / delta;
  const slope0 = delta + s * b * Math.exp(b * T - cLogShiftT);
  // The knee of the survival curve, where e^{bτ} = β − 1 (β > 1): flat before, exponential after.
  const knee = beta > 1 ? Math.log(beta - 1) / b - T : Number.NaN;
  const n = lifetimeBreaks(BREAKS, 0, upper, -slope0, -delta, knee, Math.sqrt((s + 1) / s) / b, logIntegrand);
  return Math.exp(adaptiveLogIntegral(integrand, BREAKS, n, undefined, 0, 1e-11));
}
