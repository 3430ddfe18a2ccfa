import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { checkPlsFit } from './checkPlsFit';
import { rescaledBlock, type RescaledBlock } from './rescaledBlock';
import { resolveItemScales, type ItemScale } from './resolveItemScales';
import type { PlsPathModelResult } from './types';

/** Options of {@link importancePerformanceMap}. */
export interface ImportancePerformanceMapOptions {
  /** The target construct (e.g. `'Satisfaction'` or `'Loyalty'`). */
  readonly target: string;
  /** The item scale ends: one `{ min, max }` for all items or one per item. */
  readonly scale: ItemScale | Readonly<Record<string, ItemScale>>;
}

/** One driver construct on the map. */
export interface IpmaConstruct {
  readonly construct: string;
  /** Unstandardised total effect on the target, both on 0–100 scores: target points per driver point. */
  readonly importance: number;
  /** The standardised total effect (as in `fit.effects`). */
  readonly standardizedTotalEffect: number;
  /** Mean of the driver's 0–100 score (its index). */
  readonly performance: number;
}

/** One indicator of a driver on the map. */
export interface IpmaIndicator {
  readonly indicator: string;
  readonly construct: string;
  /** Total effect of the 0–100 rescaled item on the target's 0–100 score: weight × construct importance. */
  readonly importance: number;
  /** Mean of the rescaled item (0–100). */
  readonly performance: number;
}

/** The result of {@link importancePerformanceMap}. */
export interface ImportancePerformanceMapResult {
  readonly target: string;
  /** Performance (0–100 index) of the target. */
  readonly targetPerformance: number;
  /** Every construct with a directed path to the target, in model order. */
  readonly constructs: readonly IpmaConstruct[];
  /** Every item of those constructs. */
  readonly indicators: readonly IpmaIndicator[];
  /** Mean importance and performance of the constructs (the usual cross-hairs). */
  readonly meanImportance: number;
  readonly meanPerformance: number;
}

/**
 * Importance–performance map analysis (IPMA) of the drivers of a target construct in a PLS fit.
 *
 * @remarks
 * Ringle & Sarstedt (2016): every item is rescaled to 0–100 with its scale ends, every construct score is
 * rebuilt from the rescaled items with the fit's unstandardised outer weights normalised to sum 1; the
 * **performance** of a construct is the mean of that score (its {@link satisfactionIndex}); the
 * **importance** of a driver is its unstandardised total effect on the target's rescaled score,
 * `T_std × sd(target score) / sd(driver score)`. Because each rescaled score is an affine map of the
 * standardised PLS score with slope `100 / D` (`D = Σ w_i (max_i − min_i)`), the importance is exactly
 * `T_std · D_driver / D_target`. Item importance = the item's normalised weight × its construct's
 * importance. Drivers are the constructs with a directed path to the target. O(p + J²).
 *
 * @param fit - a {@link PlsPathModelResult}
 * @param options - the target construct and the item scale ends
 * @returns the drivers' importance and performance, by construct and by item
 * @throws `INVALID_ARGUMENT` when the target is unknown or has no driver, or a scale is malformed or does not contain its item's mean
 * @throws `UNDEFINED_RESULT` when the target or a driver has a non-positive outer weight
 * @example
 * ```ts
 * import { loadMobi } from 'clientele/datasets';
 * const fit = plsPathModel(loadMobi(), ecsiModel(), { scheme: 'centroid', scaled: false });
 * const map = importancePerformanceMap(fit, { target: 'Loyalty', scale: { min: 1, max: 10 } });
 * map.constructs.map((c) => c.construct); // ['Image', 'Expectation', 'Quality', 'Value', 'Satisfaction', 'Complaints']
 * ```
 * @see Ringle, C. M. & Sarstedt, M. (2016). Gain more insight from your PLS-SEM results: The
 * importance-performance map analysis. Industrial Management & Data Systems 116(9), 1865–1886.
 * doi:10.1108/IMDS-10-2015-0449
 */
export function importancePerformanceMap(
  fit: Pick<PlsPathModelResult, 'model' | 'itemStatistics' | 'unstandardizedWeights' | 'effects'>,
  options: ImportancePerformanceMapOptions,
): ImportancePerformanceMapResult {
  const fn = 'importancePerformanceMap';
  if (fit === null || typeof fit !== 'object' || !Array.isArray(fit.model?.blocks) || !Array.isArray(fit.effects)) {
    throw new InvalidArgumentError(fn, 'fit', 'must be a result of plsPathModel', fit);
  }
  checkPlsFit(fn, fit, ['itemStatistics', 'unstandardizedWeights', 'effects']);
  if (options === null || typeof options !== 'object') {
    throw new InvalidArgumentError(fn, 'options', 'must be an object with a target and the item scale', options);
  }
  const { target } = options;
  const targetBlock = fit.model.blocks.find((b) => b.name === target);
  if (targetBlock === undefined) throw new InvalidArgumentError(fn, 'options.target', 'must name a construct of the fit', target);
  const drivers = fit.model.blocks.filter((b) => fit.effects.some((e) => e.from === b.name && e.to === target));
  if (drivers.length === 0) {
    throw new InvalidArgumentError(fn, 'options.target', 'must have at least one driver (a construct with a path to it)', target);
  }
  const blocks = [...drivers, targetBlock];
  const scales = resolveItemScales(fn, options.scale, blocks.flatMap((b) => b.indicators), fit.itemStatistics);
  const rescale = (name: string, items: readonly string[]): RescaledBlock =>
    rescaledBlock(fn, name, items, (item) => fit.unstandardizedWeights[item] as number, fit.itemStatistics, scales);
  const targetScore = rescale(target, targetBlock.indicators);
  const constructs: IpmaConstruct[] = [];
  const indicators: IpmaIndicator[] = [];
  for (const driver of drivers) {
    const score = rescale(driver.name, driver.indicators);
    const effect = fit.effects.find((e) => e.from === driver.name && e.to === target);
    const total = effect?.total ?? 0;
    const importance = (total * score.spread) / targetScore.spread;
    constructs.push({ construct: driver.name, importance, standardizedTotalEffect: total, performance: score.performance });
    for (const item of driver.indicators) {
      indicators.push({
        indicator: item,
        construct: driver.name,
        importance: (score.weights[item] as number) * importance,
        performance: score.itemPerformance[item] as number,
      });
    }
  }
  return {
    target,
    targetPerformance: targetScore.performance,
    constructs,
    indicators,
    meanImportance: constructs.reduce((s, c) => s + c.importance, 0) / constructs.length,
    meanPerformance: constructs.reduce((s, c) => s + c.performance, 0) / constructs.length,
  };
}
