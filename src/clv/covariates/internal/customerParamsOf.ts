import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import type { CovariateBaseParams, CovariateCoding, CovariateFitResult, CovariateRejectedCustomer, CovariateRow, CovariateUnmatchedRow } from '../types';
import { applyCoding } from './applyCoding';
import { checkCovariateFit } from './checkCovariateFit';
import { COVARIATE_KERNELS } from './covariateKernels';
import type { CovariateKernel } from './covariateKernels';
import { rowValues } from './rawCovariates';
import { readCovariateCustomers } from './readCovariateCustomers';
import { readCovariateTable } from './readCovariateTable';

/** Each customer's own parameters under a covariate fit. @internal */
export interface CustomerParams {
  readonly kernel: CovariateKernel;
  /** Input indices of the customers with parameters. */
  readonly index: number[];
  readonly ids: string[];
  readonly params: CovariateBaseParams[];
  readonly rejected: CovariateRejectedCustomer[];
  readonly unmatched: { readonly purchase: CovariateUnmatchedRow[]; readonly lifetime: CovariateUnmatchedRow[] };
}

/** The coefficient vector of a process in its coding's order, from the fit's named coefficients. */
function coefficientsOf(fn: string, fit: CovariateFitResult, process: 'purchase' | 'lifetime', coding: CovariateCoding): Float64Array {
  const named = fit.coefficients?.[process];
  return Float64Array.from(coding.names, (name) => {
    const c = named?.[name];
    if (c === undefined || typeof c.estimate !== 'number' || !Number.isFinite(c.estimate)) {
      throw new InvalidArgumentError(fn, `fit.coefficients.${process}`, `must hold a finite estimate for ${name} (a result of fitCovariateModel)`, c);
    }
    return c.estimate;
  });
}

/**
 * Reads a covariate fit and the covariate rows of the customers, codes each customer's rows with the
 * fit's coding, and returns its parameters `p_i = p_0 · exp(sign · γᵀz_i)`. A customer without a row,
 * with a missing value, or with a category the fit did not see, is rejected with the field and reason.
 * @internal
 */
export function customerParamsOf(
  fn: string,
  fit: CovariateFitResult,
  customers: readonly unknown[],
  covariates: { readonly purchase?: readonly CovariateRow[]; readonly lifetime?: readonly CovariateRow[] },
): CustomerParams {
  checkCovariateFit(fn, fit);
  if (covariates === null || typeof covariates !== 'object') throw new InvalidArgumentError(fn, 'covariates', 'must be an object { purchase, lifetime } of covariate rows', covariates);
  const kernel = COVARIATE_KERNELS[fit.model];
  const purchase = readCovariateTable(fn, 'purchase', fit.coding.purchase.names.length === 0 ? undefined : { data: covariates.purchase as readonly CovariateRow[], columns: fit.coding.purchase.columns.map((c) => c.column) });
  const lifetime = readCovariateTable(fn, 'lifetime', fit.coding.lifetime.names.length === 0 ? undefined : { data: covariates.lifetime as readonly CovariateRow[], columns: fit.coding.lifetime.columns.map((c) => c.column) }, purchase);
  const tables = { purchase, lifetime };
  const read = readCovariateCustomers(fn, customers, tables.purchase, tables.lifetime, false);
  const gamma = { purchase: coefficientsOf(fn, fit, 'purchase', fit.coding.purchase), lifetime: coefficientsOf(fn, fit, 'lifetime', fit.coding.lifetime) };
  const base = kernel.names.map((name) => (fit.params as unknown as Record<string, number>)[name] as number);
  const z = new Float64Array(Math.max(gamma.purchase.length, gamma.lifetime.length));
  const out: CustomerParams = { kernel, index: [], ids: [], params: [], rejected: [...read.rejected], unmatched: read.unmatched };
  for (let i = 0; i < read.ids.length; i++) {
    const logs = base.map(Math.log);
    let bad: { field: string; reason: string; value: unknown } | undefined;
    for (const process of ['purchase', 'lifetime'] as const) {
      const coding = fit.coding[process];
      const values = rowValues(tables[process], read[process][i] as number);
      const c = applyCoding(coding, values, z, 0);
      if (c >= 0) {
        const column = coding.columns[c];
        bad = {
          field: `${process}.${column?.column ?? '?'}`,
          reason: column?.kind === 'categorical' ? `must be one of the levels the fit saw (${column.levels.join(', ')})` : 'must be a number (a numeric covariate of the fit)',
          value: values[c],
        };
        break;
      }
      let eta = 0;
      for (let j = 0; j < gamma[process].length; j++) eta += (z[j] as number) * (gamma[process][j] as number);
      const targets = process === 'purchase' ? kernel.purchaseTargets : kernel.lifetimeTargets;
      const sign = process === 'purchase' ? kernel.purchaseSign : kernel.lifetimeSign;
      for (const t of targets) logs[t] = (logs[t] as number) + sign * eta;
    }
    if (bad !== undefined) {
      out.rejected.push({ index: read.index[i] as number, ...bad });
      continue;
    }
    const params: Record<string, number> = {};
    kernel.names.forEach((name, j) => (params[name] = Math.exp(logs[j] as number)));
    out.index.push(read.index[i] as number);
    out.ids.push(read.ids[i] as string);
    out.params.push(params as unknown as CovariateBaseParams);
  }
  out.rejected.sort((a, b) => a.index - b.index);
  return out;
}
