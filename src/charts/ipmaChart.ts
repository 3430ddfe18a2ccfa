import type { ImportancePerformanceMapResult } from '../satisfaction/pls/importancePerformanceMap';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { chartSpec } from './internal/chartSpec';
import { CORNERS_TABLE, cornerLabelLayers } from './internal/quadrantLabels';
import type { ChartDatum, IpmaChartOptions, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

/**
 * The importance–performance map (IPMA) of the drivers of a PLS target construct: performance as a 0–100
 * index (x) against importance as the unstandardised total effect (y), with cross-hairs at the means,
 * from the result of `importancePerformanceMap`.
 *
 * @remarks
 * Ringle & Sarstedt (2016): the performance of a driver is the mean of its 0–100 rescaled score, its
 * importance the points the target gains when the driver gains one point. The cross-hairs are the
 * result's `meanPerformance` and `meanImportance` of the constructs (used for the items too); the upper
 * left quadrant holds the drivers to improve first. With `level: 'indicators'` the items are placed,
 * coloured by construct. Rows are in `datasets.drivers` as `{ name, construct, importance, performance }`.
 * O(drivers).
 *
 * @param result - The result of `importancePerformanceMap` (clientele/satisfaction).
 * @param options - `level`, `title` (default "Importance–performance map of …"), `width` (default 440), `height` (default 400), pixels.
 * @returns A Vega-Lite v6 specification with the drivers inlined.
 * @throws InvalidArgumentError when `result` is not an `importancePerformanceMap` result, `level` is unknown, or an option is out of range.
 * @example
 * ```ts
 * const spec = ipmaChart({
 *   target: 'Loyalty', targetPerformance: 70,
 *   constructs: [
 *     { construct: 'Image', importance: 0.5, standardizedTotalEffect: 0.4, performance: 72 },
 *     { construct: 'Value', importance: 0.3, standardizedTotalEffect: 0.25, performance: 60 },
 *   ],
 *   indicators: [], meanImportance: 0.4, meanPerformance: 66,
 * });
 * spec.datasets.drivers.map((d) => d.name); // ['Image', 'Value']
 * spec.title.text; // 'Importance–performance map of Loyalty'
 * ```
 * @see Ringle, C. M. & Sarstedt, M. (2016). Gain more insight from your PLS-SEM results: The
 * importance-performance map analysis. Industrial Management & Data Systems 116(9), 1865–1886.
 * https://doi.org/10.1108/IMDS-10-2015-0449
 */
export function ipmaChart(result: ImportancePerformanceMapResult, options?: IpmaChartOptions): VegaLiteSpec<'drivers' | 'crosshair' | 'corners'> {
  const fn = 'ipmaChart';
  return readChartInput(fn, 'result', () => {
    if (result === null || typeof result !== 'object' || !Array.isArray(result.constructs) || !Array.isArray(result.indicators)) {
      throw new InvalidArgumentError(fn, 'result', 'must be an `importancePerformanceMap` result', result);
    }
    const level = options?.level ?? 'constructs';
    if (level !== 'constructs' && level !== 'indicators') throw new InvalidArgumentError(fn, 'options.level', "must be 'constructs' or 'indicators'", level);
    const drivers: ChartDatum[] =
      level === 'constructs'
        ? result.constructs.map((c) => ({ name: c.construct, construct: c.construct, importance: c.importance, performance: c.performance }))
        : result.indicators.map((i) => ({ name: i.indicator, construct: i.construct, importance: i.importance, performance: i.performance }));
    const x = { field: 'performance', type: 'quantitative', title: 'Performance (index 0–100)', scale: { zero: false, padding: 20 } };
    const y = { field: 'importance', type: 'quantitative', title: `Importance (total effect on ${result.target}, points per point)`, scale: { zero: false, padding: 20 } };
    return chartSpec(
      fn,
      options,
      {
        title: `Importance–performance map of ${result.target}`,
        subtitle: `${level === 'constructs' ? 'driver constructs' : 'indicators of the drivers'}; ${result.target} performance ${result.targetPerformance.toFixed(1)}; cross-hairs at the construct means`,
        description: `Importance against performance of the ${level} driving ${result.target} (IPMA).`,
        width: 440,
        height: 400,
      },
      { drivers, crosshair: [{ importance: result.meanImportance, performance: result.meanPerformance }], corners: CORNERS_TABLE },
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
            { text: 'Improve first', corner: 'top-left', color: '#e45756' },
            { text: 'Maintain', corner: 'top-right', color: '#54a24b' },
          ]),
          {
            data: { name: 'drivers' },
            layer: [
              {
                mark: { type: 'point', filled: true, size: 80, tooltip: true },
                encoding: {
                  x,
                  y,
                  color: { field: 'construct', type: 'nominal', title: 'Construct' },
                  tooltip: [
                    { field: 'name', type: 'nominal', title: level === 'constructs' ? 'construct' : 'indicator' },
                    { field: 'importance', type: 'quantitative', title: 'importance', format: '.3f' },
                    { field: 'performance', type: 'quantitative', title: 'performance', format: '.1f' },
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
