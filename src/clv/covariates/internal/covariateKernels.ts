import { bgNbd } from '../../bgNbd/index';
import { paretoNbd } from '../../paretoNbd/index';
import { bgNbdCovariateRow } from './bgNbdCovariateRow';
import { paretoNbdCovariateRow } from './paretoNbdCovariateRow';

/** One customer's log-likelihood and gradient in its log-parameters, into `out[0..4]`. @internal */
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
) => void;

/**
 * How covariates enter a model: which base parameters (by index into `names`) each process scales, and
 * with which sign of the exponent (`p_i = p_0 · exp(sign · γᵀz_i)`). @internal
 */
export interface CovariateKernel {
  readonly name: 'paretoNbd' | 'bgNbd';
  readonly names: readonly [string, string, string, string];
  /** Indices of the parameters that scale with time (divided by the time scale while fitting). */
  readonly rates: readonly number[];
  readonly purchaseTargets: readonly number[];
  readonly purchaseSign: number;
  readonly lifetimeTargets: readonly number[];
  readonly lifetimeSign: number;
  readonly row: CovariateRowKernel;
  /** Whether `row` also returns its 4×4 Hessian in log-parameters when given `hessian` (else differences). */
  readonly analyticHessian: boolean;
  /** The model without covariates (for the starting fit and predictions). */
  readonly plain: typeof paretoNbd | typeof bgNbd;
}

/**
 * The parametrisations of CLVTools (Bachmann, Meierer & Näf): Pareto/NBD `alpha_i = alpha_0 e^{−γ_pᵀz}`,
 * `beta_i = beta_0 e^{−γ_lᵀz}`; BG/NBD `alpha_i = alpha_0 e^{−γ_pᵀz}`, `a_i = a_0 e^{γ_lᵀz}`,
 * `b_i = b_0 e^{γ_lᵀz}`. @internal
 */
export const COVARIATE_KERNELS: { readonly paretoNbd: CovariateKernel; readonly bgNbd: CovariateKernel } = {
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
};
