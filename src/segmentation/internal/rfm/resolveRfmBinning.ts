import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import type { RfmBinsOption } from '../../rfmTypes';

/** A checked binning of one dimension. @internal */
export interface ResolvedBinning {
  readonly method: 'quantile' | 'breaks' | 'equalCount' | 'fixed';
  readonly bins: number;
  /** Given thresholds (`breaks`) or upper bounds (`fixed`); empty otherwise. */
  readonly thresholds: readonly number[];
}

/** Whether `value` is an integer bin count 1–9. @internal */
function checkBinCount(fn: string, path: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 9) {
    throw new InvalidArgumentError(fn, path, 'must be an integer 1-9 (scores are digits of 100 R + 10 F + M)', value);
  }
  return value;
}

/** Checked thresholds: 0–8 finite numbers in ascending (non-decreasing) order. @internal */
function checkThresholds(fn: string, path: string, value: unknown): number[] {
  if (!Array.isArray(value) || value.length > 8) {
    throw new InvalidArgumentError(fn, path, 'must be an array of at most 8 ascending finite numbers', value);
  }
  const out: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new InvalidArgumentError(fn, `${path}[${i}]`, 'must be a finite number', v);
    if (i > 0 && v < (out[i - 1] as number)) {
      throw new InvalidArgumentError(fn, `${path}[${i}]`, `must not be below the previous threshold ${out[i - 1]}`, v);
    }
    out.push(v);
  }
  return out;
}

/**
 * The binning of one dimension from its option (a count, R-style breaks or a method object), falling back
 * to `defaultBins` quantile bins. @internal
 */
export function resolveRfmBinning(fn: string, path: string, option: RfmBinsOption | undefined, defaultBins: number): ResolvedBinning {
  if (option === undefined) return { method: 'quantile', bins: defaultBins, thresholds: [] };
  if (typeof option === 'number') return { method: 'quantile', bins: checkBinCount(fn, path, option), thresholds: [] };
  if (Array.isArray(option)) {
    const thresholds = checkThresholds(fn, path, option);
    return { method: 'breaks', bins: thresholds.length + 1, thresholds };
  }
  if (typeof option !== 'object' || option === null) {
    throw new InvalidArgumentError(fn, path, 'must be a bin count, an array of breaks or a binning object', option);
  }
  const o = option as { method?: unknown; bins?: unknown; breaks?: unknown; upperBounds?: unknown };
  switch (o.method) {
    case 'quantile':
    case 'equalCount':
      return { method: o.method, bins: o.bins === undefined ? defaultBins : checkBinCount(fn, `${path}.bins`, o.bins), thresholds: [] };
    case 'breaks': {
      const thresholds = checkThresholds(fn, `${path}.breaks`, o.breaks);
      return { method: 'breaks', bins: thresholds.length + 1, thresholds };
    }
    case 'fixed': {
      const thresholds = checkThresholds(fn, `${path}.upperBounds`, o.upperBounds);
      return { method: 'fixed', bins: thresholds.length + 1, thresholds };
    }
    default:
      throw new InvalidArgumentError(fn, `${path}.method`, "must be 'quantile', 'breaks', 'equalCount' or 'fixed'", o.method);
  }
}
