import type { ImportancePerformanceResult, IpaQuadrant } from '../satisfaction/importancePerformance';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { chartSpec } from './internal/chartSpec';
import { CORNERS_TABLE, cornerLabelLayers } from './internal/quadrantLabels';
import type { ChartDatum, ChartOptions, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

const QUADRANTS: readonly IpaQuadrant[] = ['concentrate-here', 'keep-up-the-good-work', 'low-priority', 'possible-overkill'];
const COLORS = ['#e45756', '#54a24b', '#9d755d', '#f58518'];

/**
 * The importance–performance grid of Martilla & James (1977): each attribute placed by its performance
 * (x) and importance (y), with the cross-hairs and the four quadrants named, from the result of
 * `importancePerformance`.
 *
 * @remarks
 * The cross-hairs are the result's cut points (grand means, scale midpoints or given values, as echoed
 * in `result.crosshair`); the colour is the quadrant the result assigned (a value on a cut point counts
 * as high). Upper left: "concentrate here" (important, under-performing); upper right: "keep up the good
 * work"; lower left: "low priority"; lower right: "possible overkill". Attributes are in
 * `datasets.attributes` as `{ name, importance, performance, quadrant }`, the cut points in
 * `datasets.crosshair`. O(attributes).
 *
 * @param result - The result of `importancePerformance` (clientele/satisfaction).
 * @param options - `title` (default "Importance–performance analysis"), `width` (default 440), `height` (default 400), pixels.
 * @returns A Vega-Lite v6 specification with the attributes inlined.
 * @throws InvalidArgumentError when `result` is not an `importancePerformance` result or an option is out of range.
 * @example
 * ```ts
 * const result = importancePerformance([
 *   { name: 'price', importance: 6.1, performance: 4.2 },
 *   { name: 'staff', importance: 5.2, performance: 6.0 },
 * ]);
 * const spec = importancePerformanceChart(result);
 * spec.datasets.attributes.map((d) => d.quadrant); // ['concentrate-here', 'possible-overkill']
 * spec.datasets.crosshair; // [{ importance: 5.65, performance: 5.1 }]
 * ```
 * @see Martilla, J. A. & James, J. C. (1977). Importance-performance analysis. Journal of Marketing 41(1),
 * 77–79. https://doi.org/10.1177/002224297704100112
 */
export function importancePerformanceChart(result: ImportancePerformanceResult, options?: ChartOptions): VegaLiteSpec<'attributes' | 'crosshair' | 'corners'> {
  const fn = 'importancePerformanceChart';
  return readChartInput(fn, 'result', () => {
    if (result === null || typeof result !== 'object' || !Array.isArray(result.attributes) || typeof result.crosshair !== 'object') {
      throw new InvalidArgumentError(fn, 'result', 'must be an `importancePerformance` result', result);
    }
    const attributes: ChartDatum[] = result.attributes.map((a) => ({ name: a.name, importance: a.importance, performance: a.performance, quadrant: a.quadrant }));
    const crosshair = { importance: result.crosshair.importance, performance: result.crosshair.performance };
    const x = { field: 'performance', type: 'quantitative', title: 'Performance (mean rating)', scale: { zero: false, padding: 20 } };
    const y = { field: 'importance', type: 'quantitative', title: 'Importance', scale: { zero: false, padding: 20 } };
    return chartSpec(
      fn,
      options,
      {
        title: 'Importance–performance analysis',
        subtitle: `cross-hairs at the ${result.crosshair.method === 'given' ? 'given cut points' : result.crosshair.method === 'mean' ? 'grand means' : 'scale midpoints'}: importance ${Number(crosshair.importance.toFixed(3))}, performance ${Number(crosshair.performance.toFixed(3))}`,
        description: `Importance against performance of ${attributes.length} attributes, in the four quadrants of Martilla and James.`,
        width: 440,
        height: 400,
      },
      { attributes, crosshair: [crosshair], corners: CORNERS_TABLE },
      {
        layer: [
          {
            data: { name: 'crosshair' },
            layer: [
              { mark: { type: 'rule', color: '#888888', strokeDash: [4, 3] }, encoding: { x: { ...x } } },
              { mark: { type: 'rule', color: '#888888', strokeDash: [4, 3] }, encoding: { y: { ...y } } },
            ],
          },
          ...cornerLabelLayers([
            { text: 'Concentrate here', corner: 'top-left', color: COLORS[0]! },
            { text: 'Keep up the good work', corner: 'top-right', color: COLORS[1]! },
            { text: 'Low priority', corner: 'bottom-left', color: COLORS[2]! },
            { text: 'Possible overkill', corner: 'bottom-right', color: COLORS[3]! },
          ]),
          {
            data: { name: 'attributes' },
            layer: [
              {
                mark: { type: 'point', filled: true, size: 80, tooltip: true },
                encoding: {
                  x,
                  y,
                  color: { field: 'quadrant', type: 'nominal', title: 'Quadrant', scale: { domain: QUADRANTS, range: COLORS } },
                  tooltip: [
                    { field: 'name', type: 'nominal', title: 'attribute' },
                    { field: 'importance', type: 'quantitative', title: 'importance', format: '.3f' },
                    { field: 'performance', type: 'quantitative', title: 'performance', format: '.3f' },
                    { field: 'quadrant', type: 'nominal', title: 'quadrant' },
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
