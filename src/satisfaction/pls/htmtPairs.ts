/**
 * HTMT ratios of the listed block pairs from a correlation accessor (absolute values are taken here):
 * `mean|r| across / √(mean|r| within i · mean|r| within j)`, within-block means over distinct item pairs.
 * Writes `NaN` for a pair with a single-item block or a zero monotrait mean. Allocation-free; O(p²).
 * @internal
 */
export function htmtPairs(
  r: (a: number, b: number) => number,
  blocks: readonly (readonly number[])[],
  pairs: readonly (readonly [number, number])[],
  monotrait: Float64Array,
  out: Float64Array,
): void {
  for (let j = 0; j < blocks.length; j++) {
    const block = blocks[j] as readonly number[];
    let sum = 0;
    let count = 0;
    for (let a = 0; a < block.length; a++) {
      for (let b = a + 1; b < block.length; b++) {
        sum += Math.abs(r(block[a] as number, block[b] as number));
        count++;
      }
    }
    monotrait[j] = count > 0 && sum > 0 ? sum / count : Number.NaN;
  }
  for (let k = 0; k < pairs.length; k++) {
    const [i, j] = pairs[k] as readonly [number, number];
    const bi = blocks[i] as readonly number[];
    const bj = blocks[j] as readonly number[];
    let sum = 0;
    for (const a of bi) for (const b of bj) sum += Math.abs(r(a, b));
    out[k] = sum / (bi.length * bj.length) / Math.sqrt((monotrait[i] as number) * (monotrait[j] as number));
  }
}
