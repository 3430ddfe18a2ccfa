import type { TrackingPoint } from '../../clv/evaluation/trackingCurve';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { requireRows } from './chartSpec';
import { timeUnitLabel } from './timeUnitLabel';
import type { ChartDatum, TrackingChartOptions } from '../types';

/** Options of the tracking charts. @internal */
export type TrackingOptionsLike = TrackingChartOptions;

/** Long-form rows `{ end, series, purchases }` of a tracking curve, actual and model. @internal */
export function trackingRows(
  fn: string,
  points: readonly TrackingPoint[],
  actualKey: 'actual' | 'actualCumulative',
  expectedKey: 'expected' | 'expectedCumulative',
): ChartDatum[] {
  requireRows(fn, 'points', points, '`trackingCurve` points');
  const rows: ChartDatum[] = [];
  points.forEach((p, i) => {
    if (p === null || typeof p !== 'object' || typeof p.end !== 'number' || typeof p[actualKey] !== 'number' || typeof p[expectedKey] !== 'number') {
      throw new InvalidArgumentError(fn, `points[${i}]`, 'must be a `trackingCurve` point { end, actual, expected, actualCumulative, expectedCumulative }', p);
    }
    rows.push({ end: p.end, series: 'Actual', purchases: p[actualKey] });
    rows.push({ end: p.end, series: 'Model', purchases: p[expectedKey] });
  });
  return rows;
}

/** The line chart of a tracking curve, with an optional rule at the end of calibration. @internal */
export function trackingBody(fn: string, options: TrackingOptionsLike | undefined, yTitle: string): { body: Record<string, unknown>; marker: ChartDatum[] } {
  const unit = timeUnitLabel(options?.timeUnit);
  const end = options?.calibrationEnd;
  if (end !== undefined && (typeof end !== 'number' || !Number.isFinite(end))) {
    throw new InvalidArgumentError(fn, 'options.calibrationEnd', 'must be a finite number (same clock as the points)', end);
  }
  const marker: ChartDatum[] = end === undefined ? [] : [{ end, label: 'end of calibration' }];
  const lines = {
    data: { name: 'curve' },
    mark: { type: 'line', point: false, tooltip: true },
    encoding: {
      x: { field: 'end', type: 'quantitative', title: `Time (${unit} since the origin)` },
      y: { field: 'purchases', type: 'quantitative', title: yTitle },
      color: { field: 'series', type: 'nominal', title: null, sort: ['Actual', 'Model'], scale: { range: ['#222222', '#e45756'] } },
      strokeDash: { field: 'series', type: 'nominal', sort: ['Actual', 'Model'], scale: { range: [[1, 0], [6, 3]] } },
    },
  };
  const rule = {
    data: { name: 'marker' },
    layer: [
      { mark: { type: 'rule', strokeDash: [2, 2], color: '#888888' }, encoding: { x: { field: 'end', type: 'quantitative' } } },
      {
        mark: { type: 'text', align: 'left', dx: 4, baseline: 'top', y: 4, color: '#555555' },
        encoding: { x: { field: 'end', type: 'quantitative' }, text: { field: 'label' } },
      },
    ],
  };
  return { body: { layer: end === undefined ? [lines] : [lines, rule] }, marker };
}
