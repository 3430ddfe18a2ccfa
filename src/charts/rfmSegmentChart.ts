import type { RfmSegmentsResult } from '../segmentation/rfmTypes';
import { chartSpec } from './internal/chartSpec';
import { rfmGridRows } from './internal/rfmGridRows';
import type { VegaLiteSpec, ChartOptions } from './types';
import { readChartInput } from './internal/readChartInput';

/**
 * The RFM segment grid: recency score across, combined frequency-monetary score up, each cell coloured by
 * its segment and labelled with its number of customers, from the result of `rfmSegments`.
 *
 * @remarks
 * The usual map of RFM segments (e.g. the "R × FM" grid of the champions, loyal, at-risk and hibernating
 * customers): a cell is every customer with that recency score `R` and `FM = ⌊(F + M + 1) / 2⌋` (the
 * definition the result echoes). A rule set that also looks at F and M separately, or at high/low flags,
 * can put several segments in one cell: the cell takes its most common segment (ties: the segment listed
 * first), and the tooltip says how many it holds. Empty cells are not drawn. Cells are in
 * `datasets.cells` as `{ recency, frequencyMonetary, customers, segment, segments }`. O(customers).
 *
 * @param result - The result of `rfmSegments` (clientele/segmentation).
 * @param options - `title` (default "RFM segments"), `width` (default 420), `height` (default 360), pixels.
 * @returns A Vega-Lite v6 specification with the cells inlined.
 * @throws InvalidArgumentError when `result` is not an `rfmSegments` result, has no customer, or an option is out of range.
 * @example
 * ```ts
 * const scores = rfmScores(
 *   [
 *     { customerId: 'a', recencyDays: 3, frequency: 9, monetary: 410 },
 *     { customerId: 'b', recencyDays: 40, frequency: 2, monetary: 60 },
 *     { customerId: 'c', recencyDays: 200, frequency: 1, monetary: 20 },
 *   ],
 *   { analysisDate: '2024-06-30' },
 * );
 * const spec = rfmSegmentChart(rfmSegments(scores, { rules: RFM_IMPORTANCE_VALUE_SEGMENTS }));
 * spec.datasets.cells.map((d) => d.segment); // ['General Win-back', 'General Development', 'Important Value']
 * ```
 * @see Hughes, A. M. (1994). Strategic Database Marketing. Probus.
 */
export function rfmSegmentChart(result: RfmSegmentsResult, options?: ChartOptions): VegaLiteSpec<'cells'> {
  const fn = 'rfmSegmentChart';
  return readChartInput(fn, 'result', () => {
    const { cells, maxScore } = rfmGridRows(fn, result);
    const scores = Array.from({ length: maxScore }, (_, i) => i + 1);
    const segments = result.segments.map((s) => s.segment);
    return chartSpec(
      fn,
      options,
      {
        title: 'RFM segments',
        subtitle: `${result.customers.length} customers, rule set ${result.settings.ruleSet}; FM = ${result.settings.frequencyMonetary}`,
        description: `Customers by recency score and frequency-monetary score, coloured by RFM segment (${result.settings.ruleSet}).`,
        width: 420,
        height: 360,
      },
      { cells },
      {
        data: { name: 'cells' },
        encoding: {
          x: { field: 'recency', type: 'ordinal', title: 'Recency score R (higher = more recent)', scale: { domain: scores }, axis: { labelAngle: 0 } },
          y: { field: 'frequencyMonetary', type: 'ordinal', title: 'Frequency-monetary score FM', scale: { domain: [...scores].reverse() } },
        },
        layer: [
          {
            mark: { type: 'rect', tooltip: true, stroke: 'white', strokeWidth: 1 },
            encoding: {
              color: { field: 'segment', type: 'nominal', title: 'Segment', scale: { domain: segments, scheme: 'tableau20' } },
              tooltip: [
                { field: 'segment', type: 'nominal', title: 'segment (most common)' },
                { field: 'customers', type: 'quantitative', title: 'customers' },
                { field: 'segments', type: 'quantitative', title: 'segments in the cell' },
                { field: 'recency', type: 'ordinal', title: 'R' },
                { field: 'frequencyMonetary', type: 'ordinal', title: 'FM' },
              ],
            },
          },
          { mark: { type: 'text', fontSize: 11, color: '#222222' }, encoding: { text: { field: 'customers', type: 'quantitative' } } },
        ],
      },
    );
  });
}
