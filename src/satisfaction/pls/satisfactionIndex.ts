import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { checkPlsFit } from './checkPlsFit';
import { rescaledBlock } from './rescaledBlock';
import { resolveItemScales, type ItemScale } from './resolveItemScales';
import type { PlsPathModelResult } from './types';

/**
 * Where the item weights of an index come from: the unstandardised outer weights of the fit (`'model'`),
 * or equal weights on the 0–100 rescaled items (`'equal'`).
 */
export type IndexWeightSource = 'model' | 'equal';

/** Options of {@link satisfactionIndex}. */
export interface SatisfactionIndexOptions {
  /**
   * The scale ends of the items: one `{ min, max }` for all (e.g. `{ min: 1, max: 10 }`) or one per item.
   * These are the ends of the answer scale, not the observed extremes.
   */
  readonly scale: ItemScale | Readonly<Record<string, ItemScale>>;
  /** Weight source; default `'model'`. */
  readonly weights?: IndexWeightSource;
  /** Constructs to index; default all. */
  readonly constructs?: readonly string[];
}

/** The 0–100 index of one construct. */
export interface ConstructIndex {
  /** The index, in [0, 100]. */
  readonly index: number;
  /** The weight of each item on the 0–100 rescaled scale (they sum to 1). */
  readonly weights: Readonly<Record<string, number>>;
  /** The mean of each item rescaled to 0–100. */
  readonly itemIndices: Readonly<Record<string, number>>;
}

/** The result of {@link satisfactionIndex}. */
export interface SatisfactionIndexResult {
  /** Construct → index. */
  readonly constructs: Readonly<Record<string, ConstructIndex>>;
  /** The weight source, as asked. */
  readonly weightSource: IndexWeightSource;
  /**
   * The weight source in words, e.g. "unstandardized outer weights of a PLS fit on unscaled (centred)
   * indicators, centroid scheme".
   */
  readonly weightDescription: string;
  /** The scale ends used, by item. */
  readonly scale: Readonly<Record<string, ItemScale>>;
}

/**
 * National-index style 0–100 scores (ACSI, ECSI) of the constructs of a PLS fit.
 *
 * @remarks
 * Fornell et al. (1996): `CSI = (E[ξ] − Min ξ) / (Max ξ − Min ξ) × 100` with `ξ = Σ w_i x_i` over the raw items
 * and `Min`, `Max` at the scale ends, i.e.
 * `CSI = Σ w_i (x̄_i − min_i) / Σ w_i (max_i − min_i) × 100`. For a common 1–10 scale this is
 * `Σ w̃_i (x̄_i − 1)/9 × 100` with `w̃ = w / Σw` — the ECSI practice of rescaling every item to 0–100 and
 * normalising the weights. The weights are the fit's unstandardised outer weights (`w_std / s` from a
 * scaled run, the weights themselves from an unscaled run); the two runs give weights proportional to
 * correlation/sd and to covariance, which moves an index by about a point, so the source is stated in
 * `weightDescription`. Equal weights are a third, labelled option. O(p).
 *
 * @param fit - a {@link PlsPathModelResult} (its model, item means and unstandardised weights are used)
 * @param options - the item scale ends, the weight source, the constructs to index
 * @returns the index of every construct, with the weights and rescaled item means behind it
 * @throws `INVALID_ARGUMENT` when a scale is malformed or does not contain its item's mean, or a construct is unknown
 * @throws `UNDEFINED_RESULT` when a block to index has a non-positive weight (`'model'` weights)
 * @example
 * ```ts
 * import { loadMobi } from 'clientele/datasets';
 * const fit = plsPathModel(loadMobi(), ecsiModel(), { scheme: 'centroid', scaled: false });
 * const csi = satisfactionIndex(fit, { scale: { min: 1, max: 10 } });
 * csi.constructs.Satisfaction?.index.toFixed(1); // '71.2'
 * ```
 * @see Fornell, C., Johnson, M. D., Anderson, E. W., Cha, J. & Bryant, B. E. (1996). The American Customer
 * Satisfaction Index: Nature, purpose, and findings. Journal of Marketing 60(4), 7–18.
 * doi:10.1177/002224299606000403
 */
export function satisfactionIndex(
  fit: Pick<PlsPathModelResult, 'model' | 'itemStatistics' | 'unstandardizedWeights' | 'conventions'>,
  options: SatisfactionIndexOptions,
): SatisfactionIndexResult {
  const fn = 'satisfactionIndex';
  if (fit === null || typeof fit !== 'object' || !Array.isArray(fit.model?.blocks)) {
    throw new InvalidArgumentError(fn, 'fit', 'must be a result of plsPathModel', fit);
  }
  checkPlsFit(fn, fit, ['itemStatistics', 'unstandardizedWeights', 'conventions']);
  if (options === null || typeof options !== 'object') {
    throw new InvalidArgumentError(fn, 'options', 'must be an object with the item scale', options);
  }
  const source = options.weights ?? 'model';
  if (source !== 'model' && source !== 'equal') {
    throw new InvalidArgumentError(fn, 'options.weights', 'must be "model" or "equal"', source);
  }
  const names = options.constructs ?? fit.model.blocks.map((b) => b.name);
  const blocks = names.map((name, i) => {
    const block = fit.model.blocks.find((b) => b.name === name);
    if (block === undefined) throw new InvalidArgumentError(fn, `options.constructs[${i}]`, 'must name a construct of the fit', name);
    return block;
  });
  const items = blocks.flatMap((b) => b.indicators);
  const scales = resolveItemScales(fn, options.scale, items, fit.itemStatistics);
  const constructs: Record<string, ConstructIndex> = {};
  for (const block of blocks) {
    const rescaled = rescaledBlock(
      fn,
      block.name,
      block.indicators,
      source === 'model'
        ? (item) => fit.unstandardizedWeights[item] as number
        : (item) => 1 / ((scales[item] as ItemScale).max - (scales[item] as ItemScale).min),
      fit.itemStatistics,
      scales,
    );
    constructs[block.name] = {
      index: Math.max(0, Math.min(100, rescaled.performance)),
      weights: rescaled.weights,
      itemIndices: rescaled.itemPerformance,
    };
  }
  const c = fit.conventions;
  const weightDescription =
    source === 'equal'
      ? 'equal weights on the 0-100 rescaled items'
      : `unstandardized outer weights of a PLS fit on ${c.scaled ? 'standardized (scaled)' : 'unscaled (centred)'} indicators, ${c.scheme} scheme`;
  return { constructs, weightSource: source, weightDescription, scale: scales };
}
