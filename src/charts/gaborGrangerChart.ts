import type { GaborGrangerResult } from '../loyalty/gaborGranger';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { chartSpec } from './internal/chartSpec';
import { moneyLabel } from './internal/timeUnitLabel';
import type { ChartDatum, PriceChartOptions, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

/**
 * The Gabor–Granger revenue curve: revenue at each tested price, with the revenue-maximising price
 * marked (and profit, and the logistic smoothing, when the result has them), from the result of
 * `gaborGranger`.
 *
 * @remarks
 * Revenue is `p · D(p) · marketSize`, where `D(p)` is the (weighted) share of respondents whose
 * willingness to pay reaches `p` (Gabor & Granger 1966). When the result was computed with a unit or fixed
 * cost, the profit `(p − c) · D(p) · marketSize − fixedCost` is drawn too; with logistic smoothing, the
 * smoothed revenue `p · D̂(p) · marketSize` as a dashed line. The rule marks the tested price with the
 * highest revenue (`result.optimalRevenue`). The result carries no currency: pass `currency`. Rows are in
 * `datasets.curve` as `{ price, series, amount, demand }`. O(prices).
 *
 * @param result - The result of `gaborGranger` (clientele/loyalty).
 * @param options - `currency`, `title` (default "Gabor–Granger revenue curve"), `width` (default 520), `height` (default 300), pixels.
 * @returns A Vega-Lite v6 specification with the curve inlined.
 * @throws InvalidArgumentError when `result` is not a `gaborGranger` result or an option is out of range.
 * @example
 * ```ts
 * const result = gaborGranger(
 *   [{ respondentId: 'a', maxPrice: 10 }, { respondentId: 'b', maxPrice: 20 }, { respondentId: 'c', maxPrice: null }],
 *   { prices: [10, 20, 30] },
 * );
 * const spec = gaborGrangerChart(result);
 * spec.datasets.curve.map((d) => d.amount); // [6.666666666666666, 6.666666666666666, 0]
 * spec.datasets.optimum; // [{ price: 10, revenue: 6.666666666666666, text: 'best revenue at 10' }]
 * ```
 * @see Gabor, A. & Granger, C. W. J. (1966). Price as an indicator of quality: Report on an enquiry.
 *   Economica 33(129), 43–70. https://doi.org/10.2307/2552272
 */
export function gaborGrangerChart(result: GaborGrangerResult, options?: PriceChartOptions): VegaLiteSpec<'curve' | 'optimum'> {
  const fn = 'gaborGrangerChart';
  return readChartInput(fn, 'result', () => {
    if (result === null || typeof result !== 'object' || !Array.isArray(result.curve) || result.curve.length === 0 || typeof result.conventions !== 'object') {
      throw new InvalidArgumentError(fn, 'result', 'must be a `gaborGranger` result with at least one tested price', result);
    }
    const { unitCost, fixedCost, marketSize } = result.conventions;
    const withProfit = unitCost !== 0 || fixedCost !== 0;
    const curve: ChartDatum[] = [];
    for (const p of result.curve) curve.push({ price: p.price, series: 'Revenue', amount: p.revenue, demand: p.demand });
    if (withProfit) for (const p of result.curve) curve.push({ price: p.price, series: 'Profit', amount: p.profit, demand: p.demand });
    if (result.logistic !== null) {
      const demand = result.logistic.demand;
      result.curve.forEach((p, j) => curve.push({ price: p.price, series: 'Revenue (logistic fit)', amount: p.price * (demand[j] ?? 0) * marketSize, demand: demand[j] ?? null }));
    }
    const best = result.optimalRevenue;
    const optimum = [{ price: best.price, revenue: best.revenue, text: `best revenue at ${Number(best.price.toFixed(2))}` }];
    const series = ['Revenue', ...(withProfit ? ['Profit'] : []), ...(result.logistic !== null ? ['Revenue (logistic fit)'] : [])];
    const per = marketSize === 1 ? 'per respondent' : `for a market of ${marketSize.toLocaleString('en-US')}`;
    const x = { field: 'price', type: 'quantitative', title: moneyLabel('Price', options?.currency), scale: { zero: false } };
    return chartSpec(
      fn,
      options,
      {
        title: 'Gabor–Granger revenue curve',
        subtitle: `${result.n} respondents; revenue ${per}; highest at ${best.price} (demand ${(100 * best.demand).toFixed(1)} %)`,
        description: `Revenue over ${result.curve.length} tested prices (Gabor-Granger).`,
        width: 520,
        height: 300,
      },
      { curve, optimum },
      {
        layer: [
          {
            data: { name: 'curve' },
            mark: { type: 'line', point: true, tooltip: true },
            encoding: {
              x,
              y: { field: 'amount', type: 'quantitative', title: moneyLabel(withProfit ? 'Revenue and profit' : 'Revenue', options?.currency) },
              color: { field: 'series', type: 'nominal', title: null, scale: { domain: series, range: ['#4c78a8', '#54a24b', '#9d755d'] } },
              strokeDash: { field: 'series', type: 'nominal', scale: { domain: series, range: series.map((s) => (s.startsWith('Revenue (') ? [5, 3] : [1, 0])) } },
              tooltip: [
                { field: 'series', type: 'nominal', title: 'series' },
                { field: 'price', type: 'quantitative', title: 'price' },
                { field: 'amount', type: 'quantitative', title: 'amount', format: ',.2f' },
                { field: 'demand', type: 'quantitative', title: 'demand', format: '.1%' },
              ],
            },
          },
          {
            data: { name: 'optimum' },
            layer: [
              { mark: { type: 'rule', color: '#e45756', strokeDash: [4, 2] }, encoding: { x } },
              { mark: { type: 'text', align: 'left', dx: 4, baseline: 'top', y: 4, color: '#e45756' }, encoding: { x, text: { field: 'text' } } },
            ],
          },
        ],
      },
    );
  });
}
