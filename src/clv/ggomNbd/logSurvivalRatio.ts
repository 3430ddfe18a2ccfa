
/**
 * `ln P(τ > T + u | τ > T)` of a customer alive at `T`, averaged over the posterior of the Gompertz scale:
 * `−s ln[(beta + e^(b(T+u)) − 1) / (beta + e^(bT) − 1)] = −s log1p(R_T expm1(bu))` with
 * `R_T = e^(bT) / (beta + e^(bT) − 1)`, in a form that neither cancels for small `u` nor overflows for
 * large `bu` (`logShiftT` is `ln(beta + e^(bT) − 1)`, from `gompertzLogShift`). @internal
 */
export function logSurvivalRatio(b: number, beta: number, s: number, T: number, logShiftT: number, u: number): number {
  if (u <= 0) return 0;
  const bu = b * u;
  const logR = b * T - logShiftT;
  if (bu <= 600) {
    const z = Math.exp(logR) * Math.expm1(bu);
    if (Number.isFinite(z)) return -s * Math.log1p(z);
  }
  return -s * (logR + bu + Math.log1p((beta - 1) * Math.exp(-b * (T + u))));
}
