import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import type { Duration, PurchaseFitLike } from './customerLifetimeValue';
import { continuousFit } from './internal/continuousFit';
import { durationInUnits } from './internal/durationInUnits';
import type { ModelParams, ModelTimeUnit, RfmCustomer } from './types';

/** Options of {@link expectationMatrix}. */
export interface ExpectationMatrixOptions {
  /** Largest repeat frequency `x` of the grid (rows `0 … maxFrequency`), an integer from 0 to 999,999. */
  readonly maxFrequency: number;
  /** Largest recency `t_x` of the grid, in the fit's time unit, > 0. */
  readonly maxRecency: number;
  /** Age `T` of every cell, in the fit's time unit, at least `maxRecency` (default `maxRecency`). */
  readonly T?: number;
  /** Spacing of the recency grid, in the fit's time unit, > 0 (default 1). */
  readonly recencyStep?: number;
  /** Horizon of the expected purchases, e.g. `{ value: 1, unit: 'week' }` (converted into the fit's unit). */
  readonly horizon: Duration;
  /** The unit of recency and T, needed only when the fit does not carry one (must agree with it). */
  readonly timeUnit?: ModelTimeUnit;
  /** Days in a year, to convert between days/weeks and months/years (e.g. 365.25). */
  readonly daysPerYear?: number;
}

/** The result of {@link expectationMatrix}: plain arrays, ready for a heat map. */
export interface ExpectationMatrix {
  /** The frequencies of the rows, `0 … maxFrequency`. */
  readonly frequencies: number[];
  /** The recencies of the columns, `0, step, 2·step, …, maxRecency`, in model time units. */
  readonly recencies: number[];
  /** `expectedPurchases[f][c]`: expected purchases over the horizon at `frequencies[f]`, `recencies[c]`; `null` where the cell is impossible. */
  readonly expectedPurchases: (number | null)[][];
  /** `probabilityAlive[f][c]`: P(alive) at the same cell; `null` where the cell is impossible. */
  readonly probabilityAlive: (number | null)[][];
  /** Why some cells are `null`. */
  readonly reason: string;
  /** The settings used, in model time units. */
  readonly settings: {
    readonly model: 'bgNbd' | 'mbgNbd' | 'paretoNbd' | 'ggomNbd' | 'mbgCnbdK';
    /** The regularity `k` of an `mbgCnbdK` fit; absent for the other models. */
    readonly k?: number;
    readonly timeUnit: ModelTimeUnit;
    readonly T: number;
    readonly horizon: number;
    readonly recencyStep: number;
  };
}

const MAX_CELLS = 1_000_000;

/**
 * The frequency/recency matrix of expected purchases and of P(alive) as data (lifetimes'
 * `plot_frequency_recency_matrix` and `plot_probability_alive_matrix`, without the plot).
 *
 * @remarks
 * Each cell is a customer `(x, t_x, T)` with `x` on the rows, `t_x` on the columns and one common age `T`
 * (by default the largest recency, as lifetimes does); its expected purchases over the horizon are the
 * model's `conditionalExpectedPurchases` (BG/NBD: Fader, Hardie & Lee 2005, eq. 10) and its P(alive)
 * the model's `probabilityAlive` (eq. 11), both called once on the whole grid. Cells with `x = 0` and
 * `t_x > 0` cannot occur (recency is 0 without repeat purchases) and are `null`. The matrix shows the
 * "increasing frequency paradox": at a fixed recency far below `T`, more past purchases mean a lower
 * expectation. Complexity: O(cells), at most 1,000,000 cells.
 *
 * @param fit - A BG/NBD, MBG/NBD, Pareto/NBD, Gamma-Gompertz/NBD or MBG/CNBD-k fit (the result of `fitModel`; an
 *   `mbgCnbdK` fit is scored with `mbgCnbdK(fit.k)`, its regularity recorded in the fit)).
 * @param options - Grid limits in the fit's time unit, the horizon, and the time unit when the fit has none.
 * @returns Frequencies, recencies, the two matrices (`[frequency][recency]`) and the settings.
 * @throws InvalidArgumentError when an option is out of range (`maxFrequency` above 999,999), the grid has more than 1,000,000 cells, the
 *   fit is not of a continuous-time purchase model, or no time unit is known.
 * @throws UnitMismatchError when `timeUnit` disagrees with the fit's, or the horizon cannot be converted.
 * @example
 * ```ts
 * const fit = { model: 'bgNbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
 * const m = expectationMatrix(fit, { maxFrequency: 2, maxRecency: 2, horizon: { value: 1, unit: 'week' } });
 * m.recencies; // [0, 1, 2]
 * m.probabilityAlive[0]; // [1, null, null]
 * m.probabilityAlive[2].map((p) => p?.toFixed(3)); // ['0.651', '0.747', '0.812']
 * m.expectedPurchases[2][2]?.toFixed(4); // '0.2737'
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: An
 * alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284. https://doi.org/10.1287/mksc.1040.0098
 */
export function expectationMatrix(fit: PurchaseFitLike<ModelParams>, options: ExpectationMatrixOptions): ExpectationMatrix {
  const fn = 'expectationMatrix';
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  const context = continuousFit(fn, fit, undefined, options.timeUnit);
  const { maxFrequency, maxRecency } = options;
  if (typeof maxFrequency !== 'number' || !Number.isInteger(maxFrequency) || maxFrequency < 0) {
    throw new InvalidArgumentError(fn, 'options.maxFrequency', 'must be an integer at least 0', maxFrequency);
  }
  if (maxFrequency >= MAX_CELLS) {
    // Checked before the rows are allocated (1e308 threw a RangeError from the array constructor).
    throw new InvalidArgumentError(fn, 'options.maxFrequency', `must be at most ${MAX_CELLS - 1} (the grid holds at most ${MAX_CELLS} cells: choose a smaller maxFrequency)`, maxFrequency);
  }
  if (typeof maxRecency !== 'number' || !Number.isFinite(maxRecency) || maxRecency <= 0) {
    throw new InvalidArgumentError(fn, 'options.maxRecency', 'must be a finite number greater than 0 (in the fit time unit)', maxRecency);
  }
  const T = options.T ?? maxRecency;
  if (typeof T !== 'number' || !Number.isFinite(T) || T < maxRecency) {
    throw new InvalidArgumentError(fn, 'options.T', `must be a finite number at least maxRecency (${maxRecency})`, T);
  }
  const step = options.recencyStep ?? 1;
  if (typeof step !== 'number' || !Number.isFinite(step) || step <= 0) {
    throw new InvalidArgumentError(fn, 'options.recencyStep', 'must be a finite number greater than 0', step);
  }
  const daysPerYear = options.daysPerYear;
  if (daysPerYear !== undefined && (typeof daysPerYear !== 'number' || !Number.isFinite(daysPerYear) || daysPerYear <= 0)) {
    throw new InvalidArgumentError(fn, 'options.daysPerYear', 'must be a finite number greater than 0', daysPerYear);
  }
  const horizon = durationInUnits(fn, 'options.horizon', options.horizon, context.clock, daysPerYear, false);
  const recencies = recencyGrid(maxRecency, step);
  const frequencies = Array.from({ length: maxFrequency + 1 }, (_, x) => x);
  if (frequencies.length * recencies.length > MAX_CELLS) {
    throw new InvalidArgumentError(fn, 'options', `must give a grid of at most ${MAX_CELLS} cells (maxFrequency + 1 times the recencies)`, { maxFrequency, maxRecency, recencyStep: step });
  }
  const cells: RfmCustomer[] = [];
  for (const x of frequencies) for (const tx of recencies) if (x > 0 || tx === 0) cells.push({ frequency: x, recency: tx, T });
  const params = context.params as never;
  const alive = context.model.probabilityAlive(params, cells);
  const expected = context.model.conditionalExpectedPurchases(params, cells, horizon);
  const aliveRows: (number | null)[][] = [];
  const expectedRows: (number | null)[][] = [];
  let k = 0;
  for (const x of frequencies) {
    const a: (number | null)[] = [];
    const e: (number | null)[] = [];
    for (const tx of recencies) {
      const possible = x > 0 || tx === 0;
      a.push(possible ? (alive[k] as number) : null);
      e.push(possible ? (expected[k] as number) : null);
      if (possible) k++;
    }
    aliveRows.push(a);
    expectedRows.push(e);
  }
  return {
    frequencies,
    recencies,
    expectedPurchases: expectedRows,
    probabilityAlive: aliveRows,
    reason: 'null where frequency is 0 and recency is above 0 (recency is 0 without repeat purchases)',
    settings: { model: context.model.name, ...(context.model.k === undefined ? {} : { k: context.model.k }), timeUnit: context.clock.unit, T, horizon, recencyStep: step },
  };
}

/** `0, step, 2·step, …` up to `max`, with `max` itself appended when the steps miss it. */
function recencyGrid(max: number, step: number): number[] {
  const out: number[] = [];
  const count = Math.floor(max / step + 1e-9);
  for (let k = 0; k <= count && k <= MAX_CELLS; k++) out.push(Math.min(max, k * step));
  if ((out[out.length - 1] as number) < max) out.push(max);
  return out;
}
