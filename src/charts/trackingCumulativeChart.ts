import type { TrackingPoint } from '../clv/evaluation/trackingCurve';
import { chartSpec } from './internal/chartSpec';
import { trackingBody, trackingRows } from './internal/trackingRows';
import type { TrackingChartOptions, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

/**
 * The cumulative tracking curve of a cohort: repeat purchases actually made against those the model
 * expects, period by period, from the result of `trackingCurve`.
 *
 * @remarks
 * Two lines over the end of each period: the actual repeat purchases (`actualCumulative`) and the model's
 * (`expectedCumulative`, `Σ_i E[X(end − birth_i)]` summed over the customers born before the period end; Fader,
 * Hardie & Lee 2005, Fig. 1). A rule marks the end of calibration when `calibrationEnd` is given: to its
 * right the model forecasts data it never saw. The points carry no unit, so pass `timeUnit` for the
 * axis title. The data are the points unrounded, in `datasets.curve` as `{ end, series: 'Actual' | 'Model', purchases }`. O(points).
 *
 * @param points - The result of `trackingCurve` (clientele/clv).
 * @param options - `title`, `width` (default 560), `height` (default 300), pixels; `timeUnit` of the clock
 *   (e.g. `'week'`) and `calibrationEnd` (same clock as the points).
 * @returns A Vega-Lite v6 specification with the curve inlined.
 * @throws InvalidArgumentError when `points` is empty or not a `trackingCurve` result, or an option is out of range.
 * @example
 * ```ts
 * const curve = trackingCurve(
 *   [{ birth: 0, repeatTimes: [0.5, 1.5] }, { birth: 1, repeatTimes: [] }],
 *   (t) => 0.5 * t,
 *   { periods: 2 },
 * );
 * const spec = trackingCumulativeChart(curve, { timeUnit: 'week', calibrationEnd: 1 });
 * spec.datasets.curve.map((d) => d.purchases); // [1, 0.5, 2, 1.5]
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: An
 * alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284. https://doi.org/10.1287/mksc.1040.0098
 */
export function trackingCumulativeChart(
  points: readonly TrackingPoint[],
  options?: TrackingChartOptions,
): VegaLiteSpec<'curve' | 'marker'> {
  const fn = 'trackingCumulativeChart';
  return readChartInput(fn, 'points', () => {
    const curve = trackingRows(fn, points, 'actualCumulative', 'expectedCumulative');
    const { body, marker } = trackingBody(fn, options, 'Cumulative repeat purchases');
    return chartSpec(
      fn,
      options,
      { title: 'Cumulative repeat purchases: actual versus model', description: 'Cumulative repeat purchases: actual versus model, by period.', width: 560, height: 300 },
      { curve, marker },
      body,
    );
  });
}
