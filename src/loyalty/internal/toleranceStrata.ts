import { civilFromDays } from '../../time/civilFromDays';
import { logRatioInterval } from './ratioEstimate';
import type { ToleranceEstimate } from '../defectTolerance';

/** Group slots of the population estimate: 0 all incidents, 1–5 severity (unspecified, low … critical), 6–8 resolution. @internal */
export const GROUP_COUNT = 9;
/** Slot of the resolution classes fast, slow, unresolved. @internal */
export const RESOLUTION_SLOT = 6;

/**
 * Counts of the matched design: strata are (purchase number 1..cap, with cap meaning "cap or more") ×
 * (calendar month of the reference day); baseline purchases and incidents are counted per stratum. @internal
 */
export interface ToleranceStrata {
  readonly cap: number;
  readonly strata: number;
  /** First day of the month table and the month slot of each day from it. */
  readonly firstDay: number;
  readonly monthOf: Int32Array;
  readonly baseN: Float64Array;
  readonly baseY: Float64Array;
  readonly incN: Float64Array;
  readonly incX: Float64Array;
  readonly censored: Float64Array;
  /** Decidable incidents before the customer's first purchase (no purchase number), by group. */
  readonly beforeFirst: Float64Array;
}

/** Empty strata for reference days in `[firstDay, lastDay]`. @internal */
export function createStrata(firstDay: number, lastDay: number, cap: number): ToleranceStrata {
  const monthOf = new Int32Array(lastDay - firstDay + 1);
  const ym = (d: number) => {
    const c = civilFromDays(d);
    return Math.floor(c / 10_000) * 12 + (Math.floor(c / 100) % 100);
  };
  const base = ym(firstDay);
  for (let d = firstDay; d <= lastDay; d++) monthOf[d - firstDay] = ym(d) - base;
  const months = monthOf.length === 0 ? 1 : (monthOf[monthOf.length - 1] as number) + 1;
  const strata = cap * months;
  return {
    cap,
    strata,
    firstDay,
    monthOf,
    baseN: new Float64Array(strata),
    baseY: new Float64Array(strata),
    incN: new Float64Array(GROUP_COUNT * strata),
    incX: new Float64Array(GROUP_COUNT * strata),
    censored: new Float64Array(GROUP_COUNT),
    beforeFirst: new Float64Array(GROUP_COUNT),
  };
}

/** The stratum of purchase number `number` (≥ 1) on `day`. @internal */
export function stratumOf(s: ToleranceStrata, number: number, day: number): number {
  return (s.monthOf[day - s.firstDay] as number) * s.cap + Math.min(number, s.cap) - 1;
}

/** The population estimate of one group, as the public result reports it. @internal */
export type GroupEstimate = ToleranceEstimate;

/**
 * Group `g`'s matched estimate: `R_inc = X/N` over the decidable incidents of strata that have baseline
 * purchases, `R_base = Σ n_s q_s / N` (the baseline rates `q_s` weighted by the group's incidents per
 * stratum), their ratio and the delta-method interval of its log with
 * `Var ln R_inc = (1 − R_inc)/(N R_inc)` and `Var R_base = Σ (n_s/N)² q_s(1 − q_s)/m_s`. @internal
 */
export function groupEstimate(s: ToleranceStrata, g: number, z: number): GroupEstimate {
  let n = 0;
  let x = 0;
  let unmatched = s.beforeFirst[g] as number;
  let weighted = 0;
  let varSum = 0;
  const offset = g * s.strata;
  for (let k = 0; k < s.strata; k++) {
    const ni = s.incN[offset + k] as number;
    if (ni === 0) continue;
    const m = s.baseN[k] as number;
    if (m === 0) {
      unmatched += ni;
      continue;
    }
    const q = (s.baseY[k] as number) / m;
    n += ni;
    x += s.incX[offset + k] as number;
    weighted += ni * q;
    varSum += (ni * ni * q * (1 - q)) / m;
  }
  const counts = { incidents: n, repurchased: x, unmatched, censored: s.censored[g] as number };
  if (n === 0) {
    return { ...counts, repurchaseRate: null, baselineRate: null, ratio: null, interval: null, reason: 'no decidable incident with matched baseline purchases' };
  }
  const rInc = x / n;
  const rBase = weighted / n;
  const varLogInc = rInc > 0 ? (1 - rInc) / (n * rInc) : 0;
  const varLogBase = rBase > 0 ? varSum / (n * n * rBase * rBase) : 0;
  return { ...counts, repurchaseRate: rInc, baselineRate: rBase, ...logRatioInterval(rInc, rBase, Math.sqrt(varLogInc + varLogBase), z) };
}
