import { createRandom } from '../../../core/random/createRandom';
import { bgNbd } from '../../bgNbd/index';
import { ggomNbd } from '../../ggomNbd/index';
import { resampleCustomers } from '../../internal/intervals/resampleCustomers';
import { paretoNbd } from '../../paretoNbd/index';
import type { CovariateData } from '../covariateCustomerParams';
import { covariateId } from './covariateId';
import { fitCovariateModel, type CovariateCustomer } from '../fitCovariateModel';
import type { CovariateFitOptions, CovariateFitResult } from '../types';
import { customerLevels, rowsById } from './customerLevels';
import { refitSamples } from './refitSamples';
import { penaltiesOf, specFromCoding } from './specFromCoding';

/** Refits of a covariate model on bootstrap samples of its customers. @internal */
export interface CovariateBootstrapFits {
  readonly fits: CovariateFitResult[];
  /** Refits that did not converge (kept, as the percentile bootstrap uses every one). */
  readonly notConverged: number;
}

/**
 * The nonparametric bootstrap of a covariate fit (Efron & Tibshirani 1993, ch. 6): `draws` samples of the
 * customers drawn with replacement by one seeded stream (`resampleCustomers`: a row's `weight` counts its
 * customers), each refitted by `fitCovariateModel` with the fit's own settings, rebuilt from the fit:
 * the columns, numeric columns coded as categories, reference levels and standardised columns of
 * `fit.coding`, `fit.constrained`, each coefficient's `l2`, the time unit and the interval level. A
 * sample in which a level of a categorical covariate has no customer (its coding, coefficients and
 * penalties would not be the fit's) is drawn again, at most 10 times per refit
 * asked for. @internal
 */
export function covariateBootstrapFits(
  fn: string,
  fit: CovariateFitResult,
  customers: readonly CovariateCustomer[],
  covariates: CovariateData,
  draws: number,
  seed: number,
): CovariateBootstrapFits {
  const model = { paretoNbd, bgNbd, ggomNbd }[fit.model];
  const options = refitOptions(fit, covariates);
  const resample = resampleCustomers(fn, 'customers', customers, createRandom(seed));
  const levels = customerLevels(fit.coding, (process) => {
    const byId = rowsById(covariates[process]);
    return (i) => {
      const id = covariateId((customers[i] as CovariateCustomer).customerId);
      const row = id === undefined ? undefined : byId.get(id);
      return row === undefined ? [] : [row];
    };
  }, customers.length);
  return refitSamples(fn, resample, levels, customers.length, draws, (counts) => {
    const rows: CovariateCustomer[] = [];
    counts.forEach((count, i) => {
      if (count === 0) return;
      const c = customers[i] as CovariateCustomer;
      rows.push({ customerId: c.customerId, frequency: c.frequency, recency: c.recency, T: c.T, weight: count });
    });
    return fitCovariateModel(model as typeof paretoNbd, rows, options) as unknown as CovariateFitResult;
  });
}

/** The options that fitted `fit`, rebuilt from what it records, with the rows of `covariates`. */
function refitOptions(fit: CovariateFitResult, covariates: CovariateData): CovariateFitOptions {
  const purchase = specFromCoding(fit.coding.purchase, covariates.purchase);
  const lifetime = specFromCoding(fit.coding.lifetime, covariates.lifetime);
  return {
    ...(purchase === undefined ? {} : { purchase }),
    ...(lifetime === undefined ? {} : { lifetime }),
    constrain: fit.constrained,
    l2: penaltiesOf(fit),
    ...(fit.timeUnit === null ? {} : { timeUnit: fit.timeUnit }),
    confidenceLevel: fit.confidenceLevel,
  };
}
