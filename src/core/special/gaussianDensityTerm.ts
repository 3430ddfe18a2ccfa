/**
 * `exp(−x²/2)` with the square formed exactly: `x` is split into a 16-fraction-bit head `h` and a tail, and
 * `exp(−h²/2) · exp(−(x − h)(x + h)/2)` is returned, so the relative error stays at a few ulp even where
 * `x²/2` is near 700 (the usual `exp(−x*x/2)` loses up to `x²/2` ulp there).
 * @internal
 */
export function gaussianDensityTerm(x: number): number {
  const head = Math.round(x * 65536) / 65536;
  return Math.exp(-0.5 * head * head) * Math.exp(-0.5 * (x - head) * (x + head));
}
