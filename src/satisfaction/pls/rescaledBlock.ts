import { UndefinedResultError } from '../../core/errors/UndefinedResultError';
import type { ItemScale } from './resolveItemScales';

/** A block on the 0–100 scale: normalised weights of the rescaled items, the score's mean and scale factor. @internal */
export interface RescaledBlock {
  /** Weight of each rescaled item (0–100), summing to 1. */
  readonly weights: Record<string, number>;
  /** Mean of each rescaled item. */
  readonly itemPerformance: Record<string, number>;
  /** Mean of the 0–100 score: the index. */
  readonly performance: number;
  /** `D = Σ w_i (max_i − min_i)` with the raw-item weights; the 0–100 score has sd `100 / D`. */
  readonly spread: number;
}

/**
 * Rescales a block to 0–100 (Fornell et al. 1996): `index = Σ w_i (x̄_i − min_i) / Σ w_i (max_i − min_i) × 100`
 * with raw-item weights `w`. Throws `UNDEFINED_RESULT` when a weight is not positive.
 * @internal
 */
export function rescaledBlock(
  fn: string,
  construct: string,
  items: readonly string[],
  rawWeights: (item: string) => number,
  means: Readonly<Record<string, { readonly mean: number }>>,
  scales: Readonly<Record<string, ItemScale>>,
): RescaledBlock {
  let spread = 0;
  let level = 0;
  for (const item of items) {
    const w = rawWeights(item);
    if (!(w > 0)) {
      throw new UndefinedResultError(fn, `every outer weight of block "${construct}" must be positive (item "${item}")`, w);
    }
    const s = scales[item] as ItemScale;
    spread += w * (s.max - s.min);
    level += w * ((means[item]?.mean as number) - s.min);
  }
  const weights: Record<string, number> = {};
  const itemPerformance: Record<string, number> = {};
  for (const item of items) {
    const s = scales[item] as ItemScale;
    weights[item] = (rawWeights(item) * (s.max - s.min)) / spread;
    itemPerformance[item] = (((means[item]?.mean as number) - s.min) / (s.max - s.min)) * 100;
  }
  return { weights, itemPerformance, performance: (level / spread) * 100, spread };
}
