import type { CohortRetentionResult } from '../loyalty/cohortRetention';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { chartSpec } from './internal/chartSpec';
import type { ChartDatum, CohortRetentionChartOptions, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

/**
 * The cohort retention heat map: one row per acquisition cohort, one column per period since
 * acquisition, each cell coloured and labelled with the share of the cohort still buying, from the
 * result of `cohortRetention`.
 *
 * @remarks
 * With `measure: 'active'` (default) a cell is `r_{c,k}`, the share of cohort `c` that bought in period
 * `c + k`; with `'retained'` it is `u_{c,k}`, the share that bought in `c + k` or later. Cells beyond the
 * data (`null`) and empty cohorts are left out, so the map is the usual triangle. The period (week, month,
 * quarter) comes from `result.settings`; cohort sizes are in the tooltip and the row labels. Cells are in
 * `datasets.cells` as `{ cohort, label, size, k, share, customers }`. O(cohorts × periods).
 *
 * @param result - The result of `cohortRetention` (clientele/loyalty).
 * @param options - `measure`, `title` (default "Cohort retention (active customers)"), `width` (default 36 px per period, at least 240), `height` (default 22 px per cohort, at least 120).
 * @returns A Vega-Lite v6 specification with the cells inlined.
 * @throws InvalidArgumentError when `result` is not a `cohortRetention` result or has no non-empty cohort, `measure` is unknown, or an option is out of range.
 * @example
 * ```ts
 * const result = cohortRetention(
 *   [
 *     { customerId: 'a', date: '2024-01-05', amount: 10 }, { customerId: 'a', date: '2024-03-02', amount: 10 },
 *     { customerId: 'b', date: '2024-01-20', amount: 10 }, { customerId: 'b', date: '2024-02-11', amount: 10 },
 *     { customerId: 'c', date: '2024-02-14', amount: 10 },
 *   ],
 *   { period: 'month', from: '2024-01-01', to: '2024-03-31' },
 * );
 * const spec = cohortRetentionChart(result);
 * spec.datasets.cells.filter((d) => d.cohort === '2024-01').map((d) => d.share); // [1, 0.5, 0.5]
 * ```
 * @see Fader, P. S. & Hardie, B. G. S. (2007). How to project customer retention. Journal of Interactive
 * Marketing 21(1), 76–90. https://doi.org/10.1002/dir.20074
 */
export function cohortRetentionChart(result: CohortRetentionResult, options?: CohortRetentionChartOptions): VegaLiteSpec<'cells'> {
  const fn = 'cohortRetentionChart';
  return readChartInput(fn, 'result', () => {
    if (result === null || typeof result !== 'object' || !Array.isArray(result.cohorts) || typeof result.settings !== 'object') {
      throw new InvalidArgumentError(fn, 'result', 'must be a `cohortRetention` result', result);
    }
    const measure = options?.measure ?? 'active';
    if (measure !== 'active' && measure !== 'retained') throw new InvalidArgumentError(fn, 'options.measure', "must be 'active' or 'retained'", measure);
    const countKey = measure === 'active' ? 'activeCounts' : 'retainedCounts';
    const cells: ChartDatum[] = [];
    const labels: string[] = [];
    let periods = 0;
    for (const row of result.cohorts) {
      if (row.size === 0) continue;
      const label = `${row.cohort} (${row.size})`;
      labels.push(label);
      const shares: readonly (number | null)[] = row[measure];
      const counts: readonly (number | null)[] = row[countKey];
      shares.forEach((share, k) => {
        if (share === null) return;
        cells.push({ cohort: row.cohort, label, size: row.size, k, share, customers: counts[k] ?? null });
        periods = Math.max(periods, k + 1);
      });
    }
    if (cells.length === 0) throw new InvalidArgumentError(fn, 'result', 'must have at least one non-empty cohort', result.periods);
    const period = result.settings.period;
    const what = measure === 'active' ? 'active customers' : 'retained customers';
    return chartSpec(
      fn,
      options,
      {
        title: `Cohort retention (${what})`,
        subtitle: `${period}ly cohorts ${result.settings.from} to ${result.settings.to}; share of each cohort ${measure === 'active' ? 'buying in' : 'buying in or after'} period k`,
        description: `Share of ${what} by ${period}ly acquisition cohort and ${period}s since acquisition.`,
        width: Math.max(240, 36 * periods),
        height: Math.max(120, 22 * labels.length),
      },
      { cells },
      {
        data: { name: 'cells' },
        encoding: {
          x: { field: 'k', type: 'ordinal', title: `${period[0]!.toUpperCase()}${period.slice(1)}s since acquisition (k)`, axis: { labelAngle: 0 } },
          y: { field: 'label', type: 'ordinal', sort: labels, title: 'Cohort (customers)' },
        },
        layer: [
          {
            mark: { type: 'rect', tooltip: true },
            encoding: {
              color: { field: 'share', type: 'quantitative', title: `Share ${measure}`, scale: { scheme: 'blues', domain: [0, 1] }, legend: { format: '.0%' } },
              tooltip: [
                { field: 'cohort', type: 'nominal', title: 'cohort' },
                { field: 'size', type: 'quantitative', title: 'cohort size' },
                { field: 'k', type: 'ordinal', title: `${period}s since acquisition` },
                { field: 'customers', type: 'quantitative', title: 'customers' },
                { field: 'share', type: 'quantitative', title: 'share', format: '.1%' },
              ],
            },
          },
          {
            mark: { type: 'text', fontSize: 9 },
            encoding: {
              text: { field: 'share', type: 'quantitative', format: '.0%' },
              color: { condition: { test: 'datum.share > 0.55', value: 'white' }, value: '#222222' },
            },
          },
        ],
      },
    );
  });
}
