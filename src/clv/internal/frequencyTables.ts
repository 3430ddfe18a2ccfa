import { logGammaRatio } from '../../core/special/logGammaRatio';

/**
 * Per-frequency terms shared by the continuous-time likelihoods, tabulated once per evaluation for every
 * frequency value present in the data (`0 … max x`).
 * @internal
 */
export interface FrequencyTables {
  /** Largest frequency. */
  readonly maxX: number;
  /** `lnΓ(r+x) − lnΓ(r)` at each present `x`. */
  readonly logGammaR: Float64Array;
  /** `lnB(a, b+x+shift) − lnB(a, b)` at each present `x` (only when `a`, `b` were given). */
  readonly logBetaAB: Float64Array;
  /** `ψ(r+x) − ψ(r) = Σ_{j<x} 1/(r+j)` (only with gradients). */
  readonly digammaR: Float64Array;
  /** `∂/∂a [lnB(a, b+x+shift) − lnB(a, b)] = −Σ_{j<x+shift} 1/(a+b+j)` (only with gradients). */
  readonly dBetaDa: Float64Array;
  /** `∂/∂b [lnB(a, b+x+shift) − lnB(a, b)] = Σ_{j<x+shift} (1/(b+j) − 1/(a+b+j))` (only with gradients). */
  readonly dBetaDb: Float64Array;
}

const EMPTY = new Float64Array(0);
const presentCache = new WeakMap<Float64Array, Uint8Array>();

/** Which frequencies `0 … max x` occur in the column (cached per column: a fit evaluates the same data often). */
function presentFrequencies(frequency: Float64Array): Uint8Array {
  let present = presentCache.get(frequency);
  if (present !== undefined) return present;
  const n = frequency.length;
  let maxX = 0;
  for (let i = 0; i < n; i++) {
    const x = frequency[i] as number;
    if (x > maxX) maxX = x;
  }
  present = new Uint8Array(maxX + 1);
  for (let i = 0; i < n; i++) present[frequency[i] as number] = 1;
  presentCache.set(frequency, present);
  return present;
}

/**
 * Tabulates the frequency-only terms of the BG/NBD, MBG/NBD and Pareto/NBD likelihoods. Values come from
 * `logGammaRatio` at each frequency present (accurate for huge `x`); derivative tables are running
 * sums of `1/(r+j)` etc. over `j = 0 … max x` (O(max x)).
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
