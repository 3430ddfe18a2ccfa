import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { BgNbdParams } from '../bgNbd/types';
import type { GgomNbdParams } from '../ggomNbd/types';
import type { ParetoNbdParams } from '../paretoNbd/types';
import { customerParamsOf } from './internal/customerParamsOf';
import type { CovariateBaseParams, CovariateFitResult, CovariateRejectedCustomer, CovariateRow, CovariateUnmatchedRow } from './types';

/** The covariate rows of the customers to predict for, per process (as given to `fitCovariateModel`). */
export interface CovariateData {
  /** Rows with the fit's purchase columns (omit when the fit has none). */
  readonly purchase?: readonly CovariateRow[];
  /** Rows with the fit's lifetime columns (omit when the fit has none). */
  readonly lifetime?: readonly CovariateRow[];
}

/** The result of {@link covariateCustomerParams}. */
export interface CovariateCustomerParams<P extends CovariateBaseParams> {
  /** Each customer's own parameters, by id (inserted in ascending JavaScript string order; JavaScript lists integer-like keys first, numerically). */
  readonly params: Readonly<Record<string, P>>;
  /** Ids without parameters (no covariate row, a missing value, a category the fit did not see), by index in `customerIds`. */
  readonly rejected: CovariateRejectedCustomer[];
  /** Covariate rows whose id is not among `customerIds`. */
  readonly unmatched: { readonly purchase: CovariateUnmatchedRow[]; readonly lifetime: CovariateUnmatchedRow[] };
}

/**
 * Each customer's own model parameters under a covariate fit: its covariates coded as in the fit and
 * `alpha_i = alpha·e^{−γ_pᵀz_p}` and so on, ready for the model's own prediction functions.
 *
 * @remarks
 * Pareto/NBD: `alpha_i = alpha·e^{−γ_pᵀz_p}`, `beta_i = beta·e^{−γ_lᵀz_l}`; BG/NBD: `alpha_i` likewise,
 * `a_i = a·e^{γ_lᵀz_l}`, `b_i = b·e^{γ_lᵀz_l}` (Fader & Hardie 2007, as CLVTools); `r`, `s` shared.
 * Gamma-Gompertz/NBD: `alpha_i = alpha·e^{−γ_pᵀz_p}`, `beta_i = beta·e^{−γ_lᵀz_l}`, `r`, `b`, `s` shared
 * (CLVTools' `ggomnbd` with static covariates). The
 * rows are coded with `fit.coding`: the same dummies and reference levels, numeric columns standardised
 * with the fit's mean and standard deviation. Pass the result's parameters to `paretoNbd.probabilityAlive`,
 * `conditionalExpectedPurchases`, … for one customer, or use `scoreCovariateCustomers` for many. O(customers · covariates).
 *
 * @param fit - A result of `fitCovariateModel` (or `JSON.parse` of one).
 * @param customerIds - The ids to compute parameters for (non-blank strings or safe integers, unique).
 * @param covariates - `{ purchase, lifetime }` covariate rows keyed by `customerId`.
 * @returns Parameters by id, the rejected ids with reasons, and rows matching no id.
 * @throws InvalidArgumentError when the fit, an id (blank, duplicated) or a covariate row (duplicated id,
 *   mixed types) is invalid.
 * @example
 * ```ts
 * const fit = fitCovariateModel(paretoNbd, customers, { purchase: { data: rows, columns: ['channel'] } });
 * const { params } = covariateCustomerParams(fit, ['a', 'b'], { purchase: rows });
 * paretoNbd.probabilityAlive(params.a, { frequency: 2, recency: 30.4, T: 38.9 }); // P(alive) of customer a
 * ```
 * @see Fader & Hardie (2007). Incorporating time-invariant covariates into the Pareto/NBD and BG/NBD models. http://brucehardie.com/notes/019/
 * @see Bemmaor & Glady (2012). Modeling purchasing behavior with sudden "death": A flexible customer lifetime
 * model. Management Science 58(5), 1012–1021. doi:10.1287/mnsc.1110.1461
 */
export function covariateCustomerParams(fit: CovariateFitResult<GgomNbdParams>, customerIds: readonly (string | number)[], covariates: CovariateData): CovariateCustomerParams<GgomNbdParams>;
export function covariateCustomerParams(fit: CovariateFitResult<ParetoNbdParams>, customerIds: readonly (string | number)[], covariates: CovariateData): CovariateCustomerParams<ParetoNbdParams>;
export function covariateCustomerParams(fit: CovariateFitResult<BgNbdParams>, customerIds: readonly (string | number)[], covariates: CovariateData): CovariateCustomerParams<BgNbdParams>;
export function covariateCustomerParams(fit: CovariateFitResult, customerIds: readonly (string | number)[], covariates: CovariateData): CovariateCustomerParams<CovariateBaseParams>;
export function covariateCustomerParams(fit: CovariateFitResult, customerIds: readonly (string | number)[], covariates: CovariateData): CovariateCustomerParams<CovariateBaseParams> {
  const fn = 'covariateCustomerParams';
  if (!Array.isArray(customerIds)) throw new InvalidArgumentError(fn, 'customerIds', 'must be an array of ids', customerIds);
  const read = customerParamsOf(fn, fit, customerIds.map((customerId) => ({ customerId })), covariates);
  const order = read.ids.map((_, j) => j).sort((a, b) => ((read.ids[a] as string) < (read.ids[b] as string) ? -1 : 1));
  const params: Record<string, CovariateBaseParams> = {};
  for (const j of order) params[read.ids[j] as string] = read.params[j] as CovariateBaseParams;
  return { params, rejected: read.rejected, unmatched: read.unmatched };
}
