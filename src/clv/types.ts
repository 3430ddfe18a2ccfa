/**
 * The shared vocabulary of the CLV models: data shapes, the compressed columnar form the likelihoods
 * work on, and the interface every model object implements so that `fitModel` can fit any of them.
 */

/** Parameters of a model: a plain readonly record of positive numbers, e.g. `{ r, alpha, a, b }`. */
export type ModelParams = Readonly<Record<string, number>>;

/** The names of the models clientele ships. */
export type ModelName = 'bgNbd' | 'paretoNbd' | 'mbgNbd' | 'bgBb' | 'shiftedBetaGeometric' | 'gammaGamma' | 'mbgCnbdK' | 'ggomNbd' | 'betaDiscreteWeibull';

/**
 * One customer as the continuous-time purchase models see it (BG/NBD, Pareto/NBD, MBG/NBD): the output
 * of `summarizeTransactions` fits this shape.
 */
export interface RfmCustomer {
  /** Repeat purchases `x` (purchase periods after the first), an integer ≥ 0. */
  readonly frequency: number;
  /** Recency `t_x`: time from first to last purchase, in model time units; 0 when `frequency` is 0. */
  readonly recency: number;
  /** Age `T`: time from first purchase to the end of calibration, in model time units; `recency ≤ T`. */
  readonly T: number;
  /** Optional count or sampling weight of this row (default 1). */
  readonly weight?: number;
}

/** One customer (or one recency/frequency cell with a count) in the discrete-time BG/BB model. */
export interface DiscreteCustomer {
  /** Purchases `x` in the `n` opportunities, an integer in `[0, n]`. */
  readonly frequency: number;
  /** Index of the last purchasing opportunity `t_x` (0 when `frequency` is 0), an integer in `[x, n]`. */
  readonly recency: number;
  /** Number of purchase opportunities `n`, an integer ≥ 1. */
  readonly n: number;
  /** Optional count of customers with this history (default 1). */
  readonly weight?: number;
}

/** One repeat buyer as the Gamma-Gamma spend model sees it. */
export interface SpendCustomer {
  /** Repeat purchases `x`, an integer ≥ 1 for fitting (0 gives the population mean in predictions). */
  readonly frequency: number;
  /** Mean value `m` of the `x` repeat purchases, > 0 (in money units). */
  readonly monetaryValue: number;
  /** Optional count or sampling weight (default 1). */
  readonly weight?: number;
}

/**
 * A contractual cohort for the shifted-beta-geometric model: the number of customers still active at the
 * start of each period, starting with the cohort size, e.g. `[1000, 631, 468, 382, 326]`.
 */
export type CohortActiveCounts = readonly number[];

/**
 * Data compressed to unique rows with counts, in columns: the form every likelihood evaluates.
 * Identical rows are merged and their weights added, so the log-likelihood is `Σ_k weights[k] · ℓ_k`.
 */
export interface CompressedData {
  /** One Float64Array per data column (e.g. `frequency`, `recency`, `T`), all of length `rows`. */
  readonly columns: Readonly<Record<string, Float64Array>>;
  /** Weight of each unique row (count × user weight). */
  readonly weights: Float64Array;
  /** Number of unique rows. */
  readonly rows: number;
  /** Sum of the weights (the number of customers when no user weights are given). */
  readonly total: number;
}

/**
 * What `fitModel` needs from a model. Every model object (`bgNbd`, `paretoNbd`, ...) has these members
 * besides its prediction functions.
 */
export interface FittableModel<P extends ModelParams, D> {
  /** The model's name. */
  readonly name: ModelName;
  /** Parameter names in a fixed order (the order of standard errors and covariance rows). */
  readonly parameterNames: readonly (keyof P & string)[];
  /**
   * Time rescaling for conditioning: dividing the `columns` by `k` and multiplying the `parameters` (rates
   * per unit of time such as `alpha`, `beta`) by `1/k` leaves the model unchanged. Empty for models without
   * a continuous time unit.
   */
  readonly timeScale: {
    readonly columns: readonly string[];
    readonly parameters: readonly (keyof P & string)[];
    /**
     * Parameters that are rates per unit of time in the other sense (`e^{b t}`): multiplied by `k` when the
     * columns are divided by `k` (e.g. the Gompertz shape `b` of GGom/NBD). Default none.
     */
    readonly inverseParameters?: readonly (keyof P & string)[];
  };
  /**
   * Validates the data and compresses it to unique rows with counts. Throws `INVALID_ARGUMENT` naming
   * the row index, field, rule and value of the first bad row (e.g. `` `fitModel`: `data[12].recency` must
   * be at most T, got 40 ``), and `EMPTY_INPUT` when there is no row.
   */
  readonly compress: (data: D, fn: string) => CompressedData;
  /** Weighted total log-likelihood `Σ_k w_k ℓ_k(params)`; `NaN` never escapes for valid params. */
  readonly logLikelihood: (params: P, data: CompressedData) => number;
  /**
   * Optional analytic gradient of the weighted total log-likelihood with respect to the log-parameters
   * `θ = ln(params)`, in `parameterNames` order.
   */
  readonly logLikelihoodGradient?: (params: P, data: CompressedData) => Float64Array;
  /** Starting points for the optimiser (one or several, e.g. for Pareto/NBD's flat ridge). */
  readonly startingPoints: (data: CompressedData) => readonly P[];
  /** Throws `INVALID_ARGUMENT` unless every parameter is a finite positive number. */
  readonly validateParams: (params: P, fn: string) => void;
}

/**
 * The time unit of a model's data (of `recency`, `T` and of the rate parameters `alpha`, `beta`): one of
 * the duration units (`'day'`, `'week'`, `'month'`, `'quarter'`, `'year'`, `'period'`), or a number of
 * days, as a summary made with a numeric `unit` (e.g. `14`) reports it.
 */
export type ModelTimeUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'period' | number;

/**
 * The settings of a customer summary that matter to a model: the shape of `options` in the result of
 * `summarizeTransactions` / `summarizeTransactionColumns` (clientele/time), which fits it as it is.
 */
export interface SummarySettingsLike {
  /** The time unit of recency, age and holdout duration: `'day'`, `'week'`, `'month'` or a number of days. */
  readonly unit: 'day' | 'week' | 'month' | number;
  /** Days per unit (1, 7, 30, 30.4375, n); `null` for calendar months. */
  readonly unitDays: number | null;
  /** The month length when `unit` is `'month'`, else `null`. */
  readonly monthLength: 30 | 30.4375 | 'calendar' | null;
  /** Which purchases were merged into one: `'day'` (same calendar day) or `'unit'` (same period). */
  readonly mergeBy: 'day' | 'unit';
  /** Calibration end, `'yyyy-mm-dd'`, or `null` without a holdout. */
  readonly calibrationEnd: string | null;
  /** Observation end, `'yyyy-mm-dd'`; `null` when no row was valid. */
  readonly observationEnd: string | null;
}

/**
 * Per-customer data that carries its conventions: the result of `summarizeTransactions` or
 * `summarizeTransactionColumns` fits as it is. `fitModel`, `customerLifetimeValue` and `scoreCustomers`
 * accept it in place of a bare array, and read the time unit from `options`.
 */
export interface SummarizedData<C> {
  /** One record per customer (e.g. `{ customerId, frequency, recency, T, monetaryValue, … }`). */
  readonly customers: readonly C[];
  /** The settings the summary was made with. */
  readonly options: SummarySettingsLike;
}

/**
 * What `fitModel` records about the data it was given, so that predictions can check units instead of
 * trusting a separately passed one.
 */
export interface FitDataSettings {
  /** `'summary'` when a summary (with its `options`) was fitted, `'array'` for a bare array. */
  readonly source: 'summary' | 'array';
  /** Days per time unit (1, 7, 30, 30.4375, n), `null` when unknown or not fixed (calendar months). */
  readonly unitDays: number | null;
  /** The summary's month length when its unit is `'month'`, else `null`. */
  readonly monthLength: 30 | 30.4375 | 'calendar' | null;
  /** The summary's merge rule, `null` for a bare array. */
  readonly mergeBy: 'day' | 'unit' | null;
  /** The summary's calibration end (`'yyyy-mm-dd'`), `null` without one or for a bare array. */
  readonly calibrationEnd: string | null;
  /** The summary's observation end (`'yyyy-mm-dd'`), `null` for a bare array. */
  readonly observationEnd: string | null;
  /** Records given (customers of the summary, or array length). */
  readonly records: number;
  /**
   * Records left out before fitting: customers of a summary with `frequency` 0 when the model is the
   * Gamma-Gamma spend model (fitted on repeat buyers only); 0 otherwise.
   */
  readonly excluded: number;
}
