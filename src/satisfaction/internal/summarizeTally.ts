import { UndefinedResultError } from '../../core/errors/UndefinedResultError';
import { studentTQuantile } from '../../core/special/studentTQuantile';
import type { Interval } from '../types';
import type { ScaleTally } from './tallyScale';

/**
 * Weighted moments of a tally: shares per scale point, mean, sample standard deviation and t interval
 * of the mean (df = n_eff − 1; `null` when n_eff ≤ 1).
 * @internal
 */
export interface TallySummary {
  readonly shares: Float64Array;
  readonly effectiveSampleSize: number;
  readonly mean: number;
  readonly standardDeviation: number | null;
  readonly standardError: number | null;
  readonly meanInterval: Interval | null;
}

/** @internal */
export function summarizeTally(fn: string, tally: ScaleTally, min: number, level: number): TallySummary {
  const width = tally.counts.length;
  const source = tally.weightSums ?? tally.counts;
  const total = tally.weightSums === null ? tally.n : tally.sumWeights;
  if (!(total > 0)) {
    throw new UndefinedResultError(
      fn,
      tally.key === null ? 'the weights of the counted answers sum to 0' : `the weights in group ${JSON.stringify(tally.key)} sum to 0`,
    );
  }
  const shares = new Float64Array(width);
  let mean = 0;
  for (let k = 0; k < width; k++) {
    const s = (source[k] as number) / total;
    shares[k] = s;
    mean += s * (min + k);
  }
  let variance = 0;
  for (let k = 0; k < width; k++) {
    const d = min + k - mean;
    variance += (shares[k] as number) * d * d;
  }
  const nEff = tally.effectiveSampleSize;
  if (!(nEff > 1)) {
    return { shares, effectiveSampleSize: nEff, mean, standardDeviation: null, standardError: null, meanInterval: null };
  }
  const sampleVariance = (variance * nEff) / (nEff - 1);
  const se = Math.sqrt(sampleVariance / nEff);
  const t = studentTQuantile(1 - (1 - level) / 2, nEff - 1);
  return {
    shares,
    effectiveSampleSize: nEff,
    mean,
    standardDeviation: Math.sqrt(sampleVariance),
    standardError: se,
    meanInterval: { lower: mean - t * se, upper: mean + t * se },
  };
}
