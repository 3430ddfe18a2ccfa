import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { assertNonEmpty } from '../../core/validate/assertNonEmpty';
import { compareGroupKeys } from './compareGroupKeys';
import type { AnswerScale, GroupKey, RejectedAnswer, SimpleIndexOptions } from '../types';

/**
 * Counts of the answers of one group (or of everyone) per scale point.
 * @internal
 */
export interface ScaleTally {
  /** The group key; `null` for the overall tally. */
  readonly key: GroupKey | null;
  /** Unweighted number of counted answers per scale point (index `answer − min`). */
  readonly counts: Float64Array;
  /** Weighted total per scale point (Neumaier-compensated); `null` when no weights were given. */
  readonly weightSums: Float64Array | null;
  /** Σw over counted answers (the count when unweighted). */
  sumWeights: number;
  /** Σw² over counted answers (the count when unweighted). */
  sumSquaredWeights: number;
  /** Kish's effective sample size `(Σw)²/Σw²`, computed on weights scaled by the largest (no overflow). */
  effectiveSampleSize: number;
  /** Number of counted answers. */
  n: number;
  /** Answers left out (policy `'reject'`). */
  readonly rejected: RejectedAnswer[];
}

interface Accumulator extends ScaleTally {
  readonly compensation: Float64Array | null;
  sumWeightsCompensation: number;
  /** Largest weight so far and `Σ (w/largest)²`: Σw² without overflow for weights near 1e308. */
  weightScale: number;
  scaledSquares: number;
}

function createAccumulator(key: GroupKey | null, width: number, weighted: boolean): Accumulator {
  return {
    key,
    counts: new Float64Array(width),
    weightSums: weighted ? new Float64Array(width) : null,
    compensation: weighted ? new Float64Array(width) : null,
    sumWeights: 0,
    sumWeightsCompensation: 0,
    sumSquaredWeights: 0,
    effectiveSampleSize: 0,
    weightScale: 0,
    scaledSquares: 0,
    n: 0,
    rejected: [],
  };
}

function addWeight(acc: Accumulator, k: number, w: number): void {
  const sums = acc.weightSums as Float64Array;
  const comp = acc.compensation as Float64Array;
  const s = sums[k] as number;
  const t = s + w;
  comp[k] = (comp[k] as number) + (s >= w ? s - t + w : w - t + s);
  sums[k] = t;
  const total = acc.sumWeights + w;
  acc.sumWeightsCompensation += acc.sumWeights >= w ? acc.sumWeights - total + w : w - total + acc.sumWeights;
  acc.sumWeights = total;
  acc.sumSquaredWeights += w * w;
  if (w > acc.weightScale) {
    const ratio = acc.weightScale / w;
    acc.scaledSquares = 1 + acc.scaledSquares * ratio * ratio;
    acc.weightScale = w;
  } else if (w > 0) {
    const ratio = w / acc.weightScale;
    acc.scaledSquares += ratio * ratio;
  }
}

function finish(acc: Accumulator): ScaleTally {
  if (acc.weightSums === null) {
    acc.sumWeights = acc.n;
    acc.sumSquaredWeights = acc.n;
    acc.effectiveSampleSize = acc.n;
  } else {
    const comp = acc.compensation as Float64Array;
    for (let k = 0; k < acc.weightSums.length; k++) acc.weightSums[k] = (acc.weightSums[k] as number) + (comp[k] as number);
    acc.sumWeights += acc.sumWeightsCompensation;
    const scaledSum = acc.weightScale > 0 ? acc.sumWeights / acc.weightScale : 0;
    acc.effectiveSampleSize = acc.scaledSquares > 0 ? (scaledSum * scaledSum) / acc.scaledSquares : 0;
  }
  return {
    key: acc.key,
    counts: acc.counts,
    weightSums: acc.weightSums,
    sumWeights: acc.sumWeights,
    sumSquaredWeights: acc.sumSquaredWeights,
    effectiveSampleSize: acc.effectiveSampleSize,
    n: acc.n,
    rejected: acc.rejected,
  };
}

/**
 * Validates and counts integer answers on `scale`, overall and per group, in one pass without allocation
 * per answer (the unweighted, ungrouped path is a single counting loop).
 *
 * Throws `INVALID_ARGUMENT` for an answer off the scale (policy `'throw'`), a weight that is negative or
 * not finite, a group key that is neither a string nor a finite number, or arrays of different lengths;
 * `EMPTY_INPUT` when nothing is left to count (overall or in a group).
 * @internal
 */
export function tallyScale(
  fn: string,
  argument: string,
  scores: ArrayLike<number>,
  scale: AnswerScale,
  options: SimpleIndexOptions | undefined,
): { overall: ScaleTally; groups: ScaleTally[] | null } {
  assertNonEmpty(fn, argument, scores);
  const n = scores.length;
  const policy = options?.invalid ?? 'throw';
  if (policy !== 'throw' && policy !== 'reject') {
    throw new InvalidArgumentError(fn, 'options.invalid', "must be 'throw' or 'reject'", policy);
  }
  const weights = options?.weights;
  const groups = options?.groups;
  if (weights !== undefined) {
    if (weights === null || typeof weights !== 'object' || weights.length !== n) {
      throw new InvalidArgumentError(fn, 'options.weights', `must be an array of ${n} weights`, weights);
    }
  }
  if (groups !== undefined) {
    if (groups === null || typeof groups !== 'object' || groups.length !== n) {
      throw new InvalidArgumentError(fn, 'options.groups', `must be an array of ${n} keys`, groups);
    }
  }
  const min = scale.min;
  const width = scale.max - scale.min + 1;
  const rule = `must be an integer ${scale.min}-${scale.max}`;
  const overall = createAccumulator(null, width, weights !== undefined);
  const reject = (acc: Accumulator | null, i: number, value: number): void => {
    if (policy === 'throw') throw new InvalidArgumentError(fn, `${argument}[${i}]`, rule, value);
    const entry: RejectedAnswer = { index: i, value, reason: rule };
    overall.rejected.push(entry);
    if (acc !== null) acc.rejected.push(entry);
  };

  if (weights === undefined && groups === undefined) {
    const counts = overall.counts;
    let counted = 0;
    const max = scale.max;
    for (let i = 0; i < n; i++) {
      const v = scores[i] as number;
      if (typeof v === 'number' && v >= min && v <= max && (v | 0) === v) {
        const k = (v - min) | 0;
        counts[k] = (counts[k] as number) + 1;
        counted++;
      } else reject(null, i, v);
    }
    overall.n = counted;
    if (counted === 0) throw new EmptyInputError(fn, argument, 'must contain at least one valid answer');
    return { overall: finish(overall), groups: null };
  }

  const byKey = groups === undefined ? null : new Map<GroupKey, Accumulator>();
  for (let i = 0; i < n; i++) {
    let acc: Accumulator | null = null;
    if (byKey !== null) {
      const key = (groups as ArrayLike<GroupKey>)[i] as GroupKey;
      if (typeof key !== 'string' && !(typeof key === 'number' && Number.isFinite(key))) {
        throw new InvalidArgumentError(fn, `options.groups[${i}]`, 'must be a string or a finite number', key);
      }
      acc = byKey.get(key) ?? null;
      if (acc === null) {
        acc = createAccumulator(key, width, weights !== undefined);
        byKey.set(key, acc);
      }
    }
    let w = 1;
    if (weights !== undefined) {
      w = weights[i] as number;
      if (typeof w !== 'number' || !(w >= 0) || w === Number.POSITIVE_INFINITY) {
        throw new InvalidArgumentError(fn, `options.weights[${i}]`, 'must be a finite number at least 0', w);
      }
    }
    const value = scores[i] as number;
    if (!(typeof value === 'number' && value >= min && value <= scale.max && (value | 0) === value)) {
      reject(acc, i, value);
      continue;
    }
    const k = (value - min) | 0;
    overall.counts[k] = (overall.counts[k] as number) + 1;
    overall.n++;
    if (weights !== undefined) addWeight(overall, k, w);
    if (acc !== null) {
      acc.counts[k] = (acc.counts[k] as number) + 1;
      acc.n++;
      if (weights !== undefined) addWeight(acc, k, w);
    }
  }
  if (overall.n === 0) throw new EmptyInputError(fn, argument, 'must contain at least one valid answer');
  if (weights !== undefined && !Number.isFinite(overall.sumWeights + overall.sumWeightsCompensation)) {
    throw new InvalidArgumentError(fn, 'options.weights', 'must sum to a finite number (divide them by a common factor)', overall.sumWeights);
  }
  let groupTallies: ScaleTally[] | null = null;
  if (byKey !== null) {
    const keys = [...byKey.keys()].sort(compareGroupKeys);
    groupTallies = keys.map((key) => {
      const acc = byKey.get(key) as Accumulator;
      if (acc.n === 0) {
        throw new EmptyInputError(fn, argument, `must contain at least one valid answer in group ${JSON.stringify(key)}`);
      }
      return finish(acc);
    });
  }
  return { overall: finish(overall), groups: groupTallies };
}
