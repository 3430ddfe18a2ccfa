/**
 * Neumaier (compensated) addition of `v` into the running pair `[sum, compensation]` stored at
 * `total[2·at]`, `total[2·at + 1]`: a per-draw total read as `total[2·at] + total[2·at + 1]`. @internal
 */
export function neumaierAddAt(total: Float64Array, at: number, v: number): void {
  const s = total[2 * at] as number;
  const t = s + v;
  total[2 * at + 1] = (total[2 * at + 1] as number) + (Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s);
  total[2 * at] = t;
}
