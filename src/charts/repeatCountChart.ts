import type { RepeatCountRow } from '../clv/evaluation/repeatCountComparison';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { chartSpec, requireRows } from './internal/chartSpec';
import type { ChartDatum, ChartOptions, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

/**
 * Grouped bars of the actual and the model-expected number of customers by repeat-purchase count in the
 * calibration window, from the result of `repeatCountComparison` (lifetimes'
 * `plot_period_transactions`).
 *
 * @remarks
 * Two bars per count `0 … maxCount − 1` and the pooled `maxCount+` group: the customers observed with
 * that count and `Σ_i w_i P(X(age_i) = k)` under the model (Fader, Hardie & Lee 2005, Fig. 2). A model
 * that fits puts the two bars of each count at the same height. The data are the rows unrounded, in
 * `datasets.counts` as `{ count, label, source: 'Actual' | 'Model', customers }`. O(rows).
 *
 * @param rows - The result of `repeatCountComparison` (clientele/clv).
 * @param options - `title` (default "Customers by repeat purchases in calibration"), `width` (default 480), `height` (default 300), pixels.
 * @returns A Vega-Lite v6 specification with the counts inlined.
 * @throws InvalidArgumentError when `rows` is empty or not a `repeatCountComparison` result, or an option is out of range.
 * @example
 * ```ts
 * const spec = repeatCountChart([
 *   { count: 0, label: '0', actual: 1411, expected: 1403.2 },
 *   { count: 1, label: '1+', actual: 946, expected: 953.8 },
 * ]);
 * spec.datasets.counts.map((d) => d.customers); // [1411, 1403.2, 946, 953.8]
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: An
 * alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284. https://doi.org/10.1287/mksc.1040.0098
 */
export function repeatCountChart(rows: readonly RepeatCountRow[], options?: ChartOptions): VegaLiteSpec<'counts'> {
  const fn = 'repeatCountChart';
  return readChartInput(fn, 'rows', () => {
    requireRows(fn, 'rows', rows, '`repeatCountComparison` rows');
    const counts: ChartDatum[] = [];
    rows.forEach((row, i) => {
      if (row === null || typeof row !== 'object' || typeof row.actual !== 'number' || typeof row.expected !== 'number') {
        throw new InvalidArgumentError(fn, `rows[${i}]`, 'must be a `repeatCountComparison` row { count, label, actual, expected }', row);
      }
      counts.push({ count: row.count, label: row.label, source: 'Actual', customers: row.actual });
      counts.push({ count: row.count, label: row.label, source: 'Model', customers: row.expected });
    });
    return chartSpec(
      fn,
      options,
      {
        title: 'Customers by repeat purchases in calibration',
        subtitle: 'actual versus expected under the model',
        description: 'Actual and model-expected numbers of customers by repeat-purchase count.',
        width: 480,
        height: 300,
      },
      { counts },
      {
        data: { name: 'counts' },
        mark: { type: 'bar', tooltip: true },
        encoding: {
          x: {
            field: 'label',
            type: 'ordinal',
            sort: { field: 'count', order: 'ascending' },
            title: 'Repeat purchases in calibration',
            axis: { labelAngle: 0 },
          },
          xOffset: { field: 'source', type: 'nominal', sort: ['Actual', 'Model'] },
          y: { field: 'customers', type: 'quantitative', title: 'Customers' },
          color: { field: 'source', type: 'nominal', title: null, sort: ['Actual', 'Model'], scale: { range: ['#4c78a8', '#f58518'] } },
          tooltip: [
            { field: 'label', type: 'nominal', title: 'repeat purchases' },
            { field: 'source', type: 'nominal', title: 'source' },
            { field: 'customers', type: 'quantitative', title: 'customers', format: ',.1f' },
          ],
        },
      },
    );
  });
}
