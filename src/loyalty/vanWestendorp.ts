import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { UndefinedResultError } from '../core/errors/UndefinedResultError';
import { checkRows, readBoolean, readChoice, readNumber, readOptionsObject } from './internal/checkOptions';
import { firstCrossing, interpolatedCrossing, type Crossing } from './internal/crossCurves';
import { firstArgmax, nmsReach } from './internal/nmsReach';
import { sortProblems, throwFirstProblem } from './internal/readPriceSurvey';
import { readVanWestendorpRows, type VanWestendorpColumns } from './internal/readVanWestendorpRows';
import { fineGridLength, vanWestendorpCurves, type VanWestendorpCurveColumns } from './internal/vanWestendorpCurves';

/**
 * One respondent of a Van Westendorp price survey: four prices and, for the Newton–Miller–Smith extension,
 * two purchase likelihoods.
 */
export interface VanWestendorpResponse {
  /** Respondent id; `1` and `'1'` are the same respondent. Must be unique. */
  readonly respondentId: string | number;
  /** "So cheap that you would doubt the quality". Omit (or `null`) for every respondent when not asked. */
  readonly tooCheap?: number | null;
  /** "A bargain, good value for money". */
  readonly cheap: number;
  /** "Getting expensive, but you would still consider it". */
  readonly expensive: number;
  /** "So expensive that you would not consider buying it". */
  readonly tooExpensive: number;
  /** Survey weight, finite and ≥ 0 (default 1). */
  readonly weight?: number;
  /** Purchase likelihood at the respondent's own cheap price, an integer 1 (no) to 5 (certainly). */
  readonly likelihoodAtCheap?: number | null;
  /** Purchase likelihood at the respondent's own expensive price, an integer 1 to 5. */
  readonly likelihoodAtExpensive?: number | null;
}

/** The curves of a Van Westendorp analysis. */
export type VanWestendorpCurveName = 'tooCheap' | 'cheap' | 'expensive' | 'tooExpensive' | 'notCheap' | 'notExpensive';

/** Options of {@link vanWestendorp}. */
export interface VanWestendorpOptions {
  /** `'report'` (default): invalid respondents are listed in `invalid` and left out; `'throw'`: the first throws. */
  readonly invalid?: 'report' | 'throw';
  /**
   * `'interpolate'` (default; pricesensitivitymeter ≥ 1.3.1): linear interpolation of the sign changes of the
   * difference of the curves. `'firstCrossing'` (≤ 1.3.0): the first grid price where the rising curve reaches
   * the falling one, with ties resolved by `ties`.
   */
  readonly intersection?: 'firstCrossing' | 'interpolate';
  /** First crossing: the grid rows with the same pair of curve values give their `'min'` (default), `'max'`, `'mean'` or `'median'` price. */
  readonly ties?: 'min' | 'max' | 'mean' | 'median';
  /** Interpolation: several crossings give their `'min'` (default), `'max'` or `'mean'`. */
  readonly crossings?: 'min' | 'max' | 'mean';
  /** Acceptable range: `'original'` (default; van Westendorp 1976) or `'narrower'`. */
  readonly range?: 'original' | 'narrower';
  /** Clamp each ECDF to 0 at and below its variable's minimum and to 1 at and above its maximum (pricesensitivitymeter ≥ 1.3.1). Default `false`. */
  readonly clampEcdf?: boolean;
  /** Interpolate the curves linearly onto the grid `min + j·step` before intersecting (the package's `interpolate = TRUE` uses 0.01). Default `null`: the answered prices. */
  readonly interpolationStep?: number | null;
  /** Calibrated purchase probability of likelihood answers 1..k (default `[0, 0.1, 0.3, 0.5, 0.7]`). */
  readonly calibration?: readonly number[];
  /** Purchase probability at the respondent's too-cheap price (default 0). */
  readonly probabilityAtTooCheap?: number;
  /** Purchase probability at the respondent's too-expensive price (default 0). */
  readonly probabilityAtTooExpensive?: number;
}

/** A price point: where two curves intersect, or `null` with the reason. */
export interface VanWestendorpPricePoint {
  /** The price, or `null` when the curves do not intersect (or a curve is missing). */
  readonly price: number | null;
  /** Why `price` is `null`; `null` otherwise. */
  readonly reason: string | null;
  /** The two curves intersected: the rising one first. */
  readonly curves: readonly [VanWestendorpCurveName, VanWestendorpCurveName];
  /** Every candidate: the tied grid prices (first crossing) or every interpolated crossing, ascending by grid. */
  readonly candidates: readonly number[];
}

/** A respondent left out of the analysis, with the rule it breaks. */
export interface VanWestendorpInvalidRespondent {
  /** Index of the row in `responses`. */
  readonly index: number;
  /** The respondent id as a string, or `null` when it is not usable. */
  readonly respondentId: string | null;
  /** The offending field (`'cheap'`, `'weight'`, ...), or `'row'` when the row is not an object. */
  readonly field: string;
  /** The rule broken, e.g. `violates cheap < expensive`. */
  readonly reason: string;
  /** The offending value(s) as given. */
  readonly value: unknown;
  /** The violated strict inequality (`'tooCheap < cheap'`, `'cheap < expensive'`, `'expensive < tooExpensive'`), else `null`. */
  readonly inequality: string | null;
}

/** The curves as columns over `price` (shares in [0, 1]). */
export interface VanWestendorpCurves {
  /** The grid: every distinct answered price ascending, or the equally spaced grid of `interpolationStep`. */
  readonly price: readonly number[];
  /** Share whose too-cheap price is strictly above p (`null` when not asked). */
  readonly tooCheap: readonly number[] | null;
  /** Share whose cheap price is strictly above p. */
  readonly cheap: readonly number[];
  /** Share whose expensive price is at or below p. */
  readonly expensive: readonly number[];
  /** Share whose too-expensive price is at or below p. */
  readonly tooExpensive: readonly number[];
  /** `1 − cheap`. */
  readonly notCheap: readonly number[];
  /** `1 − expensive`. */
  readonly notExpensive: readonly number[];
}

/** The Newton–Miller–Smith reach and revenue curves over the same grid as the curves. */
export interface NewtonMillerSmithResult {
  /** The grid (as `curves.price`). */
  readonly price: readonly number[];
  /** Weighted mean purchase probability at each price, in [0, 1]. */
  readonly reach: readonly number[];
  /** `price × reach`: revenue per respondent. */
  readonly revenue: readonly number[];
  /** The first price maximising reach, and the maximum. */
  readonly optimalReach: { readonly price: number; readonly reach: number };
  /** The first price maximising revenue, and the maximum. */
  readonly optimalRevenue: { readonly price: number; readonly revenue: number };
  /** Calibrated probability of each likelihood answer 1..k. */
  readonly calibration: readonly number[];
  /** Probability at each respondent's too-cheap price. */
  readonly probabilityAtTooCheap: number;
  /** Probability at each respondent's too-expensive price. */
  readonly probabilityAtTooExpensive: number;
}

/** Whether the price points are in their usual order (`null` when one of the pair is missing); reported, never forced. */
export interface VanWestendorpOrdering {
  readonly pmcAtMostPme: boolean | null;
  readonly pmcAtMostOpp: boolean | null;
  readonly oppAtMostPme: boolean | null;
  readonly pmcAtMostIpp: boolean | null;
  readonly ippAtMostPme: boolean | null;
}

/** The result of {@link vanWestendorp}. */
export interface VanWestendorpResult {
  /** Respondents analysed. */
  readonly n: number;
  /** Rows given. */
  readonly rows: number;
  /** Σ of the weights of the respondents analysed (`n` without weights). */
  readonly sumWeights: number;
  /** Whether weights were given. */
  readonly weighted: boolean;
  /** The curves on the grid. */
  readonly curves: VanWestendorpCurves;
  /** Point of marginal cheapness, point of marginal expensiveness, optimal and indifference price points. */
  readonly pricePoints: {
    readonly pmc: VanWestendorpPricePoint;
    readonly pme: VanWestendorpPricePoint;
    readonly opp: VanWestendorpPricePoint;
    readonly ipp: VanWestendorpPricePoint;
  };
  /** The acceptable range `[PMC, PME]` (either end `null` when its point is). */
  readonly acceptableRange: { readonly lower: number | null; readonly upper: number | null; readonly definition: 'original' | 'narrower' };
  /** Order checks of the points. */
  readonly ordering: VanWestendorpOrdering;
  /** Reach and revenue when likelihood answers were given, else `null`. */
  readonly newtonMillerSmith: NewtonMillerSmithResult | null;
  /** Respondents left out, sorted by respondent id then index. */
  readonly invalid: readonly VanWestendorpInvalidRespondent[];
  /** The conventions used. */
  readonly conventions: {
    readonly intersection: 'firstCrossing' | 'interpolate';
    readonly ties: 'min' | 'max' | 'mean' | 'median';
    readonly crossings: 'min' | 'max' | 'mean';
    readonly range: 'original' | 'narrower';
    readonly clampEcdf: boolean;
    readonly interpolationStep: number | null;
    readonly tooCheapAsked: boolean;
    readonly curves: string;
    readonly validation: string;
  };
}

const FN = 'vanWestendorp';
const MAX_FINE_GRID = 5_000_000;
const DEFAULT_CALIBRATION = [0, 0.1, 0.3, 0.5, 0.7] as const;

interface Settings {
  readonly invalid: 'report' | 'throw';
  readonly intersection: 'firstCrossing' | 'interpolate';
  readonly ties: 'min' | 'max' | 'mean' | 'median';
  readonly crossings: 'min' | 'max' | 'mean';
  readonly range: 'original' | 'narrower';
  readonly clampEcdf: boolean;
  readonly interpolationStep: number | null;
  readonly calibration: readonly number[];
  readonly probabilityAtTooCheap: number;
  readonly probabilityAtTooExpensive: number;
}

function readCalibration(o: Readonly<Record<string, unknown>>): readonly number[] {
  const c = o['calibration'];
  if (c === undefined) return DEFAULT_CALIBRATION;
  const ok =
    Array.isArray(c) && c.length >= 2 && c.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1);
  if (!ok) throw new InvalidArgumentError(FN, 'options.calibration', 'must be an array of at least 2 probabilities in [0, 1]', c);
  return (c as number[]).slice();
}

function readSettings(options: unknown): Settings {
  const o = readOptionsObject(FN, options);
  const step = o['interpolationStep'];
  if (step !== undefined && step !== null && !(typeof step === 'number' && Number.isFinite(step) && step > 0)) {
    throw new InvalidArgumentError(FN, 'options.interpolationStep', 'must be a finite number > 0 or null', step);
  }
  return {
    invalid: readChoice(FN, o, 'invalid', ['report', 'throw'], 'report'),
    intersection: readChoice(FN, o, 'intersection', ['firstCrossing', 'interpolate'], 'interpolate'),
    ties: readChoice(FN, o, 'ties', ['min', 'max', 'mean', 'median'], 'min'),
    crossings: readChoice(FN, o, 'crossings', ['min', 'max', 'mean'], 'min'),
    range: readChoice(FN, o, 'range', ['original', 'narrower'], 'original'),
    clampEcdf: readBoolean(FN, o, 'clampEcdf', false),
    interpolationStep: typeof step === 'number' ? step : null,
    calibration: readCalibration(o),
    probabilityAtTooCheap: readNumber(FN, o, 'probabilityAtTooCheap', 0, { min: 0, max: 1 }),
    probabilityAtTooExpensive: readNumber(FN, o, 'probabilityAtTooExpensive', 0, { min: 0, max: 1 }),
  };
}

type CurveKey = Exclude<VanWestendorpCurveName, never>;

function point(
  curves: VanWestendorpCurveColumns,
  rising: CurveKey,
  falling: CurveKey,
  s: Settings,
): VanWestendorpPricePoint {
  const a = curves[rising];
  const b = curves[falling];
  const pair = [rising, falling] as const;
  if (a === null || b === null) {
    return { price: null, reason: 'the too-cheap question was not answered by any respondent', curves: pair, candidates: [] };
  }
  const names = `${rising} x ${falling}`;
  const c: Crossing =
    s.intersection === 'firstCrossing'
      ? firstCrossing(curves.price, a, b, s.ties, names)
      : interpolatedCrossing(curves.price, a, b, s.crossings, names);
  return { price: c.price, reason: c.reason, curves: pair, candidates: c.candidates };
}

function atMost(a: VanWestendorpPricePoint, b: VanWestendorpPricePoint): boolean | null {
  return a.price === null || b.price === null ? null : a.price <= b.price;
}

function pricePoints(curves: VanWestendorpCurveColumns, s: Settings): VanWestendorpResult['pricePoints'] {
  const narrow = s.range === 'narrower';
  return {
    pmc: narrow ? point(curves, 'expensive', 'tooCheap', s) : point(curves, 'notCheap', 'tooCheap', s),
    pme: narrow ? point(curves, 'tooExpensive', 'cheap', s) : point(curves, 'tooExpensive', 'notExpensive', s),
    opp: point(curves, 'tooExpensive', 'tooCheap', s),
    ipp: point(curves, 'expensive', 'cheap', s),
  };
}

function newtonMillerSmith(cols: VanWestendorpColumns, price: Float64Array, s: Settings): NewtonMillerSmithResult | null {
  if (cols.likelihoodCheap === null || cols.likelihoodExpensive === null) return null;
  const probCheap = new Float64Array(cols.n);
  const probExpensive = new Float64Array(cols.n);
  for (let i = 0; i < cols.n; i++) {
    probCheap[i] = s.calibration[cols.likelihoodCheap[i]! - 1]!;
    probExpensive[i] = s.calibration[cols.likelihoodExpensive[i]! - 1]!;
  }
  const reach = nmsReach(
    { ...cols, probCheap, probExpensive, probTooCheap: s.probabilityAtTooCheap, probTooExpensive: s.probabilityAtTooExpensive },
    price,
  );
  const revenue = new Float64Array(price.length);
  for (let g = 0; g < price.length; g++) revenue[g] = price[g]! * reach[g]!;
  const gr = firstArgmax(reach);
  const gv = firstArgmax(revenue);
  return {
    price: Array.from(price),
    reach: Array.from(reach),
    revenue: Array.from(revenue),
    optimalReach: { price: price[gr]!, reach: reach[gr]! },
    optimalRevenue: { price: price[gv]!, revenue: revenue[gv]! },
    calibration: s.calibration.slice(),
    probabilityAtTooCheap: s.probabilityAtTooCheap,
    probabilityAtTooExpensive: s.probabilityAtTooExpensive,
  };
}

function sumOf(w: Float64Array | null, n: number): number {
  if (w === null) return n;
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i]!;
  return s;
}

function checkFineGrid(cols: VanWestendorpColumns, step: number | null): void {
  if (step === null) return;
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of [cols.tooCheap, cols.cheap, cols.tooExpensive]) {
    if (c === null) continue;
    for (let i = 0; i < c.length; i++) {
      if (c[i]! < lo) lo = c[i]!;
      if (c[i]! > hi) hi = c[i]!;
    }
  }
  if (fineGridLength(lo, hi, step) > MAX_FINE_GRID) {
    throw new InvalidArgumentError(FN, 'options.interpolationStep', `gives more than ${MAX_FINE_GRID} grid prices over [${lo}, ${hi}]`, step);
  }
}

function curvesOut(c: VanWestendorpCurveColumns): VanWestendorpCurves {
  return {
    price: Array.from(c.price),
    tooCheap: c.tooCheap === null ? null : Array.from(c.tooCheap),
    cheap: Array.from(c.cheap),
    expensive: Array.from(c.expensive),
    tooExpensive: Array.from(c.tooExpensive),
    notCheap: Array.from(c.notCheap),
    notExpensive: Array.from(c.notExpensive),
  };
}

/**
 * Van Westendorp price sensitivity meter: the four price curves of a survey, the acceptable price range,
 * the optimal and indifference price points, and the Newton–Miller–Smith reach and revenue curves.
 *
 * @remarks
 * Each respondent names four prices: too cheap (quality doubted), cheap (a bargain), expensive (would still
 * consider it) and too expensive (would not consider it); van Westendorp (1976). A respondent is valid when
 * `tooCheap < cheap < expensive < tooExpensive` (strict; when no respondent answered "too cheap", only
 * `cheap < expensive < tooExpensive`). Invalid rows are never dropped silently: each is listed in `invalid`
 * with the violated inequality, or with `invalid: 'throw'` the first one throws.
 *
 * On the grid of all distinct answered prices, with weighted ECDFs `F_X(p) = Σ w_i [x_i ≤ p] / Σ w_i`:
 * `tooCheap(p) = 1 − F_tooCheap(p)` and `cheap(p) = 1 − F_cheap(p)` (share strictly above p),
 * `expensive(p) = F_expensive(p)` and `tooExpensive(p) = F_tooExpensive(p)` (share at or below p),
 * `notCheap = 1 − cheap`, `notExpensive = 1 − expensive` — the conventions of the R package
 * pricesensitivitymeter. `clampEcdf: true` sets each `F_X` to 0 at and below `min X` and to 1 at and above
 * `max X` first, as the package does since 1.3.1.
 *
 * Price points (the rising curve first): PMC = notCheap × tooCheap (`range: 'narrower'`: expensive × tooCheap),
 * PME = tooExpensive × notExpensive (narrower: tooExpensive × cheap), OPP = tooExpensive × tooCheap,
 * IPP = expensive × cheap. `intersection: 'firstCrossing'` takes the first grid price where the rising curve
 * is at least the falling one, and resolves the grid rows with the same pair of values by `ties` (package
 * ≤ 1.3.0); `'interpolate'` takes `x = p_k − d_k (p_{k+1} − p_k)/(d_{k+1} − d_k)` at every sign change of
 * `d = rising − falling` between consecutive grid prices and resolves several by `crossings` (package
 * ≥ 1.3.1). `{ intersection: 'firstCrossing' }` reproduces 1.3.0 and
 * `{ intersection: 'interpolate', clampEcdf: true }` reproduces 1.3.1+ (with `interpolationStep: 0.01` their
 * `interpolate = TRUE`). A point without a crossing is `null` with a reason; `ordering` reports whether
 * PMC ≤ OPP, IPP ≤ PME, never forcing it.
 *
 * Newton–Miller–Smith (Newton, Miller & Smith 1993), when likelihood answers are given: each answer 1..k is
 * mapped to a probability by `calibration`; a respondent's purchase probability is linear in price through
 * `(tooCheap, a), (cheap, π_cheap), (expensive, π_expensive), (tooExpensive, b)` and 0 outside (without a
 * too-cheap price, `π_cheap` below the cheap price). `reach(p)` is its weighted mean, `revenue(p) = p·reach(p)`,
 * and the optimal prices are the first grid prices that maximise them (values within a relative 1e-10 count
 * as ties). Package 1.3.0 interpolated in grid index instead, which agrees only on evenly spaced grids.
 *
 * Results do not depend on row order (respondents are processed in respondent-id order). Complexity
 * O(n log n) for the id sort and the grid, O(G) per curve and per intersection.
 *
 * @param responses - One row per respondent ({@link VanWestendorpResponse}).
 * @param options - Conventions and the Newton–Miller–Smith calibration ({@link VanWestendorpOptions}).
 * @returns A {@link VanWestendorpResult}.
 * @throws `INVALID_ARGUMENT` when `responses` is not an array or an option is malformed (also a null options object).
 * @throws `INVALID_ARGUMENT` under `invalid: 'throw'`, for the first invalid row, naming it and the rule.
 * @throws `INVALID_ARGUMENT` when `interpolationStep` would give more than 5,000,000 grid prices.
 * @throws `EMPTY_INPUT` when no respondent is valid.
 * @throws `UNDEFINED_RESULT` when the weights of the valid respondents sum to 0.
 * @example
 * ```ts
 * const r = vanWestendorp([
 *   { respondentId: 'a', tooCheap: 2, cheap: 4, expensive: 6, tooExpensive: 8 },
 *   { respondentId: 'b', tooCheap: 3, cheap: 5, expensive: 7, tooExpensive: 9 },
 *   { respondentId: 'c', tooCheap: 4, cheap: 3, expensive: 8, tooExpensive: 10 },
 * ]);
 * r.n; // 2
 * r.invalid[0].inequality; // 'tooCheap < cheap'
 * r.pricePoints.ipp.price; // 5
 * r.acceptableRange; // { lower: 3, upper: 7, definition: 'original' }
 * r.pricePoints.opp.candidates; // [3, 7] (two touches of zero; the min is taken)
 * ```
 * @see van Westendorp, P. H. (1976). NSS price sensitivity meter (PSM) — A new approach to study consumer
 *   perception of prices. Proceedings of the 29th ESOMAR Congress, 139–167.
 * @see Newton, D., Miller, J. & Smith, P. (1993). A market acceptance extension to traditional price
 *   sensitivity measurement. Proceedings of the AMA Advanced Research Techniques Forum.
 * @see Alletsee, M. pricesensitivitymeter: Van Westendorp Price Sensitivity Meter Analysis (R package, versions
 *   1.3.0 and 1.3.3). https://github.com/max-alletsee/pricesensitivitymeter
 */
export function vanWestendorp(responses: readonly VanWestendorpResponse[], options?: VanWestendorpOptions): VanWestendorpResult {
  const rows = checkRows(FN, 'responses', responses);
  const s = readSettings(options);
  if (rows.length === 0) throw new EmptyInputError(FN, 'responses');
  const cols = readVanWestendorpRows(rows, s.calibration.length);
  if (s.invalid === 'throw') throwFirstProblem(FN, 'responses', cols.problems);
  if (cols.n === 0) throw new EmptyInputError(FN, 'responses', 'must contain at least one valid respondent');
  const sumWeights = sumOf(cols.weight, cols.n);
  if (!(sumWeights > 0)) throw new UndefinedResultError(FN, 'the weights of the valid respondents sum to 0');
  checkFineGrid(cols, s.interpolationStep);
  const curves = vanWestendorpCurves(cols.tooCheap, cols.cheap, cols.expensive, cols.tooExpensive, cols.weight, s.clampEcdf, s.interpolationStep);
  const points = pricePoints(curves, s);
  return {
    n: cols.n,
    rows: cols.rows,
    sumWeights,
    weighted: cols.weighted,
    curves: curvesOut(curves),
    pricePoints: points,
    acceptableRange: { lower: points.pmc.price, upper: points.pme.price, definition: s.range },
    ordering: {
      pmcAtMostPme: atMost(points.pmc, points.pme),
      pmcAtMostOpp: atMost(points.pmc, points.opp),
      oppAtMostPme: atMost(points.opp, points.pme),
      pmcAtMostIpp: atMost(points.pmc, points.ipp),
      ippAtMostPme: atMost(points.ipp, points.pme),
    },
    newtonMillerSmith: newtonMillerSmith(cols, curves.price, s),
    invalid: sortProblems(cols.problems),
    conventions: conventionsOf(s, cols.tooCheapAsked),
  };
}

function conventionsOf(s: Settings, tooCheapAsked: boolean): VanWestendorpResult['conventions'] {
  return {
    intersection: s.intersection,
    ties: s.ties,
    crossings: s.crossings,
    range: s.range,
    clampEcdf: s.clampEcdf,
    interpolationStep: s.interpolationStep,
    tooCheapAsked,
    curves: 'tooCheap, cheap: share strictly above p; expensive, tooExpensive: share at or below p; weighted ECDFs',
    validation: tooCheapAsked ? 'tooCheap < cheap < expensive < tooExpensive (strict)' : 'cheap < expensive < tooExpensive (strict)',
  };
}
