import { createRandom } from '../../../core/random/createRandom';
import { parseCalendarDay } from '../../../time/parseCalendarDay';
import { covariateId } from '../../covariates/internal/covariateId';
import { customerLevels } from '../../covariates/internal/customerLevels';
import { refitSamples } from '../../covariates/internal/refitSamples';
import { penaltiesOf, specFromCoding } from '../../covariates/internal/specFromCoding';
import { resampleCustomers } from '../../internal/intervals/resampleCustomers';
import { fitTimeVaryingCovariateModel } from '../fitTimeVaryingCovariateModel';
import type { TimeVaryingCovariateRow, TimeVaryingFitOptions, TimeVaryingFitResult, TimeVaryingTransaction } from '../types';

/** One customer of the log, with its rows. */
interface LogCustomer {
  readonly id: string;
  readonly transactions: TimeVaryingTransaction[];
  readonly purchase: TimeVaryingCovariateRow[];
  readonly lifetime: TimeVaryingCovariateRow[];
}

/**
 * The nonparametric bootstrap of a time-varying covariate fit (Efron & Tibshirani 1993, ch. 6): the
 * customers the fit could use (a valid id and a first purchase on or before its calibration end) are
 * drawn with replacement, `draws` times, by one seeded stream (`resampleCustomers`); a customer picked
 * `c` times enters the refit as `c` customers, copies of its transactions and covariate rows under its
 * id and the id followed by U+0001 and the copy number (the fit reads a log, not weights). Each sample is refitted by
 * `fitTimeVaryingCovariateModel` with the fit's own settings (periods, calibration end, columns, coding,
 * references, standardised columns, constraints, L2 weights, interval level). A sample in which a level
 * of a categorical covariate has no customer is drawn again, at most 10 times per refit asked for.
 * @internal
 */
export function timeVaryingBootstrapFits(
  fn: string,
  fit: TimeVaryingFitResult,
  transactions: readonly TimeVaryingTransaction[],
  covariates: { readonly purchase?: readonly TimeVaryingCovariateRow[]; readonly lifetime?: readonly TimeVaryingCovariateRow[] },
  draws: number,
  seed: number,
): { fits: TimeVaryingFitResult[]; notConverged: number } {
  const customers = logCustomers(fit, transactions, covariates);
  const purchase = specFromCoding(fit.coding.purchase, covariates.purchase);
  const lifetime = specFromCoding(fit.coding.lifetime, covariates.lifetime);
  const levels = customerLevels(fit.coding, (process) => (i) => (customers[i] as LogCustomer)[process], customers.length);
  const resample = resampleCustomers(fn, 'transactions', customers.map((c) => ({ customerId: c.id })), createRandom(seed));
  return refitSamples(fn, resample, levels, customers.length, draws, (counts) => {
    const sample = copies(customers, counts);
    const options: TimeVaryingFitOptions = {
      calibrationEnd: fit.data.calibrationEnd,
      periods: { start: fit.data.periodStart, days: fit.data.periodDays },
      ...(purchase === undefined ? {} : { purchase: { ...purchase, data: sample.purchase } }),
      ...(lifetime === undefined ? {} : { lifetime: { ...lifetime, data: sample.lifetime } }),
      constrain: fit.constrained,
      l2: penaltiesOf(fit),
      confidenceLevel: fit.confidenceLevel,
    };
    return fitTimeVaryingCovariateModel(sample.transactions, options);
  });
}

/** The customers a fit can use, in order of first appearance, each with its transactions and covariate rows. */
function logCustomers(
  fit: TimeVaryingFitResult,
  transactions: readonly TimeVaryingTransaction[],
  covariates: { readonly purchase?: readonly TimeVaryingCovariateRow[]; readonly lifetime?: readonly TimeVaryingCovariateRow[] },
): LogCustomer[] {
  const end = parseCalendarDay(fit.data.calibrationEnd);
  const byId = new Map<string, LogCustomer & { first: number }>();
  for (const t of transactions) {
    const id = t !== null && typeof t === 'object' ? covariateId(t.customerId) : undefined;
    if (id === undefined) continue;
    let c = byId.get(id);
    if (c === undefined) {
      c = { id, transactions: [], purchase: [], lifetime: [], first: Number.POSITIVE_INFINITY };
      byId.set(id, c);
    }
    c.transactions.push(t);
    const day = parseCalendarDay(t.date);
    if (day < c.first) c.first = day;
  }
  for (const process of ['purchase', 'lifetime'] as const) {
    for (const row of covariates[process] ?? []) {
      const id = row !== null && typeof row === 'object' ? covariateId(row.customerId) : undefined;
      if (id !== undefined) byId.get(id)?.[process].push(row);
    }
  }
  return [...byId.values()].filter((c) => c.first <= end);
}

/** The sample as a log: each customer picked `c` times, as `c` customers with their own ids. */
function copies(customers: readonly LogCustomer[], counts: Int32Array): { transactions: TimeVaryingTransaction[]; purchase: TimeVaryingCovariateRow[]; lifetime: TimeVaryingCovariateRow[] } {
  const out = { transactions: [] as TimeVaryingTransaction[], purchase: [] as TimeVaryingCovariateRow[], lifetime: [] as TimeVaryingCovariateRow[] };
  customers.forEach((c, i) => {
    for (let k = 0; k < (counts[i] as number); k++) {
      const customerId = k === 0 ? c.id : `${c.id}\u0001${k + 1}`;
      for (const t of c.transactions) out.transactions.push({ ...t, customerId });
      for (const row of c.purchase) out.purchase.push({ ...row, customerId });
      for (const row of c.lifetime) out.lifetime.push({ ...row, customerId });
    }
  });
  return out;
}
