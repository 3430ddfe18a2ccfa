import type { RejectedRecord } from '../time/types';

/** How one feature is transformed before standardisation: `'log1p'` is `ln(1 + x)`, `'none'` keeps `x`. */
export type KMeansTransform = 'log1p' | 'none';

/** Whether clusters are numbered from the highest or the lowest centroid of the ranking feature. */
export type KMeansRankOrder = 'descending' | 'ascending';

/** Where a cluster's centroid lies against the overall mean of one feature (on the clustering scale). */
export type KMeansLevel = 'high' | 'low';

/**
 * One customer to cluster: an id and numeric features, read by name either from a `features` record or,
 * when the row has no `features` object, from the row itself (so an RFM row
 * `{ customerId, recency, frequency, monetary }` can be passed as it is).
 */
export interface KMeansInputRow {
  /** Customer identifier: a non-blank string (trimmed) or a safe integer (`42` and `'42'` are one customer). */
  readonly customerId: string | number;
  /** The numeric features by name; when absent, features are read from the row's own fields. */
  readonly features?: Readonly<Record<string, number>>;
}

/** Options shared by {@link kMeansSegments} and {@link kMeansElbow}. */
export interface KMeansCommonOptions {
  /**
   * Names of the numeric features to cluster on, at least one, distinct. Default: the sorted union of the
   * keys of the rows' `features` records, or `['recency', 'frequency', 'monetary']` when no row has one.
   */
  readonly features?: readonly string[];
  /**
   * Transform per feature name. Default `'log1p'` for `frequency` and `monetary`, `'none'` for every other
   * feature. A `'log1p'` feature must be greater than −1.
   */
  readonly transform?: Readonly<Record<string, KMeansTransform>>;
  /** Whether the transformed features are turned into z-scores (population standard deviation). Default `true`. */
  readonly standardize?: boolean;
  /** Seed of the random stream (`createRandom`) used by the k-means++ initialisation. Default 1. */
  readonly seed?: number;
  /** Number of independent k-means++ starts; the one with the lowest WCSS is kept. Integer ≥ 1, default 10. */
  readonly restarts?: number;
  /** Most Lloyd iterations per start. Integer ≥ 1, default 300. */
  readonly maxIterations?: number;
  /**
   * A start has converged when no assignment changes, or when the summed squared movement of the centres
   * in one iteration is at most `tolerance` × the mean variance of the clustering features. Finite, ≥ 0,
   * default 1e-4; 0 asks for assignments that no longer change.
   */
  readonly tolerance?: number;
}

/** Options of {@link kMeansSegments}. */
export interface KMeansSegmentsOptions extends KMeansCommonOptions {
  /** Number of clusters: an integer from 1 to the number of valid customers. */
  readonly k: number;
  /**
   * Feature whose centroid orders (numbers) the clusters. Default `'monetary'` when it is a feature, else the
   * first feature.
   */
  readonly rankBy?: string;
  /** Cluster 0 holds the highest (`'descending'`) or lowest centroid of `rankBy`. Default `'ascending'` for `recency`, else `'descending'`. */
  readonly rankOrder?: KMeansRankOrder;
}

/** Options of {@link kMeansElbow}. */
export interface KMeansElbowOptions extends KMeansCommonOptions {
  /** The numbers of clusters to try, each an integer from 1 to the number of valid customers. Default 2 to min(8, n). */
  readonly ks?: readonly number[];
  /** Largest number of customers whose silhouette is computed exactly; above it a seeded sample of this size is used. Integer ≥ 2, default 5000. */
  readonly silhouetteSampleSize?: number;
}

/** How one feature was brought onto the clustering scale. */
export interface KMeansFeatureScaling {
  /** Feature name. */
  readonly feature: string;
  /** Transform applied before standardisation. */
  readonly transform: KMeansTransform;
  /** Mean of the transformed feature over the valid customers. */
  readonly mean: number;
  /** Population standard deviation of the transformed feature (0 when the feature is constant). */
  readonly sd: number;
  /** Mean of the untransformed feature over the valid customers. */
  readonly originalMean: number;
}

/** One customer's cluster. */
export interface KMeansCustomer {
  /** Customer identifier (as a string). */
  readonly customerId: string;
  /** Cluster number, 0 to k − 1, in the canonical order of the ranking feature. */
  readonly cluster: number;
  /** The cluster's name (see {@link KMeansCluster.name}). */
  readonly name: string;
  /** Euclidean distance from the customer to the centroid of its cluster, on the clustering scale. */
  readonly distance: number;
}

/** One cluster: its size, centroid and spread. */
export interface KMeansCluster {
  /** Cluster number, 0 to k − 1. */
  readonly cluster: number;
  /** `"<cluster + 1>: <level words>"`, e.g. `"1: recent, frequent, high-spend"`. */
  readonly name: string;
  /** Number of customers. */
  readonly size: number;
  /** Share of the valid customers. */
  readonly share: number;
  /** Per feature: `'high'` when the centroid lies at or above the overall mean on the clustering scale, else `'low'`. */
  readonly profile: Readonly<Record<string, KMeansLevel>>;
  /** Centroid on the clustering scale (z-scores of the transformed features, or the transformed features when not standardised). */
  readonly centroid: Readonly<Record<string, number>>;
  /** Mean of each untransformed feature over the cluster's customers (the centroid on the original scale). */
  readonly centroidOriginal: Readonly<Record<string, number>>;
  /** Within-cluster sum of squared distances to the centroid, on the clustering scale. */
  readonly wcss: number;
}

/** The outcome of one k-means++ start. */
export interface KMeansRestart {
  /** Start number, 0-based. */
  readonly restart: number;
  /** Total within-cluster sum of squares at the end of the start. */
  readonly wcss: number;
  /** Lloyd iterations run. */
  readonly iterations: number;
  /** Whether the start met the convergence rule within `maxIterations`. */
  readonly converged: boolean;
}

/** The conventions and options a k-means result was computed with. */
export interface KMeansSettings {
  /** Features, in the order of the centroid records. */
  readonly features: readonly string[];
  /** Transform per feature. */
  readonly transform: Readonly<Record<string, KMeansTransform>>;
  /** Whether features were standardised to z-scores. */
  readonly standardize: boolean;
  /** Seed of the random stream. */
  readonly seed: number;
  /** Number of starts. */
  readonly restarts: number;
  /** Most Lloyd iterations per start. */
  readonly maxIterations: number;
  /** Convergence tolerance (relative to the mean feature variance). */
  readonly tolerance: number;
  /** Always `'kmeans++'` (Arthur & Vassilvitskii 2007). */
  readonly initialization: 'kmeans++';
  /** Always `'euclidean'`. */
  readonly distance: 'euclidean';
  /** Always `'population'`: standard deviations divide by n. */
  readonly standardDeviation: 'population';
}

/** The result of {@link kMeansSegments}. */
export interface KMeansSegmentsResult {
  /** One row per valid customer, sorted by `customerId`. */
  readonly customers: KMeansCustomer[];
  /** One entry per cluster, by cluster number. */
  readonly clusters: KMeansCluster[];
  /** Total within-cluster sum of squares of the kept start. */
  readonly wcss: number;
  /** Whether the kept start converged. */
  readonly converged: boolean;
  /** Lloyd iterations of the kept start. */
  readonly iterations: number;
  /** Number of the kept start (lowest WCSS; the earliest on a tie). */
  readonly bestRestart: number;
  /** Every start, in order. */
  readonly restarts: KMeansRestart[];
  /** Means and standard deviations used to put each feature on the clustering scale. */
  readonly scaling: KMeansFeatureScaling[];
  /** Number of valid customers clustered. */
  readonly n: number;
  /** Rows left out, with index, field, reason and value, sorted by index. */
  readonly rejected: RejectedRecord[];
  /** The settings used, including `k` and the ranking rule. */
  readonly settings: KMeansSettings & {
    readonly k: number;
    readonly rankBy: string;
    readonly rankOrder: KMeansRankOrder;
  };
}

/** One row of the elbow table: the WCSS and mean silhouette width of the best k-means fit for one k. */
export interface KMeansElbowPoint {
  /** Number of clusters. */
  readonly k: number;
  /** Total within-cluster sum of squares of the best start. */
  readonly wcss: number;
  /** Mean silhouette width in [−1, 1] over the customers (or the sample), `null` when undefined. */
  readonly silhouette: number | null;
  /** Why `silhouette` is `null` (`null` otherwise). */
  readonly silhouetteReason: string | null;
  /** Whether the best start converged. */
  readonly converged: boolean;
  /** Lloyd iterations of the best start. */
  readonly iterations: number;
}

/** The result of {@link kMeansElbow}. */
export interface KMeansElbowResult {
  /** One point per requested k, in the order of `ks`. */
  readonly points: KMeansElbowPoint[];
  /** The customers the silhouette is computed on. */
  readonly silhouetteSample: {
    /** Number of customers in the silhouette computation. */
    readonly size: number;
    /** Whether every customer is included (`size === n`). */
    readonly exact: boolean;
  };
  /** Means and standard deviations used to put each feature on the clustering scale. */
  readonly scaling: KMeansFeatureScaling[];
  /** Number of valid customers. */
  readonly n: number;
  /** Rows left out, with index, field, reason and value, sorted by index. */
  readonly rejected: RejectedRecord[];
  /** The settings used, including `ks` and the silhouette sample size. */
  readonly settings: KMeansSettings & { readonly ks: readonly number[]; readonly silhouetteSampleSize: number };
}
