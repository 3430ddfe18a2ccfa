import type { CustomerPyramidResult } from '../../segmentation/customerPyramid';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { ChartDatum } from '../types';

/**
 * Reads a `customerPyramid` result into one row per tier, top down (the one place that knows its shape):
 * `{ tier, order, count, customerShare, value, valueShare, left, right, text }`, the bar centred on 0
 * (`left = −count/2`, `right = count/2`). @internal
 */
export function pyramidRows(fn: string, result: CustomerPyramidResult, currency: string | undefined): ChartDatum[] {
  if (result === null || typeof result !== 'object' || !Array.isArray(result.tiers) || result.tiers.length === 0) {
    throw new InvalidArgumentError(fn, 'result', 'must be a `customerPyramid` result', result);
  }
  const money = (v: number) => `${v.toLocaleString('en-US', { maximumFractionDigits: 0 })}${currency ? ` ${currency}` : ''}`;
  return result.tiers.map((t, order) => ({
    tier: t.name,
    order,
    count: t.count,
    customerShare: t.customerShare,
    value: t.value,
    valueShare: t.valueShare,
    left: t.count === 0 ? 0 : -t.count / 2,
    right: t.count / 2,
    text:
      `${t.count.toLocaleString('en-US')} customer${t.count === 1 ? '' : 's'} (${(100 * t.customerShare).toFixed(1)} %), ` +
      (t.valueShare === null ? `value ${money(t.value)}` : `${(100 * t.valueShare).toFixed(1)} % of value`),
  }));
}
