import { minimizeBfgs } from '../../core/optimize/minimizeBfgs';
import type { CompressedData } from '../types';
import { evaluateLikelihood } from './evaluateLikelihood';
import type { ParetoNbdParams } from './types';

/** Rows of the subsample (every k-th row of the data). */
const SUBSAMPLE_ROWS = 3000;

/** Every `step`-th row of compressed data, with its weight. */
function everyNth(data: CompressedData, step: number): CompressedData {
  const rows = Math.ceil(data.rows / step);
  const columns: Record<string, Float64Array> = {};
  for (const name of Object.keys(data.columns)) {
    const source = data.columns[name] as Float64Array;
    const out = new Float64Array(rows);
    for (let i = 0, k = 0; k < rows; i += step, k++) out[k] = source[i] as number;
    columns[name] = out;
  }
  const weights = new Float64Array(rows);
  let total = 0;
  for (let i = 0, k = 0; k < rows; i += step, k++) {
    weights[k] = data.weights[i] as number;
    total += weights[k] as number;
  }
  return { columns, weights, rows, total };
}

function paramsOf(theta: ArrayLike<number>): ParetoNbdParams {
  return {
    r: Math.exp(theta[0] as number),
    alpha: Math.exp(theta[1] as number),
    s: Math.exp(theta[2] as number),
    beta: Math.exp(theta[3] as number),
  };
}

/**
 * A starting point for fitting Pareto/NBD to large data: the maximum-likelihood estimate on every k-th of
 * about 3,000 rows, reached from each of `starts` (the best wins), or `null` when no run ends finite.
 *
 * @remarks
 * On large data each optimiser run costs a full pass per step; from the subsample's estimate the full
 * run needs about a third of the passes of a run from a fixed start, and the `(s, β)` ridge is still
 * explored from every fixed start, on the subsample. BFGS on the mean log-likelihood in log-parameters
 * with the analytic gradient (`evaluateLikelihood`), gradient tolerance 1e-6: only a start, `fitModel`
 * then converges on all the data. O(starts · 3,000 rows · iterations).
 * @internal
 */
export function subsampleStart(data: CompressedData, starts: readonly ParetoNbdParams[]): ParetoNbdParams | null {
  const sample = everyNth(data, Math.max(1, Math.floor(data.rows / SUBSAMPLE_ROWS)));
  const N = sample.total;
  if (!(N > 0)) return null;
  const gradient = new Float64Array(4);
  const lastTheta = new Float64Array(4).fill(Number.NaN);
  const lastGradient = new Float64Array(4);
  const objective = (theta: Float64Array): number => {
    for (let j = 0; j < 4; j++) if (!(Math.abs(theta[j] as number) <= 700)) return Number.POSITIVE_INFINITY;
    const value = -evaluateLikelihood(paramsOf(theta), sample, gradient) / N;
    for (let j = 0; j < 4; j++) {
      lastTheta[j] = theta[j] as number;
      lastGradient[j] = -(gradient[j] as number) / N;
    }
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
  const gradientAt = (theta: Float64Array): Float64Array => {
    let same = true;
    for (let j = 0; j < 4; j++) if (theta[j] !== lastTheta[j]) same = false;
    if (!same) objective(theta);
    return lastGradient.slice();
  };
  let best: number[] | null = null;
  let bestValue = Number.POSITIVE_INFINITY;
  for (const start of starts) {
    const theta0 = [Math.log(start.r), Math.log(start.alpha), Math.log(start.s), Math.log(start.beta)];
    const run = minimizeBfgs(objective, theta0, { gradient: gradientAt, gradientTolerance: 1e-6, maxIterations: 300 });
    if (Number.isFinite(run.value) && run.value < bestValue && run.x.every((t) => Math.abs(t) < 50)) {
      best = run.x;
      bestValue = run.value;
    }
  }
  return best === null ? null : paramsOf(best);
}
