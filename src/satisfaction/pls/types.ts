/**
 * The vocabulary of PLS path modeling: the model specification, the data it reads, the options that
 * change the numbers, and the plain JSON results.
 */

/** How the outer weights of a block are updated: Mode A (covariances, reflective-style) or Mode B (multiple regression, formative). */
export type PlsMode = 'A' | 'B';

/**
 * The inner weighting scheme: `centroid` (signs of the construct correlations, Wold), `factorial`
 * (the correlations, Lohmöller), `path` (regression coefficients on predecessors, correlations with successors).
 */
export type PlsScheme = 'centroid' | 'factorial' | 'path';

/**
 * What to do with a missing indicator value (`null`, `undefined` or `NaN`): throw (`error`), drop the
 * respondent (`listwise`), or replace it by the item mean of the observed values (`mean`).
 */
export type PlsMissingPolicy = 'error' | 'listwise' | 'mean';

/**
 * The stop rule of the outer iteration: `sumAbsoluteChange` is `Σ|w_new − w_old| < tolerance` (seminr,
 * SmartPLS); `sumSquaredChange` is `Σ(|w_old| − |w_new|)² < tolerance` (R plspm).
 */
export type PlsStopCriterion = 'sumAbsoluteChange' | 'sumSquaredChange';

/** The denominator of variances and covariances: `n − 1` (seminr) or `n` (R plspm). */
export type PlsVarianceDenominator = 'n-1' | 'n';

/** One block: a construct and the indicators (survey items) that measure it. */
export interface PlsBlock {
  /** Construct name, unique in the model. */
  readonly name: string;
  /** Item names (keys of the data rows), at least one, each used by one block only. */
  readonly indicators: readonly string[];
  /** Outer mode; default `'A'`. */
  readonly mode?: PlsMode;
}

/** One path of the inner (structural) model: `from` is a direct cause of `to`. */
export interface PlsPathSpec {
  /** Source construct. */
  readonly from: string;
  /** Target construct. */
  readonly to: string;
}

/** A PLS path model: the blocks (outer model) and the paths between constructs (inner model, a DAG). */
export interface PlsModel {
  /** The blocks, in the order results list the constructs. */
  readonly blocks: readonly PlsBlock[];
  /** The paths; every construct must take part in at least one. */
  readonly paths: readonly PlsPathSpec[];
}

/** One respondent: item name → answer; `null`, `undefined` or `NaN` mark a missing answer. */
export type PlsRow = Readonly<Record<string, number | null | undefined>>;

/**
 * Survey data: an array of respondent rows keyed by item name, or columns (item name → one value per
 * respondent, all of the same length).
 */
export type PlsData = readonly PlsRow[] | Readonly<Record<string, ArrayLike<number | null | undefined>>>;

/** Options of {@link plsPathModel}; every one of them is echoed in the result's `conventions`. */
export interface PlsPathModelOptions {
  /** Inner weighting scheme; default `'path'` (seminr, SmartPLS, cSEM; R plspm defaults to `'centroid'`). */
  readonly scheme?: PlsScheme;
  /** Standardise the indicators (`true`, default) or only centre them (`false`, R plspm `scaled = FALSE`). */
  readonly scaled?: boolean;
  /** Variance denominator; default `'n-1'`. Changes the raw weights by `√((n−1)/n)`, not the standardised results. */
  readonly varianceDenominator?: PlsVarianceDenominator;
  /** Stop rule; default `'sumAbsoluteChange'`. */
  readonly stopCriterion?: PlsStopCriterion;
  /** Tolerance of the stop rule, > 0; default `1e-7`. */
  readonly tolerance?: number;
  /** Iteration cap, an integer ≥ 1; default 300. */
  readonly maxIterations?: number;
  /** Missing-value policy; default `'error'`. */
  readonly missing?: PlsMissingPolicy;
  /**
   * Sign anchors: construct name → one of its indicators whose loading is made positive. Blocks without
   * an anchor follow the majority rule (most loadings positive; a tie goes to the sign of the loading sum).
   */
  readonly signAnchors?: Readonly<Record<string, string>>;
  /**
   * Sampling weights, one per respondent (finite, ≥ 0, not all 0): weighted means and covariances in every
   * step (weighted PLS, Becker & Ismail 2016). They are rescaled to sum to the number of respondents.
   */
  readonly sampleWeights?: readonly number[];
  /**
   * Consistent PLS (PLSc; Dijkstra & Henseler 2015): disattenuate the construct correlations of Mode A
   * blocks by their ρ_A before the path regressions, and report the consistent loadings `c ŵ`. Paths,
   * R², f², effects, VIFs and the Fornell–Larcker table then estimate the common-factor model. Default `false`.
   */
  readonly consistent?: boolean;
  /** Throw `NOT_CONVERGED` instead of returning an unconverged fit (flagged `converged: false`). Default `false`. */
  readonly strict?: boolean;
}

/** The conventions a fit used, so that results from different tools can be compared. */
export interface PlsConventions {
  readonly scheme: PlsScheme;
  readonly scaled: boolean;
  /** Whether the PLSc correction was applied (paths, R², loadings of Mode A blocks). */
  readonly consistent: boolean;
  readonly varianceDenominator: PlsVarianceDenominator;
  readonly stopCriterion: PlsStopCriterion;
  readonly tolerance: number;
  readonly maxIterations: number;
  /** The initial outer weights: all ones, rescaled to unit score variance. */
  readonly initialWeights: 'ones';
  /** The sign rule applied after convergence, per construct: `majority` or `anchor:<item>`. */
  readonly signRule: Readonly<Record<string, string>>;
  /** Mode of every block. */
  readonly modes: Readonly<Record<string, PlsMode>>;
  /** Construct scores are standardised (mean 0, variance 1 with the chosen denominator). */
  readonly scores: 'standardized';
  /** How Cronbach's alpha is computed: on the raw item covariances (`'raw'`). */
  readonly cronbachAlpha: 'raw';
  /** Missing-value policy and what it did. */
  readonly missing: {
    readonly policy: PlsMissingPolicy;
    readonly rowsUsed: number;
    readonly rowsDropped: number;
    readonly valuesReplaced: number;
  };
  /** Whether sampling weights were used. */
  readonly sampleWeights: boolean;
}

/** One estimated path with its effect size. */
export interface PlsPathEstimate {
  readonly from: string;
  readonly to: string;
  /** Standardised path coefficient (OLS on the construct scores). */
  readonly coefficient: number;
  /** Cohen's effect size `f² = (R²_incl − R²_excl) / (1 − R²_incl)` of `from` on `to`. */
  readonly f2: number;
}

/** Direct, indirect and total effect of one construct on another (every pair linked by a directed path). */
export interface PlsEffect {
  readonly from: string;
  readonly to: string;
  readonly direct: number;
  readonly indirect: number;
  readonly total: number;
}

/** Reliability and convergent validity of one block. */
export interface PlsBlockReliability {
  /** Number of indicators. */
  readonly indicators: number;
  /** Cronbach's alpha on the raw items; `null` for a single-item block. */
  readonly cronbachAlpha: number | null;
  /** Dijkstra–Henseler ρ_A; `null` for a single-item block (or fewer than two non-zero weights). */
  readonly rhoA: number | null;
  /** Composite reliability ρ_C from the loadings. */
  readonly compositeReliability: number;
  /** Average variance extracted. */
  readonly averageVarianceExtracted: number;
}

/** Mean and standard deviation of one item (raw units, the chosen variance denominator). */
export interface PlsItemStatistics {
  readonly mean: number;
  readonly sd: number;
}

/** The result of {@link plsPathModel}: a plain, JSON-serialisable object. */
export interface PlsPathModelResult {
  /** Construct names, in model order. */
  readonly constructs: readonly string[];
  /** Item names, block after block. */
  readonly indicators: readonly string[];
  /** Respondents used (after the missing-value policy). */
  readonly n: number;
  /** Whether the stop rule was met within the iteration cap. */
  readonly converged: boolean;
  /** Outer iterations run. */
  readonly iterations: number;
  /** The value of the stop statistic at the last iteration. */
  readonly finalChange: number;
  /** Every convention used. */
  readonly conventions: PlsConventions;
  /**
   * Outer weights on the indicators as analysed (standardised when `scaled`, centred raw items otherwise),
   * scaled so that every construct score has variance 1.
   */
  readonly outerWeights: Readonly<Record<string, number>>;
  /** Weights on the standardised items (`w · s`), giving the same standardised scores. */
  readonly standardizedWeights: Readonly<Record<string, number>>;
  /** Weights on the raw items (`w / s` when scaled, `w` otherwise): `score = Σ w (x − x̄)`. */
  readonly unstandardizedWeights: Readonly<Record<string, number>>;
  /** Loadings: correlation of each item with the score of its construct (PLSc loadings `c ŵ` for Mode A blocks when `consistent`). */
  readonly loadings: Readonly<Record<string, number>>;
  /** Cross-loadings: item → construct → correlation of the item with the construct score. */
  readonly crossLoadings: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Path coefficients and f², in the order of `model.paths`. */
  readonly paths: readonly PlsPathEstimate[];
  /** R² of each endogenous construct. */
  readonly rSquared: Readonly<Record<string, number>>;
  /** Adjusted R² `1 − (1 − R²)(n − 1)/(n − k − 1)` of each endogenous construct (`k` predecessors). */
  readonly adjustedRSquared: Readonly<Record<string, number>>;
  /** Direct, indirect and total effects for every ordered pair linked by a directed path. */
  readonly effects: readonly PlsEffect[];
  /** Correlations of the construct scores (disattenuated when `consistent`): construct → construct → r. */
  readonly constructCorrelations: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Standardised construct scores: construct → one score per used respondent. */
  readonly scores: Readonly<Record<string, readonly number[]>>;
  /** Reliability and convergent validity per block. */
  readonly reliability: Readonly<Record<string, PlsBlockReliability>>;
  /**
   * HTMT ratios (absolute correlations, arithmetic means; Henseler, Ringle & Sarstedt 2015): construct →
   * construct → ratio, `null` when either block has a single item.
   */
  readonly htmt: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  /** Fornell–Larcker table: √AVE on the diagonal, construct correlations elsewhere. */
  readonly fornellLarcker: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Variance inflation factors: of each item within its block, and of each predecessor of each endogenous construct. */
  readonly vif: {
    readonly indicators: Readonly<Record<string, number>>;
    readonly constructs: Readonly<Record<string, Readonly<Record<string, number>>>>;
  };
  /** Tenenhaus et al. (2004) GoF: `√(mean λ² over multi-item blocks × mean R²)`. */
  readonly goodnessOfFit: number;
  /** Mean and sd of each raw item (weighted when sampling weights are given). */
  readonly itemStatistics: Readonly<Record<string, PlsItemStatistics>>;
  /** The model as fitted (modes filled in). */
  readonly model: PlsModel;
}
