/** A repurchase-rate ratio with its interval, or `null`s with the reason. @internal */
export interface RatioEstimateFields {
  readonly ratio: number | null;
  readonly interval: { readonly lower: number; readonly upper: number } | null;
  readonly reason: string | null;
}

/**
 * `a/b` with the delta-method interval on the log scale, `exp(ln(a/b) ± z·se)`, `se` given on the log
 * scale; `null` fields with `reason` when the ratio or its log does not exist. @internal
 */
export function logRatioInterval(a: number, b: number, logSe: number, z: number): RatioEstimateFields {
  if (!(b > 0)) return { ratio: null, interval: null, reason: 'the reference rate is 0: the ratio does not exist' };
  const ratio = a / b;
  if (!(a > 0)) return { ratio, interval: null, reason: 'the rate is 0: the log-ratio interval does not exist' };
  const centre = Math.log(ratio);
  return { ratio, interval: { lower: Math.exp(centre - z * logSe), upper: Math.exp(centre + z * logSe) }, reason: null };
}
