import { customerLifetimeValue } from '../../clv/customerLifetimeValue';
import type { DiscountRate, Duration } from '../../clv/customerLifetimeValue';
import { continuousFit } from '../../clv/internal/continuousFit';
import type { ModelParams, ModelTimeUnit, RfmCustomer } from '../../clv/types';

/**
 * The part of a score that runs in a worker: P(alive), expected purchases and discounted purchases of a
 * batch of distinct histories, with everything else (validation, ids, order, spend, value, totals) done
 * by the calling thread. Only plain data and typed arrays, so that it crosses `postMessage`. @internal
 */
export interface ScoreTask {
  /** The purchase model. */
  readonly model: 'bgNbd' | 'mbgNbd' | 'paretoNbd';
  /** Its parameters. */
  readonly params: ModelParams;
  /** The resolved time unit of the score and its length in days (`null` when not fixed). */
  readonly unit: ModelTimeUnit;
  readonly unitDays: number | null;
  /** Horizon of the expected purchases, in model time units. */
  readonly horizon: number;
  /** The value options as the caller gave them, `null` without `value`. */
  readonly value: {
    readonly discountRate: DiscountRate;
    readonly horizon: Duration;
    readonly step?: Duration;
    readonly discounting?: 'discrete' | 'continuous';
  } | null;
  /** `options.daysPerYear` of the score. */
  readonly daysPerYear: number | undefined;
  /** The batch the model functions see (the chunk and its padding, see `planChunks`), as columns. */
  readonly frequency: Float64Array;
  readonly recency: Float64Array;
  readonly T: Float64Array;
  /** Where the chunk's own histories start in the batch, and how many there are. */
  readonly from: number;
  readonly length: number;
}

/** The scores of a chunk's own histories (the padding is dropped). @internal */
export interface ScoreTaskResult {
  readonly alive: Float64Array;
  readonly expected: Float64Array;
  /** Discounted purchases (spend 1, margin 1), `null` without `value`. */
  readonly discounted: Float64Array | null;
}

/**
 * Scores one batch exactly as `scoreCustomers` scores its distinct histories: the same model calls on an
 * array of `{ frequency, recency, T }` (the models read nothing else), the same `customerLifetimeValue`
 * call with spend 1 and margin 1. The batch-level choices of the models (interpolants, tables and their
 * ranges) depend on the batch as a whole; `planChunks` pads each chunk so that they come out as for the
 * whole input, which makes every number equal bit for bit. @internal
 */
export function scoreBatch(task: ScoreTask): ScoreTaskResult {
  const fn = 'scoreCustomers';
  const context = continuousFit(fn, { model: task.model, params: task.params, timeUnit: task.unit, data: fitData(task.unitDays) }, undefined, undefined);
  const n = task.frequency.length;
  const batch = new Array<RfmCustomer>(n);
  for (let i = 0; i < n; i++) batch[i] = { frequency: task.frequency[i] as number, recency: task.recency[i] as number, T: task.T[i] as number };
  const params = context.params as never;
  const a = context.model.probabilityAlive(params, batch);
  const e = context.model.conditionalExpectedPurchases(params, batch, task.horizon);
  const { from, length } = task;
  const alive = new Float64Array(length);
  const expected = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    alive[i] = a[from + i] as number;
    expected[i] = e[from + i] as number;
  }
  const v = task.value;
  if (v === null) return { alive, expected, discounted: null };
  const clv = customerLifetimeValue(batch, {
    purchaseFit: { model: context.model.name, params: context.params, timeUnit: context.clock.unit, data: fitData(context.clock.unitDays) },
    spend: { expected: 1 },
    margin: 1,
    discountRate: v.discountRate,
    horizon: v.horizon,
    ...(v.step === undefined ? {} : { step: v.step }),
    ...(v.discounting === undefined ? {} : { discounting: v.discounting }),
    ...(task.daysPerYear === undefined ? {} : { daysPerYear: task.daysPerYear }),
  });
  const discounted = new Float64Array(length);
  for (let i = 0; i < length; i++) discounted[i] = clv.discountedPurchases[from + i] as number;
  return { alive, expected, discounted };
}

/** The fit conventions `scoreCustomers` hands on to `customerLifetimeValue` (only the unit length matters). */
function fitData(unitDays: number | null) {
  return { source: 'array', unitDays, monthLength: null, mergeBy: null, calibrationEnd: null, observationEnd: null, records: 0, excluded: 0 } as const;
}
