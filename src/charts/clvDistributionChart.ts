import type { ScoreColumnsResult, ScoreRowsResult } from '../clv/scoreCustomers';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { chartSpec } from './internal/chartSpec';
import { histogramRows } from './internal/histogramRows';
import { durationLabel, moneyLabel } from './internal/timeUnitLabel';
import type { ClvDistributionChartOptions, ClvDistributionMeasure, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

/** The values of one score column, and what it is called on the axis. @internal */
function scoreColumn(
  fn: string,
  score: ScoreRowsResult | ScoreColumnsResult,
  measure: ClvDistributionMeasure,
  currency: string | undefined,
): { values: ArrayLike<number>; title: string } {
  const horizon = durationLabel(score.settings.horizon, score.settings.timeUnit);
  const titles: Record<ClvDistributionMeasure, string> = {
    value: moneyLabel('Discounted lifetime value', currency),
    expectedPurchases: `Expected purchases in the next ${horizon}`,
    probabilityAlive: 'P(alive)',
  };
  let values: ArrayLike<number> | null;
  if (score.as === 'columns') {
    values = score.columns[measure];
  } else {
    const column: number[] = [];
    let missing = false;
    for (const row of score.rows) {
      const v = row[measure];
      if (v === null) missing = true;
      else column.push(v);
    }
    values = missing ? null : column;
  }
  if (values === null) {
    throw new InvalidArgumentError(fn, 'options.measure', "must name a column the score has (score with `spend` and `value` for 'value')", measure);
  }
  return { values, title: titles[measure] };
}

/**
 * Histogram of customer lifetime value (or of expected purchases, or of P(alive)) across the customers
 * of a `scoreCustomers` result, with the mean marked.
 *
 * @remarks
 * The customers are counted in equal-width bins between the smallest and the largest value (the
 * highest bin closed on both sides), so the specification stays small for millions of customers
 * (rows or columns results alike); the mean is the compensated mean of the same values. The value is
 * `margin × expectedSpend × discountedPurchases` as the score reports it; the score carries no
 * currency, so pass `currency` for the axis title. Lifetime values are heavily skewed: a few customers
 * carry much of the equity (Fader, Hardie & Lee 2005). The bins are in `datasets.bins` as
 * `{ lower, upper, customers }`, the mean in `datasets.mean`. O(customers).
 *
 * @param score - The result of `scoreCustomers` (clientele/clv), rows or columns.
 * @param options - `measure`, `bins` (default 30), `currency`, `title`, `width` (default 480), `height` (default 300).
 * @returns A Vega-Lite v6 specification with the bins inlined.
 * @throws InvalidArgumentError when `score` is not a `scoreCustomers` result or has no customer, the
 *   measure is a column the score lacks (`'value'` without `value` options), or an option is out of range.
 * @example
 * ```ts
 * const fit = { model: 'bgNbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
 * const score = scoreCustomers(fit, [
 *   { customerId: 'a', frequency: 2, recency: 30.43, T: 38.86 },
 *   { customerId: 'b', frequency: 0, recency: 0, T: 38.86 },
 * ], { horizon: { value: 39, unit: 'week' } });
 * const spec = clvDistributionChart(score, { bins: 2 });
 * spec.datasets.bins.map((b) => b.customers); // [1, 1]
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). RFM and CLV: Using iso-value curves for customer
 * base analysis. Journal of Marketing Research 42(4), 415–430. https://doi.org/10.1509/jmkr.2005.42.4.415
 */
export function clvDistributionChart(score: ScoreRowsResult | ScoreColumnsResult, options?: ClvDistributionChartOptions): VegaLiteSpec<'bins' | 'mean'> {
  const fn = 'clvDistributionChart';
  return readChartInput(fn, 'score', () => {
    if (score === null || typeof score !== 'object' || (score.as !== 'rows' && score.as !== 'columns') || typeof score.settings !== 'object') {
      throw new InvalidArgumentError(fn, 'score', 'must be a `scoreCustomers` result', score);
    }
    const hasValue = score.totals.value !== null;
    const measure = options?.measure ?? (hasValue ? 'value' : 'expectedPurchases');
    if (measure !== 'value' && measure !== 'expectedPurchases' && measure !== 'probabilityAlive') {
      throw new InvalidArgumentError(fn, 'options.measure', "must be 'value', 'expectedPurchases' or 'probabilityAlive'", measure);
    }
    const bins = options?.bins ?? 30;
    if (typeof bins !== 'number' || !Number.isInteger(bins) || bins < 1 || bins > 200) {
      throw new InvalidArgumentError(fn, 'options.bins', 'must be an integer from 1 to 200', bins);
    }
    const { values, title } = scoreColumn(fn, score, measure, options?.currency);
    const histogram = histogramRows(values, bins);
    if (histogram.count === 0) throw new InvalidArgumentError(fn, 'score', 'must hold at least one scored customer', score.totals);
    const format = measure === 'probabilityAlive' ? '.3f' : ',.2~f';
    return chartSpec(
      fn,
      options,
      {
        title: measure === 'value' ? 'Distribution of customer lifetime value' : measure === 'probabilityAlive' ? 'Distribution of P(alive)' : 'Distribution of expected purchases',
        subtitle: `${histogram.count} customers, ${score.settings.model}`,
        description: `Histogram of ${title} over ${histogram.count} customers.`,
        width: 480,
        height: 300,
      },
      { bins: histogram.rows, mean: [{ mean: histogram.mean, label: 'mean' }] },
      {
        layer: [
          {
            data: { name: 'bins' },
            mark: { type: 'bar', tooltip: true, color: '#4c78a8', binSpacing: 1 },
            encoding: {
              x: { field: 'lower', type: 'quantitative', bin: { binned: true }, title, axis: { format } },
              x2: { field: 'upper' },
              y: { field: 'customers', type: 'quantitative', title: 'Customers' },
              tooltip: [
                { field: 'lower', type: 'quantitative', title: 'from', format },
                { field: 'upper', type: 'quantitative', title: 'to', format },
                { field: 'customers', type: 'quantitative', title: 'customers' },
              ],
            },
          },
          {
            data: { name: 'mean' },
            layer: [
              { mark: { type: 'rule', color: '#e45756', strokeDash: [4, 2] }, encoding: { x: { field: 'mean', type: 'quantitative' } } },
              {
                transform: [{ calculate: `'mean ' + format(datum.mean, '${format}')`, as: 'text' }],
                mark: { type: 'text', align: 'left', dx: 4, baseline: 'top', y: 4, color: '#e45756' },
                encoding: { x: { field: 'mean', type: 'quantitative' }, text: { field: 'text' } },
              },
            ],
          },
        ],
      },
    );
  });
}
