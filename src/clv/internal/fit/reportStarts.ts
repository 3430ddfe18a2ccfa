import type { FitStart } from '../../fitModel';
import type { ModelParams } from '../../types';
import type { FitRun, ParameterMap } from './types';

/**
 * Every run as `fitModel` reports it (data time unit, best first). The best run carries the fit's
 * log-likelihood; the others' unpenalised log-likelihood follows from their objective values, since the
 * change of time unit adds the same constant to every log-likelihood. @internal
 */
export function reportStarts<P extends ModelParams>(
  runs: readonly FitRun[],
  best: FitRun,
  logLikelihood: number,
  map: ParameterMap<P>,
  penalty: number,
  N: number,
): FitStart<P>[] {
  const penaltyAt = (t: Float64Array): number => {
    let sum = 0;
    for (let j = 0; j < map.dim; j++) {
      const p = map.dataValue(t, j);
      sum += penalty * p * p;
    }
    return sum;
  };
  const offset = logLikelihood + N * (best.value - penaltyAt(best.theta));
  return runs.map((run) => ({
    start: map.toParams(run.start, true),
    params: map.toParams(run.theta, true),
    logLikelihood: run === best ? logLikelihood : offset - N * (run.value - penaltyAt(run.theta)),
    converged: run.converged,
  }));
}
