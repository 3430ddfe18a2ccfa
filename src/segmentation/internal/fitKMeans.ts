import { UndefinedResultError } from '../../core/errors/UndefinedResultError';
import { createRandom } from '../../core/random/createRandom';
import type { KMeansRestart } from '../kMeansTypes';
import { boundMargin, createKMeansState, finishKMeans, runLloyd, seedKMeansPlusPlus, type KMeansState } from './kMeansLloyd';
import type { KMeansData } from './readKMeansRows';
import type { ResolvedKMeansOptions } from './resolveKMeansOptions';

/** The kept start of a k-means fit: its state (labels, centres = cluster means, WCSS per cluster) and all starts. @internal */
export interface KMeansFit {
  readonly state: KMeansState;
  readonly wcss: number;
  readonly iterations: number;
  readonly converged: boolean;
  readonly bestRestart: number;
  readonly restarts: KMeansRestart[];
}

function copyState(from: KMeansState, to: KMeansState): void {
  to.labels.set(from.labels);
  to.centres.set(from.centres);
  to.counts.set(from.counts);
  to.dist2.set(from.dist2);
  to.clusterWcss.set(from.clusterWcss);
}

/**
 * Runs `restarts` k-means++ starts from one random stream `createRandom(seed)` (start r uses the draws
 * after those of starts 0..r−1) and keeps the start with the lowest WCSS (the earliest on a tie).
 * @throws `UNDEFINED_RESULT` when the customers have fewer than `k` distinct feature vectors.
 * @internal
 */
export function fitKMeans(fn: string, data: KMeansData, k: number, options: ResolvedKMeansOptions): KMeansFit {
  const { x, n, d } = data;
  const random = createRandom(options.seed);
  const work = createKMeansState(n, d, k);
  const best = createKMeansState(n, d, k);
  const shiftTolerance = options.tolerance * data.meanVariance;
  const margin = boundMargin(x, d, options.maxIterations);
  const restarts: KMeansRestart[] = [];
  let bestWcss = Number.POSITIVE_INFINITY;
  let bestRestart = -1;
  for (let r = 0; r < options.restarts; r++) {
    if (!seedKMeansPlusPlus(random, x, work)) {
      throw new UndefinedResultError(fn, `the ${n} valid customers have fewer than k = ${k} distinct feature vectors`, k);
    }
    const { iterations, converged } = runLloyd(x, work, options.maxIterations, shiftTolerance, margin);
    const wcss = finishKMeans(x, work);
    restarts.push({ restart: r, wcss, iterations, converged });
    if (wcss < bestWcss) {
      bestWcss = wcss;
      bestRestart = r;
      copyState(work, best);
    }
  }
  const kept = restarts[bestRestart] as KMeansRestart;
  return { state: best, wcss: kept.wcss, iterations: kept.iterations, converged: kept.converged, bestRestart, restarts };
}
