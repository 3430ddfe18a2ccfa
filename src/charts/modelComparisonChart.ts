import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { chartSpec } from './internal/chartSpec';
import type { ChartDatum, ChartOptions, HoldoutAccuracies, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

/**
 * Compares purchase models on the holdout: the mean holdout purchases each model predicts for the
 * customers of each calibration frequency, against the mean they actually made (lifetimes'
 * `plot_calibration_purchases_vs_holdout_purchases`, one line per model), from `holdoutAccuracy` results.
 *
 * @remarks
 * One line per model through `meanPredicted` of each calibration-frequency group, and a black line through
 * `meanActual` (taken from the first model: the groups are the same customers for every model); the
 * subtitle gives each model's MAE and aggregate bias over all customers. Fader, Hardie & Lee (2005),
 * Fig. 3 draws this for BG/NBD. Each `holdoutAccuracy` must be called with `frequencies` (otherwise it
 * has no groups). The data are the groups unrounded, in `datasets.groups` as `{ frequency, label,
 * series, purchases, customers }`. O(models × groups).
 *
 * @param accuracies - Model name → the result of `holdoutAccuracy` (clientele/clv) with `frequencies`, at least one.
 * @param options - `title` (default "Holdout purchases by calibration frequency"), `width` (default 520), `height` (default 320), pixels.
 * @returns A Vega-Lite v6 specification with the groups inlined.
 * @throws InvalidArgumentError when `accuracies` is empty, an entry is not a `holdoutAccuracy` result with
 *   `byFrequency` groups, a model is named `Actual`, or an option is out of range.
 * @example
 * ```ts
 * const frequencies = [0, 1, 1];
 * const spec = modelComparisonChart({
 *   'BG/NBD': holdoutAccuracy([0.2, 1, 1.4], [0, 1, 2], { frequencies }),
 *   'Pareto/NBD': holdoutAccuracy([0.3, 0.9, 1.3], [0, 1, 2], { frequencies }),
 * });
 * spec.datasets.groups.filter((d) => d.label === '1').map((d) => [d.series, d.purchases]);
 * // [['Actual', 1.5], ['BG/NBD', 1.2], ['Pareto/NBD', 1.1]]
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: An
 * alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284. https://doi.org/10.1287/mksc.1040.0098
 */
export function modelComparisonChart(accuracies: HoldoutAccuracies, options?: ChartOptions): VegaLiteSpec<'groups'> {
  const fn = 'modelComparisonChart';
  return readChartInput(fn, 'accuracies', () => {
    if (accuracies === null || typeof accuracies !== 'object' || Object.keys(accuracies).length === 0) {
      throw new InvalidArgumentError(fn, 'accuracies', 'must be an object of at least one model name → `holdoutAccuracy` result', accuracies);
    }
    const models = Object.keys(accuracies);
    const groups: ChartDatum[] = [];
    const summary: string[] = [];
    models.forEach((model, m) => {
      const a = accuracies[model];
      if (a === null || typeof a !== 'object' || !Array.isArray(a.byFrequency) || a.byFrequency.length === 0) {
        throw new InvalidArgumentError(fn, `accuracies['${model}']`, 'must be a `holdoutAccuracy` result computed with `frequencies` (non-empty `byFrequency`)', a);
      }
      if (model === 'Actual') throw new InvalidArgumentError(fn, 'accuracies', "must not name a model 'Actual' (the name of the observed line)", model);
      for (const g of a.byFrequency) {
        if (m === 0) groups.push({ frequency: g.frequency, label: g.label, series: 'Actual', purchases: g.meanActual, customers: g.customers });
        groups.push({ frequency: g.frequency, label: g.label, series: model, purchases: g.meanPredicted, customers: g.customers });
      }
      const bias = a.relativeBias === null ? '' : `, bias ${(100 * a.relativeBias).toFixed(1)} %`;
      summary.push(`${model}: MAE ${a.mae.toFixed(3)}${bias}`);
    });
    groups.sort((p, q) => (p.frequency as number) - (q.frequency as number));
    const series = ['Actual', ...models];
    const x = { field: 'label', type: 'ordinal', sort: { field: 'frequency', order: 'ascending' }, title: 'Repeat purchases in calibration', axis: { labelAngle: 0 } };
    return chartSpec(
      fn,
      options,
      {
        title: 'Holdout purchases by calibration frequency',
        subtitle: summary.join('; '),
        description: `Mean holdout purchases by calibration frequency, actual and predicted by ${models.join(', ')}.`,
        width: 520,
        height: 320,
      },
      { groups },
      {
        data: { name: 'groups' },
        mark: { type: 'line', point: true, tooltip: true },
        encoding: {
          x,
          y: { field: 'purchases', type: 'quantitative', title: 'Mean holdout purchases per customer' },
          color: {
            field: 'series',
            type: 'nominal',
            title: null,
            sort: series,
            scale: { domain: series, range: ['#222222', '#4c78a8', '#f58518', '#54a24b', '#b279a2', '#e45756', '#72b7b2', '#9d755d'] },
          },
          strokeDash: { field: 'series', type: 'nominal', sort: series, scale: { domain: series, range: series.map((_, i) => (i === 0 ? [1, 0] : [6, 3])) } },
          tooltip: [
            { field: 'series', type: 'nominal', title: 'series' },
            { field: 'label', type: 'ordinal', title: 'calibration purchases' },
            { field: 'purchases', type: 'quantitative', title: 'mean holdout purchases', format: '.3f' },
            { field: 'customers', type: 'quantitative', title: 'customers' },
          ],
        },
      },
    );
  });
}
