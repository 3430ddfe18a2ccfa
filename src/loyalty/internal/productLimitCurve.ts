import type { KaplanMeierStep, SurvivalCurve, SurvivalIntervalType, SurvivalMedian, SurvivalRestrictedMean } from '../kaplanMeier';

/** How a curve is computed: the normal quantile, interval scale, rows shown and the RMST horizon. @internal */
export interface CurveSettings {
  readonly z: number;
  readonly interval: SurvivalIntervalType;
  readonly times: 'events' | 'all';
  readonly horizon: number | null;
}

/** The event-time columns of a curve, kept for the median and the restricted mean. @internal */
interface EventColumns {
  readonly time: number[];
  readonly atRisk: number[];
  readonly events: number[];
  readonly survival: number[];
  readonly lower: (number | null)[];
  readonly upper: (number | null)[];
}

/**
 * Pointwise interval of `S` with Greenwood variance `σ² = Σ d/(n(n−d))` of `log S`; `null` limits when
 * `S = 0` (the variance is infinite), `[1, 1]` when `S = 1`. @internal
 */
export function survivalInterval(s: number, sigma: number, z: number, type: SurvivalIntervalType): { lower: number | null; upper: number | null } {
  if (s <= 0) return { lower: null, upper: null };
  if (s >= 1) return { lower: 1, upper: 1 };
  if (type === 'plain') return { lower: Math.max(0, s - z * s * sigma), upper: Math.min(1, s + z * s * sigma) };
  if (type === 'log') return { lower: s * Math.exp(-z * sigma), upper: Math.min(1, s * Math.exp(z * sigma)) };
  // log(−log S) ± z σ/|log S|, mapped back by exp(−exp(·)): decreasing, so the + end is the lower limit.
  const logS = Math.log(s);
  const centre = Math.log(-logS);
  const half = (z * sigma) / -logS;
  return { lower: Math.exp(-Math.exp(centre + half)), upper: Math.exp(-Math.exp(centre - half)) };
}

/** Smallest event time at which `values` (null = unknown) is ≤ 0.5, or null. @internal */
function firstAtOrBelowHalf(time: readonly number[], values: readonly (number | null)[]): number | null {
  for (let i = 0; i < time.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined && v <= 0.5) return time[i] as number;
  }
  return null;
}

/** The median lifetime and its limits from the pointwise band, each with the reason when absent. @internal */
function medianOf(columns: EventColumns): SurvivalMedian {
  const time = firstAtOrBelowHalf(columns.time, columns.survival);
  const lower = firstAtOrBelowHalf(columns.time, columns.lower);
  const upper = firstAtOrBelowHalf(columns.time, columns.upper);
  const reasons: string[] = [];
  if (time === null) {
    const last = columns.survival.length === 0 ? 1 : (columns.survival[columns.survival.length - 1] as number);
    reasons.push(`the survival estimate never falls to 0.5 or below (lowest ${last})`);
  }
  if (lower === null) reasons.push('the lower confidence limit never falls to 0.5 or below');
  if (upper === null) reasons.push('the upper confidence limit never falls to 0.5 or below (or is undefined where it would)');
  return { time, lower, upper, reason: reasons.length === 0 ? null : reasons.join('; ') };
}

/**
 * Restricted mean `∫₀^τ S(t) dt` and its standard error `√(Σ_{tᵢ≤τ} Aᵢ² dᵢ/(nᵢ(nᵢ−dᵢ)))`,
 * `Aᵢ = ∫_{tᵢ}^τ S(t) dt` (Klein & Moeschberger 2003, §4.5). @internal
 */
function restrictedMeanOf(columns: EventColumns, horizon: number): SurvivalRestrictedMean {
  const cumulative: number[] = [];
  let area = 0;
  let previousTime = 0;
  let previousSurvival = 1;
  let k = 0;
  for (; k < columns.time.length && (columns.time[k] as number) <= horizon; k++) {
    const t = columns.time[k] as number;
    area += previousSurvival * (t - previousTime);
    cumulative.push(area);
    previousTime = t;
    previousSurvival = columns.survival[k] as number;
  }
  const total = area + previousSurvival * (horizon - previousTime);
  let variance = 0;
  for (let i = 0; i < k; i++) {
    const n = columns.atRisk[i] as number;
    const d = columns.events[i] as number;
    if (n === d) continue; // S is 0 from here on: the remaining area is 0
    const a = total - (cumulative[i] as number);
    variance += (a * a * d) / (n * (n - d));
  }
  return { horizon, value: total, standardError: Math.sqrt(variance) };
}

/**
 * The product-limit estimate of the observations `members` (indices into `time`/`event`, sorted by time):
 * one step per distinct time (`times: 'all'`) or per event time. Observations censored at `t` are at risk
 * at `t`. O(m). @internal
 */
export function productLimitCurve(
  time: Float64Array,
  event: Uint8Array,
  members: ArrayLike<number>,
  settings: CurveSettings,
): SurvivalCurve {
  const m = members.length;
  const steps: KaplanMeierStep[] = [];
  const columns: EventColumns = { time: [], atRisk: [], events: [], survival: [], lower: [], upper: [] };
  let atRisk = m;
  let survival = 1;
  let sum = 0; // Greenwood Σ d/(n(n−d)), Neumaier-compensated
  let compensation = 0;
  let exhausted = false; // S has reached 0
  let totalEvents = 0;
  for (let j = 0; j < m; ) {
    const t = time[members[j] as number] as number;
    let d = 0;
    let c = 0;
    for (; j < m && time[members[j] as number] === t; j++) {
      if (event[members[j] as number] === 1) d++;
      else c++;
    }
    if (d > 0) {
      survival *= 1 - d / atRisk;
      if (d === atRisk) exhausted = true;
      else {
        const term = d / (atRisk * (atRisk - d));
        const next = sum + term;
        compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
        sum = next;
      }
    }
    const sigma = Math.sqrt(sum + compensation);
    const band = exhausted ? { lower: null, upper: null } : survivalInterval(survival, sigma, settings.z, settings.interval);
    if (d > 0 || settings.times === 'all') {
      steps.push({
        time: t,
        atRisk,
        events: d,
        censored: c,
        survival: exhausted ? 0 : survival,
        standardError: exhausted ? null : survival * sigma,
        lower: band.lower,
        upper: band.upper,
      });
    }
    if (d > 0) {
      columns.time.push(t);
      columns.atRisk.push(atRisk);
      columns.events.push(d);
      columns.survival.push(exhausted ? 0 : survival);
      columns.lower.push(band.lower);
      columns.upper.push(band.upper);
    }
    totalEvents += d;
    atRisk -= d + c;
  }
  return {
    n: m,
    events: totalEvents,
    censored: m - totalEvents,
    steps,
    median: medianOf(columns),
    restrictedMean: settings.horizon === null ? null : restrictedMeanOf(columns, settings.horizon),
  };
}
