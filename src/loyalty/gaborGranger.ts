import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { UndefinedResultError } from '../core/errors/UndefinedResultError';
import { expit } from '../core/special/expit';
import { checkRows, readChoice, readNumber, readOptionsObject } from './internal/checkOptions';
import { arcElasticity } from './internal/arcElasticity';
import { argmaxLogisticMargin, fitLogisticDemand } from './internal/fitLogisticDemand';
import { readGaborGrangerRows, type GaborGrangerRespondent } from './internal/readGaborGrangerRows';
import { throwFirstProblem } from './internal/readPriceSurvey';
import type { VanWestendorpInvalidRespondent } from './vanWestendorp';

/**
 * A Gabor–Granger answer: either one row per respondent with the highest acceptable price (`maxPrice`), or
 * one row per respondent and tested price with the buy / no-buy answer (`price`, `buy`).
 */
export interface GaborGrangerResponse {
  /** Respondent id; `1` and `'1'` are the same respondent. */
  readonly respondentId: string | number;
  /** Highest price the respondent would buy at (> 0), or `null` when at none of the tested prices. */
  readonly maxPrice?: number | null;
  /** A tested price (> 0), with `buy`. */
  readonly price?: number;
  /** Whether the respondent would buy at `price`. */
  readonly buy?: boolean;
  /** Survey weight, finite and ≥ 0 (default 1; the same on every row of a respondent). */
  readonly weight?: number;
}

/** Options of {@link gaborGranger}. */
export interface GaborGrangerOptions {
  /** The tested prices (> 0). Default: every distinct answered price (or every distinct `maxPrice`). */
  readonly prices?: readonly number[];
  /** Unit (marginal) cost c, in price units (default 0). */
  readonly unitCost?: number;
  /** Fixed cost subtracted from profit (default 0). */
  readonly fixedCost?: number;
  /** Number of potential buyers the shares are scaled to (default 1: per respondent). */
  readonly marketSize?: number;
  /** `'logistic'`: also fit `D(p) = max / (1 + exp(−(b0 + b1 p)))` and optimise it. Default `'none'`. */
  readonly smoothing?: 'none' | 'logistic';
  /** Ceiling of the logistic curve in (0, 1], or `'fit'` to estimate it (default 1). */
  readonly logisticMax?: number | 'fit';
  /** `'report'` (default) lists invalid rows in `rejected`; `'throw'` throws on the first. */
  readonly invalid?: 'report' | 'throw';
}

/** Demand, revenue and profit at one tested price. */
export interface GaborGrangerPricePoint {
  /** The tested price. */
  readonly price: number;
  /** Weighted share buying at this price, `D(p) = Σ w [WTP ≥ p] / Σ w`. */
  readonly demand: number;
  /** `p · D(p) · marketSize`. */
  readonly revenue: number;
  /** `(p − c) · D(p) · marketSize − fixedCost`. */
  readonly profit: number;
  /** Arc elasticity from this price to the next tested price (`null` at the last price or with no demand at either). */
  readonly arcElasticityToNext: number | null;
}

/** The logistic smoothing of the demand curve and its optima over `[min, max]` of the tested prices. */
export interface GaborGrangerLogistic {
  readonly b0: number;
  readonly b1: number;
  readonly max: number;
  /** Binomial log-likelihood of the buy / no-buy outcomes at the tested prices (weighted). */
  readonly logLikelihood: number;
  readonly converged: boolean;
  readonly iterations: number;
  /** The smoothed demand at each tested price. */
  readonly demand: readonly number[];
  readonly optimalRevenue: { readonly price: number; readonly revenue: number; readonly atBoundary: boolean };
  readonly optimalProfit: { readonly price: number; readonly profit: number; readonly atBoundary: boolean };
}

/** The result of {@link gaborGranger}. */
export interface GaborGrangerResult {
  /** Respondents analysed. */
  readonly n: number;
  readonly sumWeights: number;
  /** Each respondent's willingness to pay (highest accepted price; `null`: none), sorted by id. */
  readonly respondents: readonly { readonly respondentId: string; readonly wtp: number | null; readonly weight: number }[];
  /** One row per tested price, ascending. */
  readonly curve: readonly GaborGrangerPricePoint[];
  /** The tested price with the highest revenue (the lowest such price on ties). */
  readonly optimalRevenue: { readonly price: number; readonly revenue: number; readonly demand: number };
  /** The tested price with the highest profit (the lowest such price on ties). */
  readonly optimalProfit: { readonly price: number; readonly profit: number; readonly demand: number };
  /** The logistic smoothing, or `null` without `smoothing: 'logistic'`. */
  readonly logistic: GaborGrangerLogistic | null;
  /** Rows left out, sorted by respondent id then index. */
  readonly rejected: readonly VanWestendorpInvalidRespondent[];
  readonly conventions: {
    readonly form: 'maxPrice' | 'answers';
    readonly unitCost: number;
    readonly fixedCost: number;
    readonly marketSize: number;
    readonly smoothing: 'none' | 'logistic';
    readonly logisticMax: number | 'fit';
    readonly wtp: string;
  };
}

const FN = 'gaborGranger';

interface Settings {
  readonly prices: number[] | null;
  readonly unitCost: number;
  readonly fixedCost: number;
  readonly marketSize: number;
  readonly smoothing: 'none' | 'logistic';
  readonly logisticMax: number | 'fit';
  readonly invalid: 'report' | 'throw';
}

function readPrices(v: unknown): number[] | null {
  if (v === undefined) return null;
  const ok = Array.isArray(v) && v.length > 0 && v.every((p) => typeof p === 'number' && Number.isFinite(p) && p > 0);
  if (!ok) throw new InvalidArgumentError(FN, 'options.prices', 'must be a non-empty array of finite numbers > 0', v);
  return [...new Set(v as number[])].sort((a, b) => a - b);
}

function readSettings(options: unknown): Settings {
  const o = readOptionsObject(FN, options);
  const lm = o['logisticMax'];
  if (lm !== undefined && lm !== 'fit' && !(typeof lm === 'number' && lm > 0 && lm <= 1)) {
    throw new InvalidArgumentError(FN, 'options.logisticMax', "must be a number in (0, 1] or 'fit'", lm);
  }
  return {
    prices: readPrices(o['prices']),
    unitCost: readNumber(FN, o, 'unitCost', 0, { min: 0 }),
    fixedCost: readNumber(FN, o, 'fixedCost', 0, { min: 0 }),
    marketSize: readNumber(FN, o, 'marketSize', 1, { positive: true }),
    smoothing: readChoice(FN, o, 'smoothing', ['none', 'logistic'], 'none'),
    logisticMax: (lm as number | 'fit' | undefined) ?? 1,
    invalid: readChoice(FN, o, 'invalid', ['report', 'throw'], 'report'),
  };
}

function buyersAt(respondents: readonly GaborGrangerRespondent[], prices: readonly number[]): number[] {
  return prices.map((p) => {
    let s = 0;
    for (const r of respondents) if (r.wtp !== null && r.wtp >= p) s += r.weight;
    return s;
  });
}

function curveOf(prices: readonly number[], demand: readonly number[], s: Settings): GaborGrangerPricePoint[] {
  return prices.map((p, k) => {
    const d = demand[k]!;
    const next = k + 1 < prices.length ? arcElasticity(p, d, prices[k + 1]!, demand[k + 1]!) : null;
    return {
      price: p,
      demand: d,
      revenue: p * d * s.marketSize,
      profit: (p - s.unitCost) * d * s.marketSize - s.fixedCost,
      arcElasticityToNext: next,
    };
  });
}

function best<K extends 'revenue' | 'profit'>(curve: readonly GaborGrangerPricePoint[], key: K): GaborGrangerPricePoint {
  let max = -Infinity;
  for (const c of curve) if (c[key] > max) max = c[key];
  const floor = max - 1e-10 * Math.max(Math.abs(max), Number.MIN_VALUE);
  return curve.find((c) => c[key] >= floor) ?? curve[0]!;
}

function logisticOf(prices: readonly number[], buyers: readonly number[], total: number, s: Settings): GaborGrangerLogistic {
  const fit = fitLogisticDemand(prices, buyers, total, s.logisticMax);
  const lo = prices[0]!;
  const hi = prices[prices.length - 1]!;
  const D = (p: number): number => fit.max * expit(fit.b0 + fit.b1 * p);
  const rev = argmaxLogisticMargin(fit.b0, fit.b1, 0, lo, hi);
  const pro = argmaxLogisticMargin(fit.b0, fit.b1, s.unitCost, lo, hi);
  return {
    b0: fit.b0,
    b1: fit.b1,
    max: fit.max,
    logLikelihood: fit.logLikelihood,
    converged: fit.converged,
    iterations: fit.iterations,
    demand: prices.map(D),
    optimalRevenue: { price: rev.price, revenue: rev.price * D(rev.price) * s.marketSize, atBoundary: rev.atBoundary },
    optimalProfit: {
      price: pro.price,
      profit: (pro.price - s.unitCost) * D(pro.price) * s.marketSize - s.fixedCost,
      atBoundary: pro.atBoundary,
    },
  };
}

/**
 * Gabor–Granger pricing: each respondent's willingness to pay, the demand, revenue and profit curves over
 * the tested prices, the optimal tested price, arc elasticities, and an optional logistic smoothing.
 *
 * @remarks
 * Respondents say whether they would buy at a sequence of prices (Gabor & Granger 1966). A respondent's
 * willingness to pay `WTP_i` is the highest price accepted (given directly as `maxPrice`, or read from
 * buy / no-buy rows; answers that buy at a price but refuse a lower one are rejected as inconsistent).
 * Over the tested prices: `D(p) = Σ_i w_i [WTP_i ≥ p] / Σ_i w_i` (respondents who buy at no price count in
 * the denominator), `R(p) = p · D(p) · M` and `profit(p) = (p − c) · D(p) · M − F` with market size `M`,
 * unit cost `c` and fixed cost `F`. The optimal price maximises R (or profit) over the tested prices, the
 * lowest on ties (values within a relative 1e-10 of the maximum tie). The arc elasticity between adjacent prices is
 * `[(D₂ − D₁)/((D₁ + D₂)/2)] / [(P₂ − P₁)/((P₁ + P₂)/2)]`.
 *
 * With `smoothing: 'logistic'`, `D(p) = max / (1 + exp(−(b0 + b1 p)))` is fitted by maximum likelihood to the
 * weighted buy / no-buy outcome of every respondent at every tested price (a binomial pseudo-likelihood:
 * a respondent's outcomes are not independent, so no standard errors are given), by BFGS. The smoothed
 * revenue and profit are maximised over `[min, max]` of the tested prices by solving
 * `1 + (p − c)·b1·(1 − expit(b0 + b1 p)) = 0` (an end of the interval when there is no interior optimum,
 * flagged `atBoundary`). Complexity O(n·K) for n respondents and K prices.
 *
 * @param responses - Rows of {@link GaborGrangerResponse} (one form for all rows).
 * @param options - Prices, costs, market size and smoothing ({@link GaborGrangerOptions}).
 * @returns A {@link GaborGrangerResult}.
 * @throws `INVALID_ARGUMENT` when `responses` is not an array or an option is malformed (also a null options object).
 * @throws `INVALID_ARGUMENT` under `invalid: 'throw'`, for the first invalid row.
 * @throws `EMPTY_INPUT` when no respondent is valid, or no tested price is known.
 * @throws `UNDEFINED_RESULT` when the weights of the valid respondents sum to 0.
 * @example
 * ```ts
 * const r = gaborGranger(
 *   [{ respondentId: 'a', maxPrice: 10 }, { respondentId: 'b', maxPrice: 20 }, { respondentId: 'c', maxPrice: null }],
 *   { prices: [10, 20, 30], unitCost: 5 },
 * );
 * r.curve.map((c) => c.demand); // [0.6666666666666666, 0.3333333333333333, 0]
 * r.optimalRevenue; // { price: 10, revenue: 6.666666666666666, demand: 0.6666666666666666 }
 * r.optimalProfit.price; // 20
 * r.curve[0].arcElasticityToNext; // -1
 * ```
 * @see Gabor, A. & Granger, C. W. J. (1966). Price as an indicator of quality: Report on an enquiry.
 *   Economica 33(129), 43–70. https://doi.org/10.2307/2552272
 */
export function gaborGranger(responses: readonly GaborGrangerResponse[], options?: GaborGrangerOptions): GaborGrangerResult {
  const rows = checkRows(FN, 'responses', responses);
  const s = readSettings(options);
  if (rows.length === 0) throw new EmptyInputError(FN, 'responses');
  const read = readGaborGrangerRows(rows);
  if (s.invalid === 'throw') throwFirstProblem(FN, 'responses', read.problems);
  if (read.respondents.length === 0) throw new EmptyInputError(FN, 'responses', 'must contain at least one valid respondent');
  const prices = s.prices ?? read.answeredPrices.sort((a, b) => a - b);
  if (prices.length === 0) throw new EmptyInputError(FN, 'options.prices', 'must be given when no respondent accepts any price');
  let total = 0;
  for (const r of read.respondents) total += r.weight;
  if (!(total > 0)) throw new UndefinedResultError(FN, 'the weights of the valid respondents sum to 0');
  const buyers = buyersAt(read.respondents, prices);
  const curve = curveOf(prices, buyers.map((b) => b / total), s);
  const br = best(curve, 'revenue');
  const bp = best(curve, 'profit');
  return {
    n: read.respondents.length,
    sumWeights: total,
    respondents: read.respondents.map((r) => ({ respondentId: r.respondentId, wtp: r.wtp, weight: r.weight })),
    curve,
    optimalRevenue: { price: br.price, revenue: br.revenue, demand: br.demand },
    optimalProfit: { price: bp.price, profit: bp.profit, demand: bp.demand },
    logistic: s.smoothing === 'logistic' ? logisticOf(prices, buyers, total, s) : null,
    rejected: read.problems,
    conventions: {
      form: read.form,
      unitCost: s.unitCost,
      fixedCost: s.fixedCost,
      marketSize: s.marketSize,
      smoothing: s.smoothing,
      logisticMax: s.logisticMax,
      wtp: 'highest accepted price; D(p) = weighted share with WTP >= p, non-buyers in the denominator',
    },
  };
}
