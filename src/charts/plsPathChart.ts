import type { PlsBootstrapResult } from '../satisfaction/pls/bootstrapPlsPathModel';
import type { PlsPathModelResult } from '../satisfaction/pls/types';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { chartSpec } from './internal/chartSpec';
import type { ChartDatum, ChartOptions, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

/** The paths of either result, with their intervals when bootstrapped. @internal */
function pathRows(fn: string, result: PlsPathModelResult | PlsBootstrapResult): { paths: ChartDatum[]; fit: PlsPathModelResult; level: number | null } {
  if (result !== null && typeof result === 'object' && 'estimate' in result && Array.isArray(result.paths)) {
    const paths = result.paths.map((p, order) => ({ path: `${p.from} → ${p.to}`, from: p.from, to: p.to, order, coefficient: p.original, lower: p.lower, upper: p.upper }));
    return { paths, fit: result.estimate, level: result.conventions.confidenceLevel };
  }
  if (result !== null && typeof result === 'object' && Array.isArray(result.paths) && 'rSquared' in result && 'constructs' in result) {
    const fit = result as PlsPathModelResult;
    const paths = fit.paths.map((p, order) => ({ path: `${p.from} → ${p.to}`, from: p.from, to: p.to, order, coefficient: p.coefficient, lower: null, upper: null }));
    return { paths, fit, level: null };
  }
  throw new InvalidArgumentError(fn, 'result', 'must be a `plsPathModel` or `bootstrapPlsPathModel` result', result);
}

/**
 * The structural paths of a PLS path model as a chart: one bar per path with its standardised
 * coefficient, and the bootstrap percentile interval when the result is a bootstrap, from the result of
 * `plsPathModel` or `bootstrapPlsPathModel`.
 *
 * @remarks
 * The coefficients are the standardised OLS coefficients of each endogenous construct's score on its
 * predecessors' (Tenenhaus et al. 2005); with a bootstrap the bar is the estimate on the full data and the
 * whisker the percentile interval at the bootstrap's level. Paths keep the model's order and read
 * `from → to`; the subtitle gives the R² of each endogenous construct. Rows are in `datasets.paths` as
 * `{ path, from, to, order, coefficient, lower, upper }` (`null` bounds without a bootstrap). O(paths).
 *
 * @param result - The result of `plsPathModel` or `bootstrapPlsPathModel` (clientele/satisfaction).
 * @param options - `title` (default "PLS path coefficients"), `width` (default 440), `height` (default 26 px per path, at least 120).
 * @returns A Vega-Lite v6 specification with the paths inlined.
 * @throws InvalidArgumentError when `result` is neither result, or an option is out of range.
 * @example
 * ```ts
 * const data = { x1: [1, 2, 3, 4, 5, 6], x2: [2, 1, 4, 3, 6, 5], y1: [1, 3, 2, 5, 4, 6], y2: [2, 2, 3, 5, 5, 6] };
 * const fit = plsPathModel(data, {
 *   blocks: [{ name: 'X', indicators: ['x1', 'x2'] }, { name: 'Y', indicators: ['y1', 'y2'] }],
 *   paths: [{ from: 'X', to: 'Y' }],
 * });
 * const spec = plsPathChart(fit);
 * spec.datasets.paths[0].path; // 'X → Y'
 * spec.datasets.paths[0].coefficient === fit.paths[0].coefficient; // true
 * ```
 * @see Tenenhaus, M., Esposito Vinzi, V., Chatelin, Y.-M. & Lauro, C. (2005). PLS path modeling.
 * Computational Statistics & Data Analysis 48(1), 159–205. https://doi.org/10.1016/j.csda.2004.03.005
 */
export function plsPathChart(result: PlsPathModelResult | PlsBootstrapResult, options?: ChartOptions): VegaLiteSpec<'paths'> {
  const fn = 'plsPathChart';
  return readChartInput(fn, 'result', () => {
    const { paths, fit, level } = pathRows(fn, result);
    const r2 = Object.entries(fit.rSquared).map(([construct, value]) => `${construct} ${value.toFixed(2)}`).join(', ');
    const y = { field: 'path', type: 'nominal', sort: paths.map((p) => p.path), title: null };
    const x = { type: 'quantitative', title: 'Standardised path coefficient' };
    const interval =
      level === null
        ? []
        : [{ mark: { type: 'rule', color: '#333333', strokeWidth: 1.5 }, encoding: { y, x: { field: 'lower', ...x }, x2: { field: 'upper' } } }];
    return chartSpec(
      fn,
      options,
      {
        title: 'PLS path coefficients',
        subtitle: `${level === null ? '' : `bootstrap ${Math.round(100 * level)} % percentile intervals; `}R²: ${r2}`,
        description: `Standardised coefficients of ${paths.length} structural paths of a PLS path model.`,
        width: 440,
        height: Math.max(120, 26 * paths.length),
      },
      { paths },
      {
        data: { name: 'paths' },
        layer: [
          {
            mark: { type: 'bar', tooltip: true, height: { band: 0.6 } },
            encoding: {
              y,
              x: { field: 'coefficient', ...x },
              color: { condition: { test: 'datum.coefficient < 0', value: '#e45756' }, value: '#4c78a8' },
              tooltip: [
                { field: 'path', type: 'nominal', title: 'path' },
                { field: 'coefficient', type: 'quantitative', title: 'coefficient', format: '.3f' },
                ...(level === null ? [] : [{ field: 'lower', type: 'quantitative', title: 'lower', format: '.3f' }, { field: 'upper', type: 'quantitative', title: 'upper', format: '.3f' }]),
              ],
            },
          },
          ...interval,
          {
            mark: { type: 'text', align: 'left', dx: 4, dy: -9, fontSize: 10, color: '#333333' },
            encoding: { y, x: { field: 'coefficient', ...x }, text: { field: 'coefficient', type: 'quantitative', format: '.3f' } },
          },
        ],
      },
    );
  });
}
