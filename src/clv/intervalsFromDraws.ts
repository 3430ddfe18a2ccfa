import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { UndefinedResultError } from '../core/errors/UndefinedResultError';
import type { DrawableFit } from './drawParameters';
import { drawFitRows } from './internal/intervals/drawFitRows';
import { parameterIntervals } from './internal/intervals/parameterIntervals';
import { quantilePair } from './internal/intervals/quantilePair';
import { readIntervalRequest } from './internal/intervals/readIntervalRequest';
import type { PredictionInterval } from './predictionIntervals';
import type { ModelName, ModelParams } from './types';

/** What a prediction passed to {@link intervalsFromDraws} may return: one number, a list, or named numbers. */
export type DrawnPrediction = number | readonly number[] | Readonly<Record<string, number>>;

/** The intervals of a {@link DrawnPrediction}, in its shape: one, a list (same positions), or the same names. */
export type IntervalsOf<T extends DrawnPrediction> = T extends number
  ? PredictionInterval
  : T extends readonly number[]
    ? PredictionInterval[]
    : { readonly [K in keyof T]: PredictionInterval };

/** Options of {@link intervalsFromDraws}. */
export interface IntervalsFromDrawsOptions {
  /** Central coverage of the intervals, in (0, 1). Default 0.9. */
  readonly level?: number;
  /** Parameter draws, an integer 2 to 100,000. Default 1,000. */
  readonly draws?: number;
  /** Seed of the draws. Default 1. */
  readonly seed?: number;
  /** Parameters the fit does not identify: `'throw'` (default) or `'hold'` them at their estimates. */
  readonly notIdentified?: 'throw' | 'hold';
}

/** The result of {@link intervalsFromDraws}. */
export interface IntervalsFromDrawsResult<T extends DrawnPrediction> {
  /** The prediction at the fitted parameters with its interval, in the prediction's shape. */
  readonly intervals: IntervalsOf<T>;
  /** The parameters: estimate and the quantiles of the draws. */
  readonly parameters: Readonly<Record<string, PredictionInterval>>;
  /** The settings used. */
  readonly settings: {
    readonly model: ModelName;
    readonly level: number;
    readonly method: 'parameters';
    readonly draws: number;
    readonly seed: number;
    readonly held: string[];
  };
}

const fn = 'intervalsFromDraws';
/** Most values kept (draws × outputs, 160 MB). */
const MAX_VALUES = 20_000_000;

/**
 * The interval of any prediction of any fitted model from the uncertainty of its parameters: the
 * prediction is recomputed at every parameter draw, and its interval is the type-7 `(1 ∓ level)/2`
 * quantiles of those values. It gives intervals to what has no dedicated interval function: an sBG or
 * beta-discrete-Weibull retention curve, a discounted expected lifetime, a payback period, a
 * hand-made quantity.
 *
 * @remarks
 * The parameters are drawn as by `drawParameters` (multivariate normal on the log scale the fit works
 * on, `θ ~ N(θ̂, H⁻¹)`: King, Tomz & Wittenberg 2000), seeded, so the same fit, prediction and seed give
 * the same numbers; `estimate` is the prediction at the fitted parameters. The prediction may return one
 * number, a list of numbers (each position gets its interval, e.g. a curve by period) or an object of
 * named numbers; every draw must return the same shape. A draw whose prediction is not a finite number is
 * refused with its draw index and output (the parameter region the fit cannot rule out makes the
 * quantity undefined), never turned into a silent NaN. The intervals describe estimation uncertainty: how
 * well the expected value is known. Cost: `draws` calls of `predict` plus a selection per output;
 * draws × outputs is limited to 20 million kept values.
 *
 * @param fit - A fit from `fitModel` (any model), with `parameterNames` and `logCovariance`.
 * @param predict - The prediction as a function of the parameters.
 * @param options - `level`, `draws`, `seed`, `notIdentified`.
 * @returns The intervals in the prediction's shape, the parameters' intervals and the settings.
 * @throws InvalidArgumentError when `predict` is not a function, returns another shape than at the
 *   estimate, or an option is invalid.
 * @throws UndefinedResultError when a draw's prediction is not finite, or the fit does not identify a
 *   parameter (named) without `notIdentified: 'hold'`.
 * @example
 * ```ts
 * const fit = fitModel(shiftedBetaGeometric, [1000, 631, 468, 382, 326]); // active at the start of each year
 * const r = intervalsFromDraws(fit, (p) => shiftedBetaGeometric.survival(p, [5, 6, 7, 8, 9, 10]), { seed: 7 });
 * r.intervals[5].estimate; // survival to year 10 at the estimates, with .lower and .upper
 * const del = intervalsFromDraws(fit, (p) => ({ lifetime: shiftedBetaGeometric.discountedExpectedLifetime(p, 0.1) }));
 * del.intervals.lifetime; // { estimate: 3.62…, lower, upper }
 * ```
 * @see King, G., Tomz, M. & Wittenberg, J. (2000). Making the most of statistical analyses: improving
 * interpretation and presentation. American Journal of Political Science 44(2), 347–361. https://doi.org/10.2307/2669316
 */
export function intervalsFromDraws<P extends ModelParams, T extends DrawnPrediction>(
  fit: DrawableFit<P>,
  predict: (params: P) => T,
  options: IntervalsFromDrawsOptions = {},
): IntervalsFromDrawsResult<T> {
  if (typeof predict !== 'function') throw new InvalidArgumentError(fn, 'predict', 'must be a function (params) => number | number[] | { [name]: number }', predict);
  const request = readIntervalRequest(fn, 'options', options, ['parameters']);
  // Drawing first checks the fit (its model, parameters and covariance) before `predict` sees it.
  const { rows: draws, held, model } = drawFitRows(fn, fit, request);
  const at = (value: unknown, draw: number | null) => readOutputs(value, draw);
  const estimate = at(predict(fit.params), null);
  const K = estimate.values.length;
  if (K * request.draws > MAX_VALUES) {
    throw new InvalidArgumentError(fn, 'options.draws', `must keep draws × outputs at most ${MAX_VALUES.toLocaleString('en-US')} (${K.toLocaleString('en-US')} outputs): ask for fewer draws or outputs`, request.draws);
  }
  const D = draws.length;
  const kept = new Float64Array(K * D); // [output · D + draw]
  for (let d = 0; d < D; d++) {
    const out = at(predict(draws[d] as P), d);
    if (out.values.length !== K || out.names?.some((name, k) => name !== estimate.names?.[k]) === true || (out.names === null) !== (estimate.names === null)) {
      throw new InvalidArgumentError(fn, 'predict', `must return the same shape at every draw (${describe(estimate)} at the estimate)`, `${describe(out)} at draw ${d}`);
    }
    for (let k = 0; k < K; k++) kept[k * D + d] = out.values[k] as number;
  }
  const pair = new Float64Array(2);
  const intervals = estimate.values.map((e, k): PredictionInterval => {
    quantilePair(kept, k * D, D, (1 - request.level) / 2, pair);
    return { estimate: e, lower: pair[0] as number, upper: pair[1] as number };
  });
  const shaped = estimate.kind === 'number' ? intervals[0] : estimate.kind === 'list' ? intervals : Object.fromEntries((estimate.names as string[]).map((name, k) => [name, intervals[k]]));
  return {
    intervals: shaped as IntervalsOf<T>,
    parameters: parameterIntervals(fit.params, draws, request.level),
    settings: { model, level: request.level, method: 'parameters', draws: D, seed: request.seed, held },
  };
}

/** A prediction's outputs as numbers (names for an object), each checked finite. */
function readOutputs(value: unknown, draw: number | null): { kind: 'number' | 'list' | 'named'; values: number[]; names: string[] | null } {
  const where = draw === null ? 'at the estimate' : `at draw ${draw}`;
  const finite = (v: unknown, label: string): number => {
    if (typeof v !== 'number') throw new InvalidArgumentError(fn, 'predict', `must return numbers (${label} ${where})`, v);
    if (!Number.isFinite(v)) throw new UndefinedResultError(fn, `the prediction is not finite ${where} (${label}): the parameters there make it undefined`, v);
    return v;
  };
  if (typeof value === 'number') return { kind: 'number', values: [finite(value, 'the value')], names: null };
  if (Array.isArray(value)) {
    if (value.length === 0) throw new InvalidArgumentError(fn, 'predict', `must return at least one number ${where}`, value);
    return { kind: 'list', values: value.map((v, k) => finite(v, `position ${k}`)), names: null };
  }
  if (value !== null && typeof value === 'object') {
    const names = Object.keys(value);
    if (names.length === 0) throw new InvalidArgumentError(fn, 'predict', `must return at least one number ${where}`, value);
    return { kind: 'named', values: names.map((name) => finite((value as Record<string, unknown>)[name], `"${name}"`)), names };
  }
  throw new InvalidArgumentError(fn, 'predict', `must return a number, an array of numbers or an object of numbers ${where}`, value);
}

/** A shape for messages: "a number", "a list of 6", "an object with a, b". */
function describe(out: { kind: 'number' | 'list' | 'named'; values: number[]; names: string[] | null }): string {
  if (out.kind === 'number') return 'a number';
  if (out.kind === 'list') return `a list of ${out.values.length}`;
  return `an object with ${(out.names as string[]).join(', ')}`;
}
