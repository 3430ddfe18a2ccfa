import type { ExpectationMatrix } from '../clv/expectationMatrix';
import { chartSpec } from './internal/chartSpec';
import { matrixBody } from './internal/matrixLayers';
import { matrixRows } from './internal/matrixRows';
import { durationLabel } from './internal/timeUnitLabel';
import type { ChartOptions, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

/**
 * Heat map of the expected purchases over the horizon by frequency and recency (lifetimes'
 * `plot_frequency_recency_matrix`), from the result of `expectationMatrix`.
 *
 * @remarks
 * One rectangle per possible cell `(x, t_x)` at the matrix's common age `T`; the impossible cells
 * (`x = 0`, `t_x > 0`) are left out. The colour is `E[Y(t) | x, t_x, T]` over the matrix's horizon
 * (BG/NBD: Fader, Hardie & Lee 2005, eq. 10); the units (model time unit, horizon) come from
 * `matrix.settings`. The data are the matrix's numbers unrounded, in the table `datasets.cells` as rows
 * `{ frequency, recency, value }`. O(cells). See docs/charts.md for rendering.
 *
 * @param matrix - The result of `expectationMatrix` (clientele/clv).
 * @param options - `title` (default "Expected purchases in the next …"), `width` (default 480), `height` (default 360), pixels.
 * @returns A Vega-Lite v6 specification with the cells inlined.
 * @throws InvalidArgumentError when `matrix` is not an `expectationMatrix` result or an option is out of range.
 * @example
 * ```ts
 * const fit = { model: 'bgNbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
 * const matrix = expectationMatrix(fit, { maxFrequency: 2, maxRecency: 2, horizon: { value: 1, unit: 'week' } });
 * const spec = expectedPurchasesMatrixChart(matrix);
 * spec.datasets.cells.length; // 7 (the 2 impossible cells of x = 0 left out)
 * spec.title.text; // 'Expected purchases in the next 1 week'
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: An
 * alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284. https://doi.org/10.1287/mksc.1040.0098
 */
export function expectedPurchasesMatrixChart(matrix: ExpectationMatrix, options?: ChartOptions): VegaLiteSpec<'cells'> {
  const fn = 'expectedPurchasesMatrixChart';
  return readChartInput(fn, 'matrix', () => {
    const cells = matrixRows(fn, matrix, 'expectedPurchases');
    const horizon = durationLabel(matrix.settings.horizon, matrix.settings.timeUnit);
    return chartSpec(
      fn,
      options,
      {
        title: `Expected purchases in the next ${horizon}`,
        subtitle: `${matrix.settings.model}, customers of age T = ${durationLabel(matrix.settings.T, matrix.settings.timeUnit)}`,
        description: `Expected purchases over ${horizon} by frequency and recency (${matrix.settings.model}).`,
        width: 480,
        height: 360,
      },
      { cells },
      matrixBody(matrix, `Purchases in ${horizon}`, { scheme: 'viridis', zero: true }, '.2f'),
    );
  });
}
