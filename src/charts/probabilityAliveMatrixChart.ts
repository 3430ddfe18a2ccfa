import type { ExpectationMatrix } from '../clv/expectationMatrix';
import { chartSpec } from './internal/chartSpec';
import { matrixBody } from './internal/matrixLayers';
import { matrixRows } from './internal/matrixRows';
import { durationLabel } from './internal/timeUnitLabel';
import type { ChartOptions, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

/**
 * Heat map of P(alive) by frequency and recency (lifetimes' `plot_probability_alive_matrix`), from the
 * result of `expectationMatrix`.
 *
 * @remarks
 * One rectangle per possible cell `(x, t_x)` at the matrix's common age `T`, coloured on a fixed [0, 1]
 * scale by the probability that a customer with that history is still active (BG/NBD: Fader, Hardie &
 * Lee 2005, eq. 11). Impossible cells (`x = 0`, `t_x > 0`) are left out. The data are the matrix's
 * numbers unrounded, in `datasets.cells` as rows `{ frequency, recency, value }`. O(cells).
 *
 * @param matrix - The result of `expectationMatrix` (clientele/clv).
 * @param options - `title` (default "Probability of being alive"), `width` (default 480), `height` (default 360), pixels.
 * @returns A Vega-Lite v6 specification with the cells inlined.
 * @throws InvalidArgumentError when `matrix` is not an `expectationMatrix` result or an option is out of range.
 * @example
 * ```ts
 * const fit = { model: 'bgNbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
 * const matrix = expectationMatrix(fit, { maxFrequency: 2, maxRecency: 2, horizon: { value: 1, unit: 'week' } });
 * const spec = probabilityAliveMatrixChart(matrix);
 * spec.datasets.cells[0]; // { frequency: 0, recency: 0, value: 1 }
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: An
 * alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284. https://doi.org/10.1287/mksc.1040.0098
 */
export function probabilityAliveMatrixChart(matrix: ExpectationMatrix, options?: ChartOptions): VegaLiteSpec<'cells'> {
  const fn = 'probabilityAliveMatrixChart';
  return readChartInput(fn, 'matrix', () => {
    const cells = matrixRows(fn, matrix, 'probabilityAlive');
    return chartSpec(
      fn,
      options,
      {
        title: 'Probability of being alive',
        subtitle: `${matrix.settings.model}, customers of age T = ${durationLabel(matrix.settings.T, matrix.settings.timeUnit)}`,
        description: `P(alive) by frequency and recency (${matrix.settings.model}).`,
        width: 480,
        height: 360,
      },
      { cells },
      matrixBody(matrix, 'P(alive)', { scheme: 'viridis', domain: [0, 1] }, '.2f'),
    );
  });
}
