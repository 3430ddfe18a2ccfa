import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';

type FitField = 'itemStatistics' | 'unstandardizedWeights' | 'conventions' | 'effects';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/**
 * Throws `INVALID_ARGUMENT` unless `fit` has the parts of a `plsPathModel` result that `fn` reads:
 * `model.blocks` (each `{ name, indicators }`), and each of `fields`, with an item statistic (a finite
 * `mean`) and an unstandardized weight (a number) for every indicator. A hand-made or partial fit
 * object is refused with the missing part named, instead of failing later with a `TypeError`. O(items).
 * @internal
 */
export function checkPlsFit(fn: string, fit: unknown, fields: readonly FitField[]): void {
  const rule = 'must be a result of plsPathModel';
  if (!isObject(fit)) throw new InvalidArgumentError(fn, 'fit', rule, fit);
  const model = fit['model'];
  const blocks = isObject(model) ? model['blocks'] : undefined;
  if (!Array.isArray(blocks)) throw new InvalidArgumentError(fn, 'fit.model.blocks', `${rule} (an array of blocks)`, blocks);
  for (const field of fields) {
    const value = fit[field];
    const ok = field === 'effects' ? Array.isArray(value) : isObject(value);
    if (!ok) throw new InvalidArgumentError(fn, `fit.${field}`, `${rule} (missing or malformed)`, value);
  }
  const statistics = fit['itemStatistics'] as Record<string, unknown> | undefined;
  const weights = fit['unstandardizedWeights'] as Record<string, unknown> | undefined;
  for (let b = 0; b < blocks.length; b++) {
    const block: unknown = blocks[b];
    const indicators = isObject(block) ? block['indicators'] : undefined;
    if (!isObject(block) || typeof block['name'] !== 'string' || !Array.isArray(indicators)) {
      throw new InvalidArgumentError(fn, `fit.model.blocks[${b}]`, 'must be a block { name, indicators }', block);
    }
    for (let i = 0; i < indicators.length; i++) {
      const item: unknown = indicators[i];
      if (typeof item !== 'string') {
        throw new InvalidArgumentError(fn, `fit.model.blocks[${b}].indicators[${i}]`, 'must be an item name', item);
      }
      if (statistics !== undefined) {
        const s = statistics[item];
        if (!isObject(s) || typeof s['mean'] !== 'number' || !Number.isFinite(s['mean'])) {
          throw new InvalidArgumentError(fn, `fit.itemStatistics.${item}`, `${rule} (no finite mean for this item)`, s);
        }
      }
      if (weights !== undefined && typeof weights[item] !== 'number') {
        throw new InvalidArgumentError(fn, `fit.unstandardizedWeights.${item}`, `${rule} (no weight for this item)`, weights[item]);
      }
    }
  }
}
