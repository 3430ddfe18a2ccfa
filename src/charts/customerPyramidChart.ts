import type { CustomerPyramidResult } from '../segmentation/customerPyramid';
import { chartSpec } from './internal/chartSpec';
import { pyramidRows } from './internal/pyramidRows';
import type { ValueChartOptions, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

/**
 * The customer pyramid: one centred bar per tier from the top down, as wide as the tier has customers,
 * labelled with its customers and its share of value, from the result of `customerPyramid`.
 *
 * @remarks
 * Zeithaml, Rust & Lemon (2001): few customers at the top carry much of the value, many at the bottom
 * little (or a loss, in a `negative` tier). Bar widths are customer counts (so the chart is a pyramid
 * when the lower tiers are larger); the colour darkens with the tier's share of total value; the label
 * gives the tier's share of customers and of value (its value in money when total value is not
 * positive). The result carries no currency: pass `currency`. Rows are in `datasets.tiers` as `{ tier,
 * order, count, customerShare, value, valueShare, left, right, text }`. O(tiers).
 *
 * @param result - The result of `customerPyramid` (clientele/segmentation).
 * @param options - `currency`, `title` (default "Customer pyramid"), `width` (default 480), `height` (default 48 px per tier, at least 160).
 * @returns A Vega-Lite v6 specification with the tiers inlined.
 * @throws InvalidArgumentError when `result` is not a `customerPyramid` result or an option is out of range.
 * @example
 * ```ts
 * const values = [
 *   { customerId: 'a', value: 500 }, { customerId: 'b', value: 300 }, { customerId: 'c', value: 120 },
 *   { customerId: 'd', value: 50 }, { customerId: 'e', value: 50 }, { customerId: 'f', value: -20 },
 * ];
 * const spec = customerPyramidChart(customerPyramid(values, { tiers: 'zeithaml', crossing: 'upper' }));
 * spec.datasets.tiers.map((d) => [d.tier, d.count]); // [['Platinum', 1], ['Gold', 1], ['Iron', 3], ['Lead', 1]]
 * spec.datasets.tiers[0].text; // '1 customer (16.7 %), 50.0 % of value'
 * ```
 * @see Zeithaml, V. A., Rust, R. T. & Lemon, K. N. (2001). The customer pyramid: Creating and serving
 *   profitable customers. California Management Review 43(4), 118–142. https://doi.org/10.2307/41166104
 */
export function customerPyramidChart(result: CustomerPyramidResult, options?: ValueChartOptions): VegaLiteSpec<'tiers'> {
  const fn = 'customerPyramidChart';
  return readChartInput(fn, 'result', () => {
    const tiers = pyramidRows(fn, result, options?.currency);
    const widest = Math.max(...tiers.map((t) => t.count as number), 1);
    const y = { field: 'tier', type: 'nominal', sort: tiers.map((t) => t.tier), title: null, axis: { labelFontWeight: 'bold' } };
    // The labels sit right of the widest bar, so they never cover a bar.
    const x = { type: 'quantitative', scale: { domain: [-widest / 2, widest * 1.6] }, axis: null };
    return chartSpec(
      fn,
      options,
      {
        title: 'Customer pyramid',
        subtitle: `${result.customerCount} customers; tiers by ${result.settings.basis === 'rank' ? 'share of customers' : 'share of value'} (${result.settings.preset})`,
        description: `Customer pyramid of ${tiers.length} tiers, bar width proportional to the number of customers.`,
        width: 480,
        height: Math.max(160, 48 * tiers.length),
      },
      { tiers },
      {
        data: { name: 'tiers' },
        layer: [
          {
            mark: { type: 'bar', tooltip: true, height: { band: 0.85 } },
            encoding: {
              y,
              x: { field: 'left', ...x },
              x2: { field: 'right' },
              color: { field: 'valueShare', type: 'quantitative', title: 'Share of value', scale: { scheme: 'goldorange', domainMin: 0 }, legend: { format: '.0%' } },
              tooltip: [
                { field: 'tier', type: 'nominal', title: 'tier' },
                { field: 'count', type: 'quantitative', title: 'customers' },
                { field: 'customerShare', type: 'quantitative', title: 'share of customers', format: '.1%' },
                { field: 'value', type: 'quantitative', title: 'value', format: ',.2f' },
                { field: 'valueShare', type: 'quantitative', title: 'share of value', format: '.1%' },
              ],
            },
          },
          {
            transform: [{ calculate: `${widest / 2}`, as: 'labelX' }],
            mark: { type: 'text', align: 'left', dx: 8, fontSize: 11, color: '#333333' },
            encoding: { y, x: { field: 'labelX', ...x }, text: { field: 'text' } },
          },
        ],
      },
    );
  });
}
