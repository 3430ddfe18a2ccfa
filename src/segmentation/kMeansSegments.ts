import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { assertInteger } from '../core/validate/assertInteger';
import { describeKMeansClusters } from './internal/describeKMeansClusters';
import { fitKMeans } from './internal/fitKMeans';
import { readKMeansRows } from './internal/readKMeansRows';
import { assertClusterCount, assertOptionsObject, resolveKMeansOptions, withDefault } from './internal/resolveKMeansOptions';
import type { KMeansInputRow, KMeansRankOrder, KMeansSegmentsOptions, KMeansSegmentsResult } from './kMeansTypes';

const FN = 'kMeansSegments';

function resolveRanking(options: Record<string, unknown>, features: readonly string[]): [string, KMeansRankOrder] {
  const rankBy = withDefault(options['rankBy'], features.includes('monetary') ? 'monetary' : features[0]);
  if (typeof rankBy !== 'string' || !features.includes(rankBy)) {
    throw new InvalidArgumentError(FN, 'options.rankBy', 'must name a feature of `options.features`', rankBy);
  }
  const rankOrder = withDefault(options['rankOrder'], rankBy === 'recency' ? 'ascending' : 'descending');
  if (rankOrder !== 'ascending' && rankOrder !== 'descending') {
    throw new InvalidArgumentError(FN, 'options.rankOrder', 'must be "ascending" or "descending"', rankOrder);
  }
  return [rankBy, rankOrder];
}

/**
 * Segments customers by k-means on standardised, log-transformed features (RFM or any numeric ones), with
 * seeded k-means++ starts, and names the clusters by ranking their centroids.
 *
 * @remarks
 * TODO
 */
export function kMeansSegments<Row extends KMeansInputRow>(
  rows: readonly Row[],
  options: KMeansSegmentsOptions,
): KMeansSegmentsResult {
  if (!Array.isArray(rows)) throw new InvalidArgumentError(FN, 'rows', 'must be an array', rows);
  assertOptionsObject(FN, options);
  const resolved = resolveKMeansOptions(FN, options as unknown as Record<string, unknown>, rows);
  const [rankBy, rankOrder] = resolveRanking(options as unknown as Record<string, unknown>, resolved.features);
  assertInteger(FN, 'options.k', options.k, 1);
  const data = readKMeansRows(FN, rows, resolved);
  assertClusterCount(FN, 'options.k', options.k, data.n);
  const fit = fitKMeans(FN, data, options.k, resolved);
  const { clusters, customers } = describeKMeansClusters(data, fit, rankBy, rankOrder, resolved.standardize);
  return {
    customers,
    clusters,
    wcss: fit.wcss,
    converged: fit.converged,
    iterations: fit.iterations,
    bestRestart: fit.bestRestart,
    restarts: fit.restarts,
    scaling: data.scaling,
    n: data.n,
    rejected: data.rejected,
    settings: {
      k: options.k,
      features: resolved.features,
      transform: resolved.transform,
      standardize: resolved.standardize,
      seed: resolved.seed,
      restarts: resolved.restarts,
      maxIterations: resolved.maxIterations,
      tolerance: resolved.tolerance,
      rankBy,
      rankOrder,
      initialization: 'kmeans++',
      distance: 'euclidean',
      standardDeviation: 'population',
    },
  };
}
