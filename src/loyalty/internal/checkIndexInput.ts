import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { LoyaltyIndexOptions, LoyaltyMeasure } from '../loyaltyIndex';
import type { MeasureScale } from './standardizeMeasure';

/** Checks the measure list and options; returns the scale, minimum coverage and weights. @internal */
export function checkIndexInput(
  fn: string,
  measures: readonly Pick<LoyaltyMeasure, 'name' | 'direction' | 'weight'>[],
  options: LoyaltyIndexOptions | undefined,
): { scale: MeasureScale; minCoverage: number; weights: number[] } {
  if (!Array.isArray(measures)) throw new InvalidArgumentError(fn, 'measures', 'must be an array of measures', measures);
  if (measures.length === 0) throw new EmptyInputError(fn, 'measures');
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  }
  const scale = options?.standardize ?? 'percentile';
  if (scale !== 'percentile' && scale !== 'z') {
    throw new InvalidArgumentError(fn, 'options.standardize', "must be 'percentile' or 'z'", scale);
  }
  const minCoverage = options?.minCoverage ?? 0;
  if (typeof minCoverage !== 'number' || !(minCoverage >= 0 && minCoverage <= 1)) {
    throw new InvalidArgumentError(fn, 'options.minCoverage', 'must be a number in [0, 1]', minCoverage);
  }
  const names = new Set<string>();
  // By index, not map: map skips the holes of a sparse array, which must be refused as any non-measure.
  const weights = Array.from({ length: measures.length }, (_, k) => {
    const m = measures[k] as Pick<LoyaltyMeasure, 'name' | 'direction' | 'weight'>;
    if (typeof m !== 'object' || m === null) throw new InvalidArgumentError(fn, `measures[${k}]`, 'must be a measure object', m);
    if (typeof m.name !== 'string' || m.name.length === 0 || names.has(m.name)) {
      throw new InvalidArgumentError(fn, `measures[${k}].name`, 'must be a non-empty string, unique among the measures', m.name);
    }
    names.add(m.name);
    if (m.direction !== 'higher' && m.direction !== 'lower') {
      throw new InvalidArgumentError(fn, `measures[${k}].direction`, "must be 'higher' or 'lower'", m.direction);
    }
    const w = m.weight ?? 1;
    if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0) {
      throw new InvalidArgumentError(fn, `measures[${k}].weight`, 'must be a finite number > 0', m.weight);
    }
    return w;
  });
  return { scale, minCoverage, weights };
}

