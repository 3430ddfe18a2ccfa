import { digamma } from '../../core/special/digamma';
import { logGammaRatio } from '../../core/special/logGammaRatio';

/** Per-frequency values: dense (`Float64Array` over `0 … max x`) or, for huge frequencies, sparse. */
export type FrequencyColumn = Float64Array | { readonly [x: number]: number };

/**
 * Per-frequency terms shared by the continuous-time likelihoods, tabulated once per evaluation for every
 * frequency value present in the data (`0 … max x`).
 * @internal
 */
export interface FrequencyTables {
  /** Largest frequency. */
  readonly maxX: number;
  /** `lnΓ(r+x) − lnΓ(r)` at each present `x`. */
  readonly logGammaR: FrequencyColumn;
  /** `lnB(a, b+x+shift) − lnB(a, b)` at each present `x` (only when `a`, `b` were given). */
  readonly logBetaAB: FrequencyColumn;
  /** `ψ(r+x) − ψ(r) = Σ_{j<x} 1/(r+j)` (only with gradients). */
  readonly digammaR: FrequencyColumn;
  /** `∂/∂a [lnB(a, b+x+shift) − lnB(a, b)] = −Σ_{j<x+shift} 1/(a+b+j)` (only with gradients). */
  readonly dBetaDa: FrequencyColumn;
  /** `∂/∂b [lnB(a, b+x+shift) − lnB(a, b)] = Σ_{j<x+shift} (1/(b+j) − 1/(a+b+j))` (only with gradients). */
  readonly dBetaDb: FrequencyColumn;
}

const EMPTY = new Float64Array(0);
const presentCache = new WeakMap<Float64Array, Uint8Array | null>();
const distinctCache = new WeakMap<Float64Array, number[]>();

/**
 * Largest frequency tabulated densely. Above it (one customer with 1e8 purchases made a fit allocate
 * gigabytes and sum 1e8 terms per evaluation; 1e10 threw a RangeError) the tables hold only the
 * frequencies present, and the derivative sums come from the digamma function instead of running sums.
 */
export const DENSE_MAX = 100_000;

/** Largest value of the column. */
function maxOf(frequency: Float64Array): number {
  let maxX = 0;
  for (let i = 0; i < frequency.length; i++) {
    const x = frequency[i] as number;
    if (x > maxX) maxX = x;
  }
  return maxX;
}

/** The distinct frequencies of the column (cached per column), for the sparse tables. */
function distinctFrequencies(frequency: Float64Array): number[] {
  let distinct = distinctCache.get(frequency);
  if (distinct === undefined) {
    distinct = [...new Set(frequency)];
    distinctCache.set(frequency, distinct);
  }
  return distinct;
}

/** {@link frequencyTables} for huge frequencies: only the frequencies present, derivatives by digamma. */
function sparseTables(frequency: Float64Array, r: number, a: number, b: number, shift: 0 | 1, withGradient: boolean): FrequencyTables {
  const hasBeta = !Number.isNaN(a);
  const logGammaR: Record<number, number> = {};
  const logBetaAB: Record<number, number> = {};
  const digammaR: Record<number, number> = {};
  const dBetaDa: Record<number, number> = {};
  const dBetaDb: Record<number, number> = {};
  const psiR = withGradient ? digamma(r) : 0;
  const psiAB = withGradient && hasBeta ? digamma(a + b) : 0;
  const psiB = withGradient && hasBeta ? digamma(b) : 0;
  let maxX = 0;
  for (const x of distinctFrequencies(frequency)) {
    if (x > maxX) maxX = x;
    const m = x + shift;
    logGammaR[x] = x === 0 ? 0 : logGammaRatio(r, x);
    if (hasBeta) logBetaAB[x] = m === 0 ? 0 : logGammaRatio(b, m) - logGammaRatio(a + b, m);
    if (!withGradient) continue;
    digammaR[x] = x === 0 ? 0 : digamma(r + x) - psiR;
    if (hasBeta) {
      const psiABm = m === 0 ? psiAB : digamma(a + b + m);
      dBetaDa[x] = psiAB - psiABm;
      dBetaDb[x] = (m === 0 ? psiB : digamma(b + m)) - psiB - psiABm + psiAB;
    }
  }
  return { maxX, logGammaR, logBetaAB: hasBeta ? logBetaAB : EMPTY, digammaR, dBetaDa, dBetaDb };
}

/**
 * Which frequencies `0 … max x` occur in the column, or `null` when the largest exceeds {@link DENSE_MAX}
 * (cached per column: a fit evaluates the same data often).
 */
function presentFrequencies(frequency: Float64Array): Uint8Array | null {
  let present = presentCache.get(frequency);
  if (present !== undefined) return present;
  const n = frequency.length;
  const maxX = maxOf(frequency);
  if (maxX > DENSE_MAX) {
    presentCache.set(frequency, null);
    return null;
  }
  present = new Uint8Array(maxX + 1);
  for (let i = 0; i < n; i++) present[frequency[i] as number] = 1;
  presentCache.set(frequency, present);
  return present;
}

/**
 * Tabulates the frequency-only terms of the BG/NBD, MBG/NBD and Pareto/NBD likelihoods. Values come from
 * `logGammaRatio` at each frequency present (accurate for huge `x`); derivative tables are running
 * sums of `1/(r+j)` etc. over `j = 0 … max x` (O(max x)). Above a largest frequency of 100,000 the tables
 * are sparse (the frequencies present only) and the derivative sums are digamma differences.
 *
 * @param frequency - The frequency column (integers ≥ 0).
 * @param r - Gamma shape of the purchase rate.
 * @param a - Beta parameter `a`, or NaN when the model has no beta dropout.
 * @param b - Beta parameter `b`, or NaN.
 * @param shift - 0 for BG/NBD (`lnB(a, b+x)`), 1 for MBG/NBD (`lnB(a, b+x+1)`).
 * @param withGradient - Whether to fill the derivative tables.
 * @internal
 */
export function frequencyTables(
  frequency: Float64Array,
  r: number,
  a: number,
  b: number,
  shift: 0 | 1,
  withGradient: boolean,
): FrequencyTables {
  const present = presentFrequencies(frequency);
  if (present === null) return sparseTables(frequency, r, a, b, shift, withGradient);
  const maxX = present.length - 1;
  const hasBeta = !Number.isNaN(a);
  const logGammaR = new Float64Array(maxX + 1);
  const logBetaAB = hasBeta ? new Float64Array(maxX + 1) : EMPTY;
  for (let x = 0; x <= maxX; x++) {
    if (present[x] === 0) continue;
    logGammaR[x] = x === 0 ? 0 : logGammaRatio(r, x);
    if (hasBeta) {
      const m = x + shift;
      logBetaAB[x] = m === 0 ? 0 : logGammaRatio(b, m) - logGammaRatio(a + b, m);
    }
  }
  if (!withGradient) {
    return { maxX, logGammaR, logBetaAB, digammaR: EMPTY, dBetaDa: EMPTY, dBetaDb: EMPTY };
  }
  const digammaR = new Float64Array(maxX + 1);
  let sum = 0;
  for (let x = 1; x <= maxX; x++) {
    sum += 1 / (r + x - 1);
    digammaR[x] = sum;
  }
  let dBetaDa = EMPTY;
  let dBetaDb = EMPTY;
  if (hasBeta) {
    dBetaDa = new Float64Array(maxX + 1);
    dBetaDb = new Float64Array(maxX + 1);
    let sa = 0;
    let sb = 0;
    for (let j = 0; j < shift; j++) {
      const inv = 1 / (a + b + j);
      sa -= inv;
      sb += 1 / (b + j) - inv;
    }
    dBetaDa[0] = sa;
    dBetaDb[0] = sb;
    for (let x = 1; x <= maxX; x++) {
      const j = x - 1 + shift;
      const inv = 1 / (a + b + j);
      sa -= inv;
      sb += 1 / (b + j) - inv;
      dBetaDa[x] = sa;
      dBetaDb[x] = sb;
    }
  }
  return { maxX, logGammaR, logBetaAB, digammaR, dBetaDa, dBetaDb };
}
