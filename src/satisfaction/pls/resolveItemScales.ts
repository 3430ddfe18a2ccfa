import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';

/** The scale ends of an item (the possible answers, not the observed extremes). */
export interface ItemScale {
  /** Lowest possible answer. */
  readonly min: number;
  /** Highest possible answer, > min. */
  readonly max: number;
}

/**
 * Resolves `scale` (one {@link ItemScale} for every item, or item → scale) to a per-item lookup and checks
 * that each scale is finite with `min < max` and that each item mean lies inside it.
 * @internal
 */
export function resolveItemScales(
  fn: string,
  scale: ItemScale | Readonly<Record<string, ItemScale>>,
  items: readonly string[],
  means: Readonly<Record<string, { readonly mean: number }>>,
): Record<string, ItemScale> {
  if (scale === null || typeof scale !== 'object') {
    throw new InvalidArgumentError(fn, 'options.scale', 'must be { min, max } or an object of them by item', scale);
  }
  const common = typeof (scale as ItemScale).min === 'number' || typeof (scale as ItemScale).max === 'number';
  const out: Record<string, ItemScale> = {};
  for (const item of items) {
    const s = common ? (scale as ItemScale) : (scale as Readonly<Record<string, ItemScale>>)[item];
    const where = common ? 'options.scale' : `options.scale.${item}`;
    if (s === undefined || s === null || typeof s !== 'object') {
      throw new InvalidArgumentError(fn, where, 'must be { min, max } (the scale ends of the item)', s);
    }
    if (!Number.isFinite(s.min) || !Number.isFinite(s.max) || !(s.min < s.max)) {
      throw new InvalidArgumentError(fn, where, 'must have finite min < max', s);
    }
    const m = means[item]?.mean;
    if (m === undefined || !(m >= s.min - 1e-9 && m <= s.max + 1e-9)) {
      throw new InvalidArgumentError(fn, where, `must contain the mean of item "${item}"`, m);
    }
    out[item] = { min: s.min, max: s.max };
  }
  return out;
}
