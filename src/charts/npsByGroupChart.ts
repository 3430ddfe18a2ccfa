import type { NpsResult } from '../satisfaction/nps';
import type { GroupedResult } from '../satisfaction/types';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { chartSpec } from './internal/chartSpec';
import type { ChartDatum, NpsByGroupChartOptions, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

/**
 * The NPS of each group with its confidence interval, against the overall score, from the result of
 * `nps` with `groups`.
 *
 * @remarks
 * One row per group in the result's order: a dot at the score, a bar from the lower to the upper end of
 * the interval (adjusted Wald by default, Rocks 2016; or Wald), the score written beside it, and a
 * dashed rule at the overall NPS. Overlapping intervals are no test of a difference: use `npsDifference`
 * for that. Group keys are shown as strings. Rows are in `datasets.groups` as `{ group, order, score,
 * lower, upper, n }`, the overall score in `datasets.overall`. O(groups).
 *
 * @param result - The result of `nps` (clientele/satisfaction) called with `groups`.
 * @param options - `interval`, `title` (default "Net Promoter Score by group"), `width` (default 440), `height` (default 28 px per group, at least 120).
 * @returns A Vega-Lite v6 specification with the groups inlined.
 * @throws InvalidArgumentError when `result` is not a grouped `nps` result, `interval` is unknown, or an option is out of range.
 * @example
 * ```ts
 * const result = nps([10, 9, 3, 8, 10, 6, 9, 9], { groups: ['north', 'north', 'north', 'north', 'south', 'south', 'south', 'south'] });
 * const spec = npsByGroupChart(result);
 * spec.datasets.groups.map((d) => [d.group, d.score]); // [['north', 25], ['south', 50]]
 * ```
 * @see Rocks, B. (2016). Interval estimation for the "Net Promoter Score". The American Statistician 70(4),
 * 365–372. https://doi.org/10.1080/00031305.2016.1158124
 */
export function npsByGroupChart(result: GroupedResult<NpsResult>, options?: NpsByGroupChartOptions): VegaLiteSpec<'groups' | 'overall'> {
  const fn = 'npsByGroupChart';
  return readChartInput(fn, 'result', () => {
    if (result === null || typeof result !== 'object' || !Array.isArray(result.groups) || result.groups.length === 0 || typeof result.overall !== 'object') {
      throw new InvalidArgumentError(fn, 'result', 'must be an `nps` result computed with `groups`', result);
    }
    const interval = options?.interval ?? 'adjustedWald';
    if (interval !== 'adjustedWald' && interval !== 'wald') {
      throw new InvalidArgumentError(fn, 'options.interval', "must be 'adjustedWald' or 'wald'", interval);
    }
    const groups: ChartDatum[] = result.groups.map((g, order) => ({
      group: String(g.key),
      order,
      score: g.result.score,
      lower: g.result[interval].lower,
      upper: g.result[interval].upper,
      n: g.result.n,
    }));
    const level = Math.round(100 * result.overall.confidenceLevel);
    const y = { field: 'group', type: 'nominal', sort: groups.map((g) => g.group), title: null };
    const x = { type: 'quantitative', title: 'Net Promoter Score (−100 to 100)', scale: { domain: [-100, 100] } };
    return chartSpec(
      fn,
      options,
      {
        title: 'Net Promoter Score by group',
        subtitle: `${level} % ${interval === 'wald' ? 'Wald' : 'adjusted Wald'} intervals; overall ${result.overall.score.toFixed(1)} (dashed), n = ${result.overall.n}`,
        description: `NPS and its ${level} % interval for each of ${groups.length} groups.`,
        width: 440,
        height: Math.max(120, 28 * groups.length),
      },
      { groups, overall: [{ score: result.overall.score }] },
      {
        layer: [
          {
            data: { name: 'overall' },
            mark: { type: 'rule', strokeDash: [4, 3], color: '#888888' },
            encoding: { x: { field: 'score', ...x } },
          },
          {
            data: { name: 'groups' },
            layer: [
              { mark: { type: 'rule', strokeWidth: 2, color: '#4c78a8' }, encoding: { y, x: { field: 'lower', ...x }, x2: { field: 'upper' } } },
              {
                mark: { type: 'point', filled: true, size: 70, color: '#4c78a8', tooltip: true },
                encoding: {
                  y,
                  x: { field: 'score', ...x },
                  tooltip: [
                    { field: 'group', type: 'nominal', title: 'group' },
                    { field: 'score', type: 'quantitative', title: 'NPS', format: '.1f' },
                    { field: 'lower', type: 'quantitative', title: 'lower', format: '.1f' },
                    { field: 'upper', type: 'quantitative', title: 'upper', format: '.1f' },
                    { field: 'n', type: 'quantitative', title: 'answers' },
                  ],
                },
              },
              {
                mark: { type: 'text', dy: -10, fontSize: 10, color: '#333333' },
                encoding: { y, x: { field: 'score', ...x }, text: { field: 'score', type: 'quantitative', format: '.1f' } },
              },
            ],
          },
        ],
      },
    );
  });
}
