import { quantilePair } from './quantilePair';

/** Below this many draws the guide does not pay: {@link quantilePair} is used directly. */
const MIN_COUNT = 128;
/** Values of a segment sampled for guesses when the previous segment's fail. */
const SAMPLE = 200;

/**
 * What {@link guidedQuantilePair} carries from one segment to the next: the draws whose values bounded
 * the tails last time, and reused buffers. One guide per quantity (its draws have their own order). @internal
 */
export interface QuantileGuide {
  /** Draws per segment. */
  readonly count: number;
  /** Draw whose value bounds the lower tail (−1: none yet). */
  low: number;
  /** Draw whose value bounds the upper tail (−1: none yet). */
  high: number;
  /** Most values a tail may hold to be selected from (more: the guess is abandoned). */
  readonly cap: number;
  /** Ranks beyond the needed ones at which the next guesses are taken. */
  readonly margin: number;
  readonly lowValues: Float64Array;
  readonly lowDraws: Int32Array;
  readonly highValues: Float64Array;
  readonly highDraws: Int32Array;
  readonly sampleValues: Float64Array;
  readonly sampleDraws: Int32Array;
  /** Segments whose guess failed (full selection): a diagnostic for tests. */
  misses: number;
}

/** A guide for segments of `count` draws and quantiles at `p` and `1 − p` (sizes its tails). @internal */
export function quantileGuide(count: number, p: number): QuantileGuide {
  const tail = Math.ceil(Math.min(p, 1 - p) * count) + 2;
  const cap = Math.min(count, 4 * tail + 64);
  const size = count >= MIN_COUNT ? count + 1 : 0;
  return {
    count,
    low: -1,
    high: -1,
    cap,
    margin: 8 + (tail >> 1),
    lowValues: new Float64Array(size),
    lowDraws: new Int32Array(size),
    highValues: new Float64Array(size),
    highDraws: new Int32Array(size),
    sampleValues: new Float64Array(size === 0 ? 0 : SAMPLE),
    sampleDraws: new Int32Array(size === 0 ? 0 : SAMPLE),
    misses: 0,
  };
}

/**
 * The type-7 quantiles at `p` and `1 − p` (`p ≤ ½`) of `a[offset .. offset + count − 1]` into `out[0]`
 * and `out[1]`: exactly {@link quantilePair}'s values (the same order statistics and the same
 * interpolation), but found among the few values beyond two thresholds, and without rearranging `a`.
 *
 * @remarks
 * The order statistics of rank `j` and `j + 1` at the lower end are those of the set of values `≤ t` for
 * any threshold `t` that at least `j + 2` values do not exceed (a down-set of the sample holds its
 * smallest members), and likewise at the upper end. Successive segments (the draws of neighbouring
 * histories under the same parameter draws) rank their draws almost alike, so the thresholds are the
 * current values of the draws that sat a few ranks beyond the quantiles in the previous segment: one pass
 * collects the values beyond them (a few dozen of 1,000), a selection among those gives the quantiles
 * and the next guesses. When a tail holds too few or too many values (the first segment, ties, a jump in
 * the ranking), every value is selected from instead. Cost ≈ one pass over the segment plus selections
 * among ~2 × 5 % of it, instead of two Floyd–Rivest selections over all of it.
 * @internal
 */
export function guidedQuantilePair(a: Float64Array, offset: number, count: number, p: number, out: Float64Array, guide: QuantileGuide): void {
  if (count < MIN_COUNT || count !== guide.count) {
    quantilePair(a, offset, count, p, out);
    return;
  }
  const hLow = (count - 1) * p;
  const jLow = Math.floor(hLow + 4 * Number.EPSILON * hLow);
  const gLow = Math.max(0, hLow - jLow);
  const hHigh = (count - 1) * (1 - p);
  const jHigh = Math.floor(hHigh + 4 * Number.EPSILON * hHigh);
  const gHigh = Math.max(0, hHigh - jHigh);
  const needLow = Math.min(count, jLow + 2);
  const needHigh = count - jHigh;
  const { lowValues, lowDraws, highValues, highDraws, cap } = guide;
  // First the previous segment's guesses, then guesses from a sample of this one, then every value.
  for (let attempt = guide.low >= 0 ? 0 : 1; attempt < 2; attempt++) {
    if (attempt === 1) sampleGuesses(a, offset, count, needLow, needHigh, guide);
    const tLow = a[offset + guide.low] as number;
    const tHigh = a[offset + guide.high] as number;
    let nLow = 0;
    let nHigh = 0;
    // Branch-free: every draw is written at the next free place and kept by advancing the count (the
    // buffers have room for all `count` plus one). Only draws: the values of the few kept are read after.
    for (let d = 0; d < count; d++) {
      const v = a[offset + d] as number;
      lowDraws[nLow] = d;
      nLow += v <= tLow ? 1 : 0;
      highDraws[nHigh] = d;
      nHigh += v >= tHigh ? 1 : 0;
    }
    if (nLow >= needLow && nLow <= cap && nHigh >= needHigh && nHigh <= cap) {
      for (let i = 0; i < nLow; i++) lowValues[i] = a[offset + (lowDraws[i] as number)] as number;
      for (let i = 0; i < nHigh; i++) highValues[i] = a[offset + (highDraws[i] as number)] as number;
      out[0] = lowEnd(lowValues, lowDraws, nLow, jLow, gLow, count, guide);
      out[1] = highEnd(highValues, highDraws, nHigh, jHigh, gHigh, count, guide);
      return;
    }
  }
  // No usable guess (ties, or a sample far off): every value is in both tails.
  guide.misses++;
  let min = a[offset] as number;
  let max = min;
  for (let d = 0; d < count; d++) {
    const v = a[offset + d] as number;
    if (v < min) min = v;
    if (v > max) max = v;
    lowValues[d] = v;
    lowDraws[d] = d;
    highValues[d] = v;
    highDraws[d] = d;
  }
  if (min === max && Number.isFinite(min)) {
    // All draws equal (P(alive) of a BG/NBD history without repeat purchases): both quantiles are that value.
    out[0] = min;
    out[1] = min;
    return;
  }
  out[0] = lowEnd(lowValues, lowDraws, count, jLow, gLow, count, guide);
  out[1] = highEnd(highValues, highDraws, count, jHigh, gHigh, count, guide);
}

/**
 * The smallest rank `r` of a sample of `s` whose order statistic has, three standard deviations below its
 * mean, a fraction `fraction` of the segment at or below it: the `r`-th of `s` uniform order statistics is
 * Beta(r + 1, s − r), mean `f = (r+1)/(s+1)`, variance `f(1−f)/(s+2)` (David & Nagaraja 2003, §2.5).
 */
function sampleRank(fraction: number, s: number): number {
  for (let r = 0; r < s; r++) {
    const f = (r + 1) / (s + 1);
    if (f - 3 * Math.sqrt((f * (1 - f)) / (s + 2)) >= fraction) return r;
  }
  return s - 1;
}

/**
 * Guesses from an evenly spaced sample of the segment (the draws are independent, so any fixed subset is a
 * random sample): the sample's order statistics beyond which the needed values lie with three standard
 * deviations to spare, so that a tail is too short only rarely.
 */
function sampleGuesses(a: Float64Array, offset: number, count: number, needLow: number, needHigh: number, guide: QuantileGuide): void {
  const { sampleValues, sampleDraws } = guide;
  const s = sampleValues.length;
  for (let i = 0; i < s; i++) {
    const d = Math.floor((i * count) / s);
    sampleValues[i] = a[offset + d] as number;
    sampleDraws[i] = d;
  }
  const low = sampleRank(needLow / count, s);
  selectIndexed(sampleValues, sampleDraws, low, 0, s - 1);
  guide.low = sampleDraws[low] as number;
  const high = s - 1 - sampleRank(needHigh / count, s);
  selectIndexed(sampleValues, sampleDraws, high, 0, s - 1);
  guide.high = sampleDraws[high] as number;
}

/**
 * The lower quantile from the `n` smallest values; the next guess stays the draw that bounded them when
 * it is still `margin/2 .. 2·margin` ranks beyond the needed ones, else the draw `margin` ranks beyond.
 */
function lowEnd(values: Float64Array, draws: Int32Array, n: number, j: number, g: number, count: number, guide: QuantileGuide): number {
  selectIndexed(values, draws, j, 0, n - 1);
  const x = values[j] as number;
  const next = j < count - 1 ? minimum(values, j + 1, n - 1) : x;
  const excess = n - Math.min(count, j + 2);
  if (guide.low < 0 || n === count || excess < guide.margin >> 1 || excess > 2 * guide.margin) {
    const target = Math.min(n - 1, j + 1 + guide.margin);
    if (target > j) selectIndexed(values, draws, target, j + 1, n - 1);
    guide.low = draws[target] as number;
  }
  return g === 0 ? x : x + g * (next - x);
}

/** The upper quantile from the `n` largest values, and the next guess as in {@link lowEnd}. */
function highEnd(values: Float64Array, draws: Int32Array, n: number, j: number, g: number, count: number, guide: QuantileGuide): number {
  const local = j - (count - n);
  selectIndexed(values, draws, local, 0, n - 1);
  const x = values[local] as number;
  const next = j < count - 1 ? minimum(values, local + 1, n - 1) : x;
  const excess = local;
  if (guide.high < 0 || n === count || excess < guide.margin >> 1 || excess > 2 * guide.margin) {
    const target = Math.max(0, local - guide.margin);
    if (target < local) selectIndexed(values, draws, target, 0, local - 1);
    guide.high = draws[target] as number;
  }
  return g === 0 ? x : x + g * (next - x);
}

/** Smallest of `a[from..to]`. */
function minimum(a: Float64Array, from: number, to: number): number {
  let m = a[from] as number;
  for (let i = from + 1; i <= to; i++) if ((a[i] as number) < m) m = a[i] as number;
  return m;
}

/**
 * Floyd–Rivest selection (Floyd & Rivest 1975, algorithm SELECT, as in `quantilePair`) of rank `k` in
 * `a[left..right]`, carrying each value's draw index in `ids` along.
 */
function selectIndexed(a: Float64Array, ids: Int32Array, k: number, left: number, right: number): void {
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - m) * s) / n + sd));
      selectIndexed(a, ids, k, newLeft, newRight);
    }
    const t = a[k] as number;
    let i = left;
    let j = right;
    swap(a, ids, left, k);
    if ((a[right] as number) > t) swap(a, ids, left, right);
    while (i < j) {
      swap(a, ids, i, j);
      i++;
      j--;
      while ((a[i] as number) < t) i++;
      while ((a[j] as number) > t) j--;
    }
    if (a[left] === t) swap(a, ids, left, j);
    else {
      j++;
      swap(a, ids, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, ids: Int32Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
  const s = ids[i] as number;
  ids[i] = ids[j] as number;
  ids[j] = s;
}
