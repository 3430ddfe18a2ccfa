import { radixSortWords } from './radixSortWords';
import { scratchUint32 } from './scratchArrays';

/** Below this many values a comparison sort is used instead of radix passes. @internal */
const SMALL = 256;

/** Whether float64 words are little-endian here (low word first). @internal */
const LITTLE_ENDIAN = new Uint32Array(new Float64Array([1]).buffer)[1] === 0x3ff00000;

/** A ranking by value: positions from the highest value down, and the values in that order. @internal */
export interface ValueRanking {
  /** Positions into the values, highest value first; equal values in position order. */
  readonly byValue: Int32Array;
  /** The values in that order (`values[byValue[r]]`). */
  readonly sorted: Float64Array;
}

/** Values turned into key words per chunk (a small scratch buffer instead of a copy of every value). @internal */
const CHUNK = 4096;

/**
 * Descending-order key words of finite float64 values: the IEEE 754 bits turned so that unsigned order is
 * the order of the numbers, then complemented so that ascending keys are descending values; `-0` counts
 * as `0`. The high word (sign, exponent, 20 bits of mantissa) always; the low word only when asked. @internal
 */
function descendingKeys(values: Float64Array, withLow: boolean): { high: Uint32Array; low: Uint32Array | null } {
  const n = values.length;
  const scratch = new Float64Array(CHUNK);
  const bits = new Uint32Array(scratch.buffer);
  const h = LITTLE_ENDIAN ? 1 : 0;
  const high = scratchUint32(n);
  const low = withLow ? scratchUint32(n) : null;
  for (let start = 0; start < n; start += CHUNK) {
    const m = Math.min(CHUNK, n - start);
    for (let i = 0; i < m; i++) {
      const v = values[start + i] as number;
      scratch[i] = v === 0 ? 0 : v;
    }
    for (let i = 0; i < m; i++) {
      const hi = bits[2 * i + h] as number;
      const negative = (hi & 0x80000000) !== 0;
      high[start + i] = negative ? hi : (hi ^ 0x7fffffff) >>> 0;
      if (low !== null) {
        const lo = bits[2 * i + 1 - h] as number;
        low[start + i] = negative ? lo : ~lo >>> 0;
      }
    }
  }
  return { high, low };
}

/** Comparison ranking (value descending, then position): for small lists and for runs to repair. @internal */
function compareRank(values: Float64Array, positions: number[]): number[] {
  return positions.sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
}

/**
 * Puts in order the runs of the ranking whose high key words agree but whose values differ (values that
 * differ only in the last 32 bits of the mantissa). Returns false, leaving the ranking as it was, when
 * more than `limit` positions would need it (then a full 64-bit sort is cheaper). @internal
 */
function repairRuns(values: Float64Array, byValue: Int32Array, sorted: Float64Array, top: Uint32Array, limit: number): boolean {
  const n = byValue.length;
  const runs: number[] = [];
  let total = 0;
  for (let s = 0; s < n; ) {
    let e = s + 1;
    let mixed = false;
    while (e < n && top[e] === top[s]) {
      if (sorted[e] !== sorted[e - 1]) mixed = true;
      e++;
    }
    if (mixed) {
      runs.push(s, e);
      total += e - s;
      if (total > limit) return false;
    }
    s = e;
  }
  for (let i = 0; i < runs.length; i += 2) {
    const s = runs[i] as number;
    const e = runs[i + 1] as number;
    const run = compareRank(values, Array.from(byValue.subarray(s, e)));
    for (let r = s; r < e; r++) {
      const p = run[r - s] as number;
      byValue[r] = p;
      sorted[r] = values[p] as number;
    }
  }
  return true;
}

/**
 * The ranking of finite values from the highest down, equal values (`-0` and `0` too) in position order,
 * so that with values in customer id order ties are broken by id. LSD radix sort of the high key word
 * only (sign, exponent and 20 bits of mantissa, which tell apart values that differ in their first six
 * significant digits, so that money amounts almost never need more), then the rare runs of equal high
 * words with different values put in order by comparison; when those are many, a full sort of the
 * 64-bit keys instead. A comparison sort below a few hundred values. O(n) time and memory. @internal
 */
export function rankValuesDesc(values: Float64Array): ValueRanking {
  const n = values.length;
  if (n <= SMALL) {
    const byValue = Int32Array.from(compareRank(values, Array.from({ length: n }, (_, i) => i)));
    return { byValue, sorted: Float64Array.from(byValue, (p) => values[p] as number) };
  }
  const { high } = descendingKeys(values, false);
  const { order, top, payload } = radixSortWords([high], n, values);
  const sorted = payload as Float64Array;
  if (repairRuns(values, order, sorted, top, n >> 3)) return { byValue: order, sorted };
  const keys = descendingKeys(values, true);
  const full = radixSortWords([keys.high, keys.low as Uint32Array], n).order;
  for (let r = 0; r < n; r++) sorted[r] = values[full[r] as number] as number;
  return { byValue: full, sorted };
}
