import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { normalQuantile } from '../core/special/normalQuantile';
import type { RejectedRecord } from '../time/types';
import { logRankTest } from './internal/logRankTest';
import { productLimitCurve, type CurveSettings } from './internal/productLimitCurve';
import { readSurvivalObservations } from './internal/readSurvivalObservations';

/** One lifetime: how long it was observed and whether it ended in the event or was right-censored. */
export interface SurvivalObservation {
  /** Optional identifier (a customer id); a repeated id rejects every row that carries it. */
  readonly id?: string | number;
  /** Time from the start (e.g. the first purchase) to the event or to the censoring, ≥ 0, in any unit. */
  readonly time: number;
  /** `true` when the lifetime ended (lapsed, churned); `false` when still running at `time` (right-censored). */
  readonly event: boolean;
  /** Optional group (arm, segment, cohort): given on every row or on none. */
  readonly group?: string;
}

/**
 * Scale on which the pointwise interval is built: `'log-log'` (`log(−log S)`, default; always inside
 * (0, 1)), `'log'` (`log S`, R `survival`'s default; upper limit cut at 1) or `'plain'` (`S ± z·SE`, cut
 * to [0, 1]).
 */
export type SurvivalIntervalType = 'log-log' | 'log' | 'plain';

/** Options of {@link kaplanMeier}. */
export interface KaplanMeierOptions {
  /** Confidence level of the intervals, in (0, 1). Default 0.95. */
  readonly confidenceLevel?: number;
  /** Interval scale. Default `'log-log'`. */
  readonly interval?: SurvivalIntervalType;
  /** Rows of `steps`: one per event time (`'events'`, default, as R's `summary(survfit)`) or per distinct time. */
  readonly times?: 'events' | 'all';
  /** Horizon `τ > 0` of the restricted mean lifetime `∫₀^τ S(t) dt`; omitted: no restricted mean. */
  readonly restrictedMeanHorizon?: number;
}

/** One row of the product-limit table. */
export interface KaplanMeierStep {
  /** The time `tᵢ`. */
  readonly time: number;
  /** `nᵢ`: observations with time ≥ `tᵢ` (those censored at `tᵢ` included). */
  readonly atRisk: number;
  /** `dᵢ`: events at `tᵢ`. */
  readonly events: number;
  /** Observations censored at exactly `tᵢ` (with `times: 'events'`, censorings at other times have no row). */
  readonly censored: number;
  /** `Ŝ(tᵢ)`, in [0, 1]. */
  readonly survival: number;
  /** Greenwood standard error of `Ŝ(tᵢ)`; `null` once `Ŝ = 0` (the variance is infinite there). */
  readonly standardError: number | null;
  /** Lower limit of the pointwise interval; `null` once `Ŝ = 0`. */
  readonly lower: number | null;
  /** Upper limit of the pointwise interval; `null` once `Ŝ = 0`. */
  readonly upper: number | null;
}

/** Median lifetime with its confidence limits; an absent value is `null` and `reason` says why. */
export interface SurvivalMedian {
  /** Smallest event time with `Ŝ(t) ≤ 0.5`, or `null` when the estimate never gets there. */
  readonly time: number | null;
  /** Smallest event time at which the lower pointwise limit is ≤ 0.5, or `null`. */
  readonly lower: number | null;
  /** Smallest event time at which the upper pointwise limit is ≤ 0.5, or `null`. */
  readonly upper: number | null;
  /** Why a value is `null`; `null` when all three exist. */
  readonly reason: string | null;
}

/** Restricted mean lifetime to a horizon. */
export interface SurvivalRestrictedMean {
  /** The horizon `τ`. */
  readonly horizon: number;
  /** `∫₀^τ Ŝ(t) dt`, in the unit of `time` (the curve is held at its last value beyond the last time). */
  readonly value: number;
  /** Its standard error `√(Σ_{tᵢ≤τ} Aᵢ² dᵢ/(nᵢ(nᵢ−dᵢ)))`, `Aᵢ = ∫_{tᵢ}^τ Ŝ`. */
  readonly standardError: number;
}

/** A Kaplan-Meier curve with its summaries. */
export interface SurvivalCurve {
  /** Observations. */
  readonly n: number;
  /** Events. */
  readonly events: number;
  /** Right-censored observations. */
  readonly censored: number;
  /** The product-limit table, by increasing time. */
  readonly steps: readonly KaplanMeierStep[];
  /** Median lifetime and its limits. */
  readonly median: SurvivalMedian;
  /** Restricted mean to `restrictedMeanHorizon`; `null` when no horizon was given. */
  readonly restrictedMean: SurvivalRestrictedMean | null;
}

/** The curve of one group. */
export interface SurvivalGroupCurve {
  /** The group. */
  readonly group: string;
  /** Its curve. */
  readonly curve: SurvivalCurve;
}

/** The log-rank test of equal survival across the groups. */
export interface LogRankTest {
  /** χ² statistic; `null` when its variance is singular (see `reason`). */
  readonly statistic: number | null;
  /** Groups − 1. */
  readonly degreesOfFreedom: number;
  /** Upper-tail χ² probability of the statistic; `null` with the statistic. */
  readonly pValue: number | null;
  /** Observed and expected events per group, sorted by group. */
  readonly groups: readonly { readonly group: string; readonly n: number; readonly observed: number; readonly expected: number }[];
  /** Why the statistic is `null`; `null` otherwise. */
  readonly reason: string | null;
}

/** The conventions a Kaplan-Meier result was computed with. */
export interface KaplanMeierSettings {
  readonly confidenceLevel: number;
  readonly interval: SurvivalIntervalType;
  readonly times: 'events' | 'all';
  readonly restrictedMeanHorizon: number | null;
  /** `'Greenwood'`. */
  readonly standardError: 'Greenwood';
  /** How ties are read: events at `t` happen before censorings at `t`, so those censored at `t` are at risk at `t`. */
  readonly ties: string;
  /** The median rule and its limits. */
  readonly median: string;
}

/** Result of {@link kaplanMeier}. */
export interface KaplanMeierResult {
  /** The curve of all accepted observations. */
  readonly overall: SurvivalCurve;
  /** One curve per group, sorted by group (empty when no row has a group). */
  readonly groups: readonly SurvivalGroupCurve[];
  /** Log-rank test between the groups; `null` with fewer than two groups. */
  readonly logRank: LogRankTest | null;
  /** The conventions used. */
  readonly settings: KaplanMeierSettings;
  /** Rows left out, with the reason, sorted by index. */
  readonly rejected: readonly RejectedRecord[];
}

const INTERVALS: readonly SurvivalIntervalType[] = ['log-log', 'log', 'plain'];

/** Checked options with defaults. @internal */
function resolveOptions(fn: string, options: KaplanMeierOptions | undefined): { curve: CurveSettings; level: number } {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  }
  const level = options?.confidenceLevel ?? 0.95;
  if (typeof level !== 'number' || !(level > 0 && level < 1)) {
    throw new InvalidArgumentError(fn, 'options.confidenceLevel', 'must be a number in (0, 1)', level);
  }
  const interval = options?.interval ?? 'log-log';
  if (!INTERVALS.includes(interval)) {
    throw new InvalidArgumentError(fn, 'options.interval', "must be 'log-log', 'log' or 'plain'", interval);
  }
  const times = options?.times ?? 'events';
  if (times !== 'events' && times !== 'all') throw new InvalidArgumentError(fn, 'options.times', "must be 'events' or 'all'", times);
  const horizon = options?.restrictedMeanHorizon;
  if (horizon !== undefined && (typeof horizon !== 'number' || !Number.isFinite(horizon) || horizon <= 0)) {
    throw new InvalidArgumentError(fn, 'options.restrictedMeanHorizon', 'must be a finite number above 0', horizon);
  }
  return { curve: { z: normalQuantile(1 - (1 - level) / 2), interval, times, horizon: horizon ?? null }, level };
}

/** Indices `0..n−1` sorted by time (ties by index). @internal */
function orderByTime(time: Float64Array): Int32Array {
  const order = new Int32Array(time.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => (time[a] as number) - (time[b] as number) || a - b);
}

/**
 * Kaplan-Meier (product-limit) survival curves of lifetimes with right-censoring, with Greenwood standard
 * errors, pointwise intervals, the median lifetime and its limits, an optional restricted mean, one curve
 * per group and the log-rank test between groups.
 *
 * @remarks
 * At the distinct event times `t₁ < t₂ < …` with `nᵢ` at risk and `dᵢ` events (Kaplan & Meier 1958, eq. 2):
 * `Ŝ(t) = Π_{tᵢ≤t} (1 − dᵢ/nᵢ)`. An observation censored at `tᵢ` is still at risk at `tᵢ` (events are
 * taken to precede censorings at a tie). Greenwood (1926): `Var log Ŝ(t) = σ²(t) = Σ_{tᵢ≤t} dᵢ/(nᵢ(nᵢ−dᵢ))`,
 * `SE Ŝ = Ŝ σ`. Intervals at level `1 − α`, `z = Φ⁻¹(1 − α/2)`: `'log-log'` (Kalbfleisch & Prentice 1980)
 * `exp(−exp(log(−log Ŝ) ± z σ/|log Ŝ|))`; `'log'` `Ŝ exp(±z σ)` (upper cut at 1); `'plain'` `Ŝ ± z Ŝ σ`
 * (cut to [0, 1]). Once `Ŝ = 0` the standard error and limits are `null`. The median is the smallest
 * event time with `Ŝ ≤ 0.5`, its limits the smallest event times at which the lower and upper limits are
 * ≤ 0.5 (Brookmeyer & Crowley 1982, read off the pointwise band as R `survival` does; R also takes the
 * midpoint of two times where `Ŝ` equals 0.5 exactly, and where a band is not monotone it sorts the band
 * values first and can report a later limit; clientele takes the first crossing). Log-rank test: Mantel (1966);
 * χ² with `k − 1` degrees of freedom. Reproduces R `survival` 3.5-3 on the `aml` data (Miller 1981) at
 * every event time (survival, standard error, the three intervals, medians, restricted mean, log-rank).
 * Cost: one sort, O(n log n), plus O(n k + k³) for the test.
 *
 * Rows with a bad `time` (not finite, negative), `event` (not a boolean), `group` (not a string, or
 * missing while other rows have one) or `id` (repeated) are listed in `rejected` and change nothing else.
 *
 * @param observations - Rows {@link SurvivalObservation} `{ id?, time, event, group? }`.
 * @param options - `confidenceLevel` (0.95), `interval` (`'log-log'`), `times` (`'events'`), `restrictedMeanHorizon`.
 * @returns The overall curve, one curve per group, the log-rank test, the settings and the rejected rows.
 * @throws `INVALID_ARGUMENT` when `observations` is not an array or an option is invalid.
 * @throws `EMPTY_INPUT` when no row is usable.
 * @example
 * ```ts
 * const km = kaplanMeier([
 *   { time: 3, event: true }, { time: 5, event: false }, { time: 5, event: true },
 *   { time: 8, event: true }, { time: 12, event: false },
 * ]);
 * km.overall.steps.map((s) => [s.time, s.atRisk, s.survival]); // [[3, 5, 0.8], [5, 4, 0.6000000000000001], [8, 2, 0.30000000000000004]]
 * km.overall.median.time; // 8
 * km.overall.steps[0]?.standardError; // 0.17888543819998318
 * ```
 * @see Kaplan, E. L. & Meier, P. (1958). Nonparametric estimation from incomplete observations. Journal of
 *   the American Statistical Association 53(282), 457–481. https://doi.org/10.1080/01621459.1958.10501452
 * @see Greenwood, M. (1926). The natural duration of cancer. Reports on Public Health and Medical Subjects 33. HMSO.
 * @see Brookmeyer, R. & Crowley, J. (1982). A confidence interval for the median survival time. Biometrics
 *   38(1), 29–41. https://doi.org/10.2307/2530286
 * @see Mantel, N. (1966). Evaluation of survival data and two new rank order statistics arising in its
 *   consideration. Cancer Chemotherapy Reports 50(3), 163–170.
 * @see Miller, R. G. (1981). Survival Analysis. Wiley (the `aml` data). R package `survival`:
 *   https://CRAN.R-project.org/package=survival
 */
export function kaplanMeier(observations: readonly SurvivalObservation[], options?: KaplanMeierOptions): KaplanMeierResult {
  const fn = 'kaplanMeier';
  if (!Array.isArray(observations)) throw new InvalidArgumentError(fn, 'observations', 'must be an array of rows', observations);
  const { curve: settings, level } = resolveOptions(fn, options);
  const sample = readSurvivalObservations(observations);
  if (sample.time.length === 0) {
    throw new EmptyInputError(fn, 'observations', observations.length === 0 ? 'must not be empty' : 'has no usable row (see the rejected rows: all were invalid)');
  }
  const order = orderByTime(sample.time);
  const overall = productLimitCurve(sample.time, sample.event, order, settings);
  const groups: SurvivalGroupCurve[] = [];
  let logRank: LogRankTest | null = null;
  if (sample.group !== null) {
    const labels = [...new Set(sample.group)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const number = new Map(labels.map((label, g) => [label, g]));
    const groupOf = Int32Array.from(sample.group, (label) => number.get(label) as number);
    const members: number[][] = labels.map(() => []);
    for (const i of order) members[groupOf[i] as number]!.push(i);
    labels.forEach((group, g) => groups.push({ group, curve: productLimitCurve(sample.time, sample.event, members[g] as number[], settings) }));
    if (labels.length >= 2) logRank = logRankTest(sample.time, sample.event, groupOf, order, labels);
  }
  return {
    overall,
    groups,
    logRank,
    settings: {
      confidenceLevel: level,
      interval: settings.interval,
      times: settings.times,
      restrictedMeanHorizon: settings.horizon,
      standardError: 'Greenwood',
      ties: 'events precede censorings at the same time: observations censored at t are at risk at t',
      median: 'smallest event time with S(t) <= 0.5; limits: smallest event times at which the lower / upper pointwise limit is <= 0.5',
    },
    rejected: sample.rejected,
  };
}
