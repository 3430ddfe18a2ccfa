import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { CohortActiveCounts, CompressedData } from '../types';

/**
 * Validates a cohort's active counts `[N_0, N_1, …, N_k]` and turns them into likelihood rows: one row
 * per period `t = 1…k` with weight `n_t = N_{t−1} − N_t` (churned in period `t`, `censored = 0`) and one
 * row `t = k` with weight `N_k` (still active, `censored = 1`). Rows of weight 0 are dropped. O(k).
 *
 * @throws `INVALID_ARGUMENT` unless the counts are integers ≥ 0, non-increasing, with `N_0 > 0`.
 * @throws `EMPTY_INPUT` when fewer than two counts are given.
 * @internal
 */
export function compressSbg(data: CohortActiveCounts, fn: string): CompressedData {
  if (!Array.isArray(data)) throw new InvalidArgumentError(fn, 'data', 'must be an array of active counts', data);
  if (data.length < 2) {
    throw new EmptyInputError(fn, 'data', 'must hold the cohort size and at least one later active count');
  }
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      throw new InvalidArgumentError(fn, `data[${i}]`, 'must be an integer at least 0', v);
    }
    if (i === 0 && v === 0) throw new InvalidArgumentError(fn, 'data[0]', 'must be a cohort size greater than 0', v);
    if (i > 0 && v > (data[i - 1] as number)) {
      throw new InvalidArgumentError(fn, `data[${i}]`, `must be at most the previous count (${data[i - 1]})`, v);
    }
  }
  const period: number[] = [];
  const censored: number[] = [];
  const weights: number[] = [];
  for (let t = 1; t < data.length; t++) {
    const lost = (data[t - 1] as number) - (data[t] as number);
    if (lost > 0) {
      period.push(t);
      censored.push(0);
      weights.push(lost);
    }
  }
  const k = data.length - 1;
  const survivors = data[k] as number;
  if (survivors > 0) {
    period.push(k);
    censored.push(1);
    weights.push(survivors);
  }
  return {
    columns: { period: Float64Array.from(period), censored: Float64Array.from(censored) },
    weights: Float64Array.from(weights),
    rows: period.length,
    total: data[0] as number,
  };
}
