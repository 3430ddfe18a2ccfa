import type { ParetoNbdParams } from '../paretoNbd/types';
import type { CovariateCoding, CovariateCoefficient, CovariatePenalty, CovariateValue } from '../covariates/types';
import type { ModelTimeUnit } from '../types';
import type { ScoreBounds } from '../scoreCustomers';

/** A calendar day: `'yyyy-mm-dd'` (a time after it is ignored), `'yyyymmdd'`, or a `Date` read at UTC. */
export type CalendarDay = string | Date;

/** One purchase of a transaction log: the customer's id and the day. Purchases of one customer on one day count once. */
export interface TimeVaryingTransaction {
  /** The customer's id: a non-blank string or a safe integer (`1` and `'1'` are the same customer). */
  readonly customerId: string | number;
  /** The day of the purchase. */
  readonly date: CalendarDay;
}

/**
 * The covariate periods: consecutive calendar periods of `days` days, one of which starts on `start`
 * (e.g. `{ start: '2024-01-01', days: 7 }`: weeks from Monday to Sunday). Period `k` holds the days
 * `start + k·days … start + (k+1)·days − 1` (`k` may be negative). One period is the model's time unit.
 */
export interface CovariatePeriods {
  /** The first day of some period (periods before and after it are laid out from it). */
  readonly start: CalendarDay;
  /** Days per period, a whole number ≥ 1. Default 7 (weeks). */
  readonly days?: number;
}

/**
 * One row of time-varying covariates: a customer, a period and one field per covariate, e.g.
 * `{ customerId: 'c1', period: '2024-03-04', season: 'spring', mailing: true, price: 9.5 }`. The
 * values hold for the whole period that contains the day `period` (normally its first day).
 */
export interface TimeVaryingCovariateRow {
  /** The customer's id: a non-blank string or a safe integer. */
  readonly customerId: string | number;
  /** Any day of the period the values hold for (its first day, by convention). */
  readonly period: CalendarDay;
  /** The covariates, by column name. */
  readonly [column: string]: CovariateValue | Date | null | undefined;
}

/**
 * Which time-varying covariates act on one process (purchase or lifetime), and how they are coded.
 *
 * @remarks
 * As for static covariates: a column of strings or booleans (or a numeric column listed in
 * `categorical`) is dummy-coded against a reference level (treatment contrasts, as R's `model.matrix`),
 * one 0/1 column per other level, named `column=level`; levels are sorted (numbers numerically, strings
 * in JavaScript string order, `false` before `true`) and the reference is the first level unless
 * `reference` names another. A numeric column is used as it is, or standardised to mean 0 and standard
 * deviation 1 over the customer-periods fitted when listed in `standardize` (coefficients then reported
 * on both scales).
 */
export interface TimeVaryingCovariateSpec {
  /** Rows keyed by `customerId` and `period`; each customer needs a row for every period from the one of its first purchase to the last one used. */
  readonly data: readonly TimeVaryingCovariateRow[];
  /** The columns used, in the order of the coefficients. At least one. */
  readonly columns: readonly string[];
  /** Numeric columns to treat as categorical. Default none. */
  readonly categorical?: readonly string[];
  /** Reference level of a categorical column, by column (default: the first level in sorted order). */
  readonly reference?: Readonly<Record<string, CovariateValue>>;
  /** Numeric columns to standardise: `true` for all, or a list. Default none. */
  readonly standardize?: boolean | readonly string[];
}

/** Options of `fitTimeVaryingCovariateModel`. */
export interface TimeVaryingFitOptions {
  /** Last day of the calibration period (inclusive). Later purchases are not fitted (counted in `data.afterCalibration`). */
  readonly calibrationEnd: CalendarDay;
  /** The covariate periods (weeks by default; `start` is required). */
  readonly periods: CovariatePeriods;
  /** Covariates of the purchase process (multiply the purchase rate by `exp(γ_pᵀx_t)`). */
  readonly purchase?: TimeVaryingCovariateSpec;
  /** Covariates of the lifetime process (multiply the dropout rate by `exp(γ_lᵀz_t)`). */
  readonly lifetime?: TimeVaryingCovariateSpec;
  /** Coefficient names present in both processes constrained to be equal. Default none. */
  readonly constrain?: readonly string[];
  /** L2 penalty `λ Σ γ²` on the mean negative log-likelihood. Default 0. */
  readonly l2?: CovariatePenalty;
  /** Level of the confidence intervals, in (0, 1). Default 0.95. */
  readonly confidenceLevel?: number;
  /** Iteration cap of the optimiser. Default 500. */
  readonly maxIterations?: number;
  /** Throw `NOT_CONVERGED` instead of returning `converged: false`. Default `false`. */
  readonly strict?: boolean;
}

/** A customer, transaction or covariate row left out, with the reason. */
export interface TimeVaryingRejected {
  /** Index in the input it comes from (`source`). */
  readonly index: number;
  /** `'transactions'` for a transaction row; `'customers'` for a customer (index of its first transaction, or in `customers`). */
  readonly source: 'transactions' | 'customers';
  /** The customer's id, as a string, when known. */
  readonly customerId: string | null;
  /** The field at fault, e.g. `'date'`, `'purchase.period'`, `'lifetime.season'`. */
  readonly field: string;
  /** The rule broken. */
  readonly reason: string;
  /** The offending value. */
  readonly value: unknown;
}

/** A customer with covariate rows but no transaction in the log. */
export interface TimeVaryingUnmatched {
  /** Index of the customer's first covariate row in the process's `data`. */
  readonly index: number;
  /** The id, as a string. */
  readonly customerId: string;
}

/** The result of `fitTimeVaryingCovariateModel`: a plain JSON-serialisable object. */
export interface TimeVaryingFitResult {
  /** The model: Pareto/NBD with time-varying covariates. */
  readonly model: 'paretoNbd';
  /** Base parameters (a customer whose coded covariates are 0 in every period), per period. */
  readonly params: ParetoNbdParams;
  /** Standard errors of the base parameters (delta method), `null` when not identified. */
  readonly standardErrors: { readonly [K in keyof ParetoNbdParams]: number | null };
  /** Intervals `exp(ln p ± z·SE(ln p))`, `null` when not identified. */
  readonly confidenceIntervals: { readonly [K in keyof ParetoNbdParams]: readonly [number, number] | null };
  /** The coefficients, by process and coefficient name, each with standard error and interval (and on the raw scale when standardised). */
  readonly coefficients: {
    readonly purchase: Readonly<Record<string, CovariateCoefficient>>;
    readonly lifetime: Readonly<Record<string, CovariateCoefficient>>;
  };
  /** With standardised columns: the base parameters at raw covariates 0, with standard errors and intervals; else `null`. */
  readonly rawScale: {
    readonly params: ParetoNbdParams;
    readonly standardErrors: { readonly [K in keyof ParetoNbdParams]: number | null };
    readonly confidenceIntervals: { readonly [K in keyof ParetoNbdParams]: readonly [number, number] | null };
  } | null;
  /** Log-likelihood at the estimate (unpenalised), time in periods. */
  readonly logLikelihood: number;
  /** `2k − 2LL`. */
  readonly aic: number;
  /** `k ln N − 2LL`. */
  readonly bic: number;
  /** Names of the free parameters in the order of `covariance`: `r, alpha, s, beta`, then `purchase.<name>`, `lifetime.<name>`, `shared.<name>`. */
  readonly parameterNames: readonly string[];
  /** Covariance of the free parameters on the optimiser's scale (log base parameters, coefficients). */
  readonly covariance: (number | null)[][];
  /** Level of the intervals. */
  readonly confidenceLevel: number;
  /** Whether the optimiser converged and the Hessian is positive definite. */
  readonly converged: boolean;
  /** Why it did or did not converge. */
  readonly message: string;
  /** Optimiser iterations. */
  readonly iterations: number;
  /** Norm of the gradient of the mean objective at the estimate (≈ 0 at an optimum). */
  readonly gradientNorm: number;
  /** Each free parameter without a standard error, with the reason. */
  readonly notIdentified: Readonly<Record<string, string>>;
  /** Customers fitted. */
  readonly n: number;
  /** The coding of each process's covariates (to code new rows the same way). */
  readonly coding: { readonly purchase: CovariateCoding; readonly lifetime: CovariateCoding };
  /** Coefficient names constrained equal across processes. */
  readonly constrained: readonly string[];
  /** Customers and transactions left out, with reasons (a customer without the covariates it needs is here, not dropped). */
  readonly rejected: TimeVaryingRejected[];
  /** Customers with covariate rows but no transaction, per process. */
  readonly unmatched: { readonly purchase: TimeVaryingUnmatched[]; readonly lifetime: TimeVaryingUnmatched[] };
  /** The time unit: one covariate period (`'week'` for 7 days, `'day'` for 1, else the number of days). */
  readonly timeUnit: ModelTimeUnit;
  /** The conventions of the data fitted. */
  readonly data: TimeVaryingDataSettings;
}

/** The conventions a time-varying fit used, echoed in its result. */
export interface TimeVaryingDataSettings {
  /** First day of a covariate period, `'yyyy-mm-dd'` (the one given, normalised). */
  readonly periodStart: string;
  /** Days per period (the time unit). */
  readonly periodDays: number;
  /** Last calibration day, `'yyyy-mm-dd'`. */
  readonly calibrationEnd: string;
  /** Transaction rows read. */
  readonly transactions: number;
  /** Transaction rows after the calibration end (not fitted; not errors). */
  readonly afterCalibration: number;
  /** Customers whose first purchase is on or before the calibration end. */
  readonly customers: number;
  /** Customer-periods used (covariate rows read per process, after selection). */
  readonly customerPeriods: number;
}

/** Options of `scoreTimeVaryingCovariateCustomers`. */
export interface TimeVaryingScoreOptions {
  /** Horizon after the calibration end, in periods (the fit's time unit), finite and > 0. */
  readonly horizon: number;
  /** The covariate rows (keyed by `customerId` and `period`) with the fit's columns, through the last period of the horizon. */
  readonly covariates: { readonly purchase?: readonly TimeVaryingCovariateRow[]; readonly lifetime?: readonly TimeVaryingCovariateRow[] };
  /** Last day of the history used (inclusive). Default: the fit's calibration end. */
  readonly calibrationEnd?: CalendarDay;
  /** Expected spend per purchase: one value for everyone, or by customer id (e.g. from a Gamma-Gamma fit). Without it `value` is `null`. */
  readonly spend?: number | Readonly<Record<string, number>>;
  /** Share of spend that is profit, in [0, 1]. Default 1. */
  readonly margin?: number;
  /** Effective discount rate per period, ≥ 0 (money is worth `1/(1+d)` one period later). Default 0. */
  readonly discountRate?: number;
  /**
   * Adds lower and upper ends to every score and to the totals from the uncertainty of the fit (its log
   * base parameters and coefficients drawn from its covariance). Default: none.
   */
  readonly intervals?: TimeVaryingIntervalOptions;
}

/** How {@link TimeVaryingScoreOptions.intervals} are computed. */
export interface TimeVaryingIntervalOptions {
  /** Central coverage, in (0, 1). Default 0.9. */
  readonly level?: number;
  /** Parameter draws or bootstrap refits, from 2 to min(100,000, 4,000,000 / customers). Default 200 draws or 100 refits. */
  readonly draws?: number;
  /**
   * `'parameters'` (default): draw the fit's parameters from its covariance. `'bootstrap'`: refit on the
   * customers of `transactions` resampled with replacement (the fitting log), one fit and score per refit.
   */
  readonly method?: 'parameters' | 'bootstrap';
  /** Seed of the draws. Default 1. */
  readonly seed?: number;
  /** Parameters the fit does not identify: `'throw'` (default) or `'hold'` at their estimates. */
  readonly notIdentified?: 'throw' | 'hold';
}

/** Lower and upper ends of one time-varying score: the `(1 ∓ level)/2` quantiles over the draws, as `scoreCustomers` reports them. */
export type TimeVaryingBounds = ScoreBounds;

/** One scored customer. */
export interface TimeVaryingScoreRow {
  /** The customer's id, as a string. */
  readonly customerId: string;
  /** Repeat purchases up to the calibration end. */
  readonly frequency: number;
  /** Recency `t_x`, in periods. */
  readonly recency: number;
  /** Age `T`, in periods. */
  readonly T: number;
  /** P(alive) at the calibration end. */
  readonly probabilityAlive: number;
  /** Expected purchases in the horizon. */
  readonly expectedPurchases: number;
  /** Expected purchases in the horizon, each discounted continuously to the calibration end. */
  readonly discountedPurchases: number;
  /** `margin · spend · discountedPurchases`, or `null` without `spend` for this customer. */
  readonly value: number | null;
  /** Ends of the scores (`value` `null` where the value is), present only with `options.intervals`. */
  readonly intervals?: { readonly probabilityAlive: TimeVaryingBounds; readonly expectedPurchases: TimeVaryingBounds; readonly value: TimeVaryingBounds | null };
}

/** The result of `scoreTimeVaryingCovariateCustomers`. */
export interface TimeVaryingScoreResult {
  /** One row per scored customer, sorted by `customerId`. */
  readonly rows: TimeVaryingScoreRow[];
  /** Transactions and customers left out (no history, a missing period or value, a category the fit did not see). */
  readonly rejected: TimeVaryingRejected[];
  /** Customers with covariate rows but no transaction, per process. */
  readonly unmatched: { readonly purchase: TimeVaryingUnmatched[]; readonly lifetime: TimeVaryingUnmatched[] };
  /** Sums over the scored customers (`value` is `null` unless every row has one). */
  readonly totals: { readonly customers: number; readonly expectedPurchases: number; readonly value: number | null };
  /** The conventions used. */
  readonly settings: {
    readonly horizon: number;
    readonly timeUnit: ModelTimeUnit;
    readonly periodStart: string;
    readonly periodDays: number;
    readonly calibrationEnd: string;
    readonly margin: number;
    readonly discountRate: number;
  };
  /** How the intervals were made (held: parameters kept at their estimates) and the totals' ends, present only with `options.intervals`. */
  readonly intervals?: {
    readonly level: number;
    /** `'parameters'` (draws from the fit's covariance) or `'bootstrap'` (refits on resampled customers). */
    readonly method: 'parameters' | 'bootstrap';
    readonly draws: number;
    readonly seed: number;
    readonly held: string[];
    /** Bootstrap refits that did not converge (kept), `null` for parameter draws. */
    readonly bootstrapNotConverged: number | null;
    readonly totals: { readonly probabilityAlive: TimeVaryingBounds; readonly expectedPurchases: TimeVaryingBounds; readonly value: TimeVaryingBounds | null };
  };
}
