import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import { createRandom } from '../../../core/random/createRandom';
import { bgNbd } from '../../bgNbd/index';
import { ggomNbd } from '../../ggomNbd/index';
import { resampleCustomers } from '../../internal/intervals/resampleCustomers';
import { paretoNbd } from '../../paretoNbd/index';
import type { CovariateData } from '../covariateCustomerParams';
import { covariateId } from './covariateId';
import { fitCovariateModel, type CovariateCustomer } from '../fitCovariateModel';
import type { CovariateCoding, CovariateFitOptions, CovariateFitResult, CovariateRow, CovariateSpec } from '../types';

/** Resamples that may be drawn again (a categorical level missing) per refit asked for. */
const REDRAWS_PER_REFIT = 10;

/** Refits of a covariate model on bootstrap samples of its customers. @internal */
export interface CovariateBootstrapFits {
  readonly fits: CovariateFitResult[];
  /** Refits that did not converge (kept, as the percentile bootstrap uses every one). */
  readonly notConverged: number;
  /** Samples drawn again because they lacked a level of a categorical covariate. */
  readonly redrawn: number;
}

/**
 * The nonparametric bootstrap of a covariate fit (Efron & Tibshirani 1993, ch. 6): `draws` samples of the
 * customers drawn with replacement by one seeded stream (`resampleCustomers`: a row's `weight` counts its
 * customers), each refitted by `fitCovariateModel` with the fit's own settings, rebuilt from the fit:
 * the columns, numeric columns coded as categories, reference levels and standardised columns of
 * `fit.coding`, `fit.constrained`, each coefficient's `l2`, the time unit and the interval level. A
 * sample in which a level of a categorical covariate has no customer (its coding, coefficients and
 * penalties would not be the fit's) is drawn again and counted in `redrawn`, at most 10 times per refit
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
  const counts = new Int32Array(customers.length);
  const levels = customerLevels(fit, customers, covariates);
  const fits: CovariateFitResult[] = [];
  let notConverged = 0;
  let redrawn = 0;
  while (fits.length < draws) {
    resample.sample(counts);
    if (!hasEveryLevel(levels, counts)) {
      redrawn++;
      if (redrawn > REDRAWS_PER_REFIT * draws) {
        throw new InvalidArgumentError(fn, 'options.intervals.method', `must be 'parameters' for these data: ${redrawn} bootstrap samples lacked a level of a categorical covariate (merge rare levels, or use the parameter draws)`, 'bootstrap');
      }
      continue;
    }
    const rows: CovariateCustomer[] = [];
    counts.forEach((count, i) => {
      if (count === 0) return;
      const c = customers[i] as CovariateCustomer;
      rows.push({ customerId: c.customerId, frequency: c.frequency, recency: c.recency, T: c.T, weight: count });
    });
    const refit = fitCovariateModel(model as typeof paretoNbd, rows, options) as unknown as CovariateFitResult;
    if (!refit.converged) notConverged++;
    fits.push(refit);
  }
  return { fits, notConverged, redrawn };
}

/** Each categorical column's level index per customer (−1: no row or no value; such customers are rejected by the fit). */
interface CustomerLevels {
  readonly levelCount: number;
  readonly levelOf: Int32Array;
}

/** The level of every categorical covariate of every customer, by the fit's coding. */
function customerLevels(fit: CovariateFitResult, customers: readonly CovariateCustomer[], covariates: CovariateData): CustomerLevels[] {
  const out: CustomerLevels[] = [];
  for (const process of ['purchase', 'lifetime'] as const) {
    const byId = new Map<string, CovariateRow>();
    for (const row of covariates[process] ?? []) {
      const id = row !== null && typeof row === 'object' ? covariateId(row.customerId) : undefined;
      if (id !== undefined) byId.set(id, row);
    }
    for (const column of fit.coding[process].columns) {
      if (column.kind !== 'categorical') continue;
      const index = new Map(column.levels.map((level, k) => [level, k]));
      const levelOf = Int32Array.from(customers, (c) => {
        const id = covariateId(c.customerId);
        const value = id === undefined ? undefined : byId.get(id)?.[column.column];
        return value === undefined || value === null ? -1 : (index.get(String(value)) ?? -1);
      });
      out.push({ levelCount: column.levels.length, levelOf });
    }
  }
  return out;
}

/** Whether every level of every categorical covariate has a customer among those picked (`counts > 0`). */
function hasEveryLevel(levels: readonly CustomerLevels[], counts: Int32Array): boolean {
  for (const { levelCount, levelOf } of levels) {
    const seen = new Uint8Array(levelCount);
    let missing = levelCount;
    for (let i = 0; i < counts.length && missing > 0; i++) {
      const k = levelOf[i] as number;
      if ((counts[i] as number) > 0 && k >= 0 && seen[k] === 0) {
        seen[k] = 1;
        missing--;
      }
    }
    if (missing > 0) return false;
  }
  return true;
}

/** The options that fitted `fit`, rebuilt from what it records, with the rows of `covariates`. */
function refitOptions(fit: CovariateFitResult, covariates: CovariateData): CovariateFitOptions {
  const spec = (coding: CovariateCoding, data: readonly CovariateRow[] | undefined): CovariateSpec | undefined => {
    if (coding.columns.length === 0) return undefined;
    const reference: Record<string, string> = {};
    for (const c of coding.columns) if (c.kind === 'categorical') reference[c.column] = c.reference;
    return {
      data: data ?? [],
      columns: coding.columns.map((c) => c.column),
      categorical: coding.columns.filter((c) => c.kind === 'categorical' && c.numeric).map((c) => c.column),
      reference,
      standardize: coding.columns.filter((c) => c.kind === 'numeric' && c.standardized !== null).map((c) => c.column),
    };
  };
  const l2 = (process: 'purchase' | 'lifetime'): Record<string, number> =>
    Object.fromEntries(Object.entries(fit.coefficients[process]).map(([name, c]) => [name, c.l2]));
  const purchase = spec(fit.coding.purchase, covariates.purchase);
  const lifetime = spec(fit.coding.lifetime, covariates.lifetime);
  return {
    ...(purchase === undefined ? {} : { purchase }),
    ...(lifetime === undefined ? {} : { lifetime }),
    constrain: fit.constrained,
    l2: { purchase: l2('purchase'), lifetime: l2('lifetime') },
    ...(fit.timeUnit === null ? {} : { timeUnit: fit.timeUnit }),
    confidenceLevel: fit.confidenceLevel,
  };
}
