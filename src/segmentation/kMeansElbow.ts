import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { assertInteger } from '../core/validate/assertInteger';
import { fitKMeans } from './internal/fitKMeans';
import { meanSilhouette, silhouetteSample } from './internal/kMeansSilhouette';
import { readKMeansRows } from './internal/readKMeansRows';
import { assertClusterCount, assertOptionsObject, resolveKMeansOptions, withDefault } from './internal/resolveKMeansOptions';
import type { KMeansElbowOptions, KMeansElbowPoint, KMeansElbowResult, KMeansInputRow } from './kMeansTypes';

const FN = 'kMeansElbow';

function readKs(value: unknown): number[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0) throw new InvalidArgumentError(FN, 'options.ks', 'must be a non-empty array of integers', value);
  value.forEach((k: unknown, i) => assertInteger(FN, `options.ks[${i}]`, k, 1));
  return [...(value as number[])];
}

/**
 * Within-cluster sum of squares and mean silhouette width of k-means clusterings for several k, to choose
 * the number of clusters.
 *
 * @remarks
 * TODO
 */
export function kMeansElbow<Row extends KMeansInputRow>(rows: readonly Row[], options: KMeansElbowOptions = {}): KMeansElbowResult {
  if (!Array.isArray(rows)) throw new InvalidArgumentError(FN, 'rows', 'must be an array', rows);
  assertOptionsObject(FN, options);
  const resolved = resolveKMeansOptions(FN, options as unknown as Record<string, unknown>, rows);
  const given = readKs(options.ks);
  const sampleSize = withDefault(options.silhouetteSampleSize, 5000);
  assertInteger(FN, 'options.silhouetteSampleSize', sampleSize, 2);
  const data = readKMeansRows(FN, rows, resolved);
  const ks = given ?? (data.n === 1 ? [1] : Array.from({ length: Math.min(8, data.n) - 1 }, (_, i) => i + 2));
  ks.forEach((k, i) => assertClusterCount(FN, given === undefined ? 'options.ks' : `options.ks[${i}]`, k, data.n));
  const sample = silhouetteSample(data.n, sampleSize, resolved.seed);
  const points: KMeansElbowPoint[] = ks.map((k) => {
    const fit = fitKMeans(FN, data, k, resolved);
    const silhouette = meanSilhouette(data.x, data.d, fit.state.labels, k, sample);
    return {
      k,
      wcss: fit.wcss,
      silhouette: silhouette.value,
      silhouetteReason: silhouette.reason,
      converged: fit.converged,
      iterations: fit.iterations,
    };
  });
  return {
    points,
    silhouetteSample: { size: sample.length, exact: sample.length === data.n },
    scaling: data.scaling,
    n: data.n,
    rejected: data.rejected,
    settings: {
      ks,
      silhouetteSampleSize: sampleSize,
      features: resolved.features,
      transform: resolved.transform,
      standardize: resolved.standardize,
      seed: resolved.seed,
      restarts: resolved.restarts,
      maxIterations: resolved.maxIterations,
      tolerance: resolved.tolerance,
      initialization: 'kmeans++',
      distance: 'euclidean',
      standardDeviation: 'population',
    },
  };
}
