import { bgNbd } from '../../bgNbd/index';
import { ggomNbd } from '../../ggomNbd/index';
import { paretoNbd } from '../../paretoNbd/index';
import { bgNbdCovariateRow } from './bgNbdCovariateRow';
import { ggomNbdCovariateRow } from './ggomNbdCovariateRow';
import { paretoNbdCovariateRow } from './paretoNbdCovariateRow';

/**
 * One customer's log-likelihood and gradient in its log-parameters, into `out[0..P]` (`P` the number of
 * base parameters: 4, or 5 for Gamma-Gompertz/NBD, whose fifth parameter comes last as `p4`). @internal
 */
export type CovariateRowKernel = (
  p0: number,
  p1: number,
  p2: number,
  p3: number,
  x: number,
  tx: number,
  T: number,
  lgr: number,
  dgr: number,
  withGradient: boolean,
  out: Float64Array,
  tgr?: number,
  hessian?: Float64Array,
  p4?: number,
) => void;

/**
 * How covariates enter a model: which base parameters (by index into `names`) each process scales, and
 * with which sign of the exponent (`p_i = p_0 · exp(sign · γᵀz_i)`). @internal
 */
export interface CovariateKernel {
  readonly name: 'paretoNbd' | 'bgNbd' | 'ggomNbd';
  /** The base parameters, in the order of θ (four, or five for Gamma-Gompertz/NBD). */
  readonly names: readonly [string, string, string, string] | readonly [string, string, string, string, string];
  /** Indices of the parameters that scale with time (divided by the time scale while fitting). */
  readonly rates: readonly number[];
  /** Indices of the parameters that scale inversely with time (multiplied by the time scale while fitting). Default none. */
  readonly inverseRates?: readonly number[];
  readonly purchaseTargets: readonly number[];
  readonly purchaseSign: number;
  readonly lifetimeTargets: readonly number[];
  readonly lifetimeSign: number;
  readonly row: CovariateRowKernel;
  /** Whether `row` also returns its 4×4 Hessian in log-parameters when given `hessian` (else differences). */
  readonly analyticHessian: boolean;
  /**
   * Customers of the deterministic subsample the plain model is fitted to for the start (default 3,000;
   * fewer for a model whose likelihood is costly, as Gamma-Gompertz/NBD's quadrature).
   */
  readonly startCustomers?: number;
  /** Iteration cap of each optimiser stage of that starting fit (default `fitModel`'s). */
  readonly startIterations?: number;
  /** The model without covariates (for the starting fit and predictions). */
  readonly plain: typeof paretoNbd | typeof bgNbd | typeof ggomNbd;
}

/**
 * The parametrisations of CLVTools (Bachmann, Meierer & Näf): Pareto/NBD `alpha_i = alpha_0 e^{−γ_pᵀz}`,
 * `beta_i = beta_0 e^{−γ_lᵀz}`; BG/NBD `alpha_i = alpha_0 e^{−γ_pᵀz}`, `a_i = a_0 e^{γ_lᵀz}`,
 * `b_i = b_0 e^{γ_lᵀz}`; Gamma-Gompertz/NBD `alpha_i = alpha_0 e^{−γ_pᵀz}`, `beta_i = beta_0 e^{−γ_lᵀz}`
 * (CLVTools' `ggomnbd_staticcov_alpha_i` and `ggomnbd_staticcov_beta_i`; `r`, `b`, `s` shared). @internal
 */
export const COVARIATE_KERNELS: { readonly paretoNbd: CovariateKernel; readonly bgNbd: CovariateKernel; readonly ggomNbd: CovariateKernel } = {
  paretoNbd: {
    name: 'paretoNbd',
    names: ['r', 'alpha', 's', 'beta'],
    rates: [1, 3],
    purchaseTargets: [1],
    purchaseSign: -1,
    lifetimeTargets: [3],
    lifetimeSign: -1,
    row: paretoNbdCovariateRow,
    analyticHessian: true,
    plain: paretoNbd,
  },
  bgNbd: {
    name: 'bgNbd',
    names: ['r', 'alpha', 'a', 'b'],
    rates: [1],
    purchaseTargets: [1],
    purchaseSign: -1,
    lifetimeTargets: [2, 3],
    lifetimeSign: 1,
    row: bgNbdCovariateRow,
    analyticHessian: false,
    plain: bgNbd,
  },
  ggomNbd: {
    name: 'ggomNbd',
    names: ['r', 'alpha', 'b', 's', 'beta'],
    rates: [1],
    inverseRates: [2],
    purchaseTargets: [1],
    purchaseSign: -1,
    lifetimeTargets: [4],
    lifetimeSign: -1,
    row: ggomNbdCovariateRow,
    analyticHessian: false,
    startCustomers: 600,
    startIterations: 100,
    plain: ggomNbd,
  },
};
