import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import { isClienteleError } from '../../../core/errors/isClienteleError';
import { restateError } from '../../../core/errors/restateError';
import { customerLifetimeValue } from '../../customerLifetimeValue';
import type { ScoreValueOptions } from '../../scoreCustomers';
import type { CustomerLifetimeValueResult, PurchaseFitLike, PurchaseModelLike } from '../../customerLifetimeValue';
import type { ModelParams, RfmCustomer } from '../../types';
import type { ContinuousFit } from '../continuousFit';
import type { DiscountedPurchases } from './intervalEngine';

/**
 * The discounted expected purchases of `customerLifetimeValue` (spend 1, margin 1) as a function of the
 * parameters, for the value options of a score, with the settings it reports. @internal
 */
export function discountedPurchasesOf(
  fn: string,
  context: ContinuousFit,
  value: ScoreValueOptions,
  daysPerYear: number | undefined,
): { discounted: DiscountedPurchases; margin: number; steps: { horizons: number[]; weights: number[] } | null } {
  if (value === null || typeof value !== 'object') throw new InvalidArgumentError(fn, 'options.value', 'must be an object { margin, discountRate, horizon }', value);
  if (typeof value.margin !== 'number' || !(value.margin >= 0 && value.margin <= 1)) {
    throw new InvalidArgumentError(fn, 'options.value.margin', 'must be a number from 0 to 1', value.margin);
  }
  const run = (params: ModelParams, customers: readonly RfmCustomer[]): CustomerLifetimeValueResult =>
    customerLifetimeValue(customers, {
      purchaseFit: fitOf(context, params),
      spend: { expected: 1 },
      margin: 1,
      discountRate: value.discountRate,
      horizon: value.horizon,
      ...(value.step === undefined ? {} : { step: value.step }),
      ...(value.discounting === undefined ? {} : { discounting: value.discounting }),
      ...(daysPerYear === undefined ? {} : { daysPerYear }),
    });
  // Checked once on one made-up history, so that a bad option is reported as this function's `options.value`.
  try {
    run(context.params, [{ frequency: 0, recency: 0, T: 1 }]);
  } catch (e) {
    if (!isClienteleError(e)) throw e;
    throw restateError(e, fn, e.argument?.replace(/^options\./, 'options.value.'));
  }
  return { discounted: (params, customers) => run(params, customers).discountedPurchases, margin: value.margin, steps: stepsOf(context, value, daysPerYear) };
}

/**
 * The horizons and weights `customerLifetimeValue` sums the expected purchases over
 * (`DEP = Σ_h w_h E[Y(t_h)]`, discount factors as weights), read by handing it a model whose
 * `weightedExpectedPurchases` records them. They do not depend on the parameters. `null` when the value is
 * not such a sum (an infinite horizon by DERT, a zero rate without steps): the caller then calls
 * `customerLifetimeValue` per draw. @internal
 */
function stepsOf(context: ContinuousFit, value: ScoreValueOptions, daysPerYear: number | undefined): { horizons: number[]; weights: number[] } | null {
  let steps: { horizons: number[]; weights: number[] } | null = null;
  const model = context.model as unknown as PurchaseModelLike<ModelParams, RfmCustomer> & Record<string, unknown>;
  const recorder: PurchaseModelLike<ModelParams, RfmCustomer> = {
    name: model.name,
    conditionalExpectedPurchases: (_params, customers) => {
      steps = null;
      return customers.map(() => 0);
    },
    weightedExpectedPurchases: (_params, customers, horizons, weights) => {
      steps = { horizons: [...horizons], weights: [...weights] };
      return customers.map(() => 0);
    },
    ...(typeof model.discountedExpectedResidualTransactions === 'function'
      ? { discountedExpectedResidualTransactions: (_p: ModelParams, customers: readonly RfmCustomer[]) => customers.map(() => 0) }
      : {}),
  };
  const result = customerLifetimeValue([{ frequency: 0, recency: 0, T: 1 }], {
    purchaseModel: recorder,
    purchaseFit: fitOf(context, context.params),
    spend: { expected: 1 },
    margin: 1,
    discountRate: value.discountRate,
    horizon: value.horizon,
    ...(value.step === undefined ? {} : { step: value.step }),
    ...(value.discounting === undefined ? {} : { discounting: value.discounting }),
    ...(daysPerYear === undefined ? {} : { daysPerYear }),
  });
  return result.method === 'dert' ? null : steps;
}

/** The fit as `customerLifetimeValue` reads it (only the unit and its length in days matter there). */
function fitOf(context: ContinuousFit, params: ModelParams): PurchaseFitLike<ModelParams> {
  return {
    model: context.model.name,
    ...(context.model.k === undefined ? {} : { k: context.model.k }),
    params,
    timeUnit: context.clock.unit,
    data: { source: 'array', unitDays: context.clock.unitDays, monthLength: null, mergeBy: null, calibrationEnd: null, observationEnd: null, records: 0, excluded: 0 },
  };
}
