import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { formatEpochDay } from '../time/formatEpochDay';
import { parseCalendarDay } from '../time/parseCalendarDay';
import type { Duration, PurchaseFitLike } from './customerLifetimeValue';
import { continuousFit } from './internal/continuousFit';
import { durationInUnits } from './internal/durationInUnits';
import { clockOf, describeClock } from './internal/modelClock';
import type { ModelParams, ModelTimeUnit, RfmCustomer } from './types';

/** One purchase of the customer whose history is traced. */
export interface HistoryTransaction {
  /** Calendar date: `'yyyy-mm-dd'` (a time after it is ignored), `'yyyymmdd'`, or a `Date` read at UTC. */
  readonly date: string | Date;
  /** The customer's id; when given, every transaction must carry the same one. */
  readonly customerId?: string | number;
  /** A return or refund (`true`) is not a purchase: it is reported in `rejected`. */
  readonly returned?: boolean;
}

/** Options of {@link probabilityAliveHistory}. */
export interface ProbabilityAliveHistoryOptions {
  /** Last day of the history (inclusive), e.g. the calibration end: `'yyyy-mm-dd'` or a `Date`. Later purchases are rejected. */
  readonly end: string | Date;
  /** Spacing of the points after the first purchase, a whole number of days (default `{ value: 1, unit: 'day' }`). */
  readonly step?: Duration;
  /** The unit of recency and T, needed only when the fit does not carry one (must agree with it). */
  readonly timeUnit?: ModelTimeUnit;
}

/** One point of a P(alive) history. */
export interface ProbabilityAlivePoint {
  /** The day, `'yyyy-mm-dd'` (purchases of that day included). */
  readonly date: string;
  /** Age `T` of the customer on that day, in the fit's time unit. */
  readonly T: number;
  /** Repeat purchases up to that day. */
  readonly frequency: number;
  /** Recency `t_x` on that day, in the fit's time unit. */
  readonly recency: number;
  /** P(alive) on that day. */
  readonly probabilityAlive: number;
  /** Whether the customer bought on that day. */
  readonly purchase: boolean;
}

/** A transaction left out of the history, with the reason. */
export interface HistoryRejectedTransaction {
  /** Index of the transaction in the input. */
  readonly index: number;
  /** The offending field (`'date'`, `'returned'`), or `'row'` when it is not an object. */
  readonly field: string;
  /** The rule broken. */
  readonly reason: string;
  /** The offending value. */
  readonly value: unknown;
}

/** The result of {@link probabilityAliveHistory}: plain data, ready for a line chart. */
export interface ProbabilityAliveHistory {
  /** The customer's id when the transactions carry one, else `null`. */
  readonly customerId: string | null;
  /** Distinct purchase days, `'yyyy-mm-dd'`, ascending. */
  readonly purchaseDates: string[];
  /** The points, by day, from the first purchase to `end`. */
  readonly points: ProbabilityAlivePoint[];
  /** Transactions left out, by input index. */
  readonly rejected: HistoryRejectedTransaction[];
  /** The settings used. */
  readonly settings: {
    readonly model: 'bgNbd' | 'mbgNbd' | 'paretoNbd' | 'ggomNbd' | 'mbgCnbdK';
    /** The regularity `k` of an `mbgCnbdK` fit; absent for the other models. */
    readonly k?: number;
    readonly timeUnit: ModelTimeUnit;
    readonly unitDays: number;
    readonly stepDays: number;
    readonly end: string;
  };
}

const MAX_POINTS = 100_000;

/**
 * A customer's P(alive) over time along its own purchases (lifetimes' `plot_history_alive`, as data).
 *
 * @remarks
 * On each day `d` of the grid (every `step` from the first purchase to `end`, plus every purchase day and
 * `end`), the history up to `d` is summarised as the summary would do it: same-day purchases merged,
 * `x` = purchase days − 1, `t_x` = (last − first purchase) / unit, `T = (d − first purchase) / unit`,
 * unit = the fit's unit length in days; its P(alive) is the model's `probabilityAlive` (BG/NBD: Fader,
 * Hardie & Lee 2005, eq. 11), called once on all points. P(alive) jumps up on a purchase day (to
 * `1/(1 + a/(b+x−1))` in BG/NBD, which may drop a customer right after a purchase) and decays while the
 * customer is silent (BG/NBD stays at 1 before the first repeat purchase). The fit must
 * have a unit of fixed length (days, weeks, a number of days, 30- or 30.4375-day months) and have been
 * fitted on same-day merged data (`mergeBy: 'day'`). Complexity: O(points + transactions).
 *
 * @param fit - A BG/NBD, MBG/NBD, Pareto/NBD, Gamma-Gompertz/NBD or MBG/CNBD-k fit (the result of `fitModel`; an
 *   `mbgCnbdK` fit is scored with `mbgCnbdK(fit.k)`, its regularity recorded in the fit)).
 * @param transactions - The purchases of one customer (`{ date }` rows; other fields are ignored).
 * @param options - The last day, the spacing, and the time unit when the fit has none.
 * @returns The points, the purchase days, rejected transactions and the settings.
 * @throws InvalidArgumentError when an option is invalid, the transactions belong to several customers,
 *   the step is not a whole number of days, the grid exceeds 100,000 points, the fit is not of a
 *   continuous-time purchase model or merged purchases by calendar period, or no time unit is known.
 * @throws UnitMismatchError when `timeUnit` disagrees with the fit's, or the fit's unit has no fixed length in days.
 * @throws EmptyInputError when no valid purchase is left.
 * @example
 * ```ts
 * const fit = { model: 'bgNbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
 * const h = probabilityAliveHistory(fit, [{ date: '1997-01-01' }, { date: '1997-01-15' }], { end: '1997-03-12', step: { value: 1, unit: 'week' } });
 * h.points.length; // 11
 * h.points.map((p) => p.probabilityAlive.toFixed(2)).slice(1, 4); // ['1.00', '0.75', '0.72']
 * h.points.at(-1)?.probabilityAlive.toFixed(2); // '0.53'
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: An
 * alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284. https://doi.org/10.1287/mksc.1040.0098
 */
export function probabilityAliveHistory(
  fit: PurchaseFitLike<ModelParams>,
  transactions: readonly HistoryTransaction[],
  options: ProbabilityAliveHistoryOptions,
): ProbabilityAliveHistory {
  const fn = 'probabilityAliveHistory';
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  if (!Array.isArray(transactions)) throw new InvalidArgumentError(fn, 'transactions', 'must be an array of { date }', transactions);
  if (transactions.length === 0) throw new EmptyInputError(fn, 'transactions');
  const context = continuousFit(fn, fit, undefined, options.timeUnit);
  if (fit.data?.mergeBy === 'unit') {
    throw new InvalidArgumentError(fn, 'fit.data.mergeBy', "must be 'day': the history merges same-day purchases, the fit merged purchases by calendar period", 'unit');
  }
  const unitDays = context.clock.unitDays;
  if (unitDays === null) {
    throw new InvalidArgumentError(fn, 'fit.timeUnit', `must have a fixed length in days to place dates on the model's clock (${describeClock(context.clock)} has none)`, context.clock.unit);
  }
  const end = parseCalendarDay(options.end);
  if (Number.isNaN(end)) throw new InvalidArgumentError(fn, 'options.end', 'must be a calendar date (yyyy-mm-dd, yyyymmdd or a Date)', options.end);
  const stepDays = readStepDays(fn, options.step);
  const { days, customerId, rejected } = readPurchaseDays(fn, transactions, end);
  const first = days[0] as number;
  const count = Math.floor((end - first) / stepDays) + 1;
  if (count + days.length > MAX_POINTS) {
    throw new InvalidArgumentError(fn, 'options.step', `must leave at most ${MAX_POINTS} points between the first purchase and the end (it leaves ${count})`, options.step ?? { value: 1, unit: 'day' });
  }
  const grid = new Set<number>();
  for (let k = 0; k < count; k++) grid.add(first + k * stepDays);
  for (const d of days) grid.add(d);
  grid.add(end);
  const pointDays = [...grid].sort((a, b) => a - b);
  const customers: RfmCustomer[] = [];
  const bought: boolean[] = [];
  let j = 0; // purchase days up to the point
  for (const d of pointDays) {
    while (j < days.length && (days[j] as number) <= d) j++;
    const last = days[j - 1] as number;
    customers.push({ frequency: j - 1, recency: (last - first) / unitDays, T: (d - first) / unitDays });
    bought.push(last === d);
  }
  const alive = context.model.probabilityAlive(context.params as never, customers);
  const points = customers.map((c, i) => ({
    date: formatEpochDay(pointDays[i] as number),
    T: c.T,
    frequency: c.frequency,
    recency: c.recency,
    probabilityAlive: alive[i] as number,
    purchase: bought[i] as boolean,
  }));
  return {
    customerId,
    purchaseDates: days.map(formatEpochDay),
    points,
    rejected,
    settings: { model: context.model.name, ...(context.model.k === undefined ? {} : { k: context.model.k }), timeUnit: context.clock.unit, unitDays, stepDays, end: formatEpochDay(end) },
  };
}

/** The step as a whole number of days (default 1). */
function readStepDays(fn: string, step: Duration | undefined): number {
  if (step === undefined) return 1;
  const days = durationInUnits(fn, 'options.step', step, clockOf('day'), undefined, true);
  const whole = Math.round(days);
  if (whole < 1 || Math.abs(days - whole) > 1e-9 * days) {
    throw new InvalidArgumentError(fn, 'options.step', `must be a whole number of days (it is ${days} days)`, step);
  }
  return whole;
}

/** Distinct purchase days up to `end`, the customer's id, and the transactions left out. */
function readPurchaseDays(
  fn: string,
  transactions: readonly HistoryTransaction[],
  end: number,
): { days: number[]; customerId: string | null; rejected: HistoryRejectedTransaction[] } {
  const rejected: HistoryRejectedTransaction[] = [];
  const set = new Set<number>();
  let customerId: string | null = null;
  let idIndex = -1;
  transactions.forEach((t, i) => {
    if (t === null || typeof t !== 'object') {
      rejected.push({ index: i, field: 'row', reason: 'must be an object { date }', value: t });
      return;
    }
    if (t.customerId !== undefined) {
      const id = String(t.customerId);
      if (customerId === null) {
        customerId = id;
        idIndex = i;
      } else if (id !== customerId) {
        throw new InvalidArgumentError(fn, `transactions[${i}].customerId`, `must be the id of transactions[${idIndex}] (${JSON.stringify(customerId)}): a history is one customer's`, t.customerId);
      }
    }
    if (t.returned === true) {
      rejected.push({ index: i, field: 'returned', reason: 'is a return, not a purchase', value: true });
      return;
    }
    const day = parseCalendarDay(t.date);
    if (Number.isNaN(day)) {
      rejected.push({ index: i, field: 'date', reason: 'must be a calendar date (yyyy-mm-dd, yyyymmdd or a Date)', value: t.date });
    } else if (day > end) {
      rejected.push({ index: i, field: 'date', reason: `is after the end ${formatEpochDay(end)}`, value: t.date });
    } else {
      set.add(day);
    }
  });
  if (set.size === 0) throw new EmptyInputError(fn, 'transactions', 'must hold a valid purchase on or before the end');
  return { days: [...set].sort((a, b) => a - b), customerId, rejected };
}
