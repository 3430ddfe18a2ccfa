import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { bgNbd } from '../bgNbd/index';
import type { PurchaseFitLike } from '../customerLifetimeValue';
import { ggomNbd } from '../ggomNbd/index';
import { mbgNbd } from '../mbgNbd/index';
import { mbgCnbdKOfFit } from './mbgCnbdKOfFit';
import { paretoNbd } from '../paretoNbd/index';
import type { ModelParams, ModelTimeUnit, RfmCustomer } from '../types';
import { checkModelTimeUnit, clockOf, clockOfFit, resolveClock } from './modelClock';
import type { ModelClock } from './modelClock';

/** The prediction members shared by the continuous-time purchase models (BG/NBD, MBG/NBD, Pareto/NBD, GGom/NBD, MBG/CNBD-k). @internal */
export interface ContinuousModel {
  readonly name: 'bgNbd' | 'mbgNbd' | 'paretoNbd' | 'ggomNbd' | 'mbgCnbdK';
  /** The regularity of `mbgCnbdK(k)`; absent for the other models. */
  readonly k?: number;
  readonly probabilityAlive: (params: never, customers: readonly RfmCustomer[]) => number[];
  readonly conditionalExpectedPurchases: (params: never, customers: readonly RfmCustomer[], t: number) => number[];
}

/** A continuous-time fit read for prediction: its model object, parameters and time unit. @internal */
export interface ContinuousFit {
  readonly model: ContinuousModel;
  readonly params: ModelParams;
  readonly clock: ModelClock;
}

const MODELS = { bgNbd, mbgNbd, paretoNbd, ggomNbd } as const;

/**
 * Reads a fit of BG/NBD, MBG/NBD, Pareto/NBD, GGom/NBD or MBG/CNBD-k (the last by its recorded `k`) and resolves its time unit from the fit, a summary and a
 * passed `timeUnit` (which must agree; `UNIT_MISMATCH` otherwise). Throws `INVALID_ARGUMENT` for another
 * model or no known unit. @internal
 */
export function continuousFit(
  fn: string,
  fit: PurchaseFitLike<ModelParams>,
  summaryClock: ModelClock | undefined,
  timeUnit: ModelTimeUnit | undefined,
): ContinuousFit {
  if (fit === null || typeof fit !== 'object' || fit.params === null || typeof fit.params !== 'object') {
    throw new InvalidArgumentError(fn, 'fit', 'must be a fit { model, params, timeUnit } from fitModel', fit);
  }
  const regular = fit.model === 'mbgCnbdK';
  if (!regular && !Object.prototype.hasOwnProperty.call(MODELS, fit.model)) {
    throw new InvalidArgumentError(fn, 'fit.model', 'must be a continuous-time purchase model (bgNbd, mbgNbd, paretoNbd, ggomNbd or mbgCnbdK)', fit.model);
  }
  const model = (regular ? mbgCnbdKOfFit(fn, 'fit', fit.k) : MODELS[fit.model as keyof typeof MODELS]) as unknown as ContinuousModel;
  if (fit.timeUnit !== undefined && fit.timeUnit !== null) checkModelTimeUnit(fn, 'fit.timeUnit', fit.timeUnit);
  if (timeUnit !== undefined) checkModelTimeUnit(fn, 'options.timeUnit', timeUnit);
  const clock = resolveClock(
    fn,
    [
      { clock: clockOfFit(fit), argument: 'fit.timeUnit', label: "the fit's time unit" },
      { clock: summaryClock, argument: 'customers.options.unit', label: "the summary's unit" },
      { clock: timeUnit === undefined ? undefined : clockOf(timeUnit), argument: 'options.timeUnit', label: 'options.timeUnit' },
    ],
    'is required: the fit does not know the time unit of its data (it was fitted on a bare array); pass `options.timeUnit` (the unit of recency and T), or fit the summary itself (`fitModel(model, summary)`)',
  );
  return { model, params: fit.params, clock };
}
