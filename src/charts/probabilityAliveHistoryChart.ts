import type { ProbabilityAliveHistory } from '../clv/probabilityAliveHistory';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { chartSpec } from './internal/chartSpec';
import type { ChartDatum, ChartOptions, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

/**
 * The P(alive) of one customer day by day, with the purchase days marked (lifetimes'
 * `plot_history_alive`), from the result of `probabilityAliveHistory`.
 *
 * @remarks
 * A step line of P(alive) over the calendar (the value of each day holds until the next point), and a
 * dot on each purchase day, where P(alive) jumps back up; between purchases it decays as the customer's
 * silence lengthens (BG/NBD: Fader, Hardie & Lee 2005, eq. 11). Dates are `'yyyy-mm-dd'` read as UTC.
 * The data are the points unrounded, in `datasets.history` as `{ date, probabilityAlive, frequency,
 * purchase }`. O(points).
 *
 * @param history - The result of `probabilityAliveHistory` (clientele/clv).
 * @param options - `title` (default "P(alive) of customer …"), `width` (default 560), `height` (default 240), pixels.
 * @returns A Vega-Lite v6 specification with the history inlined.
 * @throws InvalidArgumentError when `history` is not a `probabilityAliveHistory` result, has no point, or an option is out of range.
 * @example
 * ```ts
 * const fit = { model: 'bgNbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
 * const history = probabilityAliveHistory(fit, [{ date: '1997-01-01', customerId: 'c1' }, { date: '1997-01-15', customerId: 'c1' }], {
 *   end: '1997-02-15',
 *   step: { value: 7, unit: 'day' },
 * });
 * const spec = probabilityAliveHistoryChart(history);
 * spec.title.text; // 'P(alive) of customer c1'
 * spec.datasets.history.filter((d) => d.purchase).map((d) => d.date); // ['1997-01-01', '1997-01-15']
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: An
 * alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284. https://doi.org/10.1287/mksc.1040.0098
 */
export function probabilityAliveHistoryChart(history: ProbabilityAliveHistory, options?: ChartOptions): VegaLiteSpec<'history'> {
  const fn = 'probabilityAliveHistoryChart';
  return readChartInput(fn, 'history', () => {
    if (history === null || typeof history !== 'object' || !Array.isArray(history.points) || history.points.length === 0) {
      throw new InvalidArgumentError(fn, 'history', 'must be a `probabilityAliveHistory` result with at least one point', history);
    }
    const rows: ChartDatum[] = history.points.map((p) => ({
      date: p.date,
      probabilityAlive: p.probabilityAlive,
      frequency: p.frequency,
      purchase: p.purchase,
    }));
    const who = history.customerId === null ? 'one customer' : `customer ${history.customerId}`;
    const x = { field: 'date', type: 'temporal', title: 'Date', scale: { type: 'utc' }, axis: { format: '%Y-%m-%d', labelAngle: 0, labelOverlap: true } };
    return chartSpec(
      fn,
      options,
      {
        title: `P(alive) of ${who}`,
        subtitle: `${history.settings.model}, ${history.purchaseDates.length} purchase days up to ${history.settings.end}`,
        description: `Probability that ${who} is still active, day by day, with the purchase days marked.`,
        width: 560,
        height: 240,
      },
      { history: rows },
      {
        data: { name: 'history' },
        layer: [
          {
            mark: { type: 'line', interpolate: 'step-after', color: '#4c78a8' },
            encoding: { x, y: { field: 'probabilityAlive', type: 'quantitative', title: 'P(alive)', scale: { domain: [0, 1] } } },
          },
          {
            transform: [{ filter: 'datum.purchase' }],
            mark: { type: 'point', filled: true, size: 50, color: '#e45756' },
            encoding: {
              x,
              y: { field: 'probabilityAlive', type: 'quantitative' },
              tooltip: [
                { field: 'date', type: 'temporal', title: 'purchase', format: '%Y-%m-%d' },
                { field: 'probabilityAlive', type: 'quantitative', title: 'P(alive)', format: '.3f' },
              ],
            },
          },
        ],
      },
    );
  });
}
