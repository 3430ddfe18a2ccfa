import type { BgNbdParams } from '../bgNbd/types';
import type { GgomNbdParams } from '../ggomNbd/types';
import type { ParetoNbdParams } from '../paretoNbd/types';
import type { FitDataSettings, ModelTimeUnit } from '../types';

/** The value of one covariate cell: a number (numeric or coded category), a string or a boolean (categories). */
export type CovariateValue = number | string | boolean;

/**
 * One row of static covariates: the customer's id and one field per covariate, e.g.
 * `{ customerId: 'c1', channel: 'web', age: 34 }`. Ids match the customers' ids (`1` and `'1'` are the
 * same customer). Covariates that change by calendar period go to `fitTimeVaryingCovariateModel` instead.
 */
export interface CovariateRow {
  /** The customer's id: a non-blank string or a safe integer. */
  readonly customerId: string | number;
  /** The covariates, by column name. */
  readonly [column: string]: CovariateValue | null | undefined;
}

/**
 * Which covariates act on one process (purchase or lifetime), and how to code them.
 *
 * @remarks
 * A column of strings or booleans is categorical: dummy-coded against a reference level (treatment
 * contrasts, as R's `model.matrix`), one 0/1 column per other level, named `column=level`. Levels are
 * sorted (numbers numerically, strings in JavaScript string order, `false` before `true`), and the
 * reference is the first level unless `reference` names another. A numeric column is used as it is, or
 * standardised to mean 0 and standard deviation 1 (over the customers fitted) when listed in
 * `standardize`; the fit then reports its coefficient on both scales.
 */
export interface CovariateSpec {
  /** One row per customer, keyed by `customerId`. Every customer fitted needs a row. */
  readonly data: readonly CovariateRow[];
  /** The columns used, in the order of the coefficients. At least one. */
  readonly columns: readonly string[];
  /** Numeric columns to treat as categorical (levels sorted numerically). Default none. */
  readonly categorical?: readonly string[];
  /** Reference level of a categorical column, by column (default: the first level in sorted order). */
  readonly reference?: Readonly<Record<string, CovariateValue>>;
  /** Numeric columns to standardise: `true` for all, or a list. Default none (`false`). */
  readonly standardize?: boolean | readonly string[];
}

/** How one covariate column was coded, as recorded in a fit. */
export type CovariateColumnCoding =
  | {
      /** The input column. */
      readonly column: string;
      /** A numeric column. */
      readonly kind: 'numeric';
      /** Its coefficient's name (the column name). */
      readonly names: readonly string[];
      /** Mean and standard deviation used to standardise it, or `null` when used on its own scale. */
      readonly standardized: { readonly mean: number; readonly sd: number } | null;
    }
  | {
      /** The input column. */
      readonly column: string;
      /** A categorical column. */
      readonly kind: 'categorical';
      /** Its coefficients' names (`column=level`, one per level other than the reference). */
      readonly names: readonly string[];
      /** Every level, sorted, as strings. */
      readonly levels: readonly string[];
      /** The reference level (coded all zeros), as a string. */
      readonly reference: string;
      /** Whether the levels were numbers (sorted numerically). */
      readonly numeric: boolean;
    };

/** The coding of one process's covariates: each column's rule and the coefficient names in order. */
export interface CovariateCoding {
  /** Each input column, in the order given. */
  readonly columns: readonly CovariateColumnCoding[];
  /** Coefficient names, in order. */
  readonly names: readonly string[];
}

/**
 * L2 penalty on the coefficients: one `λ ≥ 0` for all, or per process, each a number or a record by
 * coefficient name (coefficients not named get 0).
 */
export type CovariatePenalty =
  | number
  | {
      readonly purchase?: number | Readonly<Record<string, number>>;
      readonly lifetime?: number | Readonly<Record<string, number>>;
    };

/** Options of `fitCovariateModel`. */
export interface CovariateFitOptions {
  /** The covariates of the purchase process (`alpha` of Pareto/NBD, BG/NBD and Gamma-Gompertz/NBD). */
  readonly purchase?: CovariateSpec;
  /** The covariates of the lifetime process (`beta` of Pareto/NBD and Gamma-Gompertz/NBD; `a` and `b` of BG/NBD). */
  readonly lifetime?: CovariateSpec;
  /**
   * Coefficient names (after coding, e.g. `'channel=web'`) present in both processes whose coefficient
   * is constrained to be equal: one shared coefficient is estimated. Default none.
   */
  readonly constrain?: readonly string[];
  /** L2 penalty `λ Σ γ²` added to the mean negative log-likelihood. Default 0. */
  readonly l2?: CovariatePenalty;
  /** The time unit of a bare array (a summary carries its own). */
  readonly timeUnit?: ModelTimeUnit;
  /** Level of the confidence intervals, in (0, 1). Default 0.95. */
  readonly confidenceLevel?: number;
  /** Iteration cap of the optimiser. Default 500. */
  readonly maxIterations?: number;
  /** Throw `NOT_CONVERGED` instead of returning `converged: false`. Default `false`. */
  readonly strict?: boolean;
}

/** One estimated covariate coefficient. */
export interface CovariateCoefficient {
  /** The estimate, on the coded scale (standardised when the column was standardised). */
  readonly estimate: number;
  /** Its standard error, `null` when not identified (reason in the fit's `notIdentified`). */
  readonly standardError: number | null;
  /** Its confidence interval `estimate ± z·SE`, `null` when not identified. */
  readonly confidenceInterval: readonly [number, number] | null;
  /** Whether it is shared with the other process (`options.constrain`). */
  readonly constrained: boolean;
  /** The L2 penalty `λ` on it. */
  readonly l2: number;
  /**
   * For a standardised column, the coefficient per unit of the raw column (`estimate / sd`, its standard
   * error and interval likewise); `null` otherwise.
   */
  readonly raw: {
    readonly estimate: number;
    readonly standardError: number | null;
    readonly confidenceInterval: readonly [number, number] | null;
  } | null;
}

/** A customer left out of a covariate fit or score, with the reason. */
export interface CovariateRejectedCustomer {
  /** Index of the customer in the input. */
  readonly index: number;
  /** The field at fault, e.g. `'customerId'`, `'recency'`, `'purchase.channel'`. */
  readonly field: string;
  /** The rule broken. */
  readonly reason: string;
  /** The offending value. */
  readonly value: unknown;
}

/** A covariate row whose `customerId` matches no customer of the data. */
export interface CovariateUnmatchedRow {
  /** Index of the row in the covariate data. */
  readonly index: number;
  /** Its id, as a string. */
  readonly customerId: string;
}

/** The base parameters of a covariate model: Pareto/NBD, BG/NBD or Gamma-Gompertz/NBD. */
export type CovariateBaseParams = ParetoNbdParams | BgNbdParams | GgomNbdParams;

/** The result of `fitCovariateModel`: a plain JSON-serialisable object. */
export interface CovariateFitResult<P extends CovariateBaseParams = CovariateBaseParams> {
  /** The model: `'paretoNbd'`, `'bgNbd'` or `'ggomNbd'`. */
  readonly model: 'paretoNbd' | 'bgNbd' | 'ggomNbd';
  /** Base parameters (a customer whose coded covariates are all 0), in the data's time unit. */
  readonly params: P;
  /** Standard errors of the base parameters (delta method), `null` when not identified. */
  readonly standardErrors: { readonly [K in keyof P]: number | null };
  /** Intervals `exp(ln p ± z·SE(ln p))` of the base parameters, `null` when not identified. */
  readonly confidenceIntervals: { readonly [K in keyof P]: readonly [number, number] | null };
  /** The coefficients, by process and coefficient name. */
  readonly coefficients: {
    readonly purchase: Readonly<Record<string, CovariateCoefficient>>;
    readonly lifetime: Readonly<Record<string, CovariateCoefficient>>;
  };
  /**
   * With standardised columns: the base parameters of a customer whose raw numeric covariates are 0 (and
   * categories at reference), with their standard errors and intervals; `null` when nothing was standardised.
   */
  readonly rawScale: {
    readonly params: P;
    readonly standardErrors: { readonly [K in keyof P]: number | null };
    readonly confidenceIntervals: { readonly [K in keyof P]: readonly [number, number] | null };
  } | null;
  /** Unpenalised weighted log-likelihood at the estimate, in the data's time unit. */
  readonly logLikelihood: number;
  /** `2k − 2LL`, `k` the free parameters (a shared coefficient counts once). */
  readonly aic: number;
  /** `k ln N − 2LL`. */
  readonly bic: number;
  /** Names of the free parameters in the order of `covariance`: the base parameters, then `purchase.<name>`, `lifetime.<name>` and `shared.<name>`. */
  readonly parameterNames: readonly string[];
  /** Covariance of the free parameters on the optimiser's scale (log base parameters, coefficients); `null` entries when not identified. */
  readonly covariance: (number | null)[][];
  /** Level of the intervals. */
  readonly confidenceLevel: number;
  /** Whether the optimiser converged and the Hessian is positive definite. */
  readonly converged: boolean;
  /** Why it did or did not converge. */
  readonly message: string;
  /** Optimiser iterations. */
  readonly iterations: number;
  /** Norm of the gradient of the mean objective at the estimate. */
  readonly gradientNorm: number;
  /** Each free parameter without a standard error, with the reason. */
  readonly notIdentified: Readonly<Record<string, string>>;
  /** Customers fitted `N` (sum of weights). */
  readonly n: number;
  /** Unique rows (history and covariates) after compression. */
  readonly rows: number;
  /** The time scale the data were divided by while fitting. */
  readonly timeScale: number;
  /** The coding of each process's covariates, to code new rows the same way. */
  readonly coding: { readonly purchase: CovariateCoding; readonly lifetime: CovariateCoding };
  /** The coefficient names constrained equal across processes. */
  readonly constrained: readonly string[];
  /** Customers left out (invalid history, no covariate row, missing or invalid value), by input index. */
  readonly rejected: CovariateRejectedCustomer[];
  /** Covariate rows whose id matches no customer, per process. */
  readonly unmatched: { readonly purchase: CovariateUnmatchedRow[]; readonly lifetime: CovariateUnmatchedRow[] };
  /** The time unit of the data, `null` when unknown. */
  readonly timeUnit: ModelTimeUnit | null;
  /** Conventions of the data fitted; `excluded` counts the customers in `rejected`. */
  readonly data: FitDataSettings;
}
