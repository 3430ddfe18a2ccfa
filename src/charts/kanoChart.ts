import type { KanoFeatureResult } from '../satisfaction/kano';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { chartSpec, requireRows } from './internal/chartSpec';
import { CORNERS_TABLE, cornerLabelLayers } from './internal/quadrantLabels';
import type { ChartDatum, ChartOptions, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  A: 'Attractive',
  O: 'One-dimensional',
  M: 'Must-be',
  I: 'Indifferent',
  R: 'Reverse',
  Q: 'Questionable',
};
const DOMAIN = ['Attractive', 'One-dimensional', 'Must-be', 'Indifferent', 'Reverse', 'Questionable'];
const RANGE = ['#54a24b', '#4c78a8', '#e45756', '#9d755d', '#b279a2', '#bab0ac'];

/**
 * The Kano map: each feature placed by its dissatisfaction coefficient `|Worse|` (x) and its satisfaction
 * coefficient `Better` (y), with the 0.5 lines dividing attractive, one-dimensional, must-be and
 * indifferent features, from the result of `kano`.
 *
 * @remarks
 * Berger et al. (1993): `Better = (A + O)/(A + O + M + I)` is how much satisfaction the feature adds when
 * present, `Worse = −(O + M)/(A + O + M + I)` how much dissatisfaction its absence causes. Upper left
 * attractive, upper right one-dimensional, lower right must-be, lower left indifferent; the colour is the
 * result's modal category. Features whose coefficients are undefined (every answer reverse or
 * questionable) are left out and counted in the subtitle. Rows are in `datasets.features` as `{ name,
 * better, worse, dissatisfaction, category, n }` (`dissatisfaction = −worse`). O(features).
 *
 * @param results - The result of `kano` (clientele/satisfaction), at least one feature.
 * @param options - `title` (default "Kano map"), `width` (default 420), `height` (default 420), pixels.
 * @returns A Vega-Lite v6 specification with the features inlined.
 * @throws InvalidArgumentError when `results` is empty or not a `kano` result, or an option is out of range.
 * @example
 * ```ts
 * const results = kano([
 *   { name: 'free delivery', functional: ['like', 'like', 'like'], dysfunctional: ['neutral', 'dislike', 'neutral'] },
 *   { name: 'warranty', functional: ['must-be', 'neutral', 'like'], dysfunctional: ['dislike', 'dislike', 'dislike'] },
 * ]);
 * const spec = kanoChart(results);
 * spec.datasets.features.map((d) => [d.name, d.category]); // [['free delivery', 'Attractive'], ['warranty', 'Must-be']]
 * ```
 * @see Berger, C. et al. (1993). Kano's methods for understanding customer-defined quality. Center for
 * Quality Management Journal 2(4), 3–36.
 */
export function kanoChart(results: readonly KanoFeatureResult[], options?: ChartOptions): VegaLiteSpec<'features' | 'guides' | 'corners'> {
  const fn = 'kanoChart';
  return readChartInput(fn, 'results', () => {
    requireRows(fn, 'results', results, '`kano` feature results');
    const features: ChartDatum[] = [];
    let undefinedCoefficients = 0;
    results.forEach((r, i) => {
      if (r === null || typeof r !== 'object' || typeof r.name !== 'string' || typeof r.category !== 'string') {
        throw new InvalidArgumentError(fn, `results[${i}]`, 'must be a `kano` feature result', r);
      }
      if (r.better === null || r.worse === null) {
        undefinedCoefficients++;
        return;
      }
      features.push({ name: r.name, better: r.better, worse: r.worse, dissatisfaction: -r.worse, category: CATEGORY_NAMES[r.category] ?? r.category, n: r.n });
    });
    // A little room beyond [0, 1] so that features at 0 or 1 are not cut by the frame.
    const axis = { scale: { domain: [-0.04, 1.04], nice: false }, axis: { values: [0, 0.2, 0.4, 0.6, 0.8, 1], format: '.1f' } };
    const x = { field: 'dissatisfaction', type: 'quantitative', title: 'Dissatisfaction if absent, |Worse| = (O + M)/(A + O + M + I)', ...axis };
    const y = { field: 'better', type: 'quantitative', title: 'Satisfaction if present, Better = (A + O)/(A + O + M + I)', ...axis };
    const left = undefinedCoefficients === 0 ? '' : `; ${undefinedCoefficients} feature(s) without coefficients left out`;
    return chartSpec(
      fn,
      options,
      {
        title: 'Kano map',
        subtitle: `${features.length} features, coloured by their most frequent category${left}`,
        description: `Better against |Worse| coefficients of ${features.length} features (Kano model).`,
        width: 420,
        height: 420,
      },
      { features, guides: [{ at: 0.5 }], corners: CORNERS_TABLE },
      {
        layer: [
          {
            data: { name: 'guides' },
            layer: [
              { mark: { type: 'rule', color: '#888888', strokeDash: [4, 3] }, encoding: { x: { field: 'at', type: 'quantitative', ...axis } } },
              { mark: { type: 'rule', color: '#888888', strokeDash: [4, 3] }, encoding: { y: { field: 'at', type: 'quantitative', ...axis } } },
            ],
          },
          ...cornerLabelLayers([
            { text: 'Attractive', corner: 'top-left', color: RANGE[0]! },
            { text: 'One-dimensional', corner: 'top-right', color: RANGE[1]! },
            { text: 'Indifferent', corner: 'bottom-left', color: RANGE[3]! },
            { text: 'Must-be', corner: 'bottom-right', color: RANGE[2]! },
          ]),
          {
            data: { name: 'features' },
            layer: [
              {
                mark: { type: 'point', filled: true, size: 80, tooltip: true },
                encoding: {
                  x,
                  y,
                  color: { field: 'category', type: 'nominal', title: 'Category', scale: { domain: DOMAIN, range: RANGE } },
                  tooltip: [
                    { field: 'name', type: 'nominal', title: 'feature' },
                    { field: 'category', type: 'nominal', title: 'category' },
                    { field: 'better', type: 'quantitative', title: 'Better', format: '.2f' },
                    { field: 'worse', type: 'quantitative', title: 'Worse', format: '.2f' },
                    { field: 'n', type: 'quantitative', title: 'respondents' },
                  ],
                },
              },
              { mark: { type: 'text', dy: -10, fontSize: 11 }, encoding: { x, y, text: { field: 'name' } } },
            ],
          },
        ],
      },
    );
  });
}
