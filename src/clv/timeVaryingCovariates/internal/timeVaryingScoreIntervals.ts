import { UndefinedResultError } from '../../../core/errors/UndefinedResultError';
import { drawBounds, type DrawBounds } from '../../covariates/internal/drawBounds';
import { drawCovariateFits } from '../../covariates/internal/drawCovariateFits';
import { readDrawRequest } from '../../covariates/internal/readDrawRequest';
import type { TimeVaryingFitResult } from '../types';
import type { TimeVaryingDesign } from './timeVaryingDesign';
import { timeVaryingPredictions } from './timeVaryingPredictions';

/** The ends of the time-varying scores and how they were made. @internal */
export interface TimeVaryingIntervalRun {
  readonly ends: DrawBounds;
  readonly level: number;
  readonly method: 'parameters' | 'bootstrap';
  readonly draws: number;
  readonly seed: number;
  readonly held: string[];
  readonly notConverged: number | null;
}

/** The bootstrap of a time-varying score: the refits, and the design of the scored customers coded as a refit codes them. @internal */
export interface TimeVaryingBootstrap {
  readonly refits: (draws: number, seed: number) => { readonly fits: TimeVaryingFitResult[]; readonly notConverged: number };
  readonly designOf: (fit: TimeVaryingFitResult) => TimeVaryingDesign;
}

/**
 * Intervals of the time-varying Pareto/NBD scores: the fit's free parameters (log base parameters and
 * coefficients) drawn `draws` times from `N(θ̂, covariance)` (`drawCovariateFits`), the predictions of
 * the design recomputed per draw (`timeVaryingPredictions`; the design, the customers' covariate paths,
 * is built once), and the type-7 quantiles of every customer's draws and of the per-draw totals
 * (`drawBounds`). With `method: 'bootstrap'` the draws are instead `bootstrap.refits` (refits on
 * resampled customers), each applied to the scored customers coded as that refit codes them (its own
 * standardisation). `valueScale[j]` is `margin · spend` of the design's customer `j` (NaN without spend: its
 * value draws are 0 and unused). @internal
 */
export function timeVaryingScoreIntervals(
  fn: string,
  fit: TimeVaryingFitResult,
  design: TimeVaryingDesign,
  horizon: number,
  delta: number,
  request: unknown,
  thetaOf: (fit: TimeVaryingFitResult) => Float64Array,
  valueScale: Float64Array,
  bootstrap: TimeVaryingBootstrap,
): TimeVaryingIntervalRun {
  const n = design.n;
  const { level, method, draws, seed, policy } = readDrawRequest(fn, 'options.intervals', request, n);
  const drawn = method === 'bootstrap' ? { ...bootstrap.refits(draws, seed), held: [] as string[] } : { ...drawCovariateFits(fn, 'options.intervals', fit, draws, seed, policy), notConverged: null };
  const { fits, held } = drawn;
  const ends = drawBounds(n, draws, level, (d, values) => {
    const drawnFit = fits[d] as TimeVaryingFitResult;
    const drawDesign = method === 'bootstrap' ? bootstrap.designOf(drawnFit) : design;
    if (drawDesign.n !== n) throw new UndefinedResultError(fn, `refit ${d} coded ${drawDesign.n} customers instead of ${n}`, drawDesign.n);
    const p = timeVaryingPredictions(drawDesign, thetaOf(drawnFit), horizon, delta);
    for (let j = 0; j < n; j++) {
      values.alive[j] = p.probabilityAlive[j] as number;
      values.expected[j] = p.expectedPurchases[j] as number;
      const scale = valueScale[j] as number;
      values.value[j] = Number.isNaN(scale) ? 0 : scale * (p.discountedPurchases[j] as number);
    }
  });
  return { ends, level, method, draws, seed, held, notConverged: drawn.notConverged };
}
