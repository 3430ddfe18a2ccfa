import type { WhaleCurveResult } from '../segmentation/whaleCurve';
import { chartSpec } from './internal/chartSpec';
import { moneyLabel } from './internal/timeUnitLabel';
import { whaleCurveRows } from './internal/whaleCurveRows';
import type { ValueChartOptions, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

/**
 * The whale curve: cumulative profit (as a share of total profit) against the share of customers ranked
 * from the most to the least profitable, with Kotler's 20/80/30 markers and the peak, from the result of
 * `whaleCurve`.
 *
 * @remarks
 * The curve rises above 100 % while profitable customers are added, peaks, and sinks back to 100 % as the
 * loss-making ones come in (Kaplan & Cooper 1998). The markers are the result's own diagnostics at its
 * `top` and `bottom` shares (default 20 % and 30 %): the share of profit made by the top customers and
 * the share lost by the bottom ones (Sherden 1994's 20/80/30 rule); the dot is the peak. When total profit
 * is not positive the shares are undefined and the curve is drawn in money instead. The result carries no
 * currency: pass `currency`. Rows are in `datasets.curve` as `{ customers, customerShare, profit, share }`
 * (the result's downsampled curve), markers in `datasets.markers`, the peak in `datasets.peak`. O(points).
 *
 * @param result - The result of `whaleCurve` (clientele/segmentation).
 * @param options - `currency`, `title` (default "Whale curve of customer profitability"), `width` (default 520), `height` (default 340), pixels.
 * @returns A Vega-Lite v6 specification with the curve inlined.
 * @throws InvalidArgumentError when `result` is not a `whaleCurve` result or an option is out of range.
 * @example
 * ```ts
 * const profits = [40, 25, 15, 10, 5, 5, 0, -5, -10, -15].map((profit, i) => ({ customerId: i + 1, profit }));
 * const spec = whaleCurveChart(whaleCurve(profits));
 * spec.datasets.markers.map((d) => d.text); // ['top 20 %: 93 % of profit', 'bottom 30 %: -43 % of profit']
 * spec.datasets.peak[0].y; // 1.4285714285714286
 * ```
 * @see Kaplan, R. S. & Cooper, R. (1998). Cost & Effect: Using Integrated Cost Systems to Drive
 *   Profitability and Performance. Harvard Business School Press.
 * @see Sherden, W. A. (1994). Market Ownership: The Art & Science of Becoming #1. AMACOM.
 */
export function whaleCurveChart(result: WhaleCurveResult, options?: ValueChartOptions): VegaLiteSpec<'curve' | 'markers' | 'peak' | 'total'> {
  const fn = 'whaleCurveChart';
  return readChartInput(fn, 'result', () => {
    const data = whaleCurveRows(fn, result);
    const x = { field: 'customerShare', type: 'quantitative', title: 'Customers, most profitable first (share of all)', scale: { domain: [0, 1] }, axis: { format: '.0%' } };
    const y = data.inShares
      ? { field: 'y', type: 'quantitative', title: 'Cumulative profit (share of total profit)', axis: { format: '.0%' } }
      : { field: 'y', type: 'quantitative', title: moneyLabel('Cumulative profit', options?.currency), axis: { format: ',.0f' } };
    const curveY = { ...y, field: data.inShares ? 'share' : 'profit' };
    return chartSpec(
      fn,
      options,
      {
        title: 'Whale curve of customer profitability',
        subtitle: `${data.customerCount} customers; total profit ${data.totalProfit.toLocaleString('en-US', { maximumFractionDigits: 2 })}${options?.currency ? ` ${options.currency}` : ''}`,
        description: `Cumulative profit against the share of customers ranked by profit, with the top ${Math.round(100 * data.top)} % and bottom ${Math.round(100 * data.bottom)} % markers.`,
        width: 520,
        height: 340,
      },
      { curve: data.curve, markers: data.markers, peak: data.peak, total: data.inShares ? [{ y: 1 }] : [{ y: data.totalProfit }] },
      {
        layer: [
          { data: { name: 'total' }, mark: { type: 'rule', color: '#888888', strokeDash: [4, 3] }, encoding: { y } },
          {
            data: { name: 'curve' },
            mark: { type: 'line', color: '#4c78a8', strokeWidth: 2, tooltip: true },
            encoding: { x, y: curveY },
          },
          {
            data: { name: 'markers' },
            layer: [
              { mark: { type: 'rule', color: '#e45756', strokeDash: [2, 2] }, encoding: { x } },
              { mark: { type: 'point', filled: true, color: '#e45756', size: 40 }, encoding: { x, y } },
              { mark: { type: 'text', align: 'left', dx: 6, dy: 12, fontSize: 11, color: '#e45756' }, encoding: { x, y, text: { field: 'text' } } },
            ],
          },
          {
            data: { name: 'peak' },
            layer: [
              { mark: { type: 'point', filled: true, color: '#222222', size: 60 }, encoding: { x, y } },
              { mark: { type: 'text', align: 'left', dx: 6, dy: -8, fontSize: 11, color: '#222222' }, encoding: { x, y, text: { field: 'text' } } },
            ],
          },
        ],
      },
    );
  });
}
