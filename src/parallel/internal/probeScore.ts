import type { PurchaseFitLike } from '../../clv/customerLifetimeValue';
import { continuousFit } from '../../clv/internal/continuousFit';
import type { HoldoutColumns } from '../../clv/internal/holdoutColumns';
import type { ScoreRejection } from '../../clv/internal/readScoredCustomers';
import { scoreCustomers } from '../../clv/scoreCustomers';
import type { ScoreCustomersOptions, ScoreInputCustomer, ScoreSettings } from '../../clv/scoreCustomers';
import type { ModelParams, SummarizedData } from '../../clv/types';
import type { ModelClock } from '../../clv/internal/modelClock';
import { clockOfCustomers } from '../../clv/internal/clockOfCustomers';
import type { ScoreTask } from './scoreBatch';

/** A score ready to send: the customers read, their distinct histories as a task, and the rest. @internal */
export interface ScorePlan {
  /** Ids of the valid customers, in output order. */
  readonly ids: string[];
  /** The records left out, as `scoreCustomers` reports them. */
  readonly rejected: ScoreRejection[];
  /** `groupOf[i]`: customer `i`'s distinct history in the task (`undefined`: customer `i` is history `i`). */
  readonly groupOf: Int32Array | undefined;
  /** The settings of the score (`scoreCustomers`' own, from a probe). */
  readonly settings: ScoreSettings;
  /** The distinct histories and what to compute of them. */
  readonly task: ScoreTask;
  /** Forms what each customer needs besides the model scores (spend and holdout), while the workers score. */
  readonly own: () => { readonly spend: Float64Array | null; readonly holdout: HoldoutColumns };
}

/** What `probeScore` finds: the settings of the score and the fit read as the workers need it. @internal */
export interface ScoreProbe {
  readonly settings: ScoreSettings;
  readonly model: ScoreTask['model'];
  readonly params: ModelParams;
  readonly clock: ModelClock;
}

/**
 * Checks the fit and every option as `scoreCustomers` does, by scoring one valid customer alone with them
 * (which throws exactly the error `scoreCustomers` throws for the whole input: none of its checks depends
 * on the other customers), and returns the settings, which depend on no customer either. `probe` is that
 * customer, as an array of one or a summary `{ customers: [customer], options }` carrying the unit of the
 * input. `undefined` when the score is better left to one thread: a spend that is not recognised as
 * Gamma-Gamma's, or a model the workers do not know (GG/NBD). @internal
 */
export function probeScore(
  fit: PurchaseFitLike<ModelParams>,
  probe: readonly ScoreInputCustomer[] | SummarizedData<ScoreInputCustomer>,
  options: ScoreCustomersOptions,
  needsSpend: boolean,
): ScoreProbe | undefined {
  const fn = 'scoreCustomers';
  const settings = scoreCustomers(fit, probe, { ...options, as: 'columns' }).settings;
  if ((settings.spend === 'gammaGamma') !== needsSpend) return undefined;
  const context = continuousFit(fn, fit, clockOfCustomers(fn, probe), options.timeUnit);
  const model = context.model.name;
  if (model === 'ggomNbd' || model === 'mbgCnbdK') return undefined; // scored on one thread: the workers know the three classic models
  return { settings, model, params: context.params, clock: context.clock };
}

/** The task of the distinct histories `(frequency, recency, T)` of a score (the whole batch). @internal */
export function taskOf(probe: ScoreProbe, options: ScoreCustomersOptions, frequency: Float64Array, recency: Float64Array, T: Float64Array): ScoreTask {
  const v = options.value;
  return {
    model: probe.model,
    params: probe.params,
    unit: probe.clock.unit,
    unitDays: probe.clock.unitDays,
    horizon: probe.settings.horizon,
    value:
      v === undefined
        ? null
        : {
            discountRate: v.discountRate,
            horizon: v.horizon,
            ...(v.step === undefined ? {} : { step: v.step }),
            ...(v.discounting === undefined ? {} : { discounting: v.discounting }),
          },
    daysPerYear: options.daysPerYear,
    frequency,
    recency,
    T,
    from: 0,
    length: frequency.length,
  };
}
